"""The engine against a second implementation written here, plainly, in the book's style.

As micrograd checks itself against another implementation in its tests, this file holds a
two-layer network written the way the book's chapter 5 writes it (float64, explicit forward and
backward, one-hot targets, SGD) and checks that the engine's training step gives the same
numbers; and that the engine's float32 backprop agrees with its float64 backprop.
"""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.network import MultiLayerNet, NetSpec
from nnlab.optimizers import SGD
from nnlab.trainer import Trainer

N_IN, N_HIDDEN, N_OUT = 12, 7, 4


class BookTwoLayerNet:
    """Affine → ReLU → Affine → softmax/cross-entropy, as chapter 5 builds it by hand."""

    def __init__(self, params: dict[str, np.ndarray]) -> None:
        self.params = {key: np.array(value, dtype=np.float64) for key, value in params.items()}

    def gradient(self, x: np.ndarray, t_onehot: np.ndarray) -> tuple[float, dict]:
        W1, b1, W2, b2 = (self.params[k] for k in ("W1", "b1", "W2", "b2"))
        a1 = x @ W1 + b1
        z1 = np.maximum(a1, 0)
        a2 = z1 @ W2 + b2
        e = np.exp(a2 - a2.max(axis=1, keepdims=True))
        y = e / e.sum(axis=1, keepdims=True)
        batch = x.shape[0]
        loss = -np.sum(t_onehot * np.log(y)) / batch
        dy = (y - t_onehot) / batch
        grads = {"W2": z1.T @ dy, "b2": dy.sum(axis=0)}
        dz1 = dy @ W2.T
        da1 = dz1 * (a1 > 0)
        grads["W1"], grads["b1"] = x.T @ da1, da1.sum(axis=0)
        return float(loss), grads

    def sgd_step(self, grads: dict, lr: float) -> None:
        for key in self.params:
            self.params[key] -= lr * grads[key]


class _Data:
    def __init__(self, rng: np.random.Generator, n: int = 60) -> None:
        self.x_train = rng.random((n, N_IN))
        self.t_train = rng.integers(0, N_OUT, n)
        self.x_test, self.t_test = self.x_train[:10], self.t_train[:10]


def _engine(dtype: str) -> MultiLayerNet:
    spec = NetSpec(N_IN, (N_HIDDEN,), N_OUT, activation="relu", init="std:0.5", dtype=dtype)
    return MultiLayerNet(spec, rng=np.random.default_rng(11))


def test_engine_gradient_equals_the_book_style_network() -> None:
    net = _engine("float64")
    book = BookTwoLayerNet(net.params)
    data = _Data(np.random.default_rng(0))
    x, t = data.x_train[:16], data.t_train[:16]
    loss, grads = net.loss_and_gradient(x, t)
    book_loss, book_grads = book.gradient(x, np.eye(N_OUT)[t])
    assert loss == pytest.approx(book_loss, rel=1e-12)
    for key in book_grads:
        np.testing.assert_allclose(grads[key], book_grads[key], rtol=1e-10, atol=1e-14)


def test_engine_training_steps_equal_the_book_style_loop() -> None:
    """The Trainer's mini-batches, gradients and SGD updates, step for step (50 steps)."""
    data = _Data(np.random.default_rng(1))
    net = _engine("float64")
    book = BookTwoLayerNet(net.params)
    rng = np.random.default_rng(5)
    trainer = Trainer(net, SGD(lr=0.3), data, batch_size=8, iterations=50, rng=rng)
    losses = trainer.run().losses
    replay = np.random.default_rng(5)  # the same generator draws the same batches
    book_losses = []
    for _ in range(50):
        idx = replay.integers(0, len(data.x_train), size=8)
        loss, grads = book.gradient(data.x_train[idx], np.eye(N_OUT)[data.t_train[idx]])
        book.sgd_step(grads, 0.3)
        book_losses.append(loss)
    np.testing.assert_allclose(losses, book_losses, rtol=1e-10)
    for key, value in book.params.items():
        np.testing.assert_allclose(net.params[key], value, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("spec_options", [{}, {"batch_norm": True}, {"activation": "sigmoid"},
                                          {"weight_decay_l2": 0.1, "weight_decay_l1": 0.01}])
def test_float32_backprop_agrees_with_float64(spec_options) -> None:
    """float32 halves the memory traffic; its gradients stay within 1e-4 of the largest gradient
    entry of float64's (plus 0.1 % of each entry), far below what changes a training step. (The
    bias before a batch norm has a gradient of exactly 0 in theory: float32 leaves ~1e-8 there.)"""
    spec64 = NetSpec(N_IN, (N_HIDDEN, 5), N_OUT, init="he", dtype="float64", **spec_options)
    net64 = MultiLayerNet(spec64, rng=np.random.default_rng(2))
    net32 = net64.astype("float32")
    data = _Data(np.random.default_rng(3))
    x, t = data.x_train[:20], data.t_train[:20]
    loss64, grads64 = net64.loss_and_gradient(x, t)
    loss32, grads32 = net32.loss_and_gradient(x.astype(np.float32), t)
    assert loss32 == pytest.approx(loss64, rel=1e-5)
    largest = max(float(np.abs(g).max()) for g in grads64.values())
    for key, g64 in grads64.items():
        assert grads32[key].dtype == np.float32
        np.testing.assert_allclose(grads32[key], g64, rtol=1e-3, atol=1e-4 * largest, err_msg=key)
