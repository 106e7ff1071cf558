"""``python -m nnlab search``: ranked trials as a table or JSON, the narrowed ranges, bad input."""

from __future__ import annotations

import json

import pytest

from cli_support import private_data_dir, run  # noqa: F401 - autouse fixture
from nnlab.cli import EXIT_BAD_INPUT

QUICK = ["search", "--trials", "4", "--seed", "2", "--epochs", "2", "--no-progress"]


def test_json_lists_ranked_trials_reproducibly(capsys):
    code, out, err = run(QUICK + ["--json"], capsys)
    assert code == 0, err
    report = json.loads(out)
    again = json.loads(run(QUICK + ["--json"], capsys)[1])
    assert report["trials"] == [dict(t, seconds=report["trials"][k]["seconds"])
                                for k, t in enumerate(again["trials"])]
    assert report["status"] == "finished" and report["seed"] == 2
    assert report["train_size"] == 400 and report["validation_size"] == 100
    assert report["lr_exponents"] == [-6, -2] and report["weight_decay_exponents"] == [-8, -4]
    trials = report["trials"]
    assert [t["rank"] for t in trials] == [1, 2, 3, 4]
    assert sorted(t["trial"] for t in trials) == [1, 2, 3, 4]
    accs = [t["val_acc"] for t in trials]
    assert accs == sorted(accs, reverse=True)
    assert all(1e-6 <= t["lr"] <= 1e-2 and 1e-8 <= t["weight_decay"] <= 1e-4 for t in trials)
    assert 0.0 <= report["best_test_acc"] <= 1.0 and report["test_size"] == 2000  # the offline MNIST split
    narrowed = report["narrowed"]["lr_exponents"]
    assert -6.1 <= narrowed[0] < narrowed[1] <= -1.9


def test_table_prints_one_row_per_trial_and_the_next_ranges(capsys):
    code, out, err = run(QUICK, capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert "400 training + 100 validation images" in lines[0] and "seed 2" in lines[0]
    assert lines[1].split()[:3] == ["rank", "val", "acc"]
    assert [line.split()[0] for line in lines[2:6]] == ["1", "2", "3", "4"]
    assert lines[-2].startswith("best trial on the 2,000 test images (measured once, after the "
                                "choice): ")
    assert lines[-1].startswith("narrowed to the best trials: --lr-exp ")
    assert "digits" in err  # which data set was used


def test_ranges_from_the_command_line_are_searched(capsys):
    code, out, _ = run(QUICK + ["--json", "--lr-exp", "-3", "-2", "--wd-exp", "-6", "-6"], capsys)
    assert code == 0
    trials = json.loads(out)["trials"]
    assert all(1e-3 <= t["lr"] <= 1e-2 and t["weight_decay"] == pytest.approx(1e-6)
               for t in trials)


@pytest.mark.parametrize("extra, message", [
    (["--trials", "0"], "expected a number >= 1"),
    (["--lr-exp", "-2", "-6"], "low <= high"),
    (["--wd-exp", "x", "-4"], "power of ten"),
    (["--dataset", "nonsense"], "nonsense"),
])
def test_bad_input_is_one_error_line(capsys, extra, message):
    code, out, err = run(QUICK + extra, capsys)
    assert code == EXIT_BAD_INPUT and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err
