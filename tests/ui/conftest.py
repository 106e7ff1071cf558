"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from shell_support import lessons, settings_file  # noqa: F401 - fixtures of the shell tests
from ui.lessons.comparison_runs import default_data
from ui.training_worker import stop_all_runs


@pytest.fixture
def offline_digits(tmp_path, monkeypatch) -> Iterator[None]:
    """Lessons train on the bundled 8x8 digits, whatever is cached on this computer.

    An empty data folder hides any downloaded MNIST; afterwards no training thread may be left
    running (a failing test must not leave one behind for the next).
    """
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "cache"))
    default_data.cache_clear()
    yield
    default_data.cache_clear()
    assert stop_all_runs(10_000)
