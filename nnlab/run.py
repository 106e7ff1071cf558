"""The recipe of one training run: its settings, their defaults, and the Trainer they make.

The CLI, the playground, the lessons, the exported scripts and the benchmarks all build their
trainers here, so a run means the same thing wherever it is started.  The name lists the editors
offer (optimizers, activations, sampling modes) are the engine's own, re-exported in one place.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from nnlab.net_spec import ACTIVATION_NAMES, NetSpec
from nnlab.network import MultiLayerNet
from nnlab.optimizers import OPTIMIZERS, Optimizer, make_optimizer
from nnlab.trainer import SAMPLING_MODES, Callback, Trainer

if TYPE_CHECKING:
    from nnlab.data import Dataset

__all__ = ["ACTIVATION_NAMES", "OPTIMIZER_NAMES", "SAMPLING_NAMES", "DEFAULT_LEARNING_RATES",
           "SettingsError", "TrainSettings", "make_trainer", "fit_spec", "fits_data",
           "parse_learning_rate"]

OPTIMIZER_NAMES: tuple[str, ...] = tuple(OPTIMIZERS)
SAMPLING_NAMES: tuple[str, ...] = SAMPLING_MODES

# The learning rate a run uses when none is given.  SGD trains the book's chapter-4/5 networks
# at 0.1; the chapter-6 optimizers keep the defaults of their classes (the book's: 0.01, Adam 0.001).
DEFAULT_LEARNING_RATES: dict[str, float] = {
    name: (0.1 if name == "SGD" else cls().lr) for name, cls in OPTIMIZERS.items()
}
MAX_EVALUATIONS = 100  # accuracy points per run at most (toy sets have tiny epochs)
AUTO = "auto"  # make_trainer's default evaluation interval: see eval_interval()


class SettingsError(ValueError):
    """A run setting that cannot be used, with a message a learner can act on."""


def default_learning_rate(optimizer: str) -> float:
    """The learning rate a run of ``optimizer`` uses when none is given."""
    try:
        return DEFAULT_LEARNING_RATES[optimizer]
    except KeyError:
        raise SettingsError(f"unknown optimizer {optimizer!r}; choose one of "
                            f"{', '.join(OPTIMIZER_NAMES)}") from None


@dataclass(frozen=True)
class TrainSettings:
    """How to train: optimizer, learning rate (None: that optimizer's default), batch, length, seed."""

    optimizer: str = "SGD"
    lr: float | None = None
    batch_size: int = 100
    iterations: int = 10_000
    seed: int = 0
    sampling: str = "replacement"

    def __post_init__(self) -> None:
        if self.lr is None:
            object.__setattr__(self, "lr", default_learning_rate(self.optimizer))
        elif not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise SettingsError(f"the learning rate must be a number greater than 0, got {self.lr!r}")
        default_learning_rate(self.optimizer)  # validates the name
        if self.sampling not in SAMPLING_NAMES:
            raise SettingsError(f"sampling must be one of {', '.join(SAMPLING_NAMES)}, "
                                f"got {self.sampling!r}")
        if int(self.batch_size) != self.batch_size or self.batch_size < 1:
            raise SettingsError(f"the batch size must be a whole number ≥ 1, got {self.batch_size!r}")
        if int(self.iterations) != self.iterations or self.iterations < 0:
            raise SettingsError(f"iterations must be a whole number ≥ 0, got {self.iterations!r}")

    def label(self) -> str:
        """Short legend text, e.g. ``lr=0.1, SGD``."""
        return f"lr={self.lr:g}, {self.optimizer}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-friendly dict (the learning rate always resolved)."""
        return asdict(self)


def parse_learning_rate(text: str) -> float:
    """The learning rate written in ``text`` ("0.1", "1e-3", "0,1"); SettingsError if it is not > 0."""
    cleaned = str(text).strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise SettingsError(f"{text!r} is not a number; write a learning rate such as 0.1 or 1e-3") \
            from None
    if not math.isfinite(value) or value <= 0:
        raise SettingsError(f"the learning rate must be greater than 0, got {text!r}")
    return value


def eval_interval(n_train: int, batch_size: int, iterations: int) -> int:
    """Iterations between accuracy measurements: once per epoch, but at most MAX_EVALUATIONS times."""
    per_epoch = max(1, n_train // batch_size)
    return max(per_epoch, math.ceil(iterations / MAX_EVALUATIONS))


def fits_data(spec: NetSpec, dataset: Any) -> bool:
    """True when a network of ``spec`` takes the data set's inputs and predicts its classes."""
    return (spec.input_size, spec.output_size) == (dataset.input_size, dataset.n_classes)


def fit_spec(spec: NetSpec, dataset: Any) -> NetSpec:
    """The same spec with the data set's input and output sizes (the data decides them)."""
    if fits_data(spec, dataset):
        return spec
    data = spec.to_dict()
    data.update(input_size=dataset.input_size, output_size=dataset.n_classes)
    return NetSpec.from_dict(data)


def optimizer_for(settings: TrainSettings) -> Optimizer:
    """The optimizer ``settings`` name, at its learning rate."""
    return make_optimizer(settings.optimizer, settings.lr)


def make_trainer(spec: NetSpec, settings: TrainSettings, dataset: Dataset,
                 callbacks: Iterable[Callback] = (), eval_every: int | str | None = AUTO,
                 eval_samples: int | None = None,
                 trainer_class: type[Trainer] = Trainer) -> Trainer:
    """A Trainer for a new network of ``spec`` (fitted to the data); ValueError for impossible settings.

    ``eval_every``: iterations between accuracy measurements; AUTO (the app's choice, see
    :func:`eval_interval`) or None (once per epoch, as the Trainer counts epochs).

    One generator, seeded by ``settings.seed``, draws the initial weights first and then the
    mini-batches and dropout masks, so a seed names one run exactly. ``trainer_class`` may be a
    Trainer subclass (the gradient race's, whose stop also interrupts a numerical gradient).
    """
    rng = np.random.default_rng(settings.seed)
    net = MultiLayerNet(fit_spec(spec, dataset), rng=rng)
    if eval_every == AUTO:
        eval_every = eval_interval(len(dataset.x_train), settings.batch_size, settings.iterations)
    return trainer_class(net, optimizer_for(settings), dataset, batch_size=settings.batch_size,
                   iterations=settings.iterations, eval_every=eval_every,
                   sampling=settings.sampling, rng=rng, callbacks=callbacks,
                   eval_samples=eval_samples)
