"""Run an engine Trainer in a background thread and turn its callbacks into throttled Qt signals.

The engine reports through plain callbacks (``nnlab.trainer.Callback``); ``TrainingWorker`` is that
callback, a :class:`ui.background.Worker` living in a worker thread. It never touches a widget: every
signal carries copies. The per-step hook only writes two numbers into a preallocated buffer and looks
at the clock every few steps, so the training loop runs nearly as fast as it does headless.

``TrainingRun`` is what the GUI holds: it runs the worker for one ``Trainer`` through a
:class:`ui.background.BackgroundRunner` and forwards the worker's signals on the GUI thread. Its
``finished`` signal is always the last one of a run.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from nnlab.network import MultiLayerNet, NetSpec
from nnlab.network_description import LayerSummary, describe
from nnlab.trainer import Callback, History, Trainer
from ui.background import BackgroundRunner, Worker, live_thread_count  # noqa: F401 - re-exported
from ui.background import stop_all as stop_all_runs  # noqa: F401 - re-exported for older callers

log = logging.getLogger(__name__)

_BUFFER_SIZE = 4096  # steps kept between two emits; emitted early when full
_CLOCK_EVERY = 8  # look at the clock only every this many steps


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


class TrainingWorker(Worker, Callback):
    """Engine callback living in a worker thread; emits copies, throttled on a time budget.

    Its result is the run's History; an exception ends the run as the worker's failure.
    """

    step_logged = Signal(object, object)  # iterations done (n,) counted from 1, losses (n,) since last emit
    evaluated = Signal(dict)
    snapshot_taken = Signal(object)  # NetworkSnapshot
    diverged = Signal(int, str)

    def __init__(self, trainer: Trainer, updates_per_second: float = 15.0,
                 snapshots_per_second: float = 4.5, clock_every: int = _CLOCK_EVERY) -> None:
        Worker.__init__(self, description="training")
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

    def work(self) -> History:
        """Run the trainer to its end; on an exception, send the buffered losses first."""
        try:
            return self._trainer.run()
        except Exception:  # a bad shape or dtype must not kill the app: the runner reports it
            self._flush()
            raise

    def request_stop(self) -> None:
        """Stop the trainer after its current iteration (thread-safe)."""
        super().request_stop()
        self._trainer.request_stop()

    def failed_history(self, message: str) -> History:
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
    """GUI-thread owner of one TrainingWorker for one Trainer, run by a BackgroundRunner."""

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
        self._worker = TrainingWorker(trainer, updates_per_second, clock_every=clock_every)
        trainer.callbacks.append(self._worker)
        # A child: deleting this run (e.g. with its parent widget) stops the training within one iteration.
        self._runner = BackgroundRunner(self, name="nnlab-training")
        self._worker.step_logged.connect(self.step_logged)
        self._worker.evaluated.connect(self.evaluated)
        self._worker.snapshot_taken.connect(self.snapshot_taken)
        self._worker.diverged.connect(self.diverged)
        self._runner.succeeded.connect(self._on_runner_succeeded)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.finished.connect(self._on_runner_finished)

    @property
    def thread(self) -> QThread | None:
        """The QThread the trainer runs in, once started.

        For tests: ``qtbot.waitUntil(run.thread.isFinished)``.
        """
        return self._runner.thread

    def start(self) -> None:
        """Start training in the worker thread (once)."""
        if self._started:
            raise RuntimeError("a TrainingRun can be started only once")
        self._started = True
        self._runner.start(self._worker)

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
        """True from start() until the run's end has been delivered."""
        return self._runner.is_running()

    def is_paused(self) -> bool:
        """True while the trainer is paused."""
        return self.is_running() and bool(self.trainer.paused)

    def wait_finished(self, timeout_ms: int = 5000) -> bool:
        """Stop the run and block until its thread has ended; True when it did within the timeout."""
        return self._runner.shutdown(timeout_ms)

    @Slot(object)
    def _on_runner_succeeded(self, history: History) -> None:
        self.history = history

    @Slot(str)
    def _on_runner_failed(self, message: str) -> None:
        self.history = self._worker.failed_history(message)
        self.failed.emit(message)

    @Slot()
    def _on_runner_finished(self) -> None:
        history = self.history
        log.info("training run ended: %s after %s iterations (%s)", history.status,
                 history.iterations_done, history.message)
        self.finished.emit(history)
