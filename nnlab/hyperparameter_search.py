"""Validation data and random hyperparameter search (book §6.5).

The book sets aside part of a small training set as *validation data*, then tries random
learning rates and weight-decay strengths, each drawn uniformly on a log scale, trains a short run
with each and ranks them by validation accuracy.  The test set is never looked at: it must stay an
honest measure of the one network finally chosen.  After a first search the ranges are narrowed to
where the best trials lie and the search is repeated.

Everything here is plain NumPy.  Progress is reported through a callback (one call per finished
trial) and a search is stopped through a ``threading.Event``, so a GUI can run it in a thread.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from nnlab.net_spec import NetSpec
from nnlab.network import MultiLayerNet
from nnlab.optimizers import SGD
from nnlab.trainer import Callback, Trainer

__all__ = [
    "BOOK_SPACE", "LogRange", "SearchResult", "SearchSettings", "SearchSpace", "Trial",
    "ValidationSplit", "narrow", "rank", "run_search", "run_trial", "split_validation",
    "validation_count",
]


@dataclass(frozen=True)
class LogRange:
    """Values 10**u with u uniform in [low, high]: every power of ten is equally likely."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.low) and math.isfinite(self.high)) or self.low > self.high:
            raise ValueError(f"a range needs finite exponents low <= high, "
                             f"got {self.low}, {self.high}")

    def sample(self, rng: np.random.Generator) -> float:
        """One value drawn from the range."""
        return float(10.0 ** rng.uniform(self.low, self.high))

    def contains(self, value: float) -> bool:
        """True when ``value`` lies in [10**low, 10**high] (up to rounding)."""
        exponent = math.log10(value) if value > 0 else -math.inf
        return self.low - 1e-9 <= exponent <= self.high + 1e-9

    def bounds(self) -> tuple[float, float]:
        """The smallest and largest value, 10**low and 10**high."""
        return 10.0 ** self.low, 10.0 ** self.high


@dataclass(frozen=True)
class SearchSpace:
    """The two ranges the book searches: learning rate and weight decay λ (L2)."""

    lr: LogRange = LogRange(-6.0, -2.0)
    weight_decay: LogRange = LogRange(-8.0, -4.0)


BOOK_SPACE = SearchSpace()


@dataclass(frozen=True)
class SearchSettings:
    """The book's set-up: 500 training images, 20 % for validation, 6 x 100 ReLU, 50 epochs."""

    train_size: int = 500
    validation_rate: float = 0.2
    hidden: tuple[int, ...] = (100,) * 6
    epochs: int = 50
    batch_size: int = 100

    def __post_init__(self) -> None:
        if not 0.0 < self.validation_rate < 1.0:
            raise ValueError(f"validation rate must be between 0 and 1, got {self.validation_rate}")
        if self.train_size < 2 or self.epochs < 1 or self.batch_size < 1:
            raise ValueError("train_size >= 2, epochs >= 1 and batch_size >= 1 are needed")



@dataclass(frozen=True)
class ValidationSplit:
    """Training images and the validation images set aside from them (the test set is not here)."""

    x_train: np.ndarray
    t_train: np.ndarray
    x_val: np.ndarray
    t_val: np.ndarray
    train_index: np.ndarray  # rows of the original training set that stayed for training
    val_index: np.ndarray  # rows that became validation data

    # The Trainer measures "test" accuracy on x_test/t_test: in a search, the validation data.
    @property
    def x_test(self) -> np.ndarray:
        """The validation images, under the name the Trainer reads."""
        return self.x_val

    @property
    def t_test(self) -> np.ndarray:
        """The validation labels, under the name the Trainer reads."""
        return self.t_val


def validation_count(n: int, rate: float) -> int:
    """How many of ``n`` images become validation data: int(n * rate), at least 1, at most n - 1."""
    return min(max(int(n * rate), 1), n - 1)


def split_validation(x: np.ndarray, t: np.ndarray, rate: float,
                     rng: np.random.Generator) -> ValidationSplit:
    """Shuffle the training data and set the first ``rate`` share aside as validation data."""
    n = x.shape[0]
    if n < 2 or not 0.0 < rate < 1.0:
        raise ValueError(f"need at least 2 images and 0 < rate < 1 (got {n} images, rate {rate})")
    n_val = validation_count(n, rate)
    order = rng.permutation(n)
    val_index, train_index = np.sort(order[:n_val]), np.sort(order[n_val:])
    return ValidationSplit(x[train_index], t[train_index], x[val_index], t[val_index],
                           train_index, val_index)


@dataclass
class Trial:
    """One short training run with one learning rate and one weight decay."""

    index: int
    lr: float
    weight_decay: float
    val_acc: list[float] = field(default_factory=list)  # one per epoch
    train_acc: list[float] = field(default_factory=list)
    status: str = "finished"  # or "diverged"
    seconds: float = 0.0

    @property
    def final_val_acc(self) -> float:
        """Validation accuracy after the last epoch (0 for a diverged run: it learned nothing)."""
        if self.status == "diverged" or not self.val_acc:
            return 0.0
        return self.val_acc[-1]

    @property
    def final_train_acc(self) -> float:
        """Training accuracy after the last epoch (0 for a diverged run)."""
        if self.status == "diverged" or not self.train_acc:
            return 0.0
        return self.train_acc[-1]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {"trial": self.index + 1, "val_acc": self.final_val_acc,
                "train_acc": self.final_train_acc, "lr": self.lr,
                "weight_decay": self.weight_decay, "status": self.status,
                "seconds": round(self.seconds, 4)}


@dataclass
class SearchResult:
    """All trials of one search, in the order they ran, and how the search ended."""

    trials: list[Trial]
    space: SearchSpace
    settings: SearchSettings
    seed: int | None
    split: ValidationSplit
    status: str  # "finished" or "cancelled"
    best_network: MultiLayerNet | None = None  # the trained network of ranked()[0]

    def ranked(self) -> list[Trial]:
        """The trials, best validation accuracy first."""
        return rank(self.trials)

    def test_accuracy(self, x_test: np.ndarray, t_test: np.ndarray) -> float:
        """The chosen (best) network's accuracy on test data: the one look at the test set."""
        if self.best_network is None:
            raise ValueError("no finished trial to test")
        return float(self.best_network.accuracy(x_test, t_test))


class _CancelWatch(Callback):
    """Stops a trial's trainer within one iteration of the search's cancel event being set."""

    def __init__(self, cancel: threading.Event) -> None:
        self.cancel = cancel
        self.trainer: Trainer | None = None

    def on_start(self, trainer: Trainer) -> None:
        self.trainer = trainer

    def on_step(self, i: int, loss: float) -> None:
        if self.cancel.is_set() and self.trainer is not None:
            self.trainer.request_stop()


def trial_spec(settings: SearchSettings, input_size: int, output_size: int,
               weight_decay: float) -> NetSpec:
    """The book's search network: 6 x 100 ReLU, He initial weights, L2 weight decay λ."""
    return NetSpec(input_size=input_size, hidden=settings.hidden, output_size=output_size,
                   activation="relu", init="he", weight_decay_l2=weight_decay)


def run_trial(split: ValidationSplit, settings: SearchSettings, n_classes: int, lr: float,
              weight_decay: float, rng: np.random.Generator, *, index: int = 0,
              cancel: threading.Event | None = None) -> Trial | None:
    """Train one network with SGD(lr) and weight decay; None when ``cancel`` stopped it."""
    trained = _train_trial(split, settings, n_classes, lr, weight_decay, rng, index, cancel)
    return None if trained is None else trained[0]


def _train_trial(split: ValidationSplit, settings: SearchSettings, n_classes: int, lr: float,
                 weight_decay: float, rng: np.random.Generator, index: int,
                 cancel: threading.Event | None) -> tuple[Trial, MultiLayerNet] | None:
    """run_trial, also returning the trained network."""
    spec = trial_spec(settings, int(np.prod(split.x_train.shape[1:])), n_classes, weight_decay)
    net = MultiLayerNet(spec, rng=rng)
    iterations_per_epoch = max(1, split.x_train.shape[0] // settings.batch_size)
    callbacks = [_CancelWatch(cancel)] if cancel is not None else []
    trainer = Trainer(net, SGD(lr=lr), split, batch_size=settings.batch_size,
                      iterations=settings.epochs * iterations_per_epoch, rng=rng,
                      callbacks=callbacks)
    history = trainer.run()
    if history.status == "cancelled":
        return None
    trial = Trial(index, lr, weight_decay, list(history.test_acc), list(history.train_acc),
                  "diverged" if history.status == "diverged" else "finished",
                  history.train_seconds + history.eval_seconds)
    return trial, net


def run_search(data: Any, n_trials: int, *, space: SearchSpace = BOOK_SPACE,
               settings: SearchSettings = SearchSettings(), seed: int | None = None,
               on_trial: Callable[[Trial], None] | None = None,
               cancel: threading.Event | None = None) -> SearchResult:
    """Random search on the first ``settings.train_size`` training images of ``data``.

    ``on_trial`` is called after every finished trial (from the thread running the search).  A set
    ``cancel`` event ends the search within one training iteration; the unfinished trial is dropped.
    """
    if n_trials < 0:
        raise ValueError(f"the number of trials must be >= 0, got {n_trials}")
    rng = np.random.default_rng(seed)
    n = min(settings.train_size, data.x_train.shape[0])
    split = split_validation(data.x_train[:n], data.t_train[:n], settings.validation_rate, rng)
    n_classes = int(getattr(data, "n_classes", 0) or int(np.max(data.t_train)) + 1)
    trials: list[Trial] = []
    best: tuple[Trial, MultiLayerNet] | None = None  # only the best network is kept
    for index in range(n_trials):
        if cancel is not None and cancel.is_set():
            break
        # Drawn in the book's order (weight decay first); each trial trains from its own stream.
        weight_decay = space.weight_decay.sample(rng)
        lr = space.lr.sample(rng)
        trial_rng = np.random.default_rng(rng.integers(2**63))
        trained = _train_trial(split, settings, n_classes, lr, weight_decay, trial_rng, index,
                               cancel)
        if trained is None:
            break
        trial = trained[0]
        trials.append(trial)
        if trial.status == "finished" and (best is None or rank([trial, best[0]])[0] is trial):
            best = trained
        if on_trial is not None:
            on_trial(trial)
    status = "finished" if len(trials) == n_trials else "cancelled"
    return SearchResult(trials, space, settings, seed, split, status,
                        best_network=None if best is None else best[1])


def rank(trials: list[Trial]) -> list[Trial]:
    """Best final validation accuracy first; diverged trials last; ties keep their run order."""
    return sorted(trials, key=lambda tr: (tr.status == "diverged", -tr.final_val_acc, tr.index))


def _around(exponents: list[float], margin: float, min_width: float) -> LogRange:
    """The smallest range holding ``exponents``, widened by ``margin`` and to ``min_width``."""
    low, high = min(exponents) - margin, max(exponents) + margin
    if high - low < min_width:
        middle = (low + high) / 2
        low, high = middle - min_width / 2, middle + min_width / 2
    # Round outward to a tenth of a decade so the ranges read well on screen.
    # (round() first: -2.3 + 0.1 is -2.1999..., which must not become -2.1.)
    return LogRange(math.floor(round(low * 10, 6)) / 10, math.ceil(round(high * 10, 6)) / 10)


def narrow(trials: list[Trial], best: int = 5, margin: float = 0.1,
           min_width: float = 0.5) -> SearchSpace:
    """A smaller search space around the ``best`` trials (book §6.5.3: narrow the range and repeat).

    Each new range spans the log10 of the best trials' values, widened by ``margin`` decades on
    both sides and at least ``min_width`` decades wide.
    """
    finished = [tr for tr in rank(trials) if tr.status == "finished"][:max(1, best)]
    if not finished:
        raise ValueError("narrowing needs at least one finished trial")
    return replace(
        BOOK_SPACE,
        lr=_around([math.log10(tr.lr) for tr in finished], margin, min_width),
        weight_decay=_around([math.log10(tr.weight_decay) for tr in finished], margin, min_width),
    )
