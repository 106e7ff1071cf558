"""Comparison runs of the chapter 4–6 lessons: a queue of training runs and a run/cancel bar.

Several lessons compare a handful of small training runs (one per optimizer, initialisation, weight
scale or regularisation). ``RunQueue`` runs them one after another, each through its own
:class:`ui.training_worker.TrainingRun`, so the window stays responsive; runs may join or leave the
queue while it trains, and each run's Trainer is built only when its turn comes, so settings edited
meanwhile apply. ``RunBar`` is the Run / Cancel button pair with a progress bar and a status line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from nnlab.trainer import History, Trainer
from ui.background import StopOnClose
from ui.lessons.lesson_saved_runs import SavedRunsButton
from ui.retranslate import Retranslatable
from ui.training_worker import TrainingRun
from ui.widgets.job_controls import JobControls

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
    """The digits every lesson trains on, and a note saying which and why.

    The full MNIST when it has been downloaded or imported, else the offline MNIST bundled with
    nnlab (8,000 to train / 2,000 to test); the 8×8 digits only when those files are damaged.
    """
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
    run_refused = Signal(str, str)  # key, message: its Trainer could not be built; the rest go on
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
        StopOnClose(self, self.shutdown, watch=parent)

    def start(self, runs: list[RunSpec], keep_results: bool = False) -> None:
        """Start the runs (after stopping anything still running).

        ``keep_results`` keeps the trainers of earlier runs (a re-run of some rows of a comparison).
        """
        self.stop()
        self._pending = list(runs)
        self._cancelled = False
        self._done_iterations = 0
        if not keep_results:
            self.trainers = {}
        self._per_run = {}
        self._total = 0
        self._next()

    def extend(self, runs: list[RunSpec]) -> None:
        """Queue more runs behind the pending ones (or start them when nothing runs)."""
        if not self.is_running():
            self.start(runs, keep_results=True)
            return
        keys = {spec.key for spec in runs}
        self._pending = [spec for spec in self._pending if spec.key not in keys] + list(runs)
        if self._current is not None:
            self._total = self._done_iterations + self._current.trainer.iterations * (
                len(self._pending) + 1)
            self.progress.emit(self._done_iterations, self._total)

    def remove(self, keys: set[str]) -> None:
        """Drop queued runs that have not started yet."""
        self._pending = [spec for spec in self._pending if spec.key not in keys]

    def pending_keys(self) -> list[str]:
        """Keys of the runs waiting for their turn."""
        return [spec.key for spec in self._pending]

    @property
    def current_key(self) -> str:
        """Key of the run in progress ("" when none)."""
        return self._current_key if self.is_running() else ""

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
        except ValueError as exc:  # an impossible setting in this run: say so, go on with the rest
            log.warning("run %s refused: %s", spec.key, exc)
            self.run_refused.emit(spec.key, str(exc))
            self._next()
            return
        except Exception as exc:  # anything else must end in a message, not a traceback
            log.exception("could not build run %s", spec.key)
            self._pending = []
            self._current = None
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            self.all_finished.emit(False)
            return
        # the runs still to come are counted at this run's length (their own is known at their turn)
        self._total = self._done_iterations + trainer.iterations * (len(self._pending) + 1)
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


class RunBar(Retranslatable, QWidget):
    """Run and Cancel buttons, a progress bar and a status line for a RunQueue."""

    run_clicked = Signal()

    def __init__(self, queue: RunQueue, run_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._failed = False
        self._run_text = run_text  # English source; translated in _retranslate
        self.controls = JobControls(None, self._on_run_button_clicked, queue.stop)
        self.controls.follow(queue.run_started, queue.all_finished, queue.progress, queue.is_running)
        self.run_button, self.cancel_button = self.controls.run_button, self.controls.cancel_button
        self.progress_bar = self.controls.progress_bar
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.saved_button = SavedRunsButton(queue)  # every run is kept; the button lists them
        self.controls.add_widget(self.saved_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls)
        queue.run_started.connect(self._on_queue_run_started)
        queue.all_finished.connect(self._on_queue_all_finished)
        queue.failed.connect(self._on_queue_failed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.run_button.setText(self.tr(self._run_text))

    def set_status(self, text: str) -> None:
        """Show a (translated) status message under the controls."""
        self.status_label.setText(text)

    @Slot()
    def _on_run_button_clicked(self) -> None:
        self._failed = False  # a new start: an earlier error no longer explains a cancel
        self.run_clicked.emit()

    @Slot(str)
    def _on_queue_run_started(self, key: str) -> None:
        if not self._queue.trainers or len(self._queue.trainers) == 1:
            self._failed = False

    @Slot(bool)
    def _on_queue_all_finished(self, complete: bool) -> None:
        if not complete and not self._failed:
            self.set_status(self.tr("Cancelled."))

    @Slot(str)
    def _on_queue_failed(self, message: str) -> None:
        self._failed = True
        self.set_status(self.tr("The experiment stopped with an error: %1").replace("%1", message))
