"""Activation functions, their derivatives, softmax and the two loss functions (book ch. 3-4).

Every function accepts NumPy arrays of any float dtype and keeps that dtype: Python float
constants never upcast a float32 array, so float32 stays float32.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# Added inside log() so that a predicted probability of exactly 0 gives a large finite loss.
LOG_GUARD = 1e-7


def step_function(x: np.ndarray) -> np.ndarray:
    """Step function: 1 where x > 0, else 0 (the perceptron's activation)."""
    x = np.asarray(x)
    return (x > 0).astype(x.dtype if x.dtype.kind == "f" else np.float64)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Logistic sigmoid 1 / (1 + exp(-x)), computed without overflow for large |x|."""
    x = np.asarray(x)
    # exp(-|x|) never overflows; the two branches are the same formula rearranged.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(_float_dtype(x), copy=False)


def relu(x: np.ndarray) -> np.ndarray:
    """Rectified linear unit max(0, x)."""
    return np.maximum(x, 0)


def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    """Leaky ReLU: x for x > 0, alpha * x otherwise."""
    x = np.asarray(x)
    return np.where(x > 0, x, alpha * x)


def tanh(x: np.ndarray) -> np.ndarray:
    """Hyperbolic tangent."""
    return np.tanh(x)


def identity(x: np.ndarray) -> np.ndarray:
    """Identity function (the output activation for regression)."""
    return np.asarray(x)


def step_grad(x: np.ndarray) -> np.ndarray:
    """Derivative of the step function: 0 everywhere (undefined at 0, taken as 0)."""
    x = np.asarray(x)
    return np.zeros_like(x, dtype=_float_dtype(x))


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid: y (1 - y) with y = sigmoid(x)."""
    y = sigmoid(x)
    return y * (1.0 - y)


def relu_grad(x: np.ndarray) -> np.ndarray:
    """Derivative of ReLU: 1 where x > 0, else 0."""
    return step_function(x)


def leaky_relu_grad(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    """Derivative of leaky ReLU: 1 where x > 0, else alpha."""
    x = np.asarray(x)
    dtype = _float_dtype(x)
    return np.where(x > 0, dtype.type(1.0), dtype.type(alpha))


def tanh_grad(x: np.ndarray) -> np.ndarray:
    """Derivative of tanh: 1 - tanh(x)^2."""
    y = np.tanh(x)
    return 1.0 - y * y


def identity_grad(x: np.ndarray) -> np.ndarray:
    """Derivative of the identity: 1 everywhere."""
    x = np.asarray(x)
    return np.ones_like(x, dtype=_float_dtype(x))


ACTIVATIONS: dict[str, tuple[Callable[..., np.ndarray], Callable[..., np.ndarray]]] = {
    "step": (step_function, step_grad),
    "sigmoid": (sigmoid, sigmoid_grad),
    "relu": (relu, relu_grad),
    "leaky_relu": (leaky_relu, leaky_relu_grad),
    "tanh": (tanh, tanh_grad),
    "identity": (identity, identity_grad),
}


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis; subtracting the row maximum keeps exp() finite."""
    x = np.asarray(x)
    shifted = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """Mean cross-entropy -Σ t log(y + 1e-7); t is one-hot (same shape as y) or integer labels."""
    y = np.asarray(y)
    t = np.asarray(t)
    if y.ndim == 1:
        y = y.reshape(1, -1)
        t = t.reshape(1, -1) if t.size == y.size else t.reshape(1)
    batch = y.shape[0]
    if t.shape == y.shape:
        # One-hot (or soft) targets: only the true classes contribute, but soft labels work too.
        return float(-np.sum(t * np.log(y + LOG_GUARD)) / batch)
    labels = t.astype(np.intp, copy=False).reshape(batch)
    return float(-np.sum(np.log(y[np.arange(batch), labels] + LOG_GUARD)) / batch)


def cross_entropy_from_logits(x: np.ndarray, t: np.ndarray) -> float:
    """Mean cross-entropy of softmax(x) against t, from the scores x themselves.

    log softmax(x) = s - log Σ exp(s) with s = x - max(x) is exact and finite, so no 1e-7 guard
    is needed and the value matches Softmax-with-Loss's backward (y - t) / batch exactly.
    t: integer labels (batch,) or one-hot rows (batch, classes).
    """
    x = np.asarray(x)
    batch = x.shape[0]
    s = x - x.max(axis=1, keepdims=True)  # the largest exponent is 0
    log_sum = np.log(np.exp(s).sum(axis=1))  # (batch,)
    t = np.asarray(t)
    if t.shape == x.shape:  # -Σ t·log y, with Σ t = 1 per row
        t = t.astype(x.dtype, copy=False)
        return float((np.dot(t.sum(axis=1), log_sum) - np.vdot(t, s)) / batch)
    labels = t.reshape(batch).astype(np.intp, copy=False)
    return float(np.sum(log_sum - s[np.arange(batch), labels]) / batch)


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """0.5 Σ (y - t)^2; for a batch (2-D) the mean over the batch."""
    y = np.asarray(y)
    t = np.asarray(t)
    total = 0.5 * float(np.sum((y - t) ** 2))
    return total / y.shape[0] if y.ndim == 2 else total


def _float_dtype(x: np.ndarray) -> np.dtype:
    """The float dtype a result should have: x's own if it is float, else float64."""
    return x.dtype if x.dtype.kind == "f" else np.dtype(np.float64)
