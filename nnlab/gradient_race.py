"""Training by numerical gradient raced against backprop (book ch. 4.5 and 5.7).

The book trains its two-layer network in chapter 4 with numerical gradients and in chapter 5 with
backprop. Here the same network (one set of initial weights) is trained both ways with the same
mini-batches: two :class:`~nnlab.trainer.Trainer` objects built by the engine's one recipe
(:func:`nnlab.run.make_trainer`) with equal seeds, one of them on a
:class:`NumericalGradientNet`, which computes its gradients by central differences. Everything
else (the optimizer, the loop, the callbacks) is the engine's one training recipe.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from nnlab.experiments import gradcheck_spec
from nnlab.gradcheck import GradientCheckCancelled
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.run import TrainSettings, make_trainer
from nnlab.trainer import Trainer

BOOK_ITERATIONS = 10_000  # the book's training runs (ch04/train_neuralnet.py, ch05/train_neuralnet.py)
METHODS: tuple[str, ...] = ("numerical", "backprop")


class NumericalGradientNet:
    """A MultiLayerNet whose ``loss_and_gradient`` uses central differences instead of backprop.

    Everything else (params, predict, accuracy, spec) is the wrapped network's. Setting ``cancel``
    (a ``threading.Event``) ends a slow gradient in the middle with
    :class:`~nnlab.gradcheck.GradientCheckCancelled`, which :class:`RaceTrainer` turns into an
    ordinary cancelled run.
    """

    def __init__(self, net: MultiLayerNet, cancel: threading.Event | None = None) -> None:
        self.net = net
        self.cancel = cancel if cancel is not None else threading.Event()

    def loss_and_gradient(self, x: np.ndarray, t: np.ndarray) -> tuple[float, dict]:
        """Loss at the current params and its numerical gradient (keys like params)."""
        loss = self.net.loss(x, t, train=True)
        return loss, self.net.numerical_gradient(x, t, cancel=self.cancel)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.net, name)

    def __repr__(self) -> str:
        return f"NumericalGradientNet({self.net!r})"


class RaceTrainer(Trainer):
    """A Trainer whose stop request also interrupts a numerical gradient in progress."""

    def request_stop(self) -> None:
        """Stop after the current iteration, or at once inside a numerical gradient."""
        super().request_stop()
        cancel = getattr(self.net, "cancel", None)
        if isinstance(cancel, threading.Event):
            cancel.set()

    def _loop(self, history: Any) -> str:
        try:
            return super()._loop(history)
        except GradientCheckCancelled:
            return self._cancel(history, self.iteration)


RACE_SETTINGS = TrainSettings(optimizer="SGD", lr=0.1, batch_size=100, iterations=BOOK_ITERATIONS)


def race_spec(input_size: int, output_size: int) -> NetSpec:
    """The small sigmoid network of the gradient-check lesson (float64)."""
    return gradcheck_spec(input_size, output_size, "small")


def make_race_trainers(data: Any, settings: TrainSettings = RACE_SETTINGS) -> dict[str, Trainer]:
    """{"numerical": ..., "backprop": ...}: same initial weights, same mini-batches, same optimizer.

    Both come from the one recipe (:func:`nnlab.run.make_trainer`) with the same seed, which draws
    the weights and then the batches, so the two runs differ only in how they get the gradient.
    """
    spec = race_spec(data.input_size, data.n_classes)
    trainers = {method: make_trainer(spec, settings, data, trainer_class=RaceTrainer)
                for method in METHODS}
    trainers["numerical"].net = NumericalGradientNet(trainers["numerical"].net)
    return trainers


def iterations_per_second(iterations: int, seconds: float) -> float:
    """The pace so far (0 before anything was measured)."""
    return iterations / seconds if iterations > 0 and seconds > 0 else 0.0


def projected_seconds(iterations: int, seconds: float, target: int = BOOK_ITERATIONS) -> float | None:
    """How long ``target`` iterations take at the pace measured so far (None before any)."""
    rate = iterations_per_second(iterations, seconds)
    return target / rate if rate > 0 else None


def spread_times(start: float, end: float, count: int) -> np.ndarray:
    """``count`` evenly spaced instants after ``start`` up to ``end``: when a batch of steps ended.

    The worker sends the losses of several iterations at once; giving them evenly spread times
    between two reports is exact on average and puts every point on the wall-clock axis.
    """
    if count <= 0:
        return np.zeros(0)
    return start + (end - start) * np.arange(1, count + 1) / count
