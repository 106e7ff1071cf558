"""Trainer: reproducibility, sampling, evaluation schedule, thread control, divergence, dtypes."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import numpy as np
import pytest

from nnlab.network import MultiLayerNet, NetSpec
from nnlab.optimizers import SGD, Adam
from nnlab.trainer import Callback, History, Trainer

HANG_GUARD = 20.0  # seconds; only stops a broken test from hanging, never measures speed


def blobs(n_train: int = 60, n_test: int = 20, seed: int = 0) -> SimpleNamespace:
    """Three separable classes in 4-D: label = argmax of the first three coordinates."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n_train + n_test, 4))
    t = np.argmax(x[:, :3], axis=1)
    return SimpleNamespace(x_train=x[:n_train], t_train=t[:n_train],
                           x_test=x[n_train:], t_test=t[n_train:])


def make_net(seed: int = 0, dtype: str = "float32", **spec) -> MultiLayerNet:
    return MultiLayerNet(NetSpec(4, (8,), 3, dtype=dtype, **spec), np.random.default_rng(seed))


class Recorder(Callback):
    """Remembers every event in order."""

    def __init__(self) -> None:
        self.events: list[tuple] = []

    def on_start(self, trainer: Trainer) -> None:
        self.events.append(("start",))

    def on_step(self, i: int, loss: float) -> None:
        self.events.append(("step", i))

    def on_evaluate(self, epoch: int, logs: dict) -> None:
        self.events.append(("evaluate", epoch, dict(logs)))

    def on_finish(self, history: History) -> None:
        self.events.append(("finish", history.status))

    def on_diverge(self, i: int, reason: str) -> None:
        self.events.append(("diverge", i, reason))

    def on_cancel(self, i: int) -> None:
        self.events.append(("cancel", i))

    def kinds(self) -> list[str]:
        return [e[0] for e in self.events]


def run_once(seed: int, sampling: str = "replacement", **spec) -> tuple[History, MultiLayerNet]:
    net = make_net(seed, **spec)
    trainer = Trainer(net, Adam(lr=0.01), blobs(), batch_size=8, iterations=40, eval_every=10,
                      sampling=sampling, rng=np.random.default_rng(seed))
    return trainer.run(), net


@pytest.mark.parametrize("sampling", ["replacement", "shuffle"])
def test_same_seed_gives_bit_identical_runs(sampling: str) -> None:
    a, net_a = run_once(7, sampling, dropout=0.2, batch_norm=True)
    b, net_b = run_once(7, sampling, dropout=0.2, batch_norm=True)
    assert a.status == b.status == "finished"
    assert a.losses == b.losses and len(a.losses) == 40
    assert (a.train_acc, a.test_acc, a.eval_iterations) == (b.train_acc, b.test_acc,
                                                             b.eval_iterations)
    for key in net_a.params:
        np.testing.assert_array_equal(net_a.params[key], net_b.params[key])
    c, _ = run_once(8, sampling, dropout=0.2, batch_norm=True)
    assert c.losses != a.losses


def test_seed_argument_equals_a_seeded_generator() -> None:
    a = Trainer(make_net(), SGD(0.1), blobs(), batch_size=8, iterations=15, seed=3).run()
    b = Trainer(make_net(), SGD(0.1), blobs(), batch_size=8, iterations=15,
                rng=np.random.default_rng(3)).run()
    assert a.losses == b.losses


def test_training_learns_the_blobs() -> None:
    history = Trainer(make_net(), Adam(lr=0.05), blobs(), batch_size=10, iterations=150,
                      seed=0).run()
    assert np.mean(history.losses[-10:]) < 0.5 * np.mean(history.losses[:10])
    assert history.final_train_acc > 0.9


class BatchSpy:
    """A stand-in network that records which training rows each mini-batch holds."""

    def __init__(self) -> None:
        self.params = {"w": np.zeros(1)}
        self.batches: list[list[int]] = []

    def loss_and_gradient(self, x: np.ndarray, t: np.ndarray) -> tuple[float, dict]:
        self.batches.append([int(v) for v in x[:, 0]])
        return 1.0, {"w": np.zeros(1)}

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        return 0.5


def spy_data(n: int) -> SimpleNamespace:
    x = np.arange(n, dtype=float).reshape(n, 1)  # each row holds its own index
    return SimpleNamespace(x_train=x, t_train=np.zeros(n, dtype=int), x_test=x[:2],
                           t_test=np.zeros(2, dtype=int))


def test_shuffle_sampling_visits_every_example_once_per_epoch() -> None:
    spy = BatchSpy()
    trainer = Trainer(spy, SGD(), spy_data(10), batch_size=4, iterations=6, sampling="shuffle",
                      seed=0)
    assert trainer.iters_per_epoch == 3  # 4 + 4 + 2
    trainer.run()
    assert [len(b) for b in spy.batches] == [4, 4, 2, 4, 4, 2]
    for epoch in (spy.batches[:3], spy.batches[3:]):
        assert sorted(r for batch in epoch for r in batch) == list(range(10))
    assert spy.batches[:3] != spy.batches[3:]  # a new order each epoch


def test_replacement_sampling_draws_independent_batches() -> None:
    spy = BatchSpy()
    trainer = Trainer(spy, SGD(), spy_data(20), batch_size=5, iterations=8, seed=0)
    assert trainer.iters_per_epoch == 4
    trainer.run()
    rows = [r for batch in spy.batches for r in batch]
    assert len(rows) == 40 and all(0 <= r < 20 for r in rows)
    assert len(set(rows)) < 20 or len(set(rows[:20])) < 20  # repeats: drawn with replacement


def test_eval_every_n_iterations() -> None:
    rec = Recorder()
    history = Trainer(make_net(), SGD(0.1), blobs(), batch_size=8, iterations=25, eval_every=10,
                      callbacks=[rec], seed=0).run()
    assert history.eval_iterations == [10, 20, 25]  # plus one at the end
    evaluations = [e for e in rec.events if e[0] == "evaluate"]
    assert [e[1] for e in evaluations] == [1, 2, 3]
    logs = evaluations[0][2]
    assert set(logs) == {"iteration", "epoch", "train_acc", "test_acc", "loss"}
    assert logs["loss"] == pytest.approx(np.mean(history.losses[:10]))
    assert 0.0 <= logs["train_acc"] <= 1.0


def test_eval_once_per_epoch_by_default() -> None:
    history = Trainer(make_net(), SGD(0.1), blobs(n_train=60), batch_size=20, iterations=9,
                      seed=0).run()
    assert history.eval_iterations == [3, 6, 9]


def test_eval_samples_limits_the_measurement() -> None:
    trainer = Trainer(make_net(), SGD(0.1), blobs(n_train=60), batch_size=10, iterations=2,
                      eval_samples=7, seed=0)
    assert trainer._train_eval[0].shape[0] == 7
    history = trainer.run()
    assert all(round(acc * 7) == pytest.approx(acc * 7) for acc in history.train_acc)


def test_callback_order() -> None:
    rec = Recorder()
    Trainer(make_net(), SGD(0.1), blobs(), batch_size=8, iterations=4, eval_every=2,
            callbacks=[rec], seed=0).run()
    assert rec.kinds() == ["start", "step", "step", "evaluate", "step", "step", "evaluate",
                           "finish"]
    assert [e[1] for e in rec.events if e[0] == "step"] == [0, 1, 2, 3]


def test_float32_by_default_and_float64_on_request() -> None:
    h32, net32 = run_once(0)
    h64, net64 = run_once(0, dtype="float64")
    assert all(p.dtype == np.float32 for p in net32.params.values())
    assert all(p.dtype == np.float64 for p in net64.params.values())
    assert h32.losses != h64.losses
    np.testing.assert_allclose(h32.losses[:5], h64.losses[:5], rtol=1e-3)


def test_one_hot_targets() -> None:
    data = blobs()
    data.t_train, data.t_test = np.eye(3)[data.t_train], np.eye(3)[data.t_test]
    history = Trainer(make_net(), Adam(0.05), data, batch_size=10, iterations=150, seed=0).run()
    assert history.status == "finished" and history.final_train_acc > 0.9


def test_bad_arguments_raise() -> None:
    data = blobs()
    with pytest.raises(ValueError):
        Trainer(make_net(), SGD(), data, sampling="random")
    with pytest.raises(ValueError):
        Trainer(make_net(), SGD(), data, batch_size=0)
    with pytest.raises(ValueError):
        Trainer(make_net(), SGD(), data, eval_every=0)
    data.t_train = data.t_train[:-1]
    with pytest.raises(ValueError):
        Trainer(make_net(), SGD(), data)


def test_huge_learning_rate_diverges_with_a_message() -> None:
    rec = Recorder()
    net = make_net(activation="relu", init="std:1.0")
    history = Trainer(net, SGD(lr=1e12), blobs(), batch_size=8, iterations=50,
                      callbacks=[rec], seed=0).run()
    assert history.status == "diverged"
    assert "learning rate" in history.message and "lr=1e+12" in history.message
    diverge = [e for e in rec.events if e[0] == "diverge"]
    assert len(diverge) == 1 and diverge[0][2] == history.message
    assert rec.kinds()[-1] == "finish" and rec.events[-1][1] == "diverged"
    assert all(np.isfinite(history.losses))
    assert history.iterations_done == len(history.losses) < 50


def test_exceptions_inside_run_propagate() -> None:
    data = blobs()
    data.x_train = np.zeros((60, 5))  # the network expects 4 inputs
    with pytest.raises(ValueError):
        Trainer(make_net(), SGD(), data, iterations=2).run()


class PauseAt(Callback):
    """Blocks the training thread at one step until the test has done its part."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.reached = threading.Event()
        self.go = threading.Event()

    def on_step(self, i: int, loss: float) -> None:
        if i == self.at:
            self.reached.set()
            self.go.wait(HANG_GUARD)


def start_in_thread(trainer: Trainer) -> tuple[threading.Thread, list[History]]:
    result: list[History] = []
    thread = threading.Thread(target=lambda: result.append(trainer.run()), daemon=True)
    thread.start()
    return thread, result


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + HANG_GUARD
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.005)


def paused_in_thread(at: int, iterations: int) -> tuple[Trainer, threading.Thread, list[History], Recorder]:
    """A trainer in a thread that the test paused at step ``at``; it waits with iteration == at + 1."""
    gate = PauseAt(at)
    rec = Recorder()
    trainer = Trainer(make_net(), SGD(0.1), blobs(), batch_size=8, iterations=iterations,
                      callbacks=[gate, rec], seed=0)
    thread, result = start_in_thread(trainer)
    assert gate.reached.wait(HANG_GUARD)
    trainer.pause()
    gate.go.set()
    wait_for(lambda: trainer.iteration == at + 1, f"the pause at iteration {at + 1}")
    return trainer, thread, result, rec


def test_pause_step_resume_from_another_thread() -> None:
    trainer, thread, result, _ = paused_in_thread(2, iterations=30)
    assert trainer.paused
    trainer.step_once()
    wait_for(lambda: trainer.iteration == 4, "the single step")
    time.sleep(0.05)  # give a wrongly running loop the chance to go on
    assert trainer.iteration == 4 and trainer.paused and thread.is_alive()
    trainer.resume()
    thread.join(HANG_GUARD)
    assert result[0].status == "finished" and result[0].iterations_done == 30
    assert not trainer.paused


def test_request_stop_while_paused_and_while_running() -> None:
    trainer, thread, result, rec = paused_in_thread(4, iterations=1000)
    trainer.request_stop()
    thread.join(HANG_GUARD)
    history = result[0]
    assert history.status == "cancelled" and history.iterations_done == 5
    assert "5 of 1000" in history.message
    assert ("cancel", 5) in rec.events and rec.kinds()[-1] == "finish"

    running = Trainer(make_net(), SGD(0.1), blobs(), batch_size=8, iterations=10**6, seed=0)
    thread, result = start_in_thread(running)
    wait_for(lambda: running.iteration > 3, "a few iterations")
    running.request_stop()
    thread.join(HANG_GUARD)
    assert result[0].status == "cancelled" and result[0].iterations_done < 10**6
