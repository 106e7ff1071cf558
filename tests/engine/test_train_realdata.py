"""The seed's two-layer net on real MNIST digits (skipped without ../shared/data/mnist-t10k)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from nnlab.data import read_idx
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.optimizers import SGD
from nnlab.trainer import Trainer


@pytest.mark.realdata
def test_784_50_10_reaches_92_percent(mnist_t10k: Path) -> None:
    images = read_idx(mnist_t10k / "t10k-images-idx3-ubyte.gz").reshape(-1, 784)
    labels = read_idx(mnist_t10k / "t10k-labels-idx1-ubyte.gz").astype(np.int64)
    x = (images / 255.0).astype(np.float32)
    data = SimpleNamespace(x_train=x[:8000], t_train=labels[:8000],
                           x_test=x[8000:], t_test=labels[8000:])
    net = MultiLayerNet(NetSpec(784, (50,), 10, activation="relu", init="std:0.01"),
                        np.random.default_rng(0))
    history = Trainer(net, SGD(lr=0.1), data, batch_size=100, iterations=3000, eval_every=1000,
                      seed=0).run()
    assert history.status == "finished"
    assert history.final_test_acc >= 0.92
