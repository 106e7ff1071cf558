"""Work off the GUI thread: one helper for every background thread of the app.

A :class:`Worker` is the work; it runs in a QThread of its own and reports through signals, which
arrive queued on the GUI thread. Most work is a plain function: :class:`FunctionWorker` calls it
with the worker as its only argument, so the function can ``report(done, total)`` progress,
``publish(item)`` partial results and look at ``cancel_event``. Work that streams many kinds of
signals (the training worker) subclasses ``Worker`` and adds its own.

:class:`BackgroundRunner` is what a widget holds. It starts one worker at a time in a new QThread
and, once the thread has ended, delivers exactly one outcome (``succeeded``, ``failed`` with a
message for the window, or ``cancelled``) and then ``finished``; when an outcome arrives the runner
is idle again, so the next job can start from the slot. A runner whose parent is a widget stops its
work (cancel, wait for the thread, deliver its last signals) when that widget closes, and every
runner stops when the application quits or the runner is deleted.
:class:`StopOnClose` is that rule for anything else that owns work (a queue of training runs,
a race of two): it calls a stop function when a widget (or its window) closes or the app quits.

Threads have no Qt parent and are held in a registry until they have ended, so Qt never destroys a
running QThread; ``stop_all`` (run at exit) stops whatever is left. Nothing here drops the last
reference to a Qt object in a worker thread: Python's collector runs only in the GUI thread
(``ui.gui_gc``), and results must be plain data.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ErrorTypes = tuple[type[BaseException], ...]

# Running threads and the switches that stop their workers, by id(thread), until each has ended.
_LIVE: dict[int, tuple[QThread, _StopSwitch]] = {}


@dataclass(frozen=True)
class Outcome:
    """How a worker's run ended: 'succeeded' (value), 'failed' (message, error) or 'cancelled'."""

    kind: str
    value: object = None
    message: str = ""
    error: BaseException | None = None


class Worker(QObject):
    """Work that runs in a background thread; override ``work`` (its return value is the result).

    ``cancelled_by`` are the exceptions that mean the work was cancelled; ``expected`` those a user
    can cause (bad data): logged as one line and shown as their own text. Anything else is logged
    with its traceback and shown as ``TypeName: text``.
    """

    progressed = Signal(int, int, float)  # done, total (0: unknown), seconds since the clock start
    produced = Signal(object)  # a partial result (a finished trial, a measured time)
    concluded = Signal(object)  # Outcome, the last signal of a run (the runner passes it on)

    def __init__(self, cancelled_by: ErrorTypes = (), expected: ErrorTypes = (),
                 description: str = "background work") -> None:
        super().__init__()
        self.cancel_event = threading.Event()
        self.cancelled_by = tuple(cancelled_by)
        self.expected = tuple(expected)
        self.description = description
        self._clock = time.perf_counter()

    # --- called from the GUI thread -------------------------------------------------------------
    def request_stop(self) -> None:
        """Ask the work to stop soon (thread-safe; the work must look at ``cancel_event``)."""
        self.cancel_event.set()

    # --- called in the worker thread -----------------------------------------------------------
    def work(self) -> object:
        """Do the work and return its result (plain data, never a Qt object)."""
        raise NotImplementedError

    def is_cancelled(self) -> bool:
        """True once a stop was requested."""
        return self.cancel_event.is_set()

    def report(self, done: int, total: int | None = None) -> None:
        """Emit progress: ``done`` of ``total`` (None or 0: unknown) and the seconds elapsed."""
        self.progressed.emit(int(done), int(total or 0), time.perf_counter() - self._clock)

    def restart_clock(self) -> None:
        """Measure the elapsed seconds of ``report`` from now on (e.g. after a first phase)."""
        self._clock = time.perf_counter()

    def publish(self, item: object) -> None:
        """Emit a partial result."""
        self.produced.emit(item)

    @Slot()
    def run(self) -> None:
        """Run ``work`` and conclude with exactly one Outcome, whatever happens."""
        self._clock = time.perf_counter()
        try:
            outcome = Outcome("succeeded", value=self.work())
        except self.cancelled_by:
            log.info("%s cancelled", self.description)
            outcome = Outcome("cancelled")
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            outcome = Outcome("failed", message=self._message_of(exc), error=exc)
        # Hand the worker back to the GUI thread before its thread ends, so that it is destroyed
        # there. Destroying a PySide QObject in the worker thread takes a Qt connection lock and
        # then waits for the GIL, while the GUI thread may hold the GIL and wait for that lock
        # (a deadlock seen in the layout test); see also ui/gui_gc.py.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        self.concluded.emit(outcome)

    def _message_of(self, exc: Exception) -> str:
        """Log ``exc`` and return the sentence the window shows."""
        if isinstance(exc, self.expected):
            log.warning("%s failed: %s", self.description, exc)
            return str(exc)
        log.error("%s failed", self.description, exc_info=exc)
        return f"{type(exc).__name__}: {exc}"


class FunctionWorker(Worker):
    """A Worker that calls ``fn(worker)``; the function reports through the worker it is given."""

    def __init__(self, fn: Callable[[Worker], object], cancelled_by: ErrorTypes = (),
                 expected: ErrorTypes = (), description: str = "background work") -> None:
        super().__init__(cancelled_by, expected, description)
        self._fn = fn

    def work(self) -> object:
        """Call the function."""
        return self._fn(self)


class _StopSwitch:
    """Stops one job's worker when its runner is destroyed.

    A plain object, so Qt calls it directly instead of queueing the call to the worker's busy
    thread; held by the registry while the thread runs, because PySide keeps only a weak
    reference to the object of a connected bound method.
    """

    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):  # its C++ object is gone: the thread is ending anyway
            self.worker.request_stop()


class StopOnClose(QObject):
    """Calls ``stop`` when a widget closes and when the application quits: written once for all.

    It is a child of ``owner`` (whose work ``stop`` ends), so it goes away with it. ``watch`` is the
    widget whose closing stops the work (a ``watch`` that is not a widget, such as a non-widget
    parent, means only quitting does); by default ``owner`` itself. With ``window=True`` the closing
    of the window ``watch`` is shown in stops it too (for a widget not closed with its window).
    """

    def __init__(self, owner: QObject, stop: Callable[[], object], watch: QObject | None = None,
                 window: bool = False) -> None:
        super().__init__(owner)
        self._stop = stop
        watch = owner if watch is None else watch
        self._watched = watch if isinstance(watch, QWidget) else None
        self._window: QWidget | None = None
        self._follow_window = window
        if self._watched is not None:
            self._watched.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self._stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Stop on the Close of the watched widget (or its window); follow it to its window."""
        kind = event.type()
        if kind == QEvent.Type.Close and watched in (self._watched, self._window):
            self._stop()
        elif kind == QEvent.Type.Show and self._follow_window and watched is self._watched:
            window = self._watched.window()
            if window is not self._watched and window is not self._window:
                window.installEventFilter(self)
                self._window = window
        return False


class BackgroundRunner(QObject):
    """GUI-thread owner of one background job at a time: starts it, forwards its signals, stops it.

    The outcome signals arrive after the job's thread has ended, then ``finished`` (the runner is
    idle). When a slot of the outcome starts the next job, ``finished`` is left out for the job that
    ended, so that a ``finished`` slot never treats the new job as over.
    """

    started = Signal()  # a job was started (its outcome and ``finished`` follow)
    progressed = Signal(int, int, float)  # done, total (0: unknown), seconds elapsed
    produced = Signal(object)
    succeeded = Signal(object)  # the work's result
    failed = Signal(str, object)  # a message for the window, the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None, name: str = "nnlab-background") -> None:
        super().__init__(parent)
        self._name = name
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        self._switch: _StopSwitch | None = None
        self._running = False
        StopOnClose(self, self.shutdown, watch=parent)  # a widget parent's closing stops the job

    @property
    def thread(self) -> QThread | None:
        """The QThread of the current or latest job (tests wait for its ``isFinished``)."""
        return self._thread

    @property
    def worker(self) -> Worker | None:
        """The worker of the current or latest job."""
        return self._worker

    def start(self, work: Worker | Callable[[Worker], object], **options: Any) -> Worker:
        """Run ``work`` in a new thread; refused while a job runs.

        ``work`` is a Worker (connect to its own signals before calling), or a function given to a
        FunctionWorker with ``options`` (``cancelled_by``, ``expected``, ``description``).
        """
        if self._running:
            raise RuntimeError(f"{self._name}: a job is already running")
        worker = work if isinstance(work, Worker) else FunctionWorker(work, **options)
        thread = QThread()  # no Qt parent: closing a widget must never destroy a running thread
        thread.setObjectName(self._name)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Direct: quit() is thread-safe; a queued quit would deadlock a GUI thread in wait().
        worker.concluded.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.progressed.connect(self.progressed)
        worker.produced.connect(self.produced)
        worker.concluded.connect(self._on_worker_concluded)
        self._thread, self._worker, self._running = thread, worker, True
        self._switch = _StopSwitch(worker)
        # Deleting the runner (with its parent, or collected) stops its work within moments.
        self.destroyed.connect(self._switch.stop)
        _keep_alive(thread, self._switch)
        thread.start()
        self.started.emit()
        return worker

    def is_running(self) -> bool:
        """True from start() until the job's outcome is delivered."""
        return self._running

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop (returns at once; ``cancelled`` or another outcome follows)."""
        if self._running and self._worker is not None:
            self._worker.request_stop()

    @Slot()
    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel the job and block until its thread has ended; True when it did in time.

        The job's last signals, its outcome and ``finished`` are delivered before this returns,
        so afterwards the runner is idle (and whoever listens knows how the job ended).
        """
        if self._running and self._worker is not None:
            self._worker.request_stop()
        return self.wait(timeout_ms)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the job's thread has ended and its signals are delivered (no cancel)."""
        thread = self._thread
        if not self._running or thread is None:
            return True
        if not _wait_for(thread, timeout_ms):
            return False
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # queued signals, in order
        return not (self._running and self._thread is thread)  # a slot may have started the next

    @Slot(object)
    def _on_worker_concluded(self, outcome: Outcome) -> None:
        if self._thread is not None:
            self._thread.wait()  # it has quit and ends in moments; then isFinished() holds
            _LIVE.pop(id(self._thread), None)
        self._running = False
        if self._switch is not None:
            self.destroyed.disconnect(self._switch.stop)
            self._switch = None
        worker = self._worker
        if outcome.kind == "succeeded":
            self.succeeded.emit(outcome.value)
        elif outcome.kind == "failed":
            self.failed.emit(outcome.message, outcome.error)
        else:
            self.cancelled.emit()
        if self._worker is worker:  # else an outcome slot started the next job, which ends later
            self.finished.emit()


def _wait_for(thread: QThread, timeout_ms: int) -> bool:
    """quit() and wait for ``thread`` (not a queued quit: the GUI thread is about to block)."""
    thread.quit()
    ended = bool(thread.wait(max(0, int(timeout_ms))))
    if not ended:
        log.warning("thread %s did not end within %d ms", thread.objectName(), timeout_ms)
    return ended


def _keep_alive(thread: QThread, switch: _StopSwitch) -> None:
    """Hold a thread about to start (and its worker, through its switch) until it has ended."""
    key = id(thread)
    _LIVE[key] = (thread, switch)
    thread.finished.connect(lambda: _reap(key), Qt.ConnectionType.QueuedConnection)


def _reap(key: int) -> None:
    """Forget a thread that has emitted finished (waiting the moment until it has really ended)."""
    entry = _LIVE.pop(key, None)
    if entry is not None:
        entry[0].wait(5000)


def live_thread_count() -> int:
    """Number of background threads started and not yet ended (for tests and shutdown checks)."""
    return len(_LIVE)


def stop_all(timeout_ms: int = 10_000) -> bool:
    """Stop every background thread still alive and wait for each; True when all ended."""
    ended = True
    for key, (thread, switch) in list(_LIVE.items()):
        switch.stop()
        if _wait_for(thread, timeout_ms):
            _LIVE.pop(key, None)
        else:
            ended = False
    return ended


atexit.register(stop_all)
