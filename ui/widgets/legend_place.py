"""Legends placed where they cover no data: the first corner or edge with no curve under it.

pyqtgraph anchors a legend at one fixed place; wherever that is, some data can run under it (the
h-error curves, a coverage curve that rises into the corner). :func:`keep_legend_clear` moves the
legend, each time the data or the plot's size changes, to the first of a few places along the
edges where no drawn point or segment lies under it, or else where the fewest do.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QTimer

# (x, y) fractions of the view box, tried in this order: the corners, then the edges' middles.
PLACES = ((1.0, 0.0), (0.0, 0.0), (1.0, 1.0), (0.0, 1.0),
          (1.0, 0.5), (0.0, 0.5), (0.5, 0.0), (0.5, 1.0))
MARGIN = 8  # px between the legend and the plot's edge
SAMPLES_PER_SEGMENT = 12  # points checked along each line segment between two data points


def covered_points(plot_item: pg.PlotItem, legend: pg.LegendItem) -> int:
    """How many of the drawn data points (and points along drawn segments) lie under ``legend``."""
    view = plot_item.getViewBox()
    area: QRectF = view.mapSceneToView(legend.sceneBoundingRect()).boundingRect()
    x0, x1 = sorted((area.left(), area.right()))
    y0, y1 = sorted((area.top(), area.bottom()))
    covered = 0
    for item in plot_item.listDataItems():
        if not item.isVisible():
            continue
        x, y = item.getData()
        if x is None or len(x) == 0:
            continue
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if item.opts.get("pen") is not None and len(x) > 1:  # a line: check along its segments too
            t = np.linspace(0.0, 1.0, SAMPLES_PER_SEGMENT, endpoint=False)[None, :]
            x = (x[:-1, None] + (x[1:, None] - x[:-1, None]) * t).ravel()
            y = (y[:-1, None] + (y[1:, None] - y[:-1, None]) * t).ravel()
        inside = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
        covered += int(np.count_nonzero(inside))
    return covered


def _anchor(legend: pg.LegendItem, place: tuple[float, float]) -> None:
    """Put the legend's corner (or edge middle) ``place`` on the same point of the plot, inset."""
    fx, fy = place
    inset = (MARGIN * (1 - 2 * fx), MARGIN * (1 - 2 * fy))
    legend.anchor(itemPos=place, parentPos=place, offset=inset)


def place_legend(plot_item: pg.PlotItem) -> None:
    """Anchor the plot's legend at the first of PLACES that covers no data (else the least)."""
    legend = plot_item.legend
    if legend is None or not legend.isVisible():
        return
    best, fewest = PLACES[0], None
    for place in PLACES:
        _anchor(legend, place)
        covered = covered_points(plot_item, legend)
        if covered == 0:
            return
        if fewest is None or covered < fewest:
            best, fewest = place, covered
    _anchor(legend, best)


def keep_legend_clear(plot: pg.PlotWidget) -> None:
    """Re-place ``plot``'s legend whenever its data, range or size change (once per event burst)."""
    plot_item = plot.getPlotItem()
    timer = QTimer(plot)
    timer.setSingleShot(True)
    timer.setInterval(0)  # once the pending range and size updates have been made
    timer.timeout.connect(lambda: place_legend(plot_item))
    view = plot_item.getViewBox()
    view.sigRangeChanged.connect(timer.start)
    view.sigResized.connect(timer.start)
    for item in plot_item.listDataItems():
        item.sigPlotChanged.connect(timer.start)
