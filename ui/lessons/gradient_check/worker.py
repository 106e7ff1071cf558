"""The gradient check in the background: a worker that times both gradients, and the run that owns it.

``GradientCheckWorker`` lives in a QThread and reports through signals; ``GradientCheckRun`` is what
a widget holds: it starts the worker in its thread and stops it (cancel, then wait) when the widget
closes or the application quits, as :class:`ui.lessons.comparison_runs.RunQueue` does for training.
Used by the gradient-check lesson and by the book's gradient check in the backprop lesson.
"""

from __future__ import annotations

import logging
import threading
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from nnlab.experiments import GradientTiming, count_params, time_backprop
from nnlab.gradcheck import GradientCheckCancelled, gradient_check
from nnlab.network import MultiLayerNet

log = logging.getLogger(__name__)


class GradientCheckWorker(QObject):
    """Times backprop, then computes the numerical gradient with progress; lives in a QThread."""

    backprop_timed = Signal(float)
    progress = Signal(int, int, float)  # done, total, elapsed seconds
    finished = Signal(object, object)  # list[ParamError], GradientTiming
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, net: MultiLayerNet, x: np.ndarray, t: np.ndarray) -> None:
        super().__init__()
        self._net, self._x, self._t = net, x, t
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the numerical gradient to stop at its next parameter (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Measure both gradients; always ends with exactly one of finished/cancelled/failed."""
        try:
            backprop = time_backprop(self._net, self._x, self._t)
            self.backprop_timed.emit(backprop)
            start = time.perf_counter()

            def report(done: int, total: int) -> None:
                self.progress.emit(done, total, time.perf_counter() - start)

            errors = gradient_check(self._net, self._x, self._t, progress=report,
                                    cancel=self._cancel)
            timing = GradientTiming(count_params(self._net), time.perf_counter() - start, backprop)
            self.finished.emit(errors, timing)
        except GradientCheckCancelled:
            self.cancelled.emit()
        except Exception as exc:  # shown in the status line, logged with traceback
            log.exception("gradient check failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class GradientCheckRun(QObject):
    """One GradientCheckWorker in its own QThread, stopped when the parent widget closes.

    ``stopped`` reports, in the learner's language, a check that ended without results (cancelled,
    or failed with the error's message), so the widgets need no handler of their own for that.
    """

    stopped = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker: GradientCheckWorker | None = None
        self.worker_thread: QThread | None = None
        parent.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Stop the check when the parent widget closes."""
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def start(self, worker: GradientCheckWorker) -> None:
        """Run ``worker`` in a new thread (connect to its signals first)."""
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        for signal in (worker.finished, worker.cancelled, worker.failed):
            # Direct: quit() is thread-safe, and a queued quit would deadlock a GUI blocked in wait().
            signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(worker.deleteLater)
        worker.cancelled.connect(self._on_worker_cancelled)
        worker.failed.connect(self._on_worker_failed)
        self.worker, self.worker_thread = worker, thread
        thread.start()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self.stopped.emit(self.tr("Cancelled."))

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self.stopped.emit(self.tr("The gradient check failed: %1").replace("%1", message))

    def is_running(self) -> bool:
        """True while the worker thread is alive."""
        return self.worker_thread is not None and self.worker_thread.isRunning()

    @Slot()
    def cancel(self) -> None:
        """Ask the numerical gradient to stop at its next parameter."""
        if self.worker is not None and self.is_running():
            self.worker.cancel()

    @Slot()
    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel and block until the thread has ended (the widget or the app is closing)."""
        if self.is_running():
            self.worker.cancel()
            self.worker_thread.quit()
            self.worker_thread.wait(timeout_ms)
