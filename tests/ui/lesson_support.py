"""Helpers shared by the lesson tests: a lesson widget shown in English; is a text Japanese?"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

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
