"""Backprop one layer at a time through the engine's own layers (book ch. 5.5–5.7).

A :class:`BackpropStepper` holds a two-layer network made of ``nnlab.layers`` (Affine → ReLU or
Sigmoid → Affine → SoftmaxWithLoss) and runs it one step at a time: four forward steps, then four
backward steps. Each step records copies of what the layer received and produced (x, out, dout,
dx, dW, db and the rule's own array, ReLU's mask or Sigmoid's y), so a view can show them.
Mistakes from :mod:`nnlab.backprop_mistakes` can be switched on; :meth:`BackpropStepper.check`
compares the (possibly broken) backward pass with the numerical gradient.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nnlab.backprop_mistakes import break_layers
from nnlab.gradcheck import ParamError, compare_gradients, numerical_gradients
from nnlab.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss

ACTIVATIONS = {"relu": Relu, "sigmoid": Sigmoid}
PARAM_KEYS = ("W1", "b1", "W2", "b2")
WRONG_ABOVE = 1e-6  # a max relative error above this marks an array as wrong


@dataclass(frozen=True)
class StepExample:
    """A batch and the initial parameters of the 2-layer network it goes through."""

    name: str
    x: np.ndarray  # (batch, n_in)
    t: np.ndarray  # labels (batch,)
    params: dict[str, np.ndarray]
    image_shape: tuple[int, ...] | None = None

    @property
    def sizes(self) -> tuple[int, int, int]:
        """(inputs, hidden, outputs)."""
        return self.params["W1"].shape[0], self.params["W1"].shape[1], self.params["W2"].shape[1]


def toy_example() -> StepExample:
    """2 inputs, 3 hidden, 2 outputs, a batch of 2: small enough to read every number."""
    x = np.array([[1.0, 0.5], [-1.0, 2.0]])
    params = {
        "W1": np.array([[0.4, -0.6, 0.2], [0.3, 0.5, -0.7]]),
        "b1": np.array([0.1, -0.2, 0.3]),
        "W2": np.array([[0.5, -0.3], [-0.2, 0.4], [0.6, 0.1]]),
        "b2": np.array([0.0, 0.1]),
    }
    return StepExample("toy", x, np.array([0, 1]), params)


def image_example(x: np.ndarray, t: np.ndarray, image_shape: tuple[int, ...],
                  hidden: int = 3, n_classes: int = 10, seed: int = 0) -> StepExample:
    """One image (flattened, in [0, 1]) through n_in → hidden → n_classes, weights from ``seed``."""
    x = np.asarray(x, dtype=np.float64).reshape(1, -1)
    rng = np.random.default_rng(seed)
    n_in = x.shape[1]
    params = {
        "W1": rng.standard_normal((n_in, hidden)) * (1.0 / np.sqrt(n_in)),
        "b1": np.full(hidden, 0.1),
        "W2": rng.standard_normal((hidden, n_classes)) * 0.5,
        "b2": np.zeros(n_classes),
    }
    return StepExample("image", x, np.asarray(t, dtype=np.intp).reshape(1), params, image_shape)


@dataclass
class StepRecord:
    """What one layer did in one step: named copies of its arrays, or the error NumPy raised."""

    index: int  # 0..7
    phase: str  # "forward" or "backward"
    layer: str  # "Affine1", "Relu", "Sigmoid", "SoftmaxWithLoss"
    rule: str  # "affine", "relu", "sigmoid", "softmax_loss"
    arrays: list[tuple[str, np.ndarray]] = field(default_factory=list)
    error: str = ""

    def array(self, name: str) -> np.ndarray:
        """The recorded array called ``name`` (KeyError if this step has none)."""
        for label, value in self.arrays:
            if label == name:
                return value
        raise KeyError(name)


@dataclass(frozen=True)
class CheckResult:
    """Backprop (with any mistakes) against the numerical gradient, per parameter array."""

    errors: list[ParamError]
    failure: str = ""  # the NumPy error when the broken backward pass could not even run

    def wrong(self) -> list[ParamError]:
        """The arrays whose backprop gradient is off by more than WRONG_ABOVE (relative)."""
        return [e for e in self.errors if e.max_rel > WRONG_ABOVE]


def _copy(a: Any) -> np.ndarray:
    return np.array(a, dtype=np.float64, copy=True)


class BackpropStepper:
    """Forward then backward through Affine → activation → Affine → SoftmaxWithLoss, step by step."""

    def __init__(self, example: StepExample, activation: str = "relu",
                 mistakes: Iterable[str] = ()) -> None:
        if activation not in ACTIVATIONS:
            raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}")
        self.example = example
        self.activation = activation
        self.params = {key: _copy(example.params[key]) for key in PARAM_KEYS}
        self.affines = [Affine(self.params["W1"], self.params["b1"]),
                        Affine(self.params["W2"], self.params["b2"])]
        plain = [self.affines[0], ACTIVATIONS[activation](), self.affines[1]]
        self.mistakes = frozenset(mistakes)
        self.layers, self.last_layer = break_layers(plain, SoftmaxWithLoss(), self.mistakes)
        self.names = ["Affine1", type(plain[1]).__name__, "Affine2", "SoftmaxWithLoss"]
        self.records: list[StepRecord] = []
        self.loss = float("nan")
        self._signal: Any = None  # what flows to the next step: x forward, dout backward

    @property
    def n_steps(self) -> int:
        """Four forward and four backward steps."""
        return 2 * len(self.names)

    @property
    def position(self) -> int:
        """Steps done so far (0 after reset, n_steps at the end)."""
        return len(self.records)

    def done(self) -> bool:
        """True when both passes are through (or a broken layer stopped the backward pass)."""
        return self.position >= self.n_steps or bool(self.records and self.records[-1].error)

    def reset(self) -> None:
        """Back to before the first forward step."""
        self.records = []
        self.loss = float("nan")
        self._signal = None

    def step(self) -> StepRecord | None:
        """Run the next layer's forward or backward; None when everything is done."""
        if self.done():
            return None
        i = self.position
        n = len(self.names)
        k = i if i < n else 2 * n - 1 - i  # layer index: 0 1 2 3 3 2 1 0
        record = StepRecord(i, "forward" if i < n else "backward", self.names[k], self._rule(k))
        try:
            if i < n:
                self._forward(k, record)
            else:
                self._backward(k, record)
        except ValueError as exc:  # a broken rule whose shapes NumPy cannot multiply
            record.error = str(exc)
        self.records.append(record)
        return record

    def run_to_end(self) -> list[StepRecord]:
        """Step until done; return every record."""
        while self.step() is not None:
            pass
        return self.records

    def _rule(self, k: int) -> str:
        return ("affine", self.activation, "affine", "softmax_loss")[k]

    def _forward(self, k: int, record: StepRecord) -> None:
        x = self.example.x if k == 0 else self._signal
        arrays = record.arrays
        arrays.append(("x", _copy(x)))
        if k == len(self.layers):
            self.loss = self.last_layer.forward(x, self.example.t)
            arrays += [("t", _copy(self.example.t)), ("y", _copy(self.last_layer.y)),
                       ("loss", np.array([[self.loss]]))]
            return
        layer = self.layers[k]
        out = layer.forward(x)
        if record.rule == "affine":
            arrays += [("W", _copy(layer.W)), ("b", _copy(layer.b))]
        elif record.rule == "relu":
            arrays.append(("mask", _copy(layer.mask)))
        arrays.append(("out", _copy(out)))
        self._signal = out

    def _backward(self, k: int, record: StepRecord) -> None:
        arrays = record.arrays
        if k == len(self.layers):
            dx = self.last_layer.backward(1.0)
            arrays += [("dout", np.array([[1.0]])), ("y", _copy(self.last_layer.y)),
                       ("t", _copy(self.example.t)), ("dx", _copy(dx))]
            self._signal = dx
            return
        layer = self.layers[k]
        dout = _copy(self._signal)  # ReLU's backward writes into its dout; keep what came in
        if record.rule == "relu":
            arrays.append(("mask", _copy(layer.mask)))
        elif record.rule == "sigmoid":
            arrays.append(("y", _copy(layer.out)))
        elif record.rule == "affine":
            arrays += [("x", _copy(layer.x)), ("W", _copy(layer.W))]
        dx = layer.backward(np.array(dout, copy=True))
        arrays.insert(0, ("dout", dout))
        arrays.append(("dx", _copy(dx)))
        if record.rule == "affine":
            arrays += [("dW", _copy(layer.dW)), ("db", _copy(layer.db))]
        self._signal = dx

    # --- the whole passes, for the gradient check ---------------------------------------------
    def loss_of_params(self) -> float:
        """Forward through every layer (mistakes never touch forward): the loss at the params."""
        x = self.example.x
        for layer in self.layers:
            x = layer.forward(x)
        return float(self.last_layer.forward(x, self.example.t))

    def backprop_gradients(self) -> dict[str, np.ndarray]:
        """One forward and one backward pass through the (possibly broken) layers."""
        self.loss_of_params()
        dout = self.last_layer.backward(1.0)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        grads = {}
        for n, affine in enumerate(self.affines, start=1):
            grads[f"W{n}"], grads[f"b{n}"] = _copy(affine.dW), _copy(affine.db)
        return grads

    def check(self, h: float = 1e-4) -> CheckResult:
        """Backprop against central differences; names the broken arrays and by how much."""
        numeric = numerical_gradients(lambda _: self.loss_of_params(),
                                      [self.params[key] for key in PARAM_KEYS], h)
        try:
            # Same params and batch as the steps, so the layers' caches end as the steps left them.
            analytic = self.backprop_gradients()
        except ValueError as exc:
            return CheckResult([], failure=str(exc))
        errors = []
        for key, num in zip(PARAM_KEYS, numeric, strict=True):
            if analytic[key].shape != num.shape:
                errors.append(ParamError(key, float("inf"), float("inf"), float("inf")))
            else:
                errors.append(compare_gradients(key, analytic[key], num))
        return CheckResult(errors)
