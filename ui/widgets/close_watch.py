"""CloseWatch: call a function when a widget closes, when the window it sits in closes, or at quit.

A widget inside a lesson page gets no close event when the main window closes, so work it started
in a thread (training, loading) would outlive the window. The watch follows the widget into
whatever window it is shown in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


class CloseWatch(QObject):
    """Calls ``on_close`` when ``widget`` or its window closes, and when the application quits."""

    def __init__(self, widget: QWidget, on_close: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._window: QWidget | None = None
        self._on_close = on_close
        widget.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(on_close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._widget and kind == QEvent.Type.Show:
            window = self._widget.window()
            if window is not self._widget and window is not self._window:
                window.installEventFilter(self)
                self._window = window
        elif kind == QEvent.Type.Close and watched in (self._widget, self._window):
            self._on_close()
        return False
