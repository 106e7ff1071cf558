"""Lesson 10: overfitting and regularisation — train/test gap and weight histograms (chapter 6).

A saved run keeps the quantiles of its final weights (``weight_quantiles``), so its histogram is
drawn again beside the rows' on the same bins.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from nnlab.comparisons import RunSettings
from nnlab.experiments import (
    histogram_limit,
    quantile_shares,
    weight_quantiles,
    weight_shares,
    weight_values,
)
from nnlab.run_store import SavedRun
from nnlab.trainer import History, Trainer
from ui.lessons.comparison_runs import default_data
from ui.lessons.curves_comparison import CurvesComparison
from ui.percent import TABLE_DIGITS, percent_text
from ui.widgets.axes import keep_readable_height

BINS = 60


class OverfittingWidget(CurvesComparison):
    """Regularisation settings, one row each, on 300 images: accuracy, loss and the final weights."""

    COMPARISON = "overfitting"
    COLUMNS = ("name", "optimizer", "lr", "l2", "l1", "dropout", "status")
    RUN_TEXT = QT_TRANSLATE_NOOP("RunBar", "Train every run")
    DEFAULT_PRESET = "notes"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.weights: dict[str, np.ndarray] = {}
        self.weight_curves: dict[str, pg.PlotDataItem] = {}
        self.saved_weights: dict[str, tuple[np.ndarray, pg.PlotDataItem]] = {}  # quantiles, curve
        self.weight_plot = pg.PlotWidget()
        self.weight_plot.showGrid(x=True, y=False, alpha=0.3)
        self.weight_plot.getAxis("bottom").enableAutoSIPrefix(False)  # ±0.4, not "±400 (x0.001)"
        self.weight_plot.getAxis("left").enableAutoSIPrefix(False)
        keep_readable_height(self.weight_plot)
        self.show_combo = QComboBox()
        self.show_label = QLabel()
        super().__init__(parent)
        self.acc_plot = self.plots.acc_plot
        self.train_curves, self.test_curves = self.plots.train_curves, self.plots.test_curves
        # the accuracy plot (the gap) large; loss and weights beside it, one above the other, so the
        # three stay readable in a narrow pane
        plots_layout = self.plots.layout()
        plots_layout.removeWidget(self.plots.loss_plot)
        side = QVBoxLayout()
        side.addWidget(self.plots.loss_plot)
        side.addWidget(self.weight_plot)
        plots_layout.addLayout(side)
        plots_layout.setStretch(0, 3)
        plots_layout.setStretch(1, 2)
        self.add_option(self.show_label, self.show_combo)
        self.show_combo.currentIndexChanged.connect(self._update_visibility)
        self._fill_show_combo()
        self._retranslate()

    def kind_name(self, kind: str) -> str:
        """Translated display name of a run."""
        return self.name_of_key(kind) if kind in self.table.row_keys() else kind

    def note_text(self) -> str:
        """The data, the network and what the plots show."""
        data, _ = default_data()
        setup = self.setup()
        return (self.tr("Only %1 training images, network %2 with ReLU, batch %3. Each row is one "
                        "run with its own λ and dropout ratio. Accuracy: solid training, dashed "
                        "test; the space between them is overfitting.")
                .replace("%1", str(setup.train_size))
                .replace("%2", setup.shape_text(data.input_size, data.n_classes))
                .replace("%3", str(setup.batch_size)))

    def _retranslate(self) -> None:
        super()._retranslate()
        if not hasattr(self, "plots"):
            return
        self.show_label.setText(self.tr("Show:"))
        self._fill_show_combo()
        self.weight_plot.setTitle(self.tr("All weights after training"), size="9pt")
        self.weight_plot.setLabel("bottom", self.tr("weight value"))
        self.weight_plot.setLabel("left", self.tr("share of the weights"))

    def _fill_show_combo(self) -> None:
        chosen = self.show_combo.currentData()
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        self.show_combo.addItem(self.tr("all runs"), "all")
        for key in self.table.row_keys():
            self.show_combo.addItem(self.kind_name(key), key)
        index = self.show_combo.findData(chosen)
        self.show_combo.setCurrentIndex(max(index, 0))
        self.show_combo.blockSignals(False)

    # --- drawing hooks --------------------------------------------------------------------------
    def row_added(self, run: RunSettings) -> None:
        """Curves and a (hidden until trained) weight histogram in the row's colour."""
        super().row_added(run)
        curve = self.weight_curves.get(run.key)
        if curve is None:
            curve = self.weight_curves[run.key] = pg.PlotDataItem([0, 1], [0], stepMode="center")
            self.weight_plot.addItem(curve)
        curve.setPen(pg.mkPen(self.table.colour_of(run.key), width=2))
        curve.setVisible(False)
        self._fill_show_combo()

    def row_removed(self, key: str) -> None:
        """Delete the row's curves and histogram."""
        super().row_removed(key)
        curve = self.weight_curves.pop(key, None)
        if curve is not None:
            self.weight_plot.removeItem(curve)
        self.weights.pop(key, None)
        self._fill_show_combo()

    def run_cleared(self, run_key: str) -> None:
        """The run trains again: its histogram goes until it has new weights."""
        super().run_cleared(run_key)
        self.weights.pop(run_key, None)
        if run_key in self.weight_curves:
            self.weight_curves[run_key].setData([0, 1], [0])
        self._update_visibility()

    def run_done(self, run_key: str, history: History) -> None:
        """Histogram of the trained network's weights (its thread has ended: reading it is safe)."""
        super().run_done(run_key, history)
        trainer = self.queue.trainers.get(run_key)
        if trainer is not None and run_key in self.weight_curves:
            self.weights[run_key] = weight_values(trainer.net.params)
        self._draw_weight_histograms()

    def _draw_weight_histograms(self) -> None:
        """Every histogram on the same bins, wide enough for the rows' and the saved runs' weights."""
        limits = [histogram_limit(list(self.weights.values()))] if self.weights else []
        limits += [histogram_limit([q]) for q, _ in self.saved_weights.values()]
        if not limits:
            return
        limit = max(limits)
        edges = np.linspace(-limit, limit, BINS + 1)
        for key, values in self.weights.items():
            self.weight_curves[key].setData(edges, weight_shares(values, edges))
        for quantiles, curve in self.saved_weights.values():
            curve.setData(edges, quantile_shares(quantiles, edges))
        self._update_visibility()

    # --- saved runs -----------------------------------------------------------------------------
    def saved_arrays(self, trainer: Trainer) -> dict[str, Callable[[], np.ndarray]]:
        """The quantiles of the trained network's weights, to draw its histogram again.

        The run's thread has ended and a new run builds a new network, so the worker may read these.
        """
        params = dict(trainer.net.params)
        return {"weight_quantiles": lambda: weight_quantiles(weight_values(params))}

    def draw_saved_run(self, key: str, run: SavedRun, colour: str) -> str:
        """Its curves, and its weight histogram when the run kept one."""
        note = super().draw_saved_run(key, run, colour)
        quantiles = run.arrays.get("weight_quantiles")
        if quantiles is None or quantiles.size < 2:
            missing = self.tr("no weight histogram: saved before runs kept one")
            return f"{note}; {missing}" if note else missing
        curve = pg.PlotDataItem([0, 1], [0], stepMode="center",
                                pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DotLine))
        self.weight_plot.addItem(curve)
        self.saved_weights[key] = (quantiles, curve)
        self._draw_weight_histograms()
        return note

    def erase_saved_run(self, key: str) -> None:
        """Its curves and its histogram."""
        super().erase_saved_run(key)
        if key in self.saved_weights:
            self.weight_plot.removeItem(self.saved_weights.pop(key)[1])
            self._draw_weight_histograms()

    @Slot()
    def _update_visibility(self) -> None:
        """Show every run or only the one chosen in "Show"."""
        chosen = self.show_combo.currentData()
        keys = {k for k in self.table.row_keys() if chosen in ("all", k)}
        self.plots.set_visible_runs(keys)
        for key, curve in self.weight_curves.items():
            curve.setVisible(key in keys and key in self.weights)

    def result_text(self, row: str) -> str:
        """Train and test accuracy at the end and the gap between them."""
        history = self.histories.get(row)
        if history is None or not history.train_acc or history.status == "diverged":
            return super().result_text(row)
        train, test = history.train_acc[-1], history.test_acc[-1]
        gap = percent_text(train - test, TABLE_DIGITS, signed=True)
        return self.tr("train %1, test %2, gap %3").replace("%1", percent_text(train, TABLE_DIGITS)).replace(
            "%2", percent_text(test, TABLE_DIGITS)).replace("%3", gap)
