"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nnlab.data import offline
from shell_support import lessons, settings_file  # noqa: F401 - fixtures of the shell tests
from ui import gui_gc
from ui.lessons.comparison_runs import default_data
from ui.training_worker import stop_all_runs


@pytest.fixture(autouse=True, scope="session")
def _gc_in_the_gui_thread(qapp):
    """As in the app: cyclic garbage is collected only in the GUI thread (see ui/gui_gc.py)."""
    gui_gc.install(qapp)
    yield


@pytest.fixture
def offline_digits(tmp_path, monkeypatch) -> Iterator[None]:
    """Lessons train on the small 8x8 digits (fast tests), whatever is on this computer.

    An empty data folder hides any downloaded MNIST and the bundled MNIST is pointed at a missing
    folder, so the lessons take their fallback; afterwards no training thread may be left
    running (a failing test must not leave one behind for the next).
    """
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(offline, "offline_mnist_folder", lambda: tmp_path / "no-bundled-mnist")
    default_data.cache_clear()
    yield
    default_data.cache_clear()
    assert stop_all_runs(10_000)


@pytest.fixture
def offline_mnist(tmp_path, monkeypatch) -> Iterator[None]:
    """Lessons use what a computer without internet has: the MNIST bundled with nnlab."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "cache"))
    default_data.cache_clear()
    yield
    default_data.cache_clear()
    assert stop_all_runs(10_000)
