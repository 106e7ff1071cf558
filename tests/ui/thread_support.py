"""What the tests of background threads share: the work's cancel exception, and no thread left over."""

from __future__ import annotations

import pytest

from ui.background import live_thread_count, stop_all


class Cancelled(Exception):
    """What the test's work raises when it sees the cancel request."""


@pytest.fixture(autouse=True)
def _no_thread_left_behind(qtbot):
    """A failing test must not leave a thread running into the next one (autouse where imported)."""
    yield
    assert stop_all(10_000)
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
