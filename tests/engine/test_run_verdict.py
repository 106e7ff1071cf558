"""Run verdicts (nnlab.run_verdict) and the note the command line prints for a run that did not learn."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nnlab.cli import main
from nnlab.run_verdict import learning_verdict
from nnlab.trainer import History


def finished(losses: list[float], test_acc: float) -> History:
    return History(losses=losses, test_acc=[test_acc], train_acc=[test_acc],
                   eval_iterations=[len(losses)], status="finished", iterations_done=len(losses))


def falling(n: int, start: float = 2.3, end: float = 0.3, noise: float = 0.0) -> list[float]:
    """A loss curve that falls from ``start`` to ``end`` over ``n`` iterations, with batch noise."""
    rng = np.random.default_rng(0)
    return list(np.linspace(start, end, n) * (1 + noise * rng.standard_normal(n)))


def test_learning_verdict_tells_too_high_from_too_slow() -> None:
    assert learning_verdict(finished([2.3] + [2.6, 2.4] * 50, 0.1), 10) == "too_high"
    assert learning_verdict(finished(list(np.linspace(2.30, 2.29, 100)), 0.3), 10) == "slow"
    assert learning_verdict(finished(list(np.linspace(2.3, 0.3, 100)), 0.9), 10) == "ok"


def test_chance_depends_on_the_number_of_classes() -> None:
    """67.5 % is well above guessing on two classes (50 %): not 'did not learn, steps too large'."""
    spiral = finished(falling(2000, 0.69, 0.55, noise=0.05), 0.675)
    assert learning_verdict(spiral, 2) == "weak"
    assert learning_verdict(finished(falling(2000, 0.69, 0.2), 0.95), 2) == "ok"
    assert learning_verdict(finished([0.69] + [0.9, 0.8] * 500, 0.52), 2) == "too_high"
    # Three classes: guessing is 33 %; 36 % is at chance, 90 % has learned.
    assert learning_verdict(finished([1.1] + [1.4, 1.3] * 500, 0.36), 3) == "too_high"
    assert learning_verdict(finished(falling(1000, 1.1, 0.3), 0.90), 3) == "ok"
    # Ten classes: 36.7 % (a 64-1-10 net) is better than guessing but far from learned.
    assert learning_verdict(finished(falling(1000, 2.3, 1.6), 0.367), 10) == "weak"


def test_a_run_too_short_to_judge_says_so() -> None:
    stopped = History(losses=[2.303, 2.302, 2.301], test_acc=[0.1], status="cancelled",
                      iterations_done=3)
    assert learning_verdict(stopped, 10) == "too_short"
    assert learning_verdict(History(losses=[2.3] * 10, status="finished"), 10) == "too_short"


def test_one_noisy_batch_is_not_a_jump() -> None:
    losses = falling(1000, 2.3, 2.25)
    losses[400] = 9.0  # one unlucky mini-batch
    assert learning_verdict(finished(losses, 0.12), 10) == "slow"
    noisy = falling(1000, 2.3, 2.28, noise=0.02)
    assert learning_verdict(finished(noisy, 0.11), 10) == "slow"


def test_true_divergence() -> None:
    """A loss that climbs and stays high at chance is 'too_high'; NaN ends are told by their own note."""
    climbing = list(np.linspace(2.3, 14.0, 500))
    assert learning_verdict(finished(climbing, 0.098), 10) == "too_high"
    diverged = History(losses=[2.3, float("nan")] * 50, status="diverged")
    assert learning_verdict(diverged, 10) == "ok"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``nnlab train`` on the offline digits; return (exit code, stdout)."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "data"))

    def run(*extra: str) -> tuple[int, str]:
        code = main(["train", "--dataset", "digits", "--iterations", "300", "--no-progress",
                     "--seed", "1", *extra])
        return code, capsys.readouterr().out

    return run


def test_cli_names_a_learning_rate_that_is_too_high(cli) -> None:
    code, out = cli("--lr", "50")
    assert code == 0
    assert out.splitlines()[-1].startswith("note: the run did not learn")  # after the summary
    assert "the learning rate 50 is too high for SGD; try 5." in out


def test_cli_says_when_the_loss_hardly_fell(cli) -> None:
    code, out = cli("--lr", "0.0001")
    assert code == 0
    assert "note: the loss hardly fell: the learning rate 0.0001 may be too small" in out


def test_cli_adds_no_note_to_a_run_that_learned_and_reports_the_verdict_in_json(cli) -> None:
    code, out = cli()
    assert code == 0 and "note:" not in out
    code, out = cli("--lr", "50", "--json")
    assert json.loads(out)["verdict"] == "too_high"
