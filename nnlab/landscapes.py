"""Two-variable test functions with analytic gradients, and the paths optimizers take on them.

The book (chapter 6) compares SGD, Momentum, AdaGrad and Adam on f(x, y) = x²/20 + y², a
long shallow valley where plain SGD zig-zags.  Three classics are added: the curved Rosenbrock
valley, a saddle point, and the Beale function with its flat plateaus.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["Landscape", "LANDSCAPES", "BOOK_LEARNING_RATES", "OptimizerPath", "trace_path",
           "optimizer_path"]

Array = Any  # float or np.ndarray: every f and grad works element-wise on meshgrids too


@dataclass(frozen=True)
class Landscape:
    """A 2-D function f(x, y) with its gradient, a start point and a plotting window."""

    name: str
    f: Callable[[Array, Array], Array]
    grad: Callable[[Array, Array], tuple[Array, Array]]
    default_start: tuple[float, float]
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    minimum: tuple[float, float] | None  # None: unbounded below (the saddle)
    formula: str = ""
    learning_rates: dict[str, float] = field(default_factory=dict)  # that work well from default_start
    steps: int = 30  # enough for those rates to show where each optimizer goes


# ---- book: f = x²/20 + y² --------------------------------------------------------------
def _book_f(x: Array, y: Array) -> Array:
    return x ** 2 / 20.0 + y ** 2


def _book_grad(x: Array, y: Array) -> tuple[Array, Array]:
    return x / 10.0, 2.0 * y


# ---- Rosenbrock: f = (1 - x)² + 100 (y - x²)² ----------------------------------------------
def _rosenbrock_f(x: Array, y: Array) -> Array:
    return (1.0 - x) ** 2 + 100.0 * (y - x ** 2) ** 2


def _rosenbrock_grad(x: Array, y: Array) -> tuple[Array, Array]:
    inner = y - x ** 2
    return -2.0 * (1.0 - x) - 400.0 * x * inner, 200.0 * inner


# ---- saddle: f = x² - y² ----------------------------------------------------------------
def _saddle_f(x: Array, y: Array) -> Array:
    return x ** 2 - y ** 2


def _saddle_grad(x: Array, y: Array) -> tuple[Array, Array]:
    return 2.0 * x, -2.0 * y


# ---- Beale: sum of three squared terms, minimum 0 at (3, 0.5) ----------------------------
_BEALE_C = (1.5, 2.25, 2.625)


def _beale_f(x: Array, y: Array) -> Array:
    return sum((c - x + x * y ** k) ** 2 for k, c in enumerate(_BEALE_C, start=1))


def _beale_grad(x: Array, y: Array) -> tuple[Array, Array]:
    dx = 0.0
    dy = 0.0
    for k, c in enumerate(_BEALE_C, start=1):
        term = c - x + x * y ** k  # d term/dx = y^k - 1 ; d term/dy = k x y^(k-1)
        dx = dx + 2.0 * term * (y ** k - 1.0)
        dy = dy + 2.0 * term * k * x * y ** (k - 1)
    return dx, dy


# RMSProp (decay 0.99) starts with steps of about 10 x lr per coordinate, because its running
# average of g² begins at 1 % of the first g²; lr = 0.1 therefore moves about one unit at first,
# like the other optimizers here, and then settles without overshooting the valley floor.
# In Rosenbrock's narrow curved valley, steps that keep SGD stable (lr 0.003 already blows up) are
# tiny: 30 of them barely leave the start, so that landscape gets 300 steps (Beale's plateau 150).
# Nesterov is Momentum with a look-ahead gradient, so the book's Momentum rate 0.1 fits it too and
# keeps the two comparable.
BOOK_LEARNING_RATES: dict[str, float] = {
    "SGD": 0.95,
    "Momentum": 0.1,
    "Nesterov": 0.1,
    "AdaGrad": 1.5,
    "RMSProp": 0.1,
    "Adam": 0.3,
}

LANDSCAPES: dict[str, Landscape] = {
    "book": Landscape("book", _book_f, _book_grad, (-7.0, 2.0), (-10.0, 10.0), (-5.0, 5.0),
                      (0.0, 0.0), "f(x, y) = x²/20 + y²", dict(BOOK_LEARNING_RATES)),
    "rosenbrock": Landscape("rosenbrock", _rosenbrock_f, _rosenbrock_grad, (-1.5, 2.0),
                            (-2.0, 2.0), (-1.0, 3.0), (1.0, 1.0),
                            "f(x, y) = (1 - x)² + 100 (y - x²)²",
                            {"SGD": 0.001, "Momentum": 0.001, "Nesterov": 0.001,
                             "AdaGrad": 1.0, "RMSProp": 0.01, "Adam": 0.1}, steps=300),
    "saddle": Landscape("saddle", _saddle_f, _saddle_grad, (-2.0, 0.01), (-3.0, 3.0),
                        (-3.0, 3.0), None, "f(x, y) = x² - y²",
                        {"SGD": 0.05, "Momentum": 0.02, "Nesterov": 0.02,
                         "AdaGrad": 0.5, "RMSProp": 0.05, "Adam": 0.1}),
    "beale": Landscape("beale", _beale_f, _beale_grad, (1.0, 1.5), (-4.5, 4.5), (-4.5, 4.5),
                       (3.0, 0.5),
                       "f(x, y) = (1.5 - x + xy)² + (2.25 - x + xy²)² + (2.625 - x + xy³)²",
                       {"SGD": 0.001, "Momentum": 0.0005, "Nesterov": 0.0005,
                        "AdaGrad": 0.5, "RMSProp": 0.01, "Adam": 0.1}, steps=150),
}


@dataclass
class OptimizerPath:
    """Points visited by an optimizer; after a divergence the path stays at its last sane point."""

    points: np.ndarray            # (steps + 1, 2)
    diverged: bool = False
    diverged_at: int | None = None  # index of the first step that left the sane region


def _resolve(landscape: Landscape | str, optimizer: Any) -> tuple[Landscape, Any]:
    """Accept names as well as objects: "book" and "Adam" become a Landscape and an optimizer."""
    if isinstance(landscape, str):
        landscape = LANDSCAPES[landscape]
    if isinstance(optimizer, str):
        from nnlab.optimizers import make_optimizer

        optimizer = make_optimizer(optimizer, landscape.learning_rates.get(optimizer))
    return landscape, optimizer


def _limit_for(landscape: Landscape) -> float:
    """Coordinates beyond this magnitude count as blown up (far outside the plotting window)."""
    span = max(abs(v) for v in landscape.x_range + landscape.y_range)
    return 1e3 * span


def trace_path(
    landscape: Landscape | str,
    optimizer: Any,
    start: tuple[float, float] | None = None,
    steps: int = 30,
) -> OptimizerPath:
    """Run ``optimizer`` (reset first) for ``steps`` updates of params {"xy": [x, y]} from start."""
    landscape, optimizer = _resolve(landscape, optimizer)
    optimizer.reset()
    start = landscape.default_start if start is None else start
    params = {"xy": np.array(start, dtype=np.float64)}
    points = np.empty((steps + 1, 2), dtype=np.float64)
    points[0] = params["xy"]
    limit = _limit_for(landscape)
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(1, steps + 1):
            dx, dy = landscape.grad(params["xy"][0], params["xy"][1])
            optimizer.update(params, {"xy": np.array([dx, dy], dtype=np.float64)})
            xy = params["xy"]
            if not (math.isfinite(xy[0]) and math.isfinite(xy[1])) or np.abs(xy).max() > limit:
                points[i:] = points[i - 1]
                return OptimizerPath(points, True, i)
            points[i] = xy
    return OptimizerPath(points, False, None)


def optimizer_path(
    landscape: Landscape | str,
    optimizer: Any,
    start: tuple[float, float] | None = None,
    steps: int = 30,
) -> np.ndarray:
    """(steps + 1, 2) points of the optimizer's path; use trace_path() to learn if it diverged."""
    return trace_path(landscape, optimizer, start, steps).points
