"""The chapter-6 comparisons as data: each run is a row of its own settings (no drawing, no Qt).

A comparison (optimizers, weight init, batch norm, overfitting) trains a handful of runs on one
network. ``Setup`` is what the runs share (layers, activation, batch size, iterations, training
subset); ``RunSettings`` is one run's own optimizer and hyperparameters. ``Preset`` bundles a setup
with its rows — the book's, the course notes', or one shared learning rate — and ``PRESETS`` holds
them per comparison. The lessons' run tables only edit these values; :func:`make_trainer` turns a
row into the :class:`~nnlab.trainer.Trainer` that the CLI, tests and lessons all run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

import numpy as np

from nnlab.network import MultiLayerNet, NetSpec
from nnlab.optimizers import (
    OPTIMIZERS,
    Adam,
    Momentum,
    Nesterov,
    Optimizer,
    RMSProp,
    make_optimizer,
)
from nnlab.trainer import History, Trainer

COMPARISONS: tuple[str, ...] = ("optimizers", "weight_init", "batch_norm", "overfitting")
PRESET_NAMES: tuple[str, ...] = ("book", "notes", "same_lr")
INIT_NAMES: tuple[str, ...] = ("std:0.01", "xavier", "he")
# The book's 16 initial weight scales of the batch-norm experiment (Fig. 6-18/6-19): 1 down to 1e-4.
BOOK_WEIGHT_SCALES: np.ndarray = np.logspace(0, -4, 16)


@dataclass(frozen=True)
class RunSettings:
    """One run of a comparison: its optimizer, hyperparameters and network options."""

    key: str  # stable id of the run (its row), used for curves and results
    label: str = ""
    optimizer: str = "SGD"
    lr: float = 0.01
    momentum: float = 0.9  # μ of Momentum and Nesterov
    rho: float = 0.99  # decay rate ρ of RMSProp
    beta1: float = 0.9
    beta2: float = 0.999
    l2: float = 0.0
    l1: float = 0.0
    dropout: float = 0.0
    init: str = "he"
    batch_norm: bool = False

    @property
    def name(self) -> str:
        """What a legend calls this run."""
        return self.label or self.key

    def problems(self) -> dict[str, str]:
        """Impossible values by field name (empty when the run can train)."""
        found: dict[str, str] = {}
        if self.optimizer not in OPTIMIZERS:
            found["optimizer"] = f"unknown optimizer {self.optimizer!r}"
        if not (math.isfinite(self.lr) and self.lr > 0):
            found["lr"] = "the learning rate must be a number above 0"
        for name in ("momentum", "rho", "beta1", "beta2"):
            value = getattr(self, name)
            if not (math.isfinite(value) and 0 <= value < 1):
                found[name] = f"{name} must be at least 0 and below 1"
        for name in ("l2", "l1"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                found[name] = "λ must not be negative"
        if not (math.isfinite(self.dropout) and 0 <= self.dropout < 1):
            found["dropout"] = "the dropout ratio must be at least 0 and below 1"
        try:
            NetSpec(input_size=1, hidden=(1,), output_size=1, init=self.init)
        except ValueError as exc:
            found["init"] = str(exc)
        return found

    def make_optimizer(self) -> Optimizer:
        """The optimizer of this run with its own hyperparameters."""
        cls = OPTIMIZERS[self.optimizer]
        if cls in (Momentum, Nesterov):
            return cls(lr=self.lr, momentum=self.momentum)
        if cls is RMSProp:
            return RMSProp(lr=self.lr, decay_rate=self.rho)
        if cls is Adam:
            return Adam(lr=self.lr, beta1=self.beta1, beta2=self.beta2)
        return make_optimizer(self.optimizer, self.lr)

    def describe(self) -> str:
        """The run's settings in a short line: "Adam lr 0.01 β 0.9/0.999, L2 λ 0.1, dropout 0.15"."""
        text = f"{self.optimizer} lr {self.lr:g}"
        if self.optimizer in ("Momentum", "Nesterov"):
            text += f" μ {self.momentum:g}"
        elif self.optimizer == "RMSProp":
            text += f" ρ {self.rho:g}"
        elif self.optimizer == "Adam":
            text += f" β {self.beta1:g}/{self.beta2:g}"
        extras = [f"{name} {value:g}" for name, value in
                  (("L2 λ", self.l2), ("L1 λ", self.l1), ("dropout", self.dropout)) if value]
        return ", ".join([text, *extras])


NUMBER_FIELDS: tuple[str, ...] = ("lr", "momentum", "rho", "beta1", "beta2", "l2", "l1", "dropout")


def parse_number(text: str) -> float:
    """A number typed into a table cell ("0,01" is read as 0.01); nan when it is not one."""
    try:
        return float(str(text).strip().replace(",", "."))
    except ValueError:
        return math.nan


def with_values(settings: RunSettings, **values: Any) -> RunSettings:
    """A copy of ``settings`` with some fields changed (numbers may be given as text)."""
    known = {f.name for f in fields(RunSettings)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown run settings: {', '.join(sorted(unknown))}")
    parsed = {k: parse_number(v) if k in NUMBER_FIELDS and isinstance(v, str) else v
              for k, v in values.items()}
    return replace(settings, **parsed)


@dataclass(frozen=True)
class Setup:
    """What every run of one comparison shares: the network, the batch and the schedule."""

    hidden: tuple[int, ...]
    activation: str = "relu"
    batch_size: int = 100
    iterations: int = 1000
    train_size: int | None = None  # a training subset (the overfitting and batch-norm experiments)
    eval_samples: int | None = 1000  # accuracy measured on this many evenly spaced images
    weight_scales: tuple[float, ...] = ()  # batch norm: each run is trained at every scale

    def spec(self, run: RunSettings, input_size: int, output_size: int,
             init: str | None = None) -> NetSpec:
        """The network of one run (``init`` overrides the run's, for a weight scale)."""
        return NetSpec(input_size=input_size, hidden=self.hidden, output_size=output_size,
                       activation=self.activation, init=init or run.init,
                       batch_norm=run.batch_norm, dropout=run.dropout,
                       weight_decay_l2=run.l2, weight_decay_l1=run.l1)

    def shape_text(self, input_size: int, output_size: int) -> str:
        """Layer widths as the lessons print them: "784-40-20-10"."""
        return "-".join(str(n) for n in (input_size, *self.hidden, output_size))


@dataclass(frozen=True)
class Preset:
    """A named set of rows with their shared setup (the book's, the course notes', ...)."""

    name: str
    setup: Setup
    runs: tuple[RunSettings, ...] = field(default_factory=tuple)


def make_trainer(run: RunSettings, setup: Setup, data: Any, *, iterations: int | None = None,
                 init: str | None = None, seed: int = 0) -> Trainer:
    """The Trainer of one row: the same starting weights and mini-batches for every run (seed)."""
    problems = run.problems()
    if problems:
        raise ValueError("; ".join(problems.values()))
    spec = setup.spec(run, data.input_size, data.n_classes, init)
    net = MultiLayerNet(spec, rng=np.random.default_rng(seed))
    train = data.subset(setup.train_size) if setup.train_size else data
    return Trainer(net, run.make_optimizer(), train, batch_size=setup.batch_size,
                   iterations=setup.iterations if iterations is None else iterations,
                   eval_samples=setup.eval_samples, seed=seed)


def scale_init(scale: float) -> str:
    """The init string of one weight scale ("std:0.001")."""
    return f"std:{scale:.6g}"


# --- the presets ---------------------------------------------------------------------------------

def _optimizer_rows(rates: dict[str, float], init: str, **extra: Any) -> tuple[RunSettings, ...]:
    return tuple(RunSettings(key=name, optimizer=name, lr=lr, init=init, **extra.get(name, {}))
                 for name, lr in rates.items())


_NOTES_NET = Setup(hidden=(40, 20), activation="sigmoid", batch_size=100, iterations=1000)
_BOOK_DEEP = Setup(hidden=(100,) * 4, activation="relu", batch_size=128, iterations=2000)

_OPTIMIZERS = {
    # ch06/optimizer_compare_mnist.py: 5-layer ReLU net, He init, batch 128, 2,000 iterations
    "book": Preset("book", _BOOK_DEEP, _optimizer_rows(
        {"SGD": 0.01, "Momentum": 0.01, "AdaGrad": 0.01, "Adam": 0.001}, "he",
        Momentum={"momentum": 0.9})),
    # the course notes: a [40, 20] sigmoid net, each optimizer at its own learning rate
    "notes": Preset("notes", _NOTES_NET, _optimizer_rows(
        {"SGD": 0.01, "Momentum": 0.3, "AdaGrad": 0.1, "RMSProp": 0.01, "Adam": 0.01}, "xavier",
        Momentum={"momentum": 0.9}, RMSProp={"rho": 0.99}, Adam={"beta1": 0.9, "beta2": 0.999})),
    "same_lr": Preset("same_lr", _NOTES_NET, tuple(
        RunSettings(key=name, optimizer=name, lr=make_optimizer(name).lr, init="xavier")
        for name in OPTIMIZERS)),
}



def init_label(init: str) -> str:
    """Display name of an init choice (the same in both languages): "Xavier (1/√n)", "std 0.01"."""
    return {"xavier": "Xavier (1/√n)", "he": "He (√(2/n))"}.get(init, init.replace("std:", "std "))


_WEIGHT_INIT = {
    # ch06/weight_init_compare.py: 5-layer ReLU net, SGD 0.01, batch 128, 2,000 iterations
    "book": Preset("book", _BOOK_DEEP, tuple(
        RunSettings(key=init, label=init_label(init), init=init) for init in INIT_NAMES)),
    "same_lr": Preset("same_lr", replace(_BOOK_DEEP, batch_size=100, iterations=500), tuple(
        RunSettings(key=init, label=init_label(init), init=init) for init in INIT_NAMES)),
}

_BN_SETUP = Setup(hidden=(100,) * 5, activation="relu", batch_size=100, iterations=200,
                  train_size=1000, weight_scales=tuple(float(s) for s in BOOK_WEIGHT_SCALES))
_BATCH_NORM = {
    # ch06/batch_norm_test.py: 1,000 images, batch 100, SGD 0.01, 20 epochs, 16 scales
    "book": Preset("book", _BN_SETUP, (
        RunSettings(key="bn", label="with batch norm", batch_norm=True),
        RunSettings(key="plain", label="without batch norm"))),
}

_OVERFIT_SETUP = Setup(hidden=(100,) * 6, activation="relu", batch_size=100, iterations=600,
                       train_size=300)


def _overfit_rows(l2: float, l1: float, dropout: float, both: tuple[float, float]
                  ) -> tuple[RunSettings, ...]:
    return (RunSettings(key="none", label="no regularisation"),
            RunSettings(key="l2", label="L2 weight decay", l2=l2),
            RunSettings(key="l1", label="L1 weight decay", l1=l1),
            RunSettings(key="dropout", label="dropout", dropout=dropout),
            RunSettings(key="dropout_l1", label="dropout + L1", dropout=both[0], l1=both[1]))


_OVERFITTING = {
    # ch06/overfit_weight_decay.py (λ 0.1, 201 epochs) and overfit_dropout.py (ratio 0.2, 301 epochs)
    # (the book has no L1 runs: its preset keeps the three it trains)
    "book": Preset("book", replace(_OVERFIT_SETUP, iterations=603),
                   tuple(r for r in _overfit_rows(0.1, 0.0, 0.2, (0.2, 0.0))
                         if r.key in ("none", "l2", "dropout"))),
    "notes": Preset("notes", _OVERFIT_SETUP, _overfit_rows(0.1, 0.005, 0.15, (0.08, 0.004))),
    "same_lr": Preset("same_lr", _OVERFIT_SETUP, _overfit_rows(0.1, 0.005, 0.15, (0.15, 0.005))),
}

PRESETS: dict[str, dict[str, Preset]] = {
    "optimizers": _OPTIMIZERS, "weight_init": _WEIGHT_INIT, "batch_norm": _BATCH_NORM,
    "overfitting": _OVERFITTING,
}


def preset(comparison: str, name: str) -> Preset:
    """One preset of one comparison; ValueError names the ones that exist."""
    choices = PRESETS.get(comparison)
    if choices is None:
        raise ValueError(f"unknown comparison {comparison!r}; choose one of {', '.join(PRESETS)}")
    if name not in choices:
        raise ValueError(f"{comparison} has no preset {name!r}; choose one of {', '.join(choices)}")
    return choices[name]


def new_run(runs: list[RunSettings] | tuple[RunSettings, ...], template: RunSettings | None = None
            ) -> RunSettings:
    """A row to add: a copy of ``template`` (or SGD 0.01) under a key no other row uses."""
    taken = {r.key for r in runs}
    n = len(runs) + 1
    while f"run {n}" in taken:
        n += 1
    base = template if template is not None else RunSettings(key="")
    return replace(base, key=f"run {n}", label=f"run {n}")


# --- reading the results -------------------------------------------------------------------------

def final_score(history: History) -> float:
    """Final test accuracy for ranking; a diverged, failed or unmeasured run scores -1 (worst)."""
    if history.status in ("diverged", "failed") or not history.test_acc:
        return -1.0
    value = history.test_acc[-1]
    return value if math.isfinite(value) else -1.0


def best_run(histories: dict[str, History]) -> str | None:
    """Key of the run with the best final test accuracy (the first one on a tie); None if none counts."""
    scored = [(final_score(h), -i, key) for i, (key, h) in enumerate(histories.items())]
    scored = [s for s in scored if s[0] >= 0]
    return max(scored)[2] if scored else None


def same_curves(histories: dict[str, History]) -> dict[str, str]:
    """For each run whose losses and accuracies equal an earlier run's exactly: that run's key."""
    same: dict[str, str] = {}
    seen: list[tuple[str, History]] = []
    for key, history in histories.items():
        for other_key, other in seen:
            if (history.losses == other.losses and history.train_acc == other.train_acc
                    and history.test_acc == other.test_acc and history.losses):
                same[key] = other_key
                break
        else:
            seen.append((key, history))
    return same


def same_as_saved(losses: np.ndarray, train_acc: np.ndarray, test_acc: np.ndarray,
                  histories: dict[str, History]) -> str | None:
    """The first run whose curves equal a saved run's, compared in float32 as the store keeps them."""
    saved = [np.asarray(c, dtype=np.float32) for c in (losses, train_acc, test_acc)]
    for key, history in histories.items():
        live = [np.asarray(c, dtype=np.float32) for c in
                (history.losses, history.train_acc, history.test_acc)]
        pairs = zip(live, saved, strict=True)
        if history.losses and all(np.array_equal(a, b, equal_nan=True) for a, b in pairs):
            return key
    return None
