"""Lesson: backprop through layers (chapter 5.5–5.7) — step the engine's layers, break them, check them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from ui.lessons.backprop_layers.book import BookGradientCheckWidget
from ui.lessons.backprop_layers.steps import BackpropStepperWidget
from ui.lessons.tabbed import TabbedLesson


def _scrolling(widget: QWidget) -> QScrollArea:
    """The page in a scroll area, so a small window scrolls instead of squeezing the matrices."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class BackpropLayersWidget(TabbedLesson):
    """Two tabs: step through the layers (and break them), and the book's gradient check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        steps = BackpropStepperWidget()
        book = BookGradientCheckWidget()
        super().__init__([
            (_scrolling(steps), QT_TRANSLATE_NOOP("BackpropLayersWidget", "Step through the layers")),
            (book, QT_TRANSLATE_NOOP("BackpropLayersWidget", "The book's gradient check")),
        ], parent)
        self.steps, self.book = steps, book
