"""ComparisonPlots: the loss of each compared run beside its training and test accuracy per epoch.

Curves are created once per run (on its first data) and fed with ``setData``; the run table beside
the plots is their legend (a colour swatch per row). A run whose curves are exactly those of an
earlier run is drawn dotted over it, so both colours stay visible, and its name says "same curve
as ..." (the lesson shows that name in the table). A saved run drawn again (``saved=True``) is dotted with
triangles; it is not a row, so choosing which rows to show leaves it alone.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.retranslate import Retranslatable
from ui.sentences import filled
from ui.widgets.axes import keep_readable_height

SMOOTHING = 20  # iterations in the moving average of the plotted loss


def moving_average(values: np.ndarray, window: int = SMOOTHING) -> np.ndarray:
    """Trailing mean over ``window`` points (shorter at the start) to make noisy loss curves readable."""
    values = np.asarray(values, dtype=float)
    if values.size == 0 or window <= 1:
        return values
    cumsum = np.cumsum(np.insert(values, 0, 0.0))
    idx = np.arange(1, values.size + 1)
    lo = np.maximum(0, idx - window)
    return (cumsum[idx] - cumsum[lo]) / (idx - lo)


class ComparisonPlots(Retranslatable, QWidget):
    """A loss plot (smoothed) and an accuracy plot (solid train, dashed test), one colour per run."""

    def __init__(self, show_loss: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss_plot = pg.PlotWidget()
        self.loss_plot.showGrid(x=True, y=True, alpha=0.3)
        self.acc_plot = pg.PlotWidget()
        self.acc_plot.showGrid(x=True, y=True, alpha=0.3)
        self.acc_plot.setYRange(0, 1.0, padding=0.02)
        self.loss_curves: dict[str, pg.PlotDataItem] = {}
        self.train_curves: dict[str, pg.PlotDataItem] = {}
        self.test_curves: dict[str, pg.PlotDataItem] = {}
        self.names: dict[str, str] = {}
        self.same_as: dict[str, str] = {}
        self.saved: set[str] = set()  # keys of saved runs drawn again
        self._colour: dict[str, str] = {}
        self._losses: dict[str, list[np.ndarray]] = {}
        self._points: dict[str, tuple[list[int], list[float], list[float]]] = {}
        self.loss_plot.setVisible(show_loss)
        for plot in (self.loss_plot, self.acc_plot):
            keep_readable_height(plot)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_plot, 1)
        layout.addWidget(self.acc_plot, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.loss_plot.setLabel("bottom", self.tr("iteration"))
        self.loss_plot.setLabel("left", self.tr("training loss"))
        self.loss_plot.setTitle(self.tr("Loss (%1-iteration average)")
                                .replace("%1", str(SMOOTHING)), size="9pt")
        self.acc_plot.setLabel("bottom", self.tr("iteration"))
        self.acc_plot.setLabel("left", self.tr("accuracy"))
        self.acc_plot.setTitle(self.tr("Accuracy (solid: train, dashed: test)"), size="9pt")
        for key in self.loss_curves:
            self._rename(key)

    def add_run(self, key: str, name: str, colour: str, saved: bool = False) -> None:
        """Create (or recolour) the curves of one run, empty (``saved``: a saved run, dotted)."""
        self.names[key] = name
        if key not in self.loss_curves:
            symbol, size = ("t", 7) if saved else ("o", 5)
            self.loss_curves[key] = self.loss_plot.plot([], [])
            self.train_curves[key] = self.acc_plot.plot([], [], symbol=symbol, symbolSize=size)
            self.test_curves[key] = self.acc_plot.plot([], [], symbol=symbol, symbolSize=size)
        if saved:  # under the rows' curves: a row with the same curves stays visible on top
            self.saved.add(key)
            for curves in (self.loss_curves, self.train_curves, self.test_curves):
                curves[key].setZValue(-1)
        self.same_as.pop(key, None)
        self._style(key, colour, dotted=saved)
        self.clear_run(key)

    def _style(self, key: str, colour: str, dotted: bool = False) -> None:
        solid = Qt.PenStyle.DotLine if dotted else Qt.PenStyle.SolidLine
        dashed = Qt.PenStyle.DotLine if dotted else Qt.PenStyle.DashLine
        width = 3 if dotted else 2
        self.loss_curves[key].setPen(pg.mkPen(colour, width=width, style=solid))
        self.train_curves[key].setPen(pg.mkPen(colour, width=width, style=solid))
        self.train_curves[key].setSymbolBrush(colour)
        self.train_curves[key].setSymbolPen(colour)
        self.test_curves[key].setPen(pg.mkPen(colour, width=width, style=dashed))
        self.test_curves[key].setSymbolBrush("w")
        self.test_curves[key].setSymbolPen(colour)
        self._colour[key] = colour
        self._rename(key)

    def set_name(self, key: str, name: str) -> None:
        """Rename a run."""
        self.names[key] = name
        self._rename(key)

    def shown_name(self, key: str) -> str:
        """A run's name, with "same curve as ..." when its curves equal an earlier run's."""
        name = self.names.get(key, key)
        if key in self.same_as:
            name = filled(self.tr("%1 (same curve as %2)"), name,
                          self.names.get(self.same_as[key], self.same_as[key]))
        return name

    def _rename(self, key: str) -> None:
        self.loss_curves[key].opts["name"] = self.shown_name(key)

    def remove_run(self, key: str) -> None:
        """Delete one run's curves."""
        if key not in self.loss_curves:
            return
        self.loss_plot.removeItem(self.loss_curves.pop(key))
        self.acc_plot.removeItem(self.train_curves.pop(key))
        self.acc_plot.removeItem(self.test_curves.pop(key))
        for store in (self.names, self.same_as, self._losses, self._points):
            store.pop(key, None)
        self.saved.discard(key)

    def clear_run(self, key: str) -> None:
        """Empty one run's curves (it is about to train again)."""
        self._losses[key] = []
        self._points[key] = ([], [], [])
        for curves in (self.loss_curves, self.train_curves, self.test_curves):
            curves[key].setData([], [])

    def append_losses(self, key: str, losses: np.ndarray) -> None:
        """Add the losses of the iterations just run; redraw the smoothed loss curve."""
        self._losses[key].append(np.asarray(losses, dtype=float))
        values = np.concatenate(self._losses[key])
        self.loss_curves[key].setData(np.arange(1, values.size + 1), moving_average(values))

    def add_evaluation(self, key: str, logs: dict) -> None:
        """Add one accuracy measurement (logs of ``Callback.on_evaluate``)."""
        its, train, test = self._points[key]
        its.append(int(logs["iteration"]))
        train.append(float(logs["train_acc"]))
        test.append(float(logs["test_acc"]))
        self._draw_points(key)

    def show_curves(self, key: str, losses: np.ndarray, iterations: np.ndarray, train_acc: np.ndarray,
                    test_acc: np.ndarray) -> None:
        """Draw a whole run at once (a saved run): its losses and its accuracy measurements."""
        self.clear_run(key)
        self.append_losses(key, losses)
        self._points[key] = ([int(i) for i in iterations], [float(a) for a in train_acc],
                             [float(a) for a in test_acc])
        self._draw_points(key)

    def _draw_points(self, key: str) -> None:
        its, train, test = self._points[key]
        self.train_curves[key].setData(its, train)
        self.test_curves[key].setData(its, test)

    def mark_same(self, same: dict[str, str]) -> None:
        """Draw the runs in ``same`` (key -> earlier run with identical curves) dotted over it."""
        for key in self.loss_curves:
            was = key in self.same_as
            if key in same:
                self.same_as[key] = same[key]
            else:
                self.same_as.pop(key, None)
            if was or key in same:
                self._style(key, self._colour[key], dotted=key in same)

    def set_visible_runs(self, keys: set[str]) -> None:
        """Show only these runs' curves (saved runs stay as they are)."""
        for key in set(self.loss_curves) - self.saved:
            for curves in (self.loss_curves, self.train_curves, self.test_curves):
                curves[key].setVisible(key in keys)
