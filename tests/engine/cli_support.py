"""Shared by the command-line tests: a private data folder and one call of ``nnlab.cli.main``."""

from __future__ import annotations

from pathlib import Path

import pytest

from nnlab.cli import main


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the user's real data cache."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "data"))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``nnlab <argv>``."""
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err
