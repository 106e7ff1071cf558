"""From the editor's network spec and training settings to a Trainer on a data set."""

from __future__ import annotations

import math

import numpy as np

from nnlab.data import Dataset
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.optimizers import make_optimizer
from nnlab.trainer import Trainer
from ui.widgets.hyperparams import TrainSettings

MAX_EVALUATIONS = 100  # accuracy points per run at most (toy sets have tiny epochs)


def eval_interval(n_train: int, batch_size: int, iterations: int) -> int:
    """Iterations between accuracy measurements: once per epoch, but at most MAX_EVALUATIONS times."""
    per_epoch = max(1, n_train // batch_size)
    return max(per_epoch, math.ceil(iterations / MAX_EVALUATIONS))


def fit_spec(spec: NetSpec, dataset: Dataset) -> NetSpec:
    """The same spec with the data set's input and output sizes."""
    data = spec.to_dict()
    data.update(input_size=dataset.input_size, output_size=dataset.n_classes)
    return NetSpec.from_dict(data)


def make_trainer(spec: NetSpec, settings: TrainSettings, dataset: Dataset) -> Trainer:
    """A Trainer for a new network of ``spec`` (fitted to the data); ValueError for impossible settings."""
    rng = np.random.default_rng(settings.seed)
    net = MultiLayerNet(fit_spec(spec, dataset), rng=rng)
    optimizer = make_optimizer(settings.optimizer, settings.lr)
    every = eval_interval(len(dataset.x_train), settings.batch_size, settings.iterations)
    return Trainer(net, optimizer, dataset, batch_size=settings.batch_size,
                   iterations=settings.iterations, eval_every=every, sampling=settings.sampling, rng=rng)
