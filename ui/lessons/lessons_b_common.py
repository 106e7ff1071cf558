"""Shared pieces of the chapter 4–6 lessons: a queue of training runs and a run/cancel bar.

Several lessons compare a handful of small training runs (one per optimizer, initialisation, weight
scale or regularisation). ``RunQueue`` runs them one after another, each through its own
:class:`ui.training_worker.TrainingRun`, so the window stays responsive; ``RunBar`` is the
Run / Cancel button pair with a progress bar and a status line that drives a queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from nnlab.trainer import History, Trainer
from ui.lessons.lesson_saved_runs import SavedRunsButton
from ui.training_worker import TrainingRun

if TYPE_CHECKING:
    from nnlab.data import Dataset

log = logging.getLogger(__name__)

# Distinct colours that stay readable on a white background.
PALETTE: tuple[str, ...] = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
                            "#8c564b", "#e377c2")


def colour(i: int) -> str:
    """The i-th palette colour (cycling)."""
    return PALETTE[i % len(PALETTE)]


def setup_plot_defaults() -> None:
    """Light background plots (the app does this too; lessons set it for standalone use)."""
    pg.setConfigOptions(antialias=True, background="w", foreground="k")


@lru_cache(maxsize=1)
def default_data() -> tuple[Dataset, str]:
    """The digits data used by the lessons (MNIST when cached, else the bundled 8x8 digits)."""
    from nnlab.data import load_default_digits  # imported late: loading data is not needed to import

    return load_default_digits()


@dataclass
class RunSpec:
    """One training run in a queue: a key for the plots and a factory that builds its Trainer."""

    key: str
    make_trainer: Callable[[], Trainer]


class RunQueue(QObject):
    """Run several Trainers one after another, each in its own TrainingRun (worker thread).

    A queue whose parent is a widget stops with it: when the widget is closed (``LessonPage.shutdown``
    closes the lesson's widgets) or the application quits, the runs are cancelled and their thread
    is waited for, so no training thread outlives the widget that shows it.
    """

    run_started = Signal(str)  # key
    step_logged = Signal(str, object, object)  # key, iterations, losses
    evaluated = Signal(str, dict)  # key, logs
    run_finished = Signal(str, object)  # key, History
    progress = Signal(int, int)  # iterations done over all runs, total
    all_finished = Signal(bool)  # True when every run ended, False when cancelled
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[RunSpec] = []
        self._current: TrainingRun | None = None
        self._current_key = ""
        self._done_iterations = 0
        self._total = 0
        self._per_run: dict[str, int] = {}
        self._cancelled = False
        self.trainers: dict[str, Trainer] = {}
        if isinstance(parent, QWidget):
            parent.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Stop the runs when the parent widget closes."""
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def start(self, runs: list[RunSpec]) -> None:
        """Start the runs (after stopping anything still running)."""
        self.stop()
        self._pending = list(runs)
        self._cancelled = False
        self._done_iterations = 0
        self.trainers = {}
        self._per_run = {}
        self._total = 0
        self._next()

    @property
    def current_run(self) -> TrainingRun | None:
        """The run in progress (or whose end is still being handled); None between queues."""
        return self._current

    def is_running(self) -> bool:
        """True while a run is in progress."""
        return self._current is not None and self._current.is_running()

    def stop(self) -> None:
        """Cancel the current run and drop the pending ones."""
        self._pending = []
        if self._current is not None and self._current.is_running():
            self._cancelled = True
            self._current.stop()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every run and block until the current thread has ended (the widget is closing)."""
        self.stop()
        return self.wait_finished(timeout_ms)

    def wait_finished(self, timeout_ms: int = 5000) -> bool:
        """Stop and block until the current thread has ended (for closing the window)."""
        self._pending = []
        if self._current is None:
            return True
        return self._current.wait_finished(timeout_ms)

    def _next(self) -> None:
        if not self._pending:
            self._current = None
            self.all_finished.emit(not self._cancelled)
            return
        spec = self._pending.pop(0)
        try:
            trainer = spec.make_trainer()
        except Exception as exc:  # a bad setting must end in a message, not a traceback
            log.exception("could not build run %s", spec.key)
            self._pending = []
            self._current = None
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            self.all_finished.emit(False)
            return
        if self._total == 0:
            self._total = trainer.iterations * (len(self._pending) + 1)
        self.trainers[spec.key] = trainer
        self._current_key = spec.key
        run = TrainingRun(trainer, self)
        run.step_logged.connect(self._on_run_step_logged)
        run.evaluated.connect(self._on_run_evaluated)
        run.failed.connect(self.failed)
        run.finished.connect(self._on_run_finished)
        self._current = run
        self.run_started.emit(spec.key)
        run.start()

    @Slot(object, object)
    def _on_run_step_logged(self, iterations: np.ndarray, losses: np.ndarray) -> None:
        self.step_logged.emit(self._current_key, iterations, losses)
        if len(iterations):
            self.progress.emit(self._done_iterations + int(iterations[-1]), self._total)

    @Slot(dict)
    def _on_run_evaluated(self, logs: dict) -> None:
        self.evaluated.emit(self._current_key, logs)

    @Slot(object)
    def _on_run_finished(self, history: History) -> None:
        key = self._current_key
        run = self._current
        if run is not None:
            self._done_iterations += run.trainer.iterations
            run.deleteLater()
        self.progress.emit(min(self._done_iterations, self._total), self._total)
        self.run_finished.emit(key, history)
        if history.status in ("cancelled", "failed"):
            self._cancelled = True
            self._pending = []
        self._next()


class RunBar(QWidget):
    """Run and Cancel buttons, a progress bar and a status line for a RunQueue."""

    run_clicked = Signal()

    def __init__(self, queue: RunQueue, run_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._failed = False
        self._run_text = run_text  # English source; translated in _retranslate
        self.run_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.run_button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.progress_bar, 1)
        self.saved_button = SavedRunsButton(queue)  # every run is kept; the button lists them
        layout.addWidget(self.saved_button)
        self.run_button.clicked.connect(self.run_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        queue.progress.connect(self._on_queue_progress)
        queue.run_started.connect(self._on_queue_run_started)
        queue.all_finished.connect(self._on_queue_all_finished)
        queue.failed.connect(self._on_queue_failed)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.run_button.setText(self.tr(self._run_text))
        self.cancel_button.setText(self.tr("Cancel"))

    def set_status(self, text: str) -> None:
        """Show a (translated) status message under the controls."""
        self.status_label.setText(text)

    def set_running(self, running: bool) -> None:
        """Enable Run or Cancel."""
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self._queue.stop()

    @Slot(str)
    def _on_queue_run_started(self, key: str) -> None:
        if not self._queue.trainers or len(self._queue.trainers) == 1:
            self._failed = False
        self.set_running(True)

    @Slot(int, int)
    def _on_queue_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    @Slot(bool)
    def _on_queue_all_finished(self, complete: bool) -> None:
        self.set_running(False)
        if not complete and not self._failed:
            self.set_status(self.tr("Cancelled."))

    @Slot(str)
    def _on_queue_failed(self, message: str) -> None:
        self._failed = True
        self.set_status(self.tr("The experiment stopped with an error: %1").replace("%1", message))


def moving_average(values: np.ndarray, window: int = 20) -> np.ndarray:
    """Trailing mean over ``window`` points (shorter at the start) to make noisy loss curves readable."""
    values = np.asarray(values, dtype=float)
    if values.size == 0 or window <= 1:
        return values
    cumsum = np.cumsum(np.insert(values, 0, 0.0))
    idx = np.arange(1, values.size + 1)
    lo = np.maximum(0, idx - window)
    return (cumsum[idx] - cumsum[lo]) / (idx - lo)
