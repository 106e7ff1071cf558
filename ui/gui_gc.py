"""Python's cyclic garbage collector runs only in the GUI thread, on a timer.

A collection can start in whatever thread happens to allocate: a training worker, a download's
helper thread. If it frees a Qt object there, its C++ destructor takes Qt's locks in that thread
and then waits for the GIL, while the GUI thread holds the GIL and waits for one of those locks:
the window freezes for good (seen with PySide6 6.11). So automatic collection is switched off
and the GUI thread collects, generation by generation as Python would, a few times a second.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Disables automatic GC and collects on a GUI-thread timer with Python's own thresholds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds (youngest first)."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            gc.collect(generation)


def install(app: QObject) -> GuiThreadCollector:
    """Install the collector once for ``app`` (the QApplication); returns it."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
