"""Run an engine Trainer in a QThread and turn its callbacks into throttled Qt signals.

The engine reports through plain callbacks (``nnlab.trainer.Callback``); ``TrainingWorker`` is that
callback, living in a worker thread. It never touches a widget: every signal carries copies. The per-step
hook only writes two numbers into a preallocated buffer and looks at the clock every few steps, so the
training loop runs nearly as fast as it does headless.

``TrainingRun`` is what the GUI holds: it owns the thread and the worker for one ``Trainer`` and forwards
the worker's signals on the GUI thread. Its ``finished`` signal is always the last one of a run.
"""

from __future__ import annotations

import atexit
import logging
import time
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from nnlab.network import MultiLayerNet, NetSpec
from nnlab.network_description import LayerSummary, describe
from nnlab.trainer import Callback, History, Trainer

log = logging.getLogger(__name__)

_BUFFER_SIZE = 4096  # steps kept between two emits; emitted early when full
_CLOCK_EVERY = 8  # look at the clock only every this many steps


class Stoppable(Protocol):
    """What a background thread's work offers to be stopped: a Trainer, or a search's stop switch."""

    def request_stop(self) -> None: ...


# Running threads and their workers, keyed by id(thread). A TrainingRun may be deleted (its parent
# widget closed, the Python object collected) while its thread still trains; this keeps the thread's
# and worker's wrappers alive until the thread has ended, so Qt never destroys a running QThread.
_LIVE: dict[int, tuple[QThread, QObject, Stoppable]] = {}


@dataclass
class NetworkSnapshot:
    """A copy of the network's state at one iteration, safe to read on the GUI thread."""

    spec: NetSpec
    params: dict[str, np.ndarray]
    layers: list[LayerSummary] = field(default_factory=list)
    iteration: int = 0

    @classmethod
    def of(cls, net: MultiLayerNet, iteration: int,
           sample: np.ndarray | None = None) -> NetworkSnapshot:
        """Copy the parameters and per-layer statistics of ``net`` (activations of ``sample``)."""
        params = {key: np.array(value, copy=True) for key, value in net.params.items()}
        with np.errstate(all="ignore"):  # statistics of a diverging net may overflow; they show as inf
            layers = describe(net, sample, include_arrays=True)
        return cls(net.spec, params, layers, iteration)

    def build_network(self) -> MultiLayerNet:
        """Return a new network with this snapshot's spec and a copy of its parameters."""
        net = MultiLayerNet(self.spec, rng=np.random.default_rng(0))
        net.set_params(self.params)
        return net


class TrainingWorker(QObject, Callback):
    """Engine callback living in a worker thread; emits copies, throttled on a time budget."""

    step_logged = Signal(object, object)  # iterations done (n,) counted from 1, losses (n,) since last emit
    evaluated = Signal(dict)
    snapshot_taken = Signal(object)  # NetworkSnapshot
    diverged = Signal(int, str)
    failed = Signal(str)
    finished = Signal(object)  # History, always last

    def __init__(self, trainer: Trainer, updates_per_second: float = 15.0,
                 snapshots_per_second: float = 4.5, clock_every: int = _CLOCK_EVERY) -> None:
        QObject.__init__(self)
        self._trainer = trainer
        self._clock_every = max(1, int(clock_every))  # 1 for slow iterations (numerical gradients)
        self._step_period = 1.0 / max(updates_per_second, 0.1)
        self._snapshot_period = 1.0 / max(snapshots_per_second, 0.1)
        self._iterations = np.empty(_BUFFER_SIZE, dtype=np.int64)
        self._losses = np.empty(_BUFFER_SIZE, dtype=np.float64)
        self._count = 0
        self._ticks = 0
        self._last_emit = 0.0
        self._last_snapshot = 0.0
        self._last_iteration = 0

    @Slot()
    def run(self) -> None:
        """Run the trainer to its end; emit ``failed`` on an exception and ``finished`` always."""
        history: History
        try:
            history = self._trainer.run()
        except Exception as exc:  # a bad shape or dtype must not kill the app
            log.exception("training failed")
            message = f"{type(exc).__name__}: {exc}"
            self._flush()
            self.failed.emit(message)
            history = self._failed_history(message)
        self.finished.emit(history)

    def _failed_history(self, message: str) -> History:
        """Build the History of a run that raised, from what the trainer recorded so far."""
        partial = getattr(self._trainer, "history", None)
        if isinstance(partial, History):
            partial.status = "failed"
            partial.message = message
            return partial
        return History(losses=[], eval_iterations=[], train_acc=[], test_acc=[], status="failed",
                       message=message, iterations_done=self._last_iteration)

    # --- engine callbacks (worker thread) -------------------------------------------------------
    def on_start(self, trainer: Trainer) -> None:
        """Reset the clocks and send a snapshot of the untrained network."""
        self._last_emit = time.perf_counter()
        self._emit_snapshot(0)

    def on_step(self, i: int, loss: float) -> None:
        """Buffer one loss; emit when the time budget is spent, the buffer is full or the run is paused."""
        n = self._count
        self._iterations[n] = i + 1  # iterations done, the x of the accuracy measurements too
        self._losses[n] = loss
        self._count = n + 1
        self._last_iteration = i + 1
        self._ticks += 1
        if self._count == _BUFFER_SIZE:
            self._flush()
        if self._ticks % self._clock_every and not self._trainer.paused:
            return
        now = time.perf_counter()
        if now - self._last_emit >= self._step_period or self._trainer.paused:
            self._flush()
            self._last_emit = now
        if now - self._last_snapshot >= self._snapshot_period or self._trainer.paused:
            self._emit_snapshot(i)

    def on_evaluate(self, epoch: int, logs: dict) -> None:
        """Send the evaluation's logs (the buffered losses follow on their own time budget)."""
        self.evaluated.emit(dict(logs))

    def on_diverge(self, i: int, reason: str) -> None:
        """Send the buffered losses and the reason the run diverged."""
        self._flush()
        self.diverged.emit(int(i), str(reason))

    def on_finish(self, history: History) -> None:
        """Send what is left in the buffer and a final snapshot."""
        self._flush()
        self._emit_snapshot(self._last_iteration)

    def _flush(self) -> None:
        """Emit the buffered steps as copies and empty the buffer."""
        n = self._count
        if n:
            self.step_logged.emit(self._iterations[:n].copy(), self._losses[:n].copy())
            self._count = 0

    def _emit_snapshot(self, iteration: int) -> None:
        """Emit a NetworkSnapshot of the trainer's network."""
        net = getattr(self._trainer, "net", None)
        if net is None:
            return
        self._last_snapshot = time.perf_counter()
        sample = getattr(self._trainer, "x_train", None)  # the same rows at every snapshot
        self.snapshot_taken.emit(NetworkSnapshot.of(net, iteration, sample))


class TrainingRun(QObject):
    """GUI-thread owner of one QThread and one TrainingWorker for one Trainer."""

    step_logged = Signal(object, object)
    evaluated = Signal(dict)
    snapshot_taken = Signal(object)
    finished = Signal(object)
    diverged = Signal(int, str)
    failed = Signal(str)

    def __init__(self, trainer: Trainer, parent: QObject | None = None,
                 updates_per_second: float = 15.0, clock_every: int = _CLOCK_EVERY) -> None:
        super().__init__(parent)
        self.trainer = trainer
        self.history: History | None = None
        self._started = False
        self._done = False
        # The thread has no Qt parent: deleting a parent widget must never destroy a running thread.
        self._thread = QThread()
        self._thread.setObjectName("nnlab-training")
        self._worker = TrainingWorker(trainer, updates_per_second, clock_every=clock_every)
        self._worker.moveToThread(self._thread)
        trainer.callbacks.append(self._worker)
        self._thread.started.connect(self._worker.run)
        # Direct: quit() is thread-safe, and a queued quit would deadlock a GUI thread blocked in wait().
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.step_logged.connect(self.step_logged)
        self._worker.evaluated.connect(self.evaluated)
        self._worker.snapshot_taken.connect(self.snapshot_taken)
        self._worker.diverged.connect(self.diverged)
        self._worker.failed.connect(self.failed)
        self._worker.finished.connect(self._on_worker_finished)
        # Deleting this object (e.g. with its parent widget) stops the training within one iteration.
        self.destroyed.connect(trainer.request_stop)

    @property
    def thread(self) -> QThread:
        """The QThread the trainer runs in (for tests: ``qtbot.waitUntil(run.thread.isFinished)``)."""
        return self._thread

    def start(self) -> None:
        """Start training in the worker thread (once)."""
        if self._started:
            raise RuntimeError("a TrainingRun can be started only once")
        self._started = True
        keep_alive(self._thread, self._worker, self.trainer)
        self._thread.start()

    def pause(self) -> None:
        """Pause after the current iteration."""
        self.trainer.pause()

    def resume(self) -> None:
        """Continue a paused run."""
        self.trainer.resume()

    def step(self) -> None:
        """Run exactly one iteration of a paused run."""
        self.trainer.step_once()

    def stop(self) -> None:
        """Ask the trainer to stop after the current iteration."""
        self.trainer.request_stop()

    def is_running(self) -> bool:
        """True from start() until the worker has finished."""
        return self._started and not self._done and not self._thread.isFinished()

    def is_paused(self) -> bool:
        """True while the trainer is paused."""
        return self.is_running() and bool(self.trainer.paused)

    def wait_finished(self, timeout_ms: int = 5000) -> bool:
        """Stop the run and block until its thread has ended; True when it did within the timeout."""
        if not self._started or self._thread.isFinished():
            return True
        self.trainer.request_stop()
        self._thread.quit()  # not a queued signal: the GUI thread is about to block
        ended = self._thread.wait(max(0, int(timeout_ms)))
        if not ended:
            log.warning("training thread did not end within %d ms", timeout_ms)
        return bool(ended)

    @Slot(object)
    def _on_worker_finished(self, history: History) -> None:
        self._done = True
        self.history = history
        log.info("training run ended: %s after %s iterations (%s)", history.status,
                 history.iterations_done, history.message)
        self.finished.emit(history)


def keep_alive(thread: QThread, worker: QObject, stoppable: Stoppable) -> None:
    """Hold a thread about to start (and its worker) until it has ended; ``stop_all_runs`` stops it."""
    key = id(thread)
    _LIVE[key] = (thread, worker, stoppable)
    thread.finished.connect(lambda: _reap(key), Qt.ConnectionType.QueuedConnection)


def _reap(key: int) -> None:
    """Forget a thread that has emitted finished (waiting the last moment until it has really ended)."""
    entry = _LIVE.pop(key, None)
    if entry is not None:
        entry[0].wait(5000)


def live_thread_count() -> int:
    """Number of training threads started and not yet reaped (for tests and shutdown checks)."""
    return len(_LIVE)


def stop_all_runs(timeout_ms: int = 10_000) -> bool:
    """Stop every training thread still alive and wait for each; True when all ended."""
    ended = True
    for key, (thread, _worker, work) in list(_LIVE.items()):
        work.request_stop()
        thread.quit()
        if thread.wait(max(0, int(timeout_ms))):
            _LIVE.pop(key, None)
        else:
            ended = False
            log.warning("training thread did not end within %d ms", timeout_ms)
    return ended


atexit.register(stop_all_runs)
