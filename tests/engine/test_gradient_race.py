"""The race: numerical-gradient training and backprop training from one start on the same batches."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from nnlab.data import load_digits
from nnlab.gradient_race import NumericalGradientNet, make_race_trainers, projected_seconds, spread_times
from nnlab.run import TrainSettings
from nnlab.trainer import Callback


def record_batches(net) -> list[np.ndarray]:
    """Wrap ``net.loss_and_gradient`` so that every mini-batch it is given is kept (a copy)."""
    batches: list[np.ndarray] = []
    compute = net.loss_and_gradient

    def recording(x, t):
        batches.append(np.array(x, copy=True))
        return compute(x, t)

    net.loss_and_gradient = recording
    return batches


@pytest.fixture(scope="module")
def digits():
    return load_digits()


def test_both_ways_start_equal_see_the_same_batches_and_learn_the_same(digits) -> None:
    settings = TrainSettings(optimizer="SGD", lr=0.1, batch_size=20, iterations=5)
    trainers = make_race_trainers(digits, settings)
    numerical, backprop = trainers["numerical"], trainers["backprop"]
    assert isinstance(numerical.net, NumericalGradientNet)
    assert numerical.net.net is not backprop.net
    for key in backprop.net.params:
        np.testing.assert_array_equal(numerical.net.params[key], backprop.net.params[key])
    batches = {m: record_batches(t.net) for m, t in trainers.items()}
    for trainer in trainers.values():
        assert trainer.run().status == "finished"
    assert len(batches["numerical"]) == len(batches["backprop"]) == 5
    for a, b in zip(batches["numerical"], batches["backprop"], strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(numerical.history.losses, backprop.history.losses, rtol=1e-7)
    for key in backprop.net.params:  # float64 central differences: the paths stay together
        np.testing.assert_allclose(numerical.net.params[key], backprop.net.params[key], atol=1e-8)


def test_stop_interrupts_a_numerical_gradient_in_the_middle(digits) -> None:
    settings = TrainSettings(optimizer="SGD", lr=0.1, iterations=1000)
    trainer = make_race_trainers(digits, settings)["numerical"]
    started = threading.Event()

    class StopInside(Callback):
        def on_step(self, i: int, loss: float) -> None:
            started.set()

    trainer.callbacks.append(StopInside())
    thread = threading.Thread(target=trainer.run)
    thread.start()
    assert started.wait(30)
    trainer.request_stop()
    assert trainer.net.cancel.is_set()
    thread.join(30)
    assert not thread.is_alive()
    assert trainer.history.status == "cancelled"
    assert 1 <= trainer.history.iterations_done < 1000


def test_projection_and_spread_times() -> None:
    assert projected_seconds(0, 1.0) is None
    assert projected_seconds(50, 2.0) == pytest.approx(400.0)  # 25 it/s -> 10,000 in 400 s
    assert projected_seconds(10, 1.0, target=100) == pytest.approx(10.0)
    np.testing.assert_allclose(spread_times(1.0, 2.0, 4), [1.25, 1.5, 1.75, 2.0])
    assert spread_times(0.0, 1.0, 0).size == 0
