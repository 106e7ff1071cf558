"""Helpers shared by the lesson tests: a lesson shown in English, Run then Cancel, is a text Japanese?"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from ui import i18n

W = TypeVar("W", bound=QWidget)


def show_lesson(qtbot, qapp: QApplication, make_widget: Callable[[], W]) -> W:
    """Build a lesson widget in English, hand it to qtbot and show it."""
    i18n.set_language(qapp, "en")
    widget = make_widget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def is_japanese(text: str) -> bool:
    """True when ``text`` holds kana or kanji."""
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def run_then_cancel(qtbot, run_bar: QWidget, started: SignalInstance,
                    all_finished: SignalInstance) -> list:
    """Press the bar's Run, wait until ``started`` says training is under way, press Cancel.

    Returns the arguments ``all_finished`` was emitted with ([False] for a cancelled queue).
    """
    with qtbot.waitSignal(started, timeout=30_000):
        qtbot.mouseClick(run_bar.run_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(all_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(run_bar.cancel_button, Qt.MouseButton.LeftButton)
    return blocker.args
