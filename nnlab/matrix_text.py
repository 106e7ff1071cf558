"""Arrays as short text for a view: a few rows and columns, the rest elided (no drawing here).

The backprop lesson shows every array a layer touches; a 1×784 image or a 784×3 weight matrix
must still fit in a small box, so only its corners are written out and its range is summarised.
"""

from __future__ import annotations

import numpy as np

from nnlab.number_text import number

ELLIPSIS = "…"


def _keep(n: int, limit: int) -> list[int | None]:
    """At most ``limit`` (>= 3) indices out of n: the first ones, None for the elided middle, the last."""
    if n <= limit:
        return list(range(n))
    return [*range(max(1, limit - 2)), None, n - 1]


def format_number(value: float | int | bool, digits: int = 3) -> str:
    """A matrix entry: integers as integers, floats with ``digits`` significant digits."""
    return number(value, digits)


def compact_rows(a: np.ndarray, max_rows: int = 4, max_cols: int = 6,
                 digits: int = 3) -> list[list[str]]:
    """The array as rows of strings; a 1-D array is one row; long axes keep their ends."""
    a = np.asarray(a)
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif a.ndim == 1:
        a = a.reshape(1, -1)
    elif a.ndim > 2:
        a = a.reshape(a.shape[0], -1)
    rows = []
    for i in _keep(a.shape[0], max_rows):
        if i is None:
            rows.append([ELLIPSIS if j is not None else "" for j in _keep(a.shape[1], max_cols)])
            continue
        rows.append([ELLIPSIS if j is None else format_number(a[i, j].item(), digits)
                     for j in _keep(a.shape[1], max_cols)])
    return rows


def shape_text(a: np.ndarray) -> str:
    """The shape as the book writes it: (2, 3), or (3,) for a vector, () for a number."""
    shape = np.shape(a)
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "(" + ", ".join(str(n) for n in shape) + ")"


def is_elided(a: np.ndarray, max_rows: int = 4, max_cols: int = 6) -> bool:
    """True when compact_rows leaves entries out."""
    a = np.atleast_2d(np.asarray(a))
    a = a.reshape(a.shape[0], -1)
    return a.shape[0] > max_rows or a.shape[1] > max_cols


def range_text(a: np.ndarray, digits: int = 3) -> str:
    """"min … max" of the entries, for arrays too large to show in full."""
    a = np.asarray(a, dtype=np.float64)
    if a.size == 0:
        return ""
    return f"{format_number(a.min(), digits)} … {format_number(a.max(), digits)}"
