"""Views of a hyperparameter search: accuracy scatters, the ranked table and the best trials' curves.

Each view is fed the list of trials so far (ranked best first) and redraws from it; none of them
keeps a copy of the search's state.  Curves and scatter items are created once and fed with
``setData``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from nnlab.hyperparameter_search import BOOK_SPACE, SearchSpace, Trial
from ui.lessons.lessons_b_common import colour

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


class TrialScatter(pg.GraphicsLayoutWidget):
    """Final validation accuracy of every trial against its learning rate and its weight decay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lr_plot = self.addPlot(row=0, col=0)
        self.wd_plot = self.addPlot(row=0, col=1)
        self.points: dict[str, pg.ScatterPlotItem] = {}
        self.regions: dict[str, pg.LinearRegionItem] = {}
        for key, plot in (("lr", self.lr_plot), ("wd", self.wd_plot)):
            plot.showGrid(x=True, y=True, alpha=0.3)
            plot.setYRange(0, 1, padding=0.02)
            plot.getAxis("bottom").enableAutoSIPrefix(False)
            region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(255, 200, 0, 40),
                                         pen=pg.mkPen(None))
            plot.addItem(region)
            self.regions[key] = region
            scatter = pg.ScatterPlotItem(size=8, pen=pg.mkPen("w", width=0.5))
            plot.addItem(scatter)
            self.points[key] = scatter
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
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
            plot.setXRange(low, high, padding=0.04)
            plot.getAxis("bottom").setTicks([[(k, power_of_ten(k)) for k in range(low, high + 1)]])

    def set_trials(self, ranked: list[Trial], best: int) -> None:
        """Draw the trials; the ``best`` first ones (the narrowing set) in red."""
        accs = [tr.final_val_acc for tr in ranked]
        brushes = [pg.mkBrush(BEST_COLOUR if k < best and tr.status == "finished" else OTHER_COLOUR)
                   for k, tr in enumerate(ranked)]
        self.points["lr"].setData(_exponents([tr.lr for tr in ranked]), accs, brush=brushes)
        self.points["wd"].setData(_exponents([tr.weight_decay for tr in ranked]), accs,
                                  brush=brushes)

    def point_count(self) -> int:
        """Number of trials drawn (for tests)."""
        return len(self.points["lr"].data)


def _cell(text: str, value: float | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if value is not None:
        item.setData(Qt.ItemDataRole.UserRole, value)
    return item


class RankedTable(QTableWidget):
    """One row per trial, best validation accuracy first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Column titles in the current language."""
        titles = ["#", self.tr("Validation"), self.tr("Training"), self.tr("Learning rate"),
                  self.tr("λ (decay)"), self.tr("Trial")]
        self.setHorizontalHeaderLabels(titles)
        self.horizontalHeaderItem(0).setToolTip(self.tr("Rank by validation accuracy"))
        self.horizontalHeaderItem(4).setToolTip(self.tr("Weight decay λ (L2)"))
        self.horizontalHeaderItem(5).setToolTip(self.tr("Trials are numbered in the order they ran"))
        self.horizontalHeaderItem(1).setToolTip(self.tr("Validation accuracy after the last epoch"))
        self.horizontalHeaderItem(2).setToolTip(self.tr("Training accuracy after the last epoch"))

    def set_trials(self, ranked: list[Trial]) -> None:
        """Fill the rows from the ranked trials."""
        self.setRowCount(len(ranked))
        for row, trial in enumerate(ranked):
            diverged = trial.status == "diverged"
            cells = [_cell(str(row + 1)),
                     _cell(self.tr("diverged") if diverged else f"{trial.final_val_acc:.3f}",
                           trial.final_val_acc),
                     _cell(f"{trial.final_train_acc:.3f}", trial.final_train_acc),
                     _cell(f"{trial.lr:.2e}", trial.lr),
                     _cell(f"{trial.weight_decay:.2e}", trial.weight_decay),
                     _cell(str(trial.index + 1))]
            for column, item in enumerate(cells):
                self.setItem(row, column, item)


class BestCurves(QWidget):
    """The best 20 trials' accuracy per epoch, validation solid and training dashed (Fig. 6-24)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.graphics = pg.GraphicsLayoutWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.graphics, 1)
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
        self.set_trials([])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate the titles on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.set_trials(self._ranked)
        super().changeEvent(event)

    def set_trials(self, ranked: list[Trial]) -> None:
        """Show the curves of the first 20 ranked trials; empty plots stay as placeholders."""
        self._ranked = list(ranked)
        self.legend_label.setText(self.tr(
            "The best trials so far, numbered by rank as in the book's Fig. 6-24: accuracy per "
            "epoch on <span style='color:%1'>━ validation</span> and <span style='color:%2'>╌ "
            "training</span> data; after the rank, the final validation accuracy.")
            .replace("%1", colour(0)).replace("%2", colour(4)))
        for k, plot in enumerate(self.plots):
            trial = ranked[k] if k < len(ranked) else None
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
        """How many plots show a trial (for tests)."""
        return min(len(self._ranked), len(self.plots))
