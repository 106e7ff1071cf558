"""Numerical differentiation and the gradient (book ch. 4.3–4.4), for the lesson and its tests.

The book's worked examples: the derivative of f(x) = 0.01x² + 0.1x by a difference quotient, its
tangent line, the gradient of f(x0, x1) = x0² + x1², gradient descent on it, and the numerical
gradient of a one-layer "simple net" with respect to its 2×3 weights. The partial derivatives and
gradients use :func:`nnlab.gradcheck.numerical_gradient`, the same central difference the rest of
the engine checks backprop with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnlab.functions import softmax
from nnlab.gradcheck import numerical_gradient

BOOK_H = 1e-4  # the book's step: small, yet far above the round-off of float64
BOOK_TANGENT_POINTS = (5.0, 10.0)
BOOK_GRADIENT_POINTS = ((3.0, 4.0), (0.0, 2.0), (3.0, 0.0))
BOOK_DESCENT_START = (-3.0, 4.0)
BOOK_FIELD_TICKS = np.arange(-2, 2.5, 0.25)  # the grid of the book's arrow field (Fig. 4-9)


def function_1(x: float | np.ndarray) -> float | np.ndarray:
    """The book's one-variable example f(x) = 0.01x² + 0.1x."""
    return 0.01 * x**2 + 0.1 * x


def function_1_derivative(x: float | np.ndarray) -> float | np.ndarray:
    """The exact derivative f'(x) = 0.02x + 0.1 that the difference quotients approximate."""
    return 0.02 * x + 0.1


def forward_truncation_error(h: float) -> float:
    """The forward difference's error on :func:`function_1` in exact arithmetic: f''/2 · h = 0.01h.

    (f(x+h) − f(x))/h − f'(x) = 0.01h for this quadratic at every x; anything else in a computed
    error is round-off. The central difference has no truncation error on a quadratic at all.
    """
    return 0.01 * h


def function_2(x: np.ndarray) -> float:
    """The book's two-variable example f(x0, x1) = x0² + x1²."""
    return float(np.sum(x**2))


def forward_difference(f: Callable[[float], float], x: float, h: float) -> float:
    """(f(x + h) − f(x)) / h: the textbook definition with a finite h; its error falls like h."""
    return (f(x + h) - f(x)) / h


def central_difference(f: Callable[[float], float], x: float, h: float = BOOK_H) -> float:
    """(f(x + h) − f(x − h)) / 2h, the book's ``numerical_diff``; its error falls like h²."""
    return (f(x + h) - f(x - h)) / (2 * h)


@dataclass(frozen=True)
class DifferenceErrors:
    """|estimate − f'(x)| of both quotients for each step h (the log–log plot's two curves)."""

    h: np.ndarray
    forward: np.ndarray
    central: np.ndarray


def difference_errors(x: float, exponents: np.ndarray) -> DifferenceErrors:
    """Errors of the forward and central difference of :func:`function_1` at x for h = 10**exponents."""
    h = 10.0 ** np.asarray(exponents, dtype=np.float64)
    true = function_1_derivative(x)
    forward = np.array([abs(forward_difference(function_1, x, step) - true) for step in h])
    central = np.array([abs(central_difference(function_1, x, step) - true) for step in h])
    return DifferenceErrors(h, forward, central)


def tangent_line(f: Callable[[float], float], x: float, h: float = BOOK_H) -> tuple[float, float]:
    """Slope and intercept of the tangent at x, the slope by the book's central difference."""
    slope = central_difference(f, x, h)
    return slope, f(x) - slope * x


def partial_derivatives(x0: float, x1: float) -> tuple[float, float]:
    """∂f/∂x0 and ∂f/∂x1 of :func:`function_2`, each holding the other variable fixed (book 4.3.3)."""
    d0 = central_difference(lambda v: v * v + x1**2.0, x0)
    d1 = central_difference(lambda v: x0**2.0 + v * v, x1)
    return d0, d1


def gradient_2(point: tuple[float, float] | np.ndarray) -> np.ndarray:
    """Numerical gradient of :func:`function_2` at one point, on a float copy (the book's 4.4)."""
    x = np.array(point, dtype=np.float64)
    return numerical_gradient(function_2, x)


def gradient_field(ticks: np.ndarray = BOOK_FIELD_TICKS) -> tuple[np.ndarray, np.ndarray]:
    """Grid points (n, 2) and their numerical gradients (n, 2) of :func:`function_2`."""
    x0, x1 = np.meshgrid(ticks, ticks)
    points = np.column_stack([x0.ravel(), x1.ravel()]).astype(np.float64)
    grads = np.array([gradient_2(p) for p in points])
    return points, grads


def gradient_descent(init_x: tuple[float, float], lr: float, step_num: int,
                     f: Callable[[np.ndarray], float] = function_2) -> np.ndarray:
    """Points (step_num + 1, 2) of x ← x − lr·∇f(x) from init_x; the last row is the book's result."""
    if step_num < 0:
        raise ValueError("the number of steps cannot be negative")
    x = np.array(init_x, dtype=np.float64)
    path = [x.copy()]
    with np.errstate(over="ignore", invalid="ignore"):  # a too-large rate may run off to inf
        for _ in range(step_num):
            x -= lr * numerical_gradient(f, x)
            path.append(x.copy())
    return np.array(path)


@dataclass(frozen=True)
class DescentPreset:
    """One of the book's three learning rates for gradient descent from (−3, 4)."""

    key: str
    lr: float
    step_num: int


DESCENT_PRESETS = (
    DescentPreset("good", 0.1, 100),
    DescentPreset("too_large", 10.0, 100),
    DescentPreset("too_small", 1e-10, 100),
)


# The book's simpleNet weights, as printed in its text (the script draws them at random).
BOOK_SIMPLE_NET_W = np.array([[0.47355232, 0.9977393, 0.84668094],
                              [0.85557411, 0.03563661, 0.69422093]])
BOOK_SIMPLE_NET_X = np.array([0.6, 0.9])
BOOK_SIMPLE_NET_T = np.array([0, 0, 1])


class SimpleNet:
    """The book's one-layer net: z = x·W, y = softmax(z), loss = cross-entropy of y against t."""

    def __init__(self, W: np.ndarray | None = None) -> None:
        self.W = np.array(BOOK_SIMPLE_NET_W if W is None else W, dtype=np.float64)  # (2, 3)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Scores z = x·W, (3,) for one input (2,)."""
        return np.dot(x, self.W)

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """−log of the right class's probability.

        Written without the usual 1e-7 guard inside the log: the book's printed dW was computed
        that way, and the guard would move its eighth digit.
        """
        y = softmax(self.predict(x))
        return float(-np.sum(t * np.log(y)))

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> np.ndarray:
        """dW (2, 3): how the loss changes with each weight, by central differences."""
        return numerical_gradient(lambda _W: self.loss(x, t), self.W)

    def __repr__(self) -> str:
        return "SimpleNet(2, 3)"
