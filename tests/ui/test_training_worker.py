"""TrainingRun: an engine Trainer in a real QThread, throttled copy-only signals, control, clean ends."""

from __future__ import annotations

import gc
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QObject

from nnlab.data import make_toy
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.optimizers import make_optimizer
from nnlab.trainer import Trainer
from ui.training_worker import NetworkSnapshot, TrainingRun, live_thread_count, stop_all_runs

TOY = make_toy("xor", n_samples=200, seed=1)


@pytest.fixture(autouse=True)
def _no_thread_left_behind():
    """A failing test must not leave a training thread running into the next one."""
    yield
    assert stop_all_runs(10_000)


def make_trainer(iterations: int = 300, lr: float = 0.1, hidden: tuple[int, ...] = (8,),
                 data: object = TOY, eval_every: int | None = 50) -> Trainer:
    """A tiny 2-8-2 net on the XOR toy set."""
    rng = np.random.default_rng(0)
    net = MultiLayerNet(NetSpec(2, hidden, 2), rng=rng)
    return Trainer(net, make_optimizer("SGD", lr), data, batch_size=20, iterations=iterations,
                   eval_every=eval_every, rng=rng)


class Recorder:
    """Collects what a TrainingRun emits, on the GUI thread."""

    def __init__(self, run: TrainingRun) -> None:
        self.steps: list[tuple[np.ndarray, np.ndarray]] = []
        self.logs: list[dict] = []
        self.snapshots: list[NetworkSnapshot] = []
        self.diverged: list[tuple[int, str]] = []
        self.failed: list[str] = []
        self.order: list[str] = []
        run.step_logged.connect(lambda it, loss: (self.steps.append((it, loss)), self.order.append("step")))
        run.evaluated.connect(lambda logs: (self.logs.append(logs), self.order.append("eval")))
        run.snapshot_taken.connect(lambda snap: self.snapshots.append(snap))
        run.diverged.connect(lambda i, reason: (self.diverged.append((i, reason)),
                                                self.order.append("diverged")))
        run.failed.connect(lambda message: (self.failed.append(message), self.order.append("failed")))
        run.finished.connect(lambda _h: self.order.append("finished"))

    def iterations(self) -> np.ndarray:
        return np.concatenate([it for it, _ in self.steps]) if self.steps else np.empty(0, int)


def finish(qtbot, run: TrainingRun, timeout: int = 30_000):
    """Start ``run`` (unless started) and wait for its finished signal and its thread's end."""
    with qtbot.waitSignal(run.finished, timeout=timeout) as blocker:
        if not run.is_running():
            run.start()
    qtbot.waitUntil(run.thread.isFinished, timeout=timeout)
    return blocker.args[0]


def test_signals_carry_every_step_once_as_copies(qtbot):
    trainer = make_trainer(iterations=2000)
    run = TrainingRun(trainer, updates_per_second=15.0)
    rec = Recorder(run)
    started = time.perf_counter()
    history = finish(qtbot, run)
    elapsed = time.perf_counter() - started
    assert history.status == "finished" and history.iterations_done == 2000
    np.testing.assert_array_equal(rec.iterations(), np.arange(1, 2001))
    losses = np.concatenate([loss for _, loss in rec.steps])
    np.testing.assert_allclose(losses, history.losses)
    # throttled: at most ~15 emits per second plus the final flush, far fewer than the steps
    assert len(rec.steps) <= 15 * elapsed + 3
    assert len(rec.steps) < 2000 / 8
    worker_buffers = [run._worker._iterations, run._worker._losses]
    for it, loss in rec.steps:
        assert not any(np.shares_memory(it, b) or np.shares_memory(loss, b) for b in worker_buffers)
    assert [log["iteration"] for log in rec.logs][:3] == [50, 100, 150]
    assert rec.order[-1] == "finished"
    assert rec.snapshots, "at least the first and the last snapshot"
    last = rec.snapshots[-1]
    assert last.iteration == 2000
    for key, value in trainer.net.params.items():
        assert not np.shares_memory(last.params[key], value)
        np.testing.assert_array_equal(last.params[key], value)
    rebuilt = last.build_network()
    np.testing.assert_allclose(rebuilt.predict(TOY.x_test), trainer.net.predict(TOY.x_test))


def test_step_pause_resume_stop_act_within_one_iteration(qtbot):
    trainer = make_trainer(iterations=1_000_000, eval_every=10_000)
    run = TrainingRun(trainer)
    rec = Recorder(run)
    trainer.step_once()  # start paused after exactly one iteration
    run.start()
    qtbot.waitUntil(lambda: bool(rec.steps) and rec.iterations()[-1] == 1)
    assert run.is_paused()
    run.step()
    qtbot.waitUntil(lambda: rec.iterations()[-1] == 2)
    qtbot.wait(100)
    assert trainer.iteration == 2 and rec.iterations()[-1] == 2  # stays paused after the step
    run.resume()
    qtbot.waitUntil(lambda: trainer.iteration > 200)
    run.pause()
    at_pause = trainer.iteration
    qtbot.waitUntil(lambda: rec.iterations()[-1] >= at_pause)
    qtbot.wait(100)
    paused_at = trainer.iteration
    assert at_pause <= paused_at <= at_pause + 1
    assert rec.iterations()[-1] == paused_at  # the pause flushed the buffered losses
    with qtbot.waitSignal(run.finished, timeout=10_000) as blocker:
        run.stop()
    history = blocker.args[0]
    qtbot.waitUntil(run.thread.isFinished)
    assert history.status == "cancelled" and history.iterations_done == paused_at
    assert not run.is_running()


def test_stop_while_running_ends_within_one_iteration(qtbot):
    trainer = make_trainer(iterations=1_000_000, eval_every=10_000)
    run = TrainingRun(trainer)
    run.start()
    qtbot.waitUntil(lambda: trainer.iteration > 50)
    with qtbot.waitSignal(run.finished, timeout=10_000) as blocker:
        run.stop()
        at_stop = trainer.iteration
    assert blocker.args[0].status == "cancelled"
    assert at_stop <= blocker.args[0].iterations_done <= at_stop + 1


def test_wait_finished_stops_a_running_thread(qtbot):
    trainer = make_trainer(iterations=1_000_000, eval_every=10_000)
    run = TrainingRun(trainer)
    run.start()
    qtbot.waitUntil(lambda: trainer.iteration > 10)
    assert run.wait_finished(10_000)
    assert run.thread.isFinished()
    assert trainer.history.status == "cancelled"
    assert run.wait_finished(10) is True  # again: nothing left to wait for


def test_deleting_the_owner_mid_run_stops_the_thread_cleanly(qtbot, qtlog):
    before = live_thread_count()
    owner = QObject()
    trainer = make_trainer(iterations=1_000_000, eval_every=10_000)
    run = TrainingRun(trainer, parent=owner)
    run.start()
    qtbot.waitUntil(lambda: trainer.iteration > 10)
    owner.deleteLater()  # takes the TrainingRun with it while the thread trains
    del run, owner
    qtbot.waitUntil(lambda: trainer.history.status == "cancelled", timeout=10_000)
    qtbot.waitUntil(lambda: live_thread_count() == before, timeout=10_000)
    gc.collect()
    qtbot.wait(50)
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]


def test_garbage_collected_run_does_not_destroy_its_running_thread(qtbot, qtlog):
    trainer = make_trainer(iterations=1_000_000, eval_every=10_000)
    run = TrainingRun(trainer)
    run.start()
    qtbot.waitUntil(lambda: trainer.iteration > 10)
    del run
    gc.collect()
    qtbot.waitUntil(lambda: trainer.history.status == "cancelled", timeout=10_000)
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]


def test_huge_learning_rate_diverges_with_a_reason_naming_it(qtbot):
    run = TrainingRun(make_trainer(iterations=500, lr=1e20))
    rec = Recorder(run)
    history = finish(qtbot, run)
    assert history.status == "diverged"
    assert len(rec.diverged) == 1
    iteration, reason = rec.diverged[0]
    assert "lr=1e+20" in reason
    assert iteration == history.iterations_done  # the NaN step itself is not counted
    assert rec.order.index("diverged") < rec.order.index("finished") == len(rec.order) - 1
    assert np.all(np.isfinite(np.concatenate([loss for _, loss in rec.steps])))


def test_an_exception_in_training_becomes_failed_then_finished(qtbot):
    bad = make_toy("xor", n_samples=60, seed=2)
    trainer = make_trainer(iterations=50)
    trainer.x_train = np.zeros((bad.x_train.shape[0], 3), dtype=trainer.x_train.dtype)  # wrong width
    run = TrainingRun(trainer)
    rec = Recorder(run)
    history = finish(qtbot, run)
    assert history.status == "failed"
    assert rec.failed and "Error" in rec.failed[0]
    assert rec.order[-1] == "finished"


def test_a_run_starts_only_once(qtbot):
    run = TrainingRun(make_trainer(iterations=5))
    finish(qtbot, run)
    with pytest.raises(RuntimeError):
        run.start()
