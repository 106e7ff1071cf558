"""``nnlab --self-test`` as the packaged app and CI run it: a separate process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt with settings, logs and data in a temporary home (the learner's stay untouched)."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        NNLAB_DATA_DIR=str(tmp_path / "nnlab-data"),
    )


def _run_self_test(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.app", "--self-test", *extra],
        cwd=ROOT, env=_isolated_env(tmp_path), capture_output=True, text=True, timeout=300,
    )


def test_self_test_visits_every_lesson_trains_and_exits_0(tmp_path: Path) -> None:
    from ui.lessons import CATALOGUE

    result = _run_self_test(tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    verdicts = [line for line in result.stdout.splitlines() if line.startswith("self-test")]
    assert len(verdicts) == 1, output
    assert verdicts[0].startswith(f"self-test ok: {len(CATALOGUE)} lessons"), output


def test_self_test_in_japanese_also_passes(tmp_path: Path) -> None:
    result = _run_self_test(tmp_path, "--lang", "ja")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
