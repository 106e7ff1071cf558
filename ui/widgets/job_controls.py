"""Run and Cancel buttons and a progress bar bound to one BackgroundRunner, written once.

Every panel that starts a long job shows the same row: Run (the panel's own text), Cancel and a
progress bar. :class:`JobControls` builds it and follows the runner: while a job runs, Run (and any
other control the panel names) is disabled and Cancel enabled; the runner's progress moves the bar.
The panel keeps what is its own: the Run button's text, what Run starts and the status it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.background import BackgroundRunner
from ui.retranslate import Retranslatable


class JobControls(Retranslatable, QWidget):
    """Run, Cancel and a progress bar for ``runner``; Run calls ``start``, Cancel ``cancel``.

    ``cancel`` defaults to ``runner.cancel``. ``follow_progress=False`` leaves the bar to the panel
    (a search counts finished trials, not the runner's reports). ``locked`` are the panel's
    settings that must not change while a job runs.
    """

    def __init__(self, runner: BackgroundRunner, start: Callable[[], object],
                 cancel: Callable[[], object] | None = None, follow_progress: bool = True,
                 locked: Iterable[QWidget] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.locked = list(locked)
        self.run_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress_bar = QProgressBar()
        self.reset_progress()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.run_button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.progress_bar, 1)
        self.run_button.clicked.connect(lambda _checked=False: start())
        self.cancel_button.clicked.connect(lambda _checked=False: (cancel or runner.cancel)())
        runner.started.connect(self._on_runner_started)
        runner.finished.connect(self._on_runner_finished)
        if follow_progress:
            runner.progressed.connect(self._on_runner_progressed)
        self.set_running(runner.is_running())
        self._retranslate()

    def _retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Put one more widget at the end of the row (e.g. an estimate of the time left)."""
        self.layout().addWidget(widget, stretch)

    def set_running(self, running: bool) -> None:
        """Enable Cancel while a job runs, Run and the locked settings while none does."""
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in self.locked:
            widget.setEnabled(not running)

    def reset_progress(self, maximum: int = 1) -> None:
        """Empty the bar, ``maximum`` steps long."""
        self.progress_bar.setRange(0, max(1, maximum))
        self.progress_bar.setValue(0)

    @Slot()
    def _on_runner_started(self) -> None:
        self.set_running(True)

    @Slot()
    def _on_runner_finished(self) -> None:
        self.set_running(self.runner.is_running())

    @Slot(int, int, float)
    def _on_runner_progressed(self, done: int, total: int, _elapsed: float) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
