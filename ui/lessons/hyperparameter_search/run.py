"""SearchRun: the book's random hyperparameter search in a worker thread, as Qt signals.

The search (``nnlab.hyperparameter_search.run_search``) reports each finished trial through a
plain callback; ``_SearchWorker`` is that callback in the worker thread and emits the trial (which
the search never touches again).  ``SearchRun`` is what the lesson holds: it starts the thread,
forwards the signals on the GUI thread, and stops the search (waiting for its thread) when the
widget that shows it closes; ``ui.training_worker.stop_all_runs`` stops it at exit too.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from nnlab.hyperparameter_search import SearchResult, SearchSettings, SearchSpace, run_search
from ui.training_worker import keep_alive

log = logging.getLogger(__name__)


class _StopSwitch:
    """The search's cancel event, offered to ``stop_all_runs`` like a Trainer's request_stop."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def request_stop(self) -> None:
        self.event.set()


class _SearchWorker(QObject):
    """Runs one search in the worker thread; emits every trial, then the result (always last)."""

    trial_finished = Signal(object)  # Trial
    failed = Signal(str)
    finished = Signal(object)  # SearchResult, or None after a failure

    def __init__(self, data: Any, n_trials: int, space: SearchSpace, settings: SearchSettings,
                 seed: int, cancel: threading.Event) -> None:
        super().__init__()
        self._args = (data, n_trials, space, settings, seed)
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        data, n_trials, space, settings, seed = self._args
        result = None
        try:
            result = run_search(data, n_trials, space=space, settings=settings, seed=seed,
                                on_trial=self.trial_finished.emit, cancel=self._cancel)
        except Exception as exc:  # bad data must end in a message, not a dead thread
            log.exception("hyperparameter search failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        self.finished.emit(result)


class SearchRun(QObject):
    """GUI-thread owner of one search thread; its widget calls shutdown() when it closes."""

    trial_finished = Signal(object)  # Trial
    failed = Signal(str)
    finished = Signal(object)  # SearchResult or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._switch: _StopSwitch | None = None
        self._running = False

    @property
    def thread(self) -> QThread | None:
        """The thread of the latest search (for tests)."""
        return self._thread

    def is_running(self) -> bool:
        """True from start() until ``finished`` (its thread ends a moment later, on its own)."""
        return self._running

    def start(self, data: Any, n_trials: int, space: SearchSpace, settings: SearchSettings,
              seed: int) -> None:
        """Start a search in a new thread (refused while one runs)."""
        if self.is_running():
            raise RuntimeError("a search is already running")
        switch = _StopSwitch()
        worker = _SearchWorker(data, n_trials, space, settings, seed, switch.event)
        thread = QThread()  # no Qt parent: closing a widget must never destroy a running thread
        thread.setObjectName("nnlab-search")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Direct: quit() is thread-safe; a queued one would deadlock a GUI thread in wait().
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(worker.deleteLater)
        worker.trial_finished.connect(self.trial_finished)
        worker.failed.connect(self.failed)
        worker.finished.connect(self._on_worker_finished)
        self._thread, self._switch, self._running = thread, switch, True
        keep_alive(thread, worker, switch)
        thread.start()

    @Slot(object)
    def _on_worker_finished(self, result: SearchResult | None) -> None:
        self._running = False
        self.finished.emit(result)

    def stop(self) -> None:
        """Ask the search to stop within one training iteration (returns at once)."""
        if self._switch is not None:
            self._switch.request_stop()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the search and block until its thread has ended (the widget is closing)."""
        self.stop()
        if self._thread is None or self._thread.isFinished():
            return True
        self._thread.quit()
        ended = bool(self._thread.wait(max(0, int(timeout_ms))))
        if not ended:
            log.warning("search thread did not end within %d ms", timeout_ms)
        return ended
