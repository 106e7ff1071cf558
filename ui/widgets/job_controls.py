"""Run and Cancel buttons and a progress bar bound to one BackgroundRunner, written once.

Every panel that starts a long job shows the same row: Run (the panel's own text), Cancel and a
progress bar. :class:`JobControls` builds it and follows the runner: while a job runs, Run (and any
other control the panel names) is disabled and Cancel enabled; the runner's progress moves the bar.
The panel keeps what is its own: the Run button's text, what Run starts and the status it shows.
Work that is not one runner (a queue of training runs) is followed through its own signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.background import BackgroundRunner
from ui.retranslate import Retranslatable


class JobControls(Retranslatable, QWidget):
    """Run, Cancel and a progress bar for ``runner``; Run calls ``start``, Cancel ``cancel``.

    ``cancel`` defaults to ``runner.cancel``. ``follow_progress=False`` leaves the bar to the panel
    (a search counts finished trials, not the runner's reports). ``locked`` are the panel's
    settings that must not change while a job runs. With ``runner=None`` the panel calls
    :meth:`follow` with the signals of its own work.
    """

    def __init__(self, runner: BackgroundRunner | None, start: Callable[[], object],
                 cancel: Callable[[], object] | None = None, follow_progress: bool = True,
                 locked: Iterable[QWidget] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locked = list(locked)
        self._is_running: Callable[[], bool] = lambda: False
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
        if runner is not None:
            self.follow(runner.started, runner.finished,
                        runner.progressed if follow_progress else None, runner.is_running)
        self.set_running(self._is_running())
        self._retranslate()

    def follow(self, started: SignalInstance, finished: SignalInstance,
               progressed: SignalInstance | None, is_running: Callable[[], bool]) -> None:
        """Follow work that says when it starts and ends (any arguments) and its progress (done, total)."""
        self._is_running = is_running
        started.connect(self._on_work_started)
        finished.connect(self._on_work_finished)
        if progressed is not None:
            progressed.connect(self._on_work_progressed)

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

    def _on_work_started(self, *_args: object) -> None:
        self.set_running(True)

    def _on_work_finished(self, *_args: object) -> None:
        self.set_running(self._is_running())

    def _on_work_progressed(self, done: int, total: int, *_elapsed: float) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
