"""GrowingSeries: the points of one live curve, kept at a bounded size however long the run.

Points are kept as they come up to a limit; beyond it, neighbouring points are averaged, so a run
of a million iterations is drawn at a coarser resolution instead of growing memory without end.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

MAX_POINTS = 50_000  # per curve; longer runs are kept at half resolution (pairs averaged), and so on


class GrowingSeries:
    """A growing (x, y) series shown by one curve; memory stays bounded.

    Up to ``max_points`` points are kept as they come. When that is reached, neighbouring points are
    averaged in pairs and from then on every ``stride`` incoming points become one, so a long run is
    drawn at an even, coarser resolution instead of growing without end.
    """

    def __init__(self, curve: pg.PlotDataItem, max_points: int = MAX_POINTS) -> None:
        self.curve = curve
        self.max_points = max(16, int(max_points))
        self.x = np.empty(min(1024, self.max_points), dtype=np.float64)
        self.y = np.empty(min(1024, self.max_points), dtype=np.float64)
        self.n = 0
        self.stride = 1
        self._pending_x = np.empty(0, dtype=np.float64)  # < stride points waiting for their group
        self._pending_y = np.empty(0, dtype=np.float64)

    def _halve(self) -> None:
        """Average neighbouring stored points; an odd last point stays as it is."""
        n, pairs = self.n, self.n // 2
        for a in (self.x, self.y):
            last = a[n - 1] if n % 2 else None
            a[:pairs] = 0.5 * (a[0:2 * pairs:2] + a[1:2 * pairs:2])
            if last is not None:
                a[pairs] = last
        self.n = pairs + n % 2
        self.stride *= 2

    def extend(self, x: np.ndarray, y: np.ndarray) -> None:
        """Append values and refresh the curve."""
        x = np.concatenate([self._pending_x, np.asarray(x, dtype=np.float64)])
        y = np.concatenate([self._pending_y, np.asarray(y, dtype=np.float64)])
        while self.n + len(x) // self.stride > self.max_points:
            self._halve()
        k = len(x) // self.stride
        used = k * self.stride
        self._pending_x, self._pending_y = x[used:], y[used:]
        if k == 0:
            return
        if self.stride > 1:
            x = x[:used].reshape(k, self.stride).mean(axis=1)
            y = y[:used].reshape(k, self.stride).mean(axis=1)
        if self.n + k > len(self.x):
            size = min(self.max_points, max(2 * len(self.x), self.n + k))
            self.x = np.resize(self.x, size)
            self.y = np.resize(self.y, size)
        self.x[self.n:self.n + k] = x
        self.y[self.n:self.n + k] = y
        self.n += k
        self.curve.setData(self.x[:self.n], self.y[:self.n])

    def clear(self) -> None:
        """Forget every point (a new run starts)."""
        self.n, self.stride = 0, 1
        self._pending_x = np.empty(0, dtype=np.float64)
        self._pending_y = np.empty(0, dtype=np.float64)
        self.curve.setData([], [])

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """Return copies of the points so far."""
        return self.x[:self.n].copy(), self.y[:self.n].copy()
