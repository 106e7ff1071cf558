"""Mini-batch training loop with callbacks and thread-safe stop/pause/step control.

The loop is the book's chapter-4/5 recipe: pick a mini-batch, compute the gradient by
backpropagation, let the optimizer update the parameters, and now and then measure the
accuracy on the training and test data.  Everything around it (events for a GUI, pausing,
stopping, detecting a diverging loss) is kept out of the hot path.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from nnlab.blas_threads import engine_blas_threads

__all__ = ["Callback", "History", "Network", "Trainer", "UpdateRule", "SAMPLING_MODES"]

SAMPLING_MODES = ("replacement", "shuffle")


class Network(Protocol):
    """What the Trainer needs of a network: shared params, backprop and accuracy."""

    params: dict[str, np.ndarray]

    def loss_and_gradient(self, x: np.ndarray, t: np.ndarray) -> tuple[float, dict]:
        """Loss of the batch and the gradient of every parameter (keys as in params)."""
        ...

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """Share of correctly classified rows (evaluation mode)."""
        ...


class UpdateRule(Protocol):
    """What the Trainer needs of an optimizer: a learning rate and an in-place update."""

    lr: float

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        """Move every parameter one step against its gradient, in place."""
        ...


class Callback:
    """Base class for training events; every hook is an optional no-op."""

    def on_start(self, trainer: Trainer) -> None:
        """Called once before the first iteration."""

    def on_step(self, i: int, loss: float) -> None:
        """Called after iteration ``i`` (0-based) with that mini-batch's loss."""

    def on_evaluate(self, epoch: int, logs: dict) -> None:
        """Called after each accuracy measurement (keys: iteration, epoch, train_acc, test_acc, loss)."""

    def on_finish(self, history: History) -> None:
        """Called last, whatever the outcome (finished, diverged or cancelled)."""

    def on_diverge(self, i: int, reason: str) -> None:
        """Called when the loss of iteration ``i`` is NaN or infinite; training stops."""

    def on_cancel(self, i: int) -> None:
        """Called when a stop request ended training after ``i`` iterations."""


@dataclass
class History:
    """What one training run produced: per-iteration losses and the accuracy measurements."""

    losses: list[float] = field(default_factory=list)
    eval_iterations: list[int] = field(default_factory=list)
    train_acc: list[float] = field(default_factory=list)
    test_acc: list[float] = field(default_factory=list)
    status: str = "running"
    message: str = ""
    iterations_done: int = 0
    train_seconds: float = 0.0  # wall time spent in iterations (excludes evaluation)
    eval_seconds: float = 0.0   # wall time spent measuring accuracy

    @property
    def final_train_acc(self) -> float:
        """Last measured training accuracy (nan if never measured)."""
        return self.train_acc[-1] if self.train_acc else math.nan

    @property
    def final_test_acc(self) -> float:
        """Last measured test accuracy (nan if never measured)."""
        return self.test_acc[-1] if self.test_acc else math.nan


def _as_labels(t: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Integer labels stay integers; one-hot targets take the network's dtype."""
    t = np.asarray(t)
    if t.ndim == 1:
        return np.ascontiguousarray(t, dtype=np.intp)
    return np.ascontiguousarray(t, dtype=dtype)


class Trainer:
    """Train ``net`` with ``optimizer`` on ``data`` (anything with x_train, t_train, x_test, t_test)."""

    def __init__(
        self,
        net: Network,
        optimizer: UpdateRule,
        data: Any,
        *,
        batch_size: int = 100,
        iterations: int = 10_000,
        eval_every: int | None = None,
        sampling: str = "replacement",
        rng: np.random.Generator | None = None,
        callbacks: Iterable[Callback] = (),
        eval_samples: int | None = None,
        seed: int | None = None,
    ) -> None:
        if sampling not in SAMPLING_MODES:
            raise ValueError(f"sampling must be one of {SAMPLING_MODES}, not {sampling!r}")
        if batch_size < 1 or iterations < 0:
            raise ValueError("batch_size must be >= 1 and iterations >= 0")
        self.net = net
        self.optimizer = optimizer
        self.data = data
        self.sampling = sampling
        self.iterations = int(iterations)
        self.callbacks: list[Callback] = list(callbacks)
        self.rng = rng if rng is not None else np.random.default_rng(seed)
        self.history = History()
        self._prepare_data(batch_size, eval_samples)
        if eval_every is not None and eval_every < 1:
            raise ValueError("eval_every must be >= 1 (or None for once per epoch)")
        self.eval_every = int(eval_every) if eval_every is not None else self.iters_per_epoch
        self.iteration = 0
        self._stop = threading.Event()
        self._running = threading.Event()  # set = not paused
        self._running.set()
        self._step = threading.Event()     # one iteration requested while paused
        self._wake = threading.Event()     # any control change; wakes a paused loop

    def _prepare_data(self, batch_size: int, eval_samples: int | None) -> None:
        """Cast the data to the network's dtype once and work out the epoch length."""
        dtype = np.dtype(getattr(getattr(self.net, "spec", None), "dtype", "float64"))
        self.dtype = dtype
        self.x_train = np.ascontiguousarray(self.data.x_train, dtype=dtype)
        self.t_train = _as_labels(self.data.t_train, dtype)
        self.x_test = np.ascontiguousarray(self.data.x_test, dtype=dtype)
        self.t_test = _as_labels(self.data.t_test, dtype)
        n = self.x_train.shape[0]
        if n == 0 or self.t_train.shape[0] != n:
            raise ValueError(f"training data needs matching non-empty x and t (got {n} and "
                             f"{self.t_train.shape[0]} rows)")
        self.train_size = n
        if self.sampling == "shuffle":
            batch_size = min(batch_size, n)
            self.iters_per_epoch = -(-n // batch_size)  # ceil: the last batch may be smaller
        else:
            self.iters_per_epoch = max(1, n // batch_size)
        self.batch_size = int(batch_size)
        self._train_eval = self._eval_subset(self.x_train, self.t_train, eval_samples)
        self._test_eval = self._eval_subset(self.x_test, self.t_test, eval_samples)

    @staticmethod
    def _eval_subset(x: np.ndarray, t: np.ndarray, n: int | None) -> tuple[np.ndarray, np.ndarray]:
        """Evenly spaced rows (deterministic, uses no randomness) when ``n`` is smaller than the set."""
        if n is None or n >= x.shape[0]:
            return x, t
        idx = np.linspace(0, x.shape[0] - 1, max(1, n)).astype(np.intp)
        return x[idx], t[idx]

    # ---- control from other threads -------------------------------------------------
    @property
    def paused(self) -> bool:
        """True while training waits for resume() or step_once()."""
        return not self._running.is_set()

    def request_stop(self) -> None:
        """Ask the loop to stop after the current iteration (status becomes "cancelled")."""
        self._stop.set()
        self._wake.set()

    def pause(self) -> None:
        """Pause after the current iteration."""
        self._running.clear()
        self._wake.set()

    def resume(self) -> None:
        """Continue after pause()."""
        self._running.set()
        self._wake.set()

    def step_once(self) -> None:
        """Run exactly one more iteration, then stay paused (pauses first if running)."""
        self._running.clear()
        self._step.set()
        self._wake.set()

    def _wait_while_paused(self) -> bool:
        """Block while paused; True when an iteration may run, False when stop was requested."""
        while True:
            if self._stop.is_set():
                return False
            if self._running.is_set():
                return True
            if self._step.is_set():
                self._step.clear()
                return True
            self._wake.wait(0.5)
            self._wake.clear()

    # ---- the loop -------------------------------------------------------------------------
    def _batch_indices(self, i: int, order: np.ndarray | None) -> np.ndarray:
        """Indices of mini-batch ``i``: random with replacement, or a slice of this epoch's shuffle."""
        if order is None:
            return self.rng.integers(0, self.train_size, size=self.batch_size)
        start = (i % self.iters_per_epoch) * self.batch_size
        return order[start:start + self.batch_size]

    def run(self) -> History:
        """Train until done, diverged or stopped; blocking (call it from a worker thread)."""
        history = self.history
        history.status = "running"
        for cb in self.callbacks:
            cb.on_start(self)
        with engine_blas_threads():
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                outcome = self._loop(history)
            if outcome == "finished":
                history.status = "finished"
                history.message = f"finished {self.iteration} iterations"
                if not history.eval_iterations or history.eval_iterations[-1] != self.iteration:
                    self._evaluate(history)
        for cb in self.callbacks:
            cb.on_finish(history)
        return history

    def _loop(self, history: History) -> str:
        """Iterate; returns "finished", "diverged" or "cancelled"."""
        order = None
        started = time.perf_counter()
        for i in range(self.iteration, self.iterations):
            if self._stop.is_set() or not self._running.is_set():  # noqa: SIM102 - waits only then
                if not self._wait_while_paused():
                    history.train_seconds += time.perf_counter() - started
                    return self._cancel(history, i)
            if self.sampling == "shuffle" and (i % self.iters_per_epoch == 0 or order is None):
                order = self.rng.permutation(self.train_size)
            idx = self._batch_indices(i, order)
            x_batch, t_batch = self.x_train[idx], self.t_train[idx]
            loss, grads = self.net.loss_and_gradient(x_batch, t_batch)
            loss = float(loss)
            if not math.isfinite(loss):
                history.train_seconds += time.perf_counter() - started
                return self._diverge(history, i, loss)
            self.optimizer.update(self.net.params, grads)
            history.losses.append(loss)
            self.iteration = history.iterations_done = i + 1
            for cb in self.callbacks:
                cb.on_step(i, loss)
            if (i + 1) % self.eval_every == 0:
                history.train_seconds += time.perf_counter() - started
                self._evaluate(history)
                started = time.perf_counter()
        history.train_seconds += time.perf_counter() - started
        return "finished"

    def _evaluate(self, history: History) -> None:
        """Measure train/test accuracy, record it and tell the callbacks."""
        started = time.perf_counter()
        train_acc = float(self.net.accuracy(*self._train_eval))
        test_acc = float(self.net.accuracy(*self._test_eval))
        history.eval_seconds += time.perf_counter() - started
        previous = history.eval_iterations[-1] if history.eval_iterations else 0
        recent = history.losses[previous:self.iteration]
        history.eval_iterations.append(self.iteration)
        history.train_acc.append(train_acc)
        history.test_acc.append(test_acc)
        epoch = len(history.eval_iterations)
        logs = {
            "iteration": self.iteration,
            "epoch": epoch,
            "train_acc": train_acc,
            "test_acc": test_acc,
            "loss": float(np.mean(recent)) if recent else math.nan,
        }
        for cb in self.callbacks:
            cb.on_evaluate(epoch, logs)

    def _diverge(self, history: History, i: int, loss: float) -> str:
        """Record a NaN/inf loss at iteration ``i`` and tell the callbacks."""
        lr = getattr(self.optimizer, "lr", math.nan)
        name = getattr(self.optimizer, "name", type(self.optimizer).__name__)
        reason = (f"the loss became {loss} at iteration {i + 1}: the learning rate "
                  f"({name} lr={lr:g}) is probably too high, or the initial weights are too large")
        history.status = "diverged"
        history.message = reason
        for cb in self.callbacks:
            cb.on_diverge(i, reason)
        return "diverged"

    def _cancel(self, history: History, i: int) -> str:
        """Record a stop request honoured before iteration ``i``."""
        history.status = "cancelled"
        history.message = f"stopped after {i} of {self.iterations} iterations"
        for cb in self.callbacks:
            cb.on_cancel(i)
        return "cancelled"

    def __repr__(self) -> str:
        return (f"Trainer({type(self.optimizer).__name__}, batch_size={self.batch_size}, "
                f"iterations={self.iterations}, sampling={self.sampling!r})")

