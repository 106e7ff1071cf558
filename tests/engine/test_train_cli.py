"""Command line (nnlab.cli.main): training runs, JSON metrics, saving, and one-line error exits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import private_data_dir, run  # noqa: F401 - autouse fixture
from nnlab.cli import EXIT_BAD_INPUT, EXIT_DIVERGED
from nnlab.serialize import load_network

TINY = ["train", "--dataset", "xor", "--hidden", "6", "--iterations", "12", "--batch-size", "20",
        "--no-progress", "--seed", "1"]


def test_train_prints_epochs_and_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(TINY + ["--eval-every", "4"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("network 2-6-2 relu, SGD lr=0.1, batch 20, 12 iterations, seed 1")
    epochs = [line.split()[:4] for line in lines if line.startswith("epoch")]
    # 280 training points / batch 20 = 14 iterations per epoch
    assert epochs == [["epoch", "0.29", "iteration", "4"], ["epoch", "0.57", "iteration", "8"],
                      ["epoch", "0.86", "iteration", "12"]]
    assert lines[-2].startswith("finished: 12 iterations, accuracy train ")
    assert lines[-1] == "note: 12 iterations are too few to tell whether the run learns; run at least 50."
    assert "using xor" in err


def test_json_metrics_are_reproducible(capsys: pytest.CaptureFixture[str]) -> None:
    first = json.loads(run(TINY + ["--json", "--optimizer", "adam", "--lr", "0.05"], capsys)[1])
    second = json.loads(run(TINY + ["--json", "--optimizer", "adam", "--lr", "0.05"], capsys)[1])
    assert first["status"] == "finished" and first["iterations_done"] == 12
    assert first["optimizer"] == "Adam" and first["lr"] == 0.05 and first["seed"] == 1
    assert first["spec"]["hidden"] == [6] and first["network"] == "2-6-2 relu"
    assert 0.0 <= first["test_acc"] <= 1.0 and first["train_size"] + first["test_size"] == 400
    for key in ("final_loss", "train_acc", "test_acc", "evaluations"):
        assert first[key] == second[key], key


def test_every_network_option_reaches_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(TINY + ["--json", "--hidden", "5,4", "--activation", "tanh", "--init",
                                 "std:0.1", "--batch-norm", "--dropout", "0.1",
                                 "--weight-decay-l2", "0.01", "--weight-decay-l1", "0.001",
                                 "--dtype", "float64", "--sampling", "shuffle"], capsys)
    assert code == 0, err
    spec = json.loads(out)["spec"]
    assert spec == {"input_size": 2, "hidden": [5, 4], "output_size": 2, "activation": "tanh",
                    "init": "std:0.1", "batch_norm": True, "dropout": 0.1,
                    "weight_decay_l2": 0.01, "weight_decay_l1": 0.001, "dtype": "float64"}


def test_save_writes_a_loadable_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "xor.npz"
    code, out, _ = run(TINY + ["--save", str(path)], capsys)
    assert code == 0
    assert f"saved network to {path}" in out
    assert load_network(path).spec.label() == "2-6-2 relu"


def test_epoch_lines_once_per_epoch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(TINY[:6] + ["28", "--batch-size", "20", "--no-progress"], capsys)
    assert code == 0
    epochs = [line.split()[:4] for line in out.splitlines() if line.startswith("epoch")]
    assert epochs == [["epoch", "1", "iteration", "14"], ["epoch", "2", "iteration", "28"]]


def test_train_size_subset(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(TINY + ["--json", "--train-size", "50"], capsys)
    assert code == 0 and json.loads(out)["train_size"] == 50


def test_divergence_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(TINY + ["--lr", "1e12", "--init", "std:1"], capsys)
    assert code == EXIT_DIVERGED
    assert err.splitlines()[-1].startswith("error: training diverged:")
    assert "learning rate" in err
    path = tmp_path / "never.npz"
    code, out, _ = run(TINY + ["--lr", "1e12", "--init", "std:1", "--json", "--save", str(path)],
                       capsys)
    metrics = json.loads(out)
    assert code == EXIT_DIVERGED and metrics["status"] == "diverged"
    assert metrics["saved"] is None and not path.exists()  # a diverged network is not saved


def test_zero_iterations(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["train", "--dataset", "xor", "--iterations", "0", "--no-progress"], capsys)
    assert code == 0
    assert out.splitlines()[-2].startswith("finished: 0 iterations")
    assert out.splitlines()[-1].startswith("note: 0 iterations are too few to tell")


@pytest.mark.parametrize("argv, fragment", [
    ([], "choose a command"),
    (["fly"], "invalid choice"),
    (["train", "--dataset", "nope"], "unknown data set"),
    (["train", "--dataset", "xor", "--lr", "abc"], "--lr"),
    (["train", "--dataset", "xor", "--lr", "-1"], "--lr"),
    (["train", "--dataset", "xor", "--lr", "nan"], "--lr"),
    (["train", "--dataset", "xor", "--hidden", "0"], "--hidden"),
    (["train", "--dataset", "xor", "--hidden", "a,b"], "--hidden"),
    (["train", "--dataset", "xor", "--batch-size", "0"], "--batch-size"),
    (["train", "--dataset", "xor", "--iterations", "-5"], "--iterations"),
    (["train", "--dataset", "xor", "--optimizer", "lbfgs"], "unknown optimizer"),
    (["train", "--dataset", "xor", "--activation", "softplus"], "--activation"),
    (["train", "--dataset", "xor", "--init", "gauss"], "init must be"),
    (["train", "--dataset", "xor", "--dropout", "1.5"], "dropout"),
    (["train", "--dataset", "xor", "--weight-decay-l2", "-1"], "--weight-decay-l2"),
    (["train", "--dataset", "xor", "--train-size", "100000"], "cannot take"),
    (["train", "--dataset", "xor", "--save", "/nonexistent-folder/x.npz"], "does not exist"),
    (["train", "--dataset", "mnist"], "MNIST"),
    (["data", "info", "nope"], "invalid choice"),
])
def test_bad_input_gives_one_error_line(argv: list[str], fragment: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv + ["--no-progress"] if argv[:1] == ["train"] else argv, capsys)
    assert code == EXIT_BAD_INPUT
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0]
    assert "Traceback" not in err and out == ""


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "train" in out and "data" in out
    code, out, _ = run(["train", "--help"], capsys)
    assert code == 0 and "--batch-norm" in out and "--save" in out
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("nnlab ")


def test_data_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["data", "list"], capsys)
    assert code == 0
    names = [line.split()[0] for line in out.splitlines() if line.strip()]
    assert {"mnist", "digits", "xor", "spiral"} <= set(names)


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    env_cmd = [sys.executable, "-m", "nnlab", "train", "--dataset", "nope"]
    bad = subprocess.run(env_cmd, capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert bad.returncode == EXIT_BAD_INPUT
    assert bad.stderr.strip().startswith("error: ") and "Traceback" not in bad.stderr
    good = subprocess.run([sys.executable, "-m", "nnlab", *TINY, "--json"], capture_output=True,
                          text=True, cwd=Path(__file__).parents[2])
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["status"] == "finished"


def test_closed_output_pipe_ends_quietly() -> None:
    # 3,000 evaluation lines overflow the pipe buffer, so the writer meets the closed pipe.
    argv = [sys.executable, "-m", "nnlab", "train", "--dataset", "xor", "--hidden", "2",
            "--iterations", "3000", "--eval-every", "1", "--eval-samples", "1", "--no-progress",
            "--seed", "0"]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=Path(__file__).parents[2])
    assert proc.stdout.readline().startswith(b"network ")
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 141
    assert b"Traceback" not in err
