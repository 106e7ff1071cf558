"""PlaygroundRuns: the playground's current training run, the runs before it still ending, and runs queued.

One run trains at a time. A stopped run's thread may still be ending when the next one starts: it is
kept until its thread has finished, so closing the window can wait for it. The current run's signals
are forwarded; an earlier run's late signals are dropped, so they never draw into the new run's plots.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from nnlab.network import NetSpec
from nnlab.run import TrainSettings
from nnlab.trainer import Trainer
from ui.training_worker import TrainingRun


class PlaygroundRuns(QObject):
    """Starts TrainingRuns one after another and forwards the signals of the current one only."""

    step_logged = Signal(object, object)  # iterations (n,), losses (n,) of the current run
    evaluated = Signal(dict)
    snapshot_taken = Signal(object)  # NetworkSnapshot
    diverged = Signal(int, str)
    failed = Signal(str)
    finished = Signal(object)  # History; always the current run's last signal

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: TrainingRun | None = None  # the run training now, or the last one
        self._ending: list[TrainingRun] = []  # earlier runs whose threads may not have ended yet
        self._queue: list[tuple[NetSpec, TrainSettings]] = []

    def start(self, trainer: Trainer, paused: bool = False) -> TrainingRun:
        """Train ``trainer`` in a new thread (paused after its first iteration when ``paused``)."""
        self._retire_current()
        run = TrainingRun(trainer, self)
        forwards = [(run.step_logged, self.step_logged), (run.evaluated, self.evaluated),
                    (run.snapshot_taken, self.snapshot_taken), (run.diverged, self.diverged),
                    (run.failed, self.failed), (run.finished, self.finished)]
        for source, target in forwards:
            source.connect(self._if_current(run, target.emit))
        if paused:
            trainer.step_once()
        self.current = run
        run.start()
        return run

    def is_running(self) -> bool:
        """True while the current run's thread is training."""
        return self.current is not None and self.current.is_running()

    def is_paused(self) -> bool:
        """True while the current run is paused."""
        return self.is_running() and self.current.is_paused()

    def toggle_pause(self) -> None:
        """Pause the current run, or resume it when it is paused."""
        if not self.is_running():
            return
        if self.current.is_paused():
            self.current.resume()
        else:
            self.current.pause()

    def stop(self) -> None:
        """Stop the current run and forget the queued ones."""
        self._queue.clear()
        if self.is_running():
            self.current.stop()

    # --- queue ----------------------------------------------------------------------------------
    def enqueue(self, items: list[tuple[NetSpec, TrainSettings]]) -> None:
        """Runs to start, in order, after the current one."""
        self._queue.extend(items)

    def next_queued(self) -> tuple[NetSpec, TrainSettings] | None:
        """Take the next queued run (None when the queue is empty)."""
        return self._queue.pop(0) if self._queue else None

    def queued(self) -> int:
        """How many runs are still waiting to start."""
        return len(self._queue)

    def clear_queue(self) -> None:
        """Forget the runs waiting to start."""
        self._queue.clear()

    def wait_all(self, timeout_ms: int) -> None:
        """Stop every run (and the queue) and wait for their threads, each up to ``timeout_ms``."""
        self._queue.clear()
        for run in [self.current, *self._ending]:
            if run is not None:
                run.wait_finished(timeout_ms)

    # --- internals --------------------------------------------------------------------------------
    def _if_current(self, run: TrainingRun, slot: Callable[..., None]) -> Callable[..., None]:
        """``slot``, called only while ``run`` is the current run.

        Not sender() in each slot: sender() takes a Qt lock while holding the GIL, which deadlocks
        against a worker being destroyed in its own thread (it holds that lock and waits for the GIL).
        """
        def forward(*args: object) -> None:
            if run is self.current:
                slot(*args)
        return forward

    def _retire_current(self) -> None:
        """Keep the current run among the ending ones; delete those whose threads have ended."""
        if self.current is not None:
            self._ending.append(self.current)
        alive = []
        for run in self._ending:
            if run.thread.isFinished():
                run.deleteLater()
            else:
                alive.append(run)
        self._ending = alive
