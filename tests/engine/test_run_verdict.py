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


def test_learning_verdict_tells_too_high_from_too_slow() -> None:
    assert learning_verdict(finished([2.3] + [2.6, 2.4] * 50, 0.1), 10) == "too_high"
    assert learning_verdict(finished(list(np.linspace(2.30, 2.29, 100)), 0.3), 10) == "slow"
    assert learning_verdict(finished(list(np.linspace(2.3, 0.3, 100)), 0.9), 10) == "ok"
    assert learning_verdict(History(losses=[2.3] * 10, status="finished"), 10) == "ok"  # too short
    diverged = History(losses=[2.3, float("nan")] * 50, status="diverged")
    assert learning_verdict(diverged, 10) == "ok"  # the divergence message says it already


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
