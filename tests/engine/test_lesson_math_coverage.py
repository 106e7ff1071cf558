"""Coverage simulation of the mini-batch lesson: its epochs are the trainer's epochs."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from nnlab.lesson_math import CoverageSimulation, expected_coverage, simulate_coverage
from nnlab.optimizers import SGD
from nnlab.trainer import Trainer


class RecordingNet:
    """Stands in for a network: remembers which samples each mini-batch held, learns nothing."""

    def __init__(self) -> None:
        self.params: dict[str, np.ndarray] = {}
        self.batches: list[np.ndarray] = []

    def loss_and_gradient(self, x: np.ndarray, t: np.ndarray) -> tuple[float, dict]:
        self.batches.append(x[:, 0].astype(np.intp))  # x holds each sample's own index
        return 0.0, {}

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        return 0.0


def trainer_batches(n: int, b: int, sampling: str, epochs: int) -> tuple[Trainer, list[np.ndarray]]:
    """The mini-batches (sample indices) a Trainer draws in ``epochs`` epochs on N samples."""
    x = np.arange(n, dtype=float).reshape(n, 1)
    data = SimpleNamespace(x_train=x, t_train=np.zeros(n, dtype=int), x_test=x[:1],
                           t_test=np.zeros(1, dtype=int))
    net = RecordingNet()
    probe = Trainer(net, SGD(lr=0.1), data, batch_size=b, iterations=0, sampling=sampling)
    trainer = Trainer(net, SGD(lr=0.1), data, batch_size=b, sampling=sampling, seed=0,
                      iterations=epochs * probe.iters_per_epoch)
    trainer.run()
    return trainer, net.batches


def drawn(sim: CoverageSimulation, k: int) -> list[np.ndarray]:
    return [sim.step() for _ in range(k)]


@pytest.mark.parametrize(("n", "b"), [(600, 7), (600, 100), (6000, 250), (600, 599), (10, 3)])
@pytest.mark.parametrize("mode", ["shuffle", "replacement"])
def test_an_epoch_has_as_many_batches_as_in_the_trainer(n, b, mode):
    trainer, _ = trainer_batches(n, b, mode, epochs=0)
    assert CoverageSimulation(n, b, mode).batches_per_epoch == trainer.iters_per_epoch


@pytest.mark.parametrize(("n", "b"), [(600, 7), (600, 100), (600, 599), (10, 3), (10, 10)])
def test_shuffled_epochs_are_cut_like_the_trainers_and_cover_everything(n, b):
    _, engine = trainer_batches(n, b, "shuffle", epochs=2)
    sim = CoverageSimulation(n, b, "shuffle")
    simulated = drawn(sim, 2 * sim.batches_per_epoch)
    assert [len(batch) for batch in simulated] == [len(batch) for batch in engine]
    per_epoch = sim.batches_per_epoch
    for epoch in range(2):
        for batches in (engine, simulated):
            ids = np.concatenate(batches[epoch * per_epoch:(epoch + 1) * per_epoch])
            np.testing.assert_array_equal(np.sort(ids), np.arange(n))  # each sample exactly once


def test_one_shuffled_epoch_with_b_not_dividing_n_covers_all_600():
    sim = CoverageSimulation(600, 7, "shuffle")
    assert sim.batches_per_epoch == 86 and sim.last_batch_size == 5  # 85 * 7 + 5 = 600
    batches = drawn(sim, 85)
    assert sim.share_seen == pytest.approx(595 / 600)
    assert all(len(batch) == 7 for batch in batches)
    last = sim.step()
    assert len(last) == 5 and np.array_equal(sim.last_batch, last)
    assert sim.share_seen == 1.0
    assert len(sim.step()) == 7  # the next epoch starts with a full batch again


@pytest.mark.parametrize(("n", "b"), [(600, 7), (600, 100), (600, 599)])
def test_the_expected_shuffled_coverage_is_exact(n, b):
    k = np.arange(1, 2 * -(-n // b) + 1)
    np.testing.assert_allclose(simulate_coverage(n, b, k.size, "shuffle"),
                               expected_coverage(n, b, k, "shuffle"), rtol=0, atol=1e-12)


def test_random_batches_keep_full_size_and_the_floor_epoch():
    sim = CoverageSimulation(600, 7, "replacement")
    assert sim.batches_per_epoch == 85 and sim.last_batch_size == 7
    assert all(len(batch) == 7 for batch in drawn(sim, 200))
