"""Numerical gradients by central differences, and a gradient check against backprop (book ch. 4-5).

Both accept ``progress(done, total)`` (called about every 1 %) and ``cancel`` (a
``threading.Event`` or a callable returning True to stop), so a GUI can show a progress bar and
a Cancel button without the engine knowing anything about threads or Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

ProgressFn = Callable[[int, int], None]
REL_FLOOR = 1e-5  # smallest gradient scale a relative error is measured against


class GradientCheckCancelled(Exception):
    """Raised when ``cancel`` asks a numerical gradient to stop."""


@dataclass(frozen=True)
class ParamError:
    """How far backprop and the numerical gradient disagree for one parameter array.

    ``max_rel`` is the largest absolute difference divided by the largest gradient magnitude
    of that array (at least 1e-5), so it stays meaningful where single entries are (close to)
    zero; an array whose true gradient is 0 (a bias before batch norm) gives round-off only.
    ``mean_abs`` is the mean absolute difference, the figure the book's ``gradient_check`` prints.
    """

    name: str
    max_abs: float
    max_rel: float
    mean_abs: float = float("nan")


def is_cancelled(cancel: Any) -> bool:
    """True when ``cancel`` (Event, callable or None) asks to stop."""
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    is_set = getattr(cancel, "is_set", None)
    return bool(is_set() if callable(is_set) else cancel())


class _ProgressReporter:
    """Calls progress(done, total) in steps of about 1 % of total, and always at the end."""

    def __init__(self, progress: ProgressFn | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.step = max(1, total // 100)
        self.next_report = 0

    def report(self, done: int) -> None:
        if self.progress is not None and (done >= self.next_report or done == self.total):
            self.progress(done, self.total)
            self.next_report = done + self.step


def numerical_gradients(f: Callable[[np.ndarray], float], arrays: Sequence[np.ndarray],
                        h: float = 1e-4, progress: ProgressFn | None = None,
                        cancel: Any = None) -> list[np.ndarray]:
    """Central differences (f(a+h) - f(a-h)) / 2h for every entry of several arrays, in place."""
    for a in arrays:
        if a.dtype.kind != "f":
            raise TypeError(f"numerical gradient needs a float array, got dtype {a.dtype}")
    reporter = _ProgressReporter(progress, sum(a.size for a in arrays))
    reporter.report(0)
    done = 0
    grads = []
    for a in arrays:
        grad = np.zeros(a.shape, dtype=np.float64)
        for idx in np.ndindex(a.shape):
            if is_cancelled(cancel):
                raise GradientCheckCancelled(f"cancelled after {done} of {reporter.total} entries")
            original = a[idx]
            a[idx] = original + h
            f_plus = f(a)
            a[idx] = original - h
            f_minus = f(a)
            a[idx] = original  # restore exactly: the array is the caller's (the network's) data
            grad[idx] = (f_plus - f_minus) / (2.0 * h)
            done += 1
            reporter.report(done)
        grads.append(grad)
    return grads


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-4,
                       progress: ProgressFn | None = None, cancel: Any = None) -> np.ndarray:
    """Gradient of f at x by central differences; x is perturbed in place and restored."""
    return numerical_gradients(f, [x], h, progress, cancel)[0]


def compare_gradients(name: str, analytic: np.ndarray, numeric: np.ndarray) -> ParamError:
    """ParamError between a backprop gradient and a numerical one."""
    diff = np.abs(np.asarray(analytic, dtype=np.float64) - np.asarray(numeric, dtype=np.float64))
    max_abs = float(diff.max()) if diff.size else 0.0
    scale = max(float(np.max(np.abs(analytic), initial=0.0)),
                float(np.max(np.abs(numeric), initial=0.0)))
    max_rel = max_abs / max(scale, REL_FLOOR)
    mean_abs = float(diff.mean()) if diff.size else 0.0
    return ParamError(name, max_abs, max_rel, mean_abs)


def gradient_check(net: Any, x: np.ndarray, t: np.ndarray, h: float = 1e-4,
                   progress: ProgressFn | None = None, cancel: Any = None) -> list[ParamError]:
    """Backprop vs numerical gradient of a MultiLayerNet, on a float64 copy (same dropout mask)."""
    check = net.astype("float64")  # float32 round-off would swamp a difference quotient
    with check.frozen_dropout():
        analytic = check.gradient(x, t)
        numeric = check.numerical_gradient(x, t, h=h, progress=progress, cancel=cancel)
    return [compare_gradients(key, analytic[key], numeric[key]) for key in analytic]
