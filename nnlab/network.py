"""MultiLayerNet: a fully connected network built from a NetSpec (book ch. 5-6).

Layer order for each hidden layer k: Affine k -> [BatchNorm k] -> activation -> [Dropout k];
then the output Affine and SoftmaxWithLoss. Weight decay adds λ/2·ΣW² (L2) and λ·Σ|W| (L1)
to the loss and λ·W and λ·sign(W) to the weight gradients; biases and γ/β are not decayed.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Iterator

import numpy as np

from nnlab.blas_threads import engine_blas_threads
from nnlab.functions import sigmoid, softmax
from nnlab.gradcheck import numerical_gradients
from nnlab.layers import (Affine, BatchNormalization, Dropout, LeakyRelu, Relu, Sigmoid,
                          SoftmaxWithLoss, Tanh)

ACTIVATION_LAYERS = {"relu": Relu, "sigmoid": Sigmoid, "tanh": Tanh, "leaky_relu": LeakyRelu,
                     "identity": None}
DTYPES = ("float32", "float64")
SAMPLE_ROWS = 200  # rows of activations kept for describe()


@dataclass(frozen=True)
class NetSpec:
    """Everything needed to build a MultiLayerNet (and to save/load one)."""

    input_size: int
    hidden: tuple[int, ...]
    output_size: int
    activation: str = "relu"
    init: str = "he"
    batch_norm: bool = False
    dropout: float = 0.0
    weight_decay_l2: float = 0.0
    weight_decay_l1: float = 0.0
    dtype: str = "float32"

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(int(n) for n in self.hidden))
        sizes = (self.input_size, *self.hidden, self.output_size)
        if any(int(n) != n or n < 1 for n in sizes):
            raise ValueError(f"layer sizes must be positive integers, got {sizes}")
        if self.activation not in ACTIVATION_LAYERS:
            raise ValueError(f"unknown activation {self.activation!r}; "
                             f"choose one of {', '.join(ACTIVATION_LAYERS)}")
        self.init_std(1)  # validates the init string
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout ratio must be in [0, 1), got {self.dropout}")
        if self.weight_decay_l2 < 0 or self.weight_decay_l1 < 0:
            raise ValueError("weight decay λ must not be negative")
        if self.dtype not in DTYPES:
            raise ValueError(f"dtype must be float32 or float64, got {self.dtype!r}")

    def init_std(self, n_in: int) -> float:
        """Standard deviation of the initial weights of a layer with n_in inputs."""
        if self.init == "he":  # He et al. 2015, for ReLU
            return math.sqrt(2.0 / n_in)
        if self.init == "xavier":  # Glorot & Bengio 2010, as simplified in the book
            return math.sqrt(1.0 / n_in)
        if self.init.startswith("std:"):
            try:
                std = float(self.init[4:])
            except ValueError:
                std = -1.0
            if std >= 0.0 and math.isfinite(std):
                return std
        raise ValueError(f"init must be 'he', 'xavier' or 'std:<number ≥ 0>', got {self.init!r}")

    @property
    def sizes(self) -> tuple[int, ...]:
        """All layer widths, input first: (784, 50, 10)."""
        return (self.input_size, *self.hidden, self.output_size)

    def to_dict(self) -> dict:
        """Plain JSON-friendly dict."""
        d = asdict(self)
        d["hidden"] = list(self.hidden)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> NetSpec:
        """Inverse of to_dict(); unknown or missing keys raise ValueError."""
        names = {f.name for f in fields(cls)}
        unknown = set(d) - names
        if unknown:
            raise ValueError(f"unknown network spec keys: {', '.join(sorted(unknown))}")
        try:
            return cls(**d)
        except TypeError as exc:
            raise ValueError(f"incomplete network spec: {exc}") from exc

    def label(self) -> str:
        """Short human label such as '784-50-10 relu' (plus options when they are on)."""
        text = "-".join(str(n) for n in self.sizes) + f" {self.activation}"
        if self.batch_norm:
            text += " +BN"
        if self.dropout:
            text += f" dropout {self.dropout:g}"
        if self.weight_decay_l2:
            text += f" L2 {self.weight_decay_l2:g}"
        if self.weight_decay_l1:
            text += f" L1 {self.weight_decay_l1:g}"
        return text


@dataclass
class LayerSummary:
    """What the diagram and layer panel show about one Affine layer (arrays are copies)."""

    index: int
    name: str
    n_in: int
    n_out: int
    activation: str
    weight_mean: float
    weight_std: float
    grad_norm: float
    activation_mean: float
    activation_std: float
    weights: np.ndarray | None = None
    activations: np.ndarray | None = None
    grads: np.ndarray | None = None


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
        self._outputs: dict[int, np.ndarray] = {}   # Affine index -> last output after activation
        self._last_grads: dict[str, np.ndarray] = {}

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
        self.layers: list[Any] = []
        self.layer_names: list[str] = []
        self._layer_numbers: list[int] = []
        self._capture_at: dict[int, int] = {}  # layer position -> Affine index whose output it is
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
            self._capture_at[len(self.layers) - 1] = k
            if self.spec.dropout > 0.0:
                self._add("Dropout", k, Dropout(self.spec.dropout, self.rng))
        self._capture_at[len(self.layers) - 1] = self.n_affine
        self.affines: list[Affine] = [layer for layer in self.layers if isinstance(layer, Affine)]
        self.affines[0].compute_dx = False  # the data needs no gradient; see input_gradient()
        self.last_layer = SoftmaxWithLoss()

    def _add(self, kind: str, k: int, layer: Any) -> None:
        self.layers.append(layer)
        self.layer_names.append(f"{kind}{k}")
        self._layer_numbers.append(k)

    def _layers_of(self, kind: type) -> list[tuple[int, Any]]:
        """(number, layer) for every layer of one kind, numbered like the params."""
        return [(k, layer) for k, layer in zip(self._layer_numbers, self.layers)
                if isinstance(layer, kind)]

    def _as_input(self, x: np.ndarray) -> np.ndarray:
        """x in the network's dtype (no copy when it already is)."""
        return np.asarray(x, dtype=self.dtype)

    def predict(self, x: np.ndarray, train: bool = False) -> np.ndarray:
        """Scores before softmax, (batch, output_size)."""
        x = self._as_input(x)
        for i, layer in enumerate(self.layers):
            x = layer.forward(x, train)
            k = self._capture_at.get(i)
            if k is not None:
                self._outputs[k] = x  # a reference, not a copy: describe() samples it later
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
        self._last_grads = grads
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
        return dict(zip(self.params, grads))

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
            for layer, was in zip(dropouts, before):
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

    def describe(self, include_arrays: bool = False) -> list[LayerSummary]:
        """One LayerSummary per Affine layer; arrays (copies) only when include_arrays."""
        return [self._summary(k, include_arrays) for k in range(1, self.n_affine + 1)]

    def _summary(self, k: int, include_arrays: bool) -> LayerSummary:
        W = self.params[f"W{k}"]
        grad = self._last_grads.get(f"W{k}")
        out = self._outputs.get(k)
        is_last = k == self.n_affine
        if out is not None:
            out = out[:SAMPLE_ROWS]
            out = softmax(out) if is_last else out.copy()
        return LayerSummary(
            index=k, name=f"Affine{k}", n_in=W.shape[0], n_out=W.shape[1],
            activation="softmax" if is_last else self.spec.activation,
            weight_mean=float(W.mean()), weight_std=float(W.std()),
            grad_norm=float(np.linalg.norm(grad)) if grad is not None else math.nan,
            activation_mean=float(out.mean()) if out is not None else math.nan,
            activation_std=float(out.std()) if out is not None else math.nan,
            weights=W.copy() if include_arrays else None,
            activations=out if include_arrays else None,
            grads=grad.copy() if include_arrays and grad is not None else None)

    def __repr__(self) -> str:
        return f"MultiLayerNet({self.spec.label()})"


def _copy_checked(name: str, target: np.ndarray, value: np.ndarray) -> None:
    """np.copyto with a clear error when the shapes differ."""
    value = np.asarray(value)
    if value.shape != target.shape:
        raise ValueError(f"{name}: expected shape {target.shape}, got {value.shape}")
    np.copyto(target, value, casting="same_kind")
