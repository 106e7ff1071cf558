"""Views of a hyperparameter search: the accuracy scatters and the best trials' curves.

Each view is fed the list of trials so far (ranked best first) and redraws from it; none of them
keeps a copy of the search's state.  Curves and scatter items are created once and fed with
``setData``.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnlab.hyperparameter_search import BOOK_SPACE, SearchSpace, Trial
from ui.lessons.comparison_runs import colour
from ui.retranslate import Retranslatable

BEST_COLOUR = colour(1)  # red: the trials the next range is narrowed to
OTHER_COLOUR = "#7f9fbf"
CURVE_GRID = (4, 5)  # the book's Fig. 6-24: the best 20 trials in 4 rows of 5


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(k: int) -> str:
    """'10⁻⁶' for k = -6: a tick label of a log axis."""
    return "10" + str(k).translate(SUPERSCRIPT)


def _exponents(values: list[float]) -> np.ndarray:
    """log10 of positive values: the x of a log-axis plot (pyqtgraph's log mode expects it)."""
    return np.log10(np.asarray(values, dtype=float))


class TrialScatter(Retranslatable, pg.GraphicsLayoutWidget):
    """Final validation accuracy of every trial against its learning rate and its weight decay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lr_plot = self.addPlot(row=0, col=0)
        self.wd_plot = self.addPlot(row=0, col=1)
        self.points: dict[str, pg.ScatterPlotItem] = {}  # every trial not among the best
        self.best_points: dict[str, pg.ScatterPlotItem] = {}
        self.regions: dict[str, pg.LinearRegionItem] = {}
        for key, plot in (("lr", self.lr_plot), ("wd", self.wd_plot)):
            plot.showGrid(x=True, y=True, alpha=0.3)
            plot.setYRange(0, 1, padding=0.02)
            plot.getAxis("bottom").enableAutoSIPrefix(False)
            region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(255, 200, 0, 40),
                                         pen=pg.mkPen(None))
            plot.addItem(region)
            self.regions[key] = region
            # Two items with one brush each: per-point brushes make pyqtgraph re-render every
            # symbol on each update, far too slow to redraw once per trial.
            others = pg.ScatterPlotItem(size=8, pen=pg.mkPen("w", width=0.5),
                                        brush=pg.mkBrush(OTHER_COLOUR))
            best = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=0.5),
                                      brush=pg.mkBrush(BEST_COLOUR))
            plot.addItem(others)
            plot.addItem(best)
            self.points[key], self.best_points[key] = others, best
        self._retranslate()

    def _retranslate(self) -> None:
        """Axis labels in the current language."""
        self.lr_plot.setLabel("bottom", self.tr("learning rate"))
        self.wd_plot.setLabel("bottom", self.tr("weight decay λ"))
        self.lr_plot.setLabel("left", self.tr("validation accuracy"))

    def set_space(self, space: SearchSpace) -> None:
        """Shade the ranges the next search will draw from."""
        for key, plot, r, book in (("lr", self.lr_plot, space.lr, BOOK_SPACE.lr),
                                   ("wd", self.wd_plot, space.weight_decay,
                                    BOOK_SPACE.weight_decay)):
            self.regions[key].setRegion((r.low, r.high))
            low, high = math.floor(min(r.low, book.low)), math.ceil(max(r.high, book.high))
            plot.setXRange(low, high, padding=0.12)  # room for the end labels
            plot.getAxis("bottom").setTicks([[(k, power_of_ten(k)) for k in range(low, high + 1)]])

    def set_trials(self, ranked: list[Trial], best: int) -> None:
        """Draw the trials; the ``best`` first finished ones (the narrowing set) in red."""
        finished = [tr for tr in ranked if tr.status == "finished"]
        top = {id(tr) for tr in finished[:best]}
        groups = {"best": [tr for tr in ranked if id(tr) in top],
                  "others": [tr for tr in ranked if id(tr) not in top]}
        for name, trials in groups.items():
            items = self.best_points if name == "best" else self.points
            accs = np.array([tr.final_val_acc for tr in trials], dtype=float)
            items["lr"].setData(x=_exponents([tr.lr for tr in trials]), y=accs)
            items["wd"].setData(x=_exponents([tr.weight_decay for tr in trials]), y=accs)

    def point_count(self) -> int:
        """Number of trials drawn (for tests)."""
        return len(self.points["lr"].data) + len(self.best_points["lr"].data)

    def drawn_points(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """x (log10 of the value) and y of every point in the ``key`` ("lr"/"wd") plot."""
        xs, ys = [], []
        for items in (self.best_points, self.points):
            x, y = items[key].getData()
            xs.append(np.asarray(x if x is not None else [], dtype=float))
            ys.append(np.asarray(y if y is not None else [], dtype=float))
        return np.concatenate(xs), np.concatenate(ys)


class BestCurves(Retranslatable, QWidget):
    """The best 20 trials' accuracy per epoch, validation solid and training dashed (Fig. 6-24)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.graphics = pg.GraphicsLayoutWidget()
        self.empty_hint = QLabel()  # instead of 20 empty grids before the first search
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("QLabel { color: #5e5c64; }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.empty_hint, 1)
        rows, columns = CURVE_GRID
        self.plots: list[pg.PlotItem] = []
        self.val_curves: list[pg.PlotDataItem] = []
        self.train_curves: list[pg.PlotDataItem] = []
        for k in range(rows * columns):
            plot = self.graphics.addPlot(row=k // columns, col=k % columns)
            plot.setYRange(0, 1, padding=0.02)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.hideAxis("bottom")
            if k % columns:
                plot.hideAxis("left")
            else:
                plot.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])
                plot.getAxis("left").setWidth(28)
            self.val_curves.append(plot.plot([], [], pen=pg.mkPen(colour(0), width=2)))
            self.train_curves.append(plot.plot(
                [], [], pen=pg.mkPen(colour(4), width=1.5, style=Qt.PenStyle.DashLine)))
            self.plots.append(plot)
        self._ranked: list[Trial] = []
        self._drawn: list[int | None] = [None] * len(self.plots)  # id() of the trial in each plot
        self._retranslate()
        self._draw()

    def showEvent(self, event: Any) -> None:
        """Draw what changed while the page was hidden."""
        super().showEvent(event)
        self._draw()

    def _retranslate(self) -> None:
        self.legend_label.setText(self.tr(
            "The best trials so far, numbered by rank as in the book's Fig. 6-24: accuracy per "
            "epoch on <span style='color:%1'>━ validation</span> and <span style='color:%2'>╌ "
            "training</span> data; after the rank, the final validation accuracy.")
            .replace("%1", colour(0)).replace("%2", colour(4)))
        self.empty_hint.setText(self.tr(
            "No trials yet. Press Search on the Random search tab: the best trials' curves "
            "appear here as they finish."))

    def set_trials(self, ranked: list[Trial]) -> None:
        """Show the curves of the first 20 ranked trials (drawn when the page is visible)."""
        self._ranked = list(ranked[:len(self.plots)])
        if self.isVisible():
            self._draw()

    def _draw(self) -> None:
        """Redraw only the plots whose trial changed (a title change relays out the grid)."""
        self.graphics.setVisible(bool(self._ranked))
        self.empty_hint.setVisible(not self._ranked)
        for k, plot in enumerate(self.plots):
            trial = self._ranked[k] if k < len(self._ranked) else None
            if self._drawn[k] == (None if trial is None else id(trial)) and trial is not None:
                continue
            self._drawn[k] = None if trial is None else id(trial)
            if trial is None:
                self.val_curves[k].setData([], [])
                self.train_curves[k].setData([], [])
                plot.setTitle(f"{k + 1}", size="8pt")
                continue
            epochs = np.arange(1, len(trial.val_acc) + 1)
            self.val_curves[k].setData(epochs, trial.val_acc)
            self.train_curves[k].setData(epochs[:len(trial.train_acc)], trial.train_acc)
            accuracy = ("—" if trial.status == "diverged" or not math.isfinite(trial.final_val_acc)
                        else f"{trial.final_val_acc:.2f}")
            plot.setTitle(f"{k + 1}: {accuracy}", size="8pt")

    def shown_count(self) -> int:
        """How many plots show a trial (once drawn)."""
        return sum(1 for key in self._drawn if key is not None)
