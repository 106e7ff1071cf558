"""TabbedLesson: a lesson widget made of tab pages, each with a translated title.

Several lessons are two or three panels side by side in tabs. This frame builds the tabs,
retranslates their titles when the language changes (in the context of the lesson's own class,
where ``QT_TRANSLATE_NOOP`` marks them) and closes every page when it is closed, so pages that
train stop their threads: closing a widget does not close the pages of its tab widget.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.retranslate import Retranslatable


class TabbedLesson(Retranslatable, QWidget):
    """Tab pages with titles marked ``QT_TRANSLATE_NOOP("<subclass name>", "...")``."""

    def __init__(self, pages: Sequence[tuple[QWidget, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = [title for _page, title in pages]
        self.tabs = QTabWidget(self)
        for page, _title in pages:
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._retranslate()

    def pages(self) -> list[QWidget]:
        """The tab pages, in order."""
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close every page too, so the ones that train stop their runs."""
        for page in self.pages():
            page.close()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        context = type(self).__name__
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, QCoreApplication.translate(context, title))
