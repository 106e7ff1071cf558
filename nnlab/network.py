"""MultiLayerNet: a fully connected network built from a NetSpec (book ch. 5-6).

Layer order for each hidden layer k: Affine k -> [BatchNorm k] -> activation -> [Dropout k];
then the output Affine and SoftmaxWithLoss. Weight decay adds λ/2·ΣW² (L2) and λ·Σ|W| (L1)
to the loss and λ·W and λ·sign(W) to the weight gradients; biases and γ/β are not decayed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import numpy as np

from nnlab.blas_threads import engine_blas_threads
from nnlab.gradcheck import numerical_gradients
from nnlab.layers import (
    Affine,
    BatchNormalization,
    Dropout,
    Layer,
    LeakyRelu,
    Relu,
    Sigmoid,
    SoftmaxWithLoss,
    Tanh,
)
from nnlab.net_spec import ACTIVATION_NAMES, NetSpec

__all__ = ["ACTIVATION_LAYERS", "MultiLayerNet", "NetSpec"]

ACTIVATION_LAYERS = {"relu": Relu, "sigmoid": Sigmoid, "tanh": Tanh, "leaky_relu": LeakyRelu,
                     "identity": None}
assert tuple(ACTIVATION_LAYERS) == ACTIVATION_NAMES  # one list of names, in net_spec.py


class MultiLayerNet:
    """Fully connected network with softmax cross-entropy loss; params shared with its layers."""

    def __init__(self, spec: NetSpec, rng: np.random.Generator | None = None, *,
                 params: dict[str, np.ndarray] | None = None) -> None:
        self.spec = spec
        self.rng = rng if rng is not None else np.random.default_rng()
        self.dtype = np.dtype(spec.dtype)
        self.n_affine = len(spec.hidden) + 1
        self.params: dict[str, np.ndarray] = self._init_params()
        if params is not None:
            self.set_params(params)
        self._build_layers()
        self.last_grads: dict[str, np.ndarray] = {}  # of the last backward pass (for describe())

    def _init_params(self) -> dict[str, np.ndarray]:
        params: dict[str, np.ndarray] = {}
        sizes = self.spec.sizes
        for k in range(1, self.n_affine + 1):
            n_in, n_out = sizes[k - 1], sizes[k]
            # Drawn in float64 and cast, so one seed gives the same net in both dtypes.
            W = self.spec.init_std(n_in) * self.rng.standard_normal((n_in, n_out))
            params[f"W{k}"] = W.astype(self.dtype)
            params[f"b{k}"] = np.zeros(n_out, dtype=self.dtype)
            if self.spec.batch_norm and k < self.n_affine:
                params[f"gamma{k}"] = np.ones(n_out, dtype=self.dtype)
                params[f"beta{k}"] = np.zeros(n_out, dtype=self.dtype)
        return params

    def _build_layers(self) -> None:
        self.layers: list[Layer] = []
        self.layer_names: list[str] = []
        self._layer_numbers: list[int] = []
        for k in range(1, self.n_affine + 1):
            self._add("Affine", k, Affine(self.params[f"W{k}"], self.params[f"b{k}"]))
            if k == self.n_affine:
                break
            if self.spec.batch_norm:
                self._add("BatchNorm", k,
                          BatchNormalization(self.params[f"gamma{k}"], self.params[f"beta{k}"]))
            activation = ACTIVATION_LAYERS[self.spec.activation]
            if activation is not None:
                self._add("Activation", k, activation())
            if self.spec.dropout > 0.0:
                self._add("Dropout", k, Dropout(self.spec.dropout, self.rng))
        self.affines: list[Affine] = [layer for layer in self.layers if isinstance(layer, Affine)]
        self.affines[0].compute_dx = False  # the data needs no gradient; see input_gradient()
        self.last_layer = SoftmaxWithLoss()

    def _add(self, kind: str, k: int, layer: Layer) -> None:
        self.layers.append(layer)
        self.layer_names.append(f"{kind}{k}")
        self._layer_numbers.append(k)

    def _layers_of(self, kind: type) -> list[tuple[int, Any]]:
        """(number, layer) for every layer of one kind, numbered like the params."""
        return [(k, layer) for k, layer in zip(self._layer_numbers, self.layers, strict=True)
                if isinstance(layer, kind)]

    def _as_input(self, x: np.ndarray) -> np.ndarray:
        """x in the network's dtype (no copy when it already is)."""
        return np.asarray(x, dtype=self.dtype)

    def predict(self, x: np.ndarray, train: bool = False) -> np.ndarray:
        """Scores before softmax, (batch, output_size)."""
        x = self._as_input(x)
        for layer in self.layers:
            x = layer.forward(x, train)
        return x

    def loss(self, x: np.ndarray, t: np.ndarray, train: bool = True) -> float:
        """Cross-entropy of softmax(predict(x)) against t, plus weight decay."""
        y = self.predict(x, train)
        return self.last_layer.forward(y, t) + self.weight_decay_loss()

    def weight_decay_loss(self) -> float:
        """λ2/2·ΣW² + λ1·Σ|W| over all weight matrices (0 when decay is off)."""
        l2, l1 = self.spec.weight_decay_l2, self.spec.weight_decay_l1
        total = 0.0
        for affine in self.affines:
            if l2:
                total += 0.5 * l2 * float(np.vdot(affine.W, affine.W))
            if l1:
                total += l1 * float(np.abs(affine.W).sum())
        return total

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = 1000) -> float:
        """Share of correct argmax predictions (evaluation mode), in chunks of batch_size."""
        t = np.asarray(t)
        labels = t.argmax(axis=1) if t.ndim == 2 else t
        n = len(labels)
        if n == 0:
            raise ValueError("accuracy of an empty data set is undefined")
        correct = 0
        for start in range(0, n, batch_size):
            y = self.predict(x[start:start + batch_size], train=False)
            correct += int(np.count_nonzero(y.argmax(axis=1) == labels[start:start + batch_size]))
        return correct / n

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Gradients of the loss by backpropagation; keys like params."""
        return self.loss_and_gradient(x, t)[1]

    def loss_and_gradient(self, x: np.ndarray, t: np.ndarray) -> tuple[float, dict]:
        """One forward and one backward pass (training mode): (loss, grads)."""
        loss = self.loss(x, t, train=True)
        dout = self.last_layer.backward(1.0)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        l2, l1 = self.spec.weight_decay_l2, self.spec.weight_decay_l1
        grads: dict[str, np.ndarray] = {}
        for k, affine in enumerate(self.affines, start=1):
            if l2:
                affine.dW += l2 * affine.W
            if l1:
                affine.dW += l1 * np.sign(affine.W)
            grads[f"W{k}"], grads[f"b{k}"] = affine.dW, affine.db
        for k, bn in self._layers_of(BatchNormalization):
            grads[f"gamma{k}"], grads[f"beta{k}"] = bn.dgamma, bn.dbeta
        self.last_grads = grads
        return loss, {key: grads[key] for key in self.params}

    def input_gradient(self, x: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Gradient of the loss with respect to the input x (normally skipped for speed)."""
        self.affines[0].compute_dx = True
        try:
            self.loss(x, t, train=True)
            dout = self.last_layer.backward(1.0)
            for layer in reversed(self.layers):
                dout = layer.backward(dout)
        finally:
            self.affines[0].compute_dx = False
        return dout

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray, h: float = 1e-4,
                           progress: Any = None, cancel: Any = None) -> dict[str, np.ndarray]:
        """Central-difference gradient of the loss (float64; a float32 net is copied first)."""
        if self.dtype != np.float64:
            return self.astype("float64").numerical_gradient(x, t, h, progress, cancel)
        x = self._as_input(x)
        saved = self.running_stats()
        try:
            with self.frozen_dropout(), engine_blas_threads():
                grads = numerical_gradients(lambda _: self.loss(x, t, train=True),
                                            list(self.params.values()), h, progress, cancel)
        finally:
            self.set_running_stats(saved)  # the many forward passes must not move them
        return dict(zip(self.params, grads, strict=True))

    @contextmanager
    def frozen_dropout(self) -> Iterator[None]:
        """Within the block every Dropout layer reuses its mask (needed for gradient checks)."""
        dropouts = [layer for _, layer in self._layers_of(Dropout)]
        before = [layer.frozen for layer in dropouts]
        for layer in dropouts:
            layer.frozen = True
        try:
            yield
        finally:
            for layer, was in zip(dropouts, before, strict=True):
                layer.frozen = was

    def running_stats(self) -> dict[str, np.ndarray]:
        """Copies of the batch-norm running means/variances: 'running_mean1', 'running_var1', ..."""
        stats: dict[str, np.ndarray] = {}
        for k, bn in self._layers_of(BatchNormalization):
            stats[f"running_mean{k}"] = bn.running_mean.copy()
            stats[f"running_var{k}"] = bn.running_var.copy()
        return stats

    def set_running_stats(self, stats: dict[str, np.ndarray]) -> None:
        """Copy batch-norm running statistics in (keys as from running_stats())."""
        for k, bn in self._layers_of(BatchNormalization):
            for name, target in ((f"running_mean{k}", bn.running_mean),
                                 (f"running_var{k}", bn.running_var)):
                _copy_checked(name, target, stats[name])

    def set_params(self, params: dict[str, np.ndarray]) -> None:
        """Copy values into the existing arrays (shapes checked; the layers keep their references)."""
        for key, value in params.items():
            if key not in self.params:
                raise KeyError(f"network has no parameter {key!r}")
            _copy_checked(key, self.params[key], value)

    def astype(self, dtype: str) -> MultiLayerNet:
        """A copy of this network (params and running statistics) in another dtype."""
        net = MultiLayerNet(replace(self.spec, dtype=dtype), self.rng, params=self.params)
        net.set_running_stats(self.running_stats())
        return net

    def copy(self) -> MultiLayerNet:
        """An independent copy with the same dtype."""
        return self.astype(self.spec.dtype)

    def __repr__(self) -> str:
        return f"MultiLayerNet({self.spec.label()})"


def _copy_checked(name: str, target: np.ndarray, value: np.ndarray) -> None:
    """np.copyto with a clear error when the shapes differ."""
    value = np.asarray(value)
    if value.shape != target.shape:
        raise ValueError(f"{name}: expected shape {target.shape}, got {value.shape}")
    np.copyto(target, value, casting="same_kind")
