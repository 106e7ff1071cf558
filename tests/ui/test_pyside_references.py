"""The installed PySide6 keeps the reference counts of None, True and False (see ui/__init__.py).

PySide6-Essentials 6.12.0 returned them from C++ calls without a new reference, which on Python
3.11 aborts the app after a few thousand calls; pyproject.toml excludes that release. These tests
make thousands of such calls and fail on any PySide6 that loses references, so a release with the
same bug is found here rather than by a learner.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 5000

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12 on")


class Emitter(QObject):
    changed = Signal(int)


def test_setters_keep_the_references_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText(str(i % 7))  # returns None
    assert sys.getrefcount(None) > before - CALLS // 10


def test_emit_keeps_the_references_of_true_and_false(qtbot):
    emitter = Emitter()
    seen = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(CALLS):
        emitter.changed.emit(i)  # returns True
        emitter.signalsBlocked()  # returns False
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(seen) == CALLS
    assert after[0] > before[0] - CALLS // 10 and after[1] > before[1] - CALLS // 10
