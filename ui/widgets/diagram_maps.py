"""What the network diagram paints, computed without a scene: colour maps, shown neurons, outputs on a grid.

Kept apart from ``NetworkDiagram`` so that the arithmetic can be read (and tested) on its own; the
layer panel colours its weight images with the same ``diverging_rgba``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap

from nnlab.network import MultiLayerNet

POSITIVE = (31, 119, 180)  # blue: positive weights / values
NEGATIVE = (217, 72, 15)  # orange-red: negative weights / values
CLASS_COLORS = ["#1f77b4", "#d9480f", "#2ca02c", "#9467bd", "#8c564b",
                "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#ff7f0e"]
MAX_SHOWN = 12  # at most this many neurons per column, so at most 12x12 lines per layer pair


def diverging_rgba(values: np.ndarray, scale: float) -> np.ndarray:
    """Map values to RGBA uint8: white at 0, blue for positive, orange-red for negative."""
    t = np.clip(np.nan_to_num(values / scale) if scale > 0 else np.zeros_like(values), -1.0, 1.0)
    mag = np.abs(t)[..., None]
    colour = np.where((t >= 0)[..., None], np.array(POSITIVE), np.array(NEGATIVE))
    rgb = 255.0 * (1.0 - mag) + colour * mag
    alpha = np.full(t.shape + (1,), 255.0)
    return np.concatenate([rgb, alpha], axis=-1).astype(np.uint8)


def region_rgba(probs: np.ndarray) -> np.ndarray:
    """Decision-region colours (n, 4) uint8: each point tinted by its class, stronger when confident."""
    palette = np.array([QColor(CLASS_COLORS[c % len(CLASS_COLORS)]).getRgb()[:3]
                        for c in range(probs.shape[1])], dtype=np.float64)
    confidence = probs.max(axis=1, keepdims=True)
    strength = 0.12 + 0.45 * (confidence - 1 / probs.shape[1]) / (1 - 1 / probs.shape[1])
    rgb = 255 * (1 - strength) + palette[probs.argmax(axis=1)] * strength
    return np.concatenate([rgb, np.full((len(rgb), 1), 255.0)], axis=1).astype(np.uint8)


def shown_indices(n: int) -> np.ndarray:
    """Which neurons of an n-neuron layer are drawn: all, or MAX_SHOWN-2 spread evenly."""
    if n <= MAX_SHOWN:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, MAX_SHOWN - 2).round().astype(int))


def plane_grid(x: np.ndarray, grid: int) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """``grid`` x ``grid`` points (row by row, top row = high y) over 2-D data x, padded by 10 %."""
    lo, hi = x.min(axis=0), x.max(axis=0)
    pad = 0.1 * np.maximum(hi - lo, 1e-6)
    x0, y0, x1, y1 = lo[0] - pad[0], lo[1] - pad[1], hi[0] + pad[0], hi[1] + pad[1]
    gx, gy = np.meshgrid(np.linspace(x0, x1, grid), np.linspace(y1, y0, grid))
    return np.stack([gx.ravel(), gy.ravel()], axis=1), (x0, y0, x1, y1)


def network_of(snapshot: Any) -> MultiLayerNet:
    """A MultiLayerNet with the snapshot's parameters (NetworkSnapshot or any object alike)."""
    if hasattr(snapshot, "build_network"):
        return snapshot.build_network()
    net = MultiLayerNet(snapshot.spec, rng=np.random.default_rng(0))
    net.set_params(snapshot.params)
    return net


def to_pixmap(rgba: np.ndarray, size: float, round_clip: bool) -> QPixmap:
    """Scale an RGBA array into a square pixmap of ``size`` pixels, optionally clipped to a circle."""
    rgba = np.ascontiguousarray(rgba)
    h, w = rgba.shape[:2]
    image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    side = max(1, round(size))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if round_clip:
        path = QPainterPath()
        path.addEllipse(QRectF(0, 0, side, side))
        painter.setClipPath(path)
    painter.drawImage(QRectF(0, 0, side, side), image)
    painter.end()
    return pixmap
