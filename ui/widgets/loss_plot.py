"""Loss and accuracy plots of a training run, keeping earlier runs as faded curves for comparison.

Curves are created once and fed with ``setData``; long runs rely on pyqtgraph's clip-to-view and peak
downsampling, so a 10,000-iteration loss curve redraws in a few milliseconds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.retranslate import Retranslatable
from ui.widgets.axes import readable_axes
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.growing_series import GrowingSeries
from ui.widgets.plot_export import export_plot

log = logging.getLogger(__name__)

# Colour-blind friendly (Okabe-Ito), readable on white.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
_FADED_ALPHA = 120


def _finite_max(arrays: list[np.ndarray]) -> float:
    """The largest finite value in the arrays (a diverging run's inf/NaN left out); 0 when none."""
    finite = [a[np.isfinite(a)] for a in arrays]
    return max((float(a.max()) for a in finite if a.size), default=0.0)


@dataclass
class _Run:
    label: str
    series: list[GrowingSeries] = field(default_factory=list)


class _RunPlot(Retranslatable, QWidget):
    """A plot with one live run and any number of finished runs kept as faded curves."""

    _styles: tuple[Qt.PenStyle, ...] = (Qt.PenStyle.SolidLine,)
    _legend_offset = (-10, 10)  # top right (negative y: bottom)
    run_removed = Signal(int)  # index of the finished run the user removed
    runs_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w", axisItems=readable_axes())
        self.plot_item: pg.PlotItem = self.plot.getPlotItem()
        self.plot_item.showGrid(x=True, y=True, alpha=0.25)
        # The axes also draw the grid across the plot, so every curve update repaints them (a
        # Python paint holding the GIL the trainer needs). Cached, they are only redrawn from a
        # pixmap until their range changes, which the fixed x axis and the loss axis make rare.
        for name in ("left", "bottom"):
            self.plot_item.getAxis(name).setCacheMode(
                pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot_item.setClipToView(True)
        self.plot_item.setDownsampling(auto=True, mode="peak")
        self.legend = self.plot_item.addLegend(offset=self._legend_offset, labelTextSize="8pt",
                                               brush=pg.mkBrush(255, 255, 255, 110))
        self.runs: list[_Run] = []
        self.current: _Run = self._new_run()
        self._build_controls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addLayout(self._controls)
        self._retranslate()

    def _build_controls(self) -> None:
        self.run_combo = QComboBox()
        # Long run labels must not widen the plot: the combo shows ~10 characters, the list all of them.
        self.run_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.run_combo.setMinimumContentsLength(8)
        self.remove_button = QToolButton()
        self.remove_button.clicked.connect(self.remove_selected_run)
        self.clear_button = QToolButton()
        self.clear_button.clicked.connect(self.clear_runs)
        self.export_button = QToolButton()
        self.export_button.clicked.connect(self.export_with_dialog)
        self._controls = FlowLayout()  # wraps below a narrow plot instead of widening it
        self._controls.setSpacing(4)
        self._controls.addWidget(self.run_combo)
        for button in (self.remove_button, self.clear_button, self.export_button):
            self._controls.addWidget(button)
        self._update_run_controls()

    def _retranslate(self) -> None:
        self.remove_button.setText(self.tr("Remove run"))
        self.remove_button.setToolTip(self.tr("Remove the run chosen in the list from the plot"))
        self.clear_button.setText(self.tr("Clear runs"))
        self.clear_button.setToolTip(self.tr("Remove all earlier runs kept for comparison"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the plot as a PNG or SVG file"))
        self.plot_item.setLabel("bottom", self.tr("iteration"))
        self._set_axis_labels()

    def _set_axis_labels(self) -> None:
        """Subclasses label their y axis."""

    def _style_symbols(self, curve: pg.PlotDataItem, index: int, k: int, faded: bool) -> None:
        """Subclasses that draw points colour them like their run."""

    def _pen(self, index: int, style: Qt.PenStyle, faded: bool) -> pg.QtGui.QPen:
        colour = pg.mkColor(PALETTE[index % len(PALETTE)])
        if faded:
            colour.setAlpha(_FADED_ALPHA)
        return pg.mkPen(colour, width=1.5 if faded else 2.2, style=style)

    def _new_run(self) -> _Run:
        run = _Run("")
        for style in self._styles:
            # The live curve is redrawn ~15 times a second while the trainer shares the GIL with
            # this thread; without antialiasing a noisy 10,000-point path draws several times faster.
            curve = self.plot_item.plot(pen=self._pen(len(self.runs), style, False), connect="finite",
                                        antialias=False)
            run.series.append(GrowingSeries(curve))
        return run

    # --- public API ---------------------------------------------------------------------------
    def plan_iterations(self, iterations: int) -> None:
        """Fix the x axis to 0..iterations (or the longest kept run) for the run about to start.

        A fixed axis shows how far the run has come, and spares redrawing the axis on every update
        (an x range that grows with each point re-lays out the ticks each time).
        """
        longest = max((float(s.x[s.n - 1]) for run in self.runs for s in run.series if s.n),
                      default=0.0)
        self.plot_item.setXRange(0, max(float(iterations), longest, 1.0), padding=0.02)

    def reset_current(self) -> None:
        """Forget the live run's points (keeps earlier runs)."""
        for series in self.current.series:
            self._remove_curve(series.curve)
        self.current = self._new_run()

    def finish_run(self, label: str) -> None:
        """Keep the live run as a faded curve named ``label`` and start an empty live run."""
        run = self.current
        if not any(series.n for series in run.series):
            return
        run.label = label
        index = len(self.runs)
        for k, series in enumerate(run.series):
            series.curve.setPen(self._pen(index, self._styles[k], True))
            self._style_symbols(series.curve, index, k, faded=True)
            if k == 0:
                self.legend.addItem(series.curve, label)
        self.runs.append(run)
        self.current = self._new_run()
        self._update_run_controls()

    def add_saved_run(self, label: str, columns: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """Show a run that is not live (a saved one): its (x, y) columns as a faded curve ``label``."""
        self.reset_current()
        for series, (x, y) in zip(self.current.series, columns, strict=True):
            series.extend(x, y)
        self.finish_run(label)

    def run_labels(self) -> list[str]:
        """Labels of the finished runs kept for comparison, oldest first."""
        return [run.label for run in self.runs]

    def remove_selected_run(self) -> None:
        """Remove the run chosen in the combo box (emits run_removed)."""
        index = self.run_combo.currentIndex()
        if self.remove_run(index):
            self.run_removed.emit(index)

    def remove_run(self, index: int) -> bool:
        """Remove finished run number ``index`` (oldest is 0); False when there is none."""
        if not 0 <= index < len(self.runs):
            return False
        self._remove_run(self.runs.pop(index))
        self._update_run_controls()
        return True

    def clear_runs(self) -> None:
        """Remove every finished run (emits runs_cleared)."""
        while self.runs:
            self._remove_run(self.runs.pop())
        self._update_run_controls()
        self.runs_cleared.emit()

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the legend (when another plot beside this one names the same runs)."""
        self.legend.setVisible(visible)

    def set_run_controls_visible(self, visible: bool) -> None:
        """Show or hide the row of run controls (when another plot's row manages the same runs)."""
        for widget in (self.run_combo, self.remove_button, self.clear_button, self.export_button):
            widget.setVisible(visible)

    def export_to(self, path: str | Path) -> Path:
        """Write the plot to ``path``: SVG when the suffix is .svg, otherwise a PNG image."""
        legend_hidden = not self.legend.isVisible()
        self.legend.setVisible(True)  # a saved plot must name its runs, even where the window doesn't
        try:
            return export_plot(self.plot, path, self.tr("nnlab plot"))
        finally:
            self.legend.setVisible(not legend_hidden)

    # --- internals ------------------------------------------------------------------------------
    def _remove_run(self, run: _Run) -> None:
        for series in run.series:
            self.legend.removeItem(series.curve)
            self._remove_curve(series.curve)

    def _remove_curve(self, curve: pg.PlotDataItem) -> None:
        self.plot_item.removeItem(curve)

    def _update_run_controls(self) -> None:
        self.run_combo.clear()
        self.run_combo.addItems(self.run_labels())
        self.run_combo.setCurrentIndex(len(self.runs) - 1)
        has_runs = bool(self.runs)
        for widget in (self.run_combo, self.remove_button, self.clear_button):
            widget.setEnabled(has_runs)

    def export_with_dialog(self) -> None:
        """Ask for a file name and export the plot there (a message when it cannot be written)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export plot"), "plot.png", self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        try:
            self.export_to(path)
        except OSError as exc:
            log.exception("plot export failed")
            QMessageBox.warning(self, self.tr("Export plot"),
                                self.tr("Could not write the file:\n%1").replace("%1", str(exc)))


class LossPlot(_RunPlot):
    """Training loss per iteration of the live run, plus earlier runs faded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.log_check = QCheckBox()
        self._y_top = 0.0  # highest finite loss of the shown runs
        super().__init__(parent)
        self.log_check.toggled.connect(self._on_log_check_toggled)
        # Above the plot, right-aligned: a plot option, and the run controls below stay narrow.
        options = QHBoxLayout()
        options.addStretch(1)
        options.addWidget(self.log_check)
        self.layout().insertLayout(0, options)

    def _set_axis_labels(self) -> None:
        self.plot_item.setLabel("left", self.tr("loss"))
        self.log_check.setText(self.tr("Log scale"))
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis"))

    def append(self, iterations: np.ndarray, losses: np.ndarray) -> None:
        """Add the losses of the given iterations to the live run."""
        self.current.series[0].extend(iterations, losses)
        top = _finite_max([np.asarray(losses, dtype=np.float64)])
        if top > self._y_top:
            self._y_top = top
            self._apply_y_range()

    def plan_iterations(self, iterations: int) -> None:
        """Fix the x axis for the coming run; the y axis runs from 0 to the highest loss so far.

        Losses are never negative and their highest value comes early, so the axis settles at
        once instead of moving (and re-laying out its ticks) every time the loss reaches a new low.
        """
        super().plan_iterations(iterations)
        self._y_top = _finite_max([s.y[:s.n] for run in self.runs for s in run.series])
        self._apply_y_range()

    def _apply_y_range(self) -> None:
        if self.log_check.isChecked() or self._y_top <= 0:
            self.plot_item.enableAutoRange(y=True)  # a log axis has no 0; let it follow the data
        else:
            self.plot_item.setYRange(0.0, self._y_top, padding=0.04)

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (iterations, losses) of the live run."""
        return self.current.series[0].data()

    def _on_log_check_toggled(self, checked: bool) -> None:
        self.plot_item.setLogMode(y=checked)
        self._apply_y_range()


class AccuracyPlot(_RunPlot):
    """Train (solid) and test (dashed) accuracy at each evaluation of the live run, plus earlier runs."""

    _styles = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine)
    _legend_offset = (-10, -10)  # bottom right: accuracy curves climb to the top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_item.setYRange(0.0, 1.0)

    def _set_axis_labels(self) -> None:
        self.plot_item.setLabel("left", self.tr("accuracy"))
        self.plot_item.setTitle(self.tr("solid: train · dashed: test"), size="8pt")

    def _new_run(self) -> _Run:
        run = super()._new_run()
        for k, series in enumerate(run.series):
            series.curve.setSymbol("o")
            series.curve.setSymbolSize(5)
            self._style_symbols(series.curve, len(self.runs), k, faded=False)
        return run

    def _style_symbols(self, curve: pg.PlotDataItem, index: int, k: int, faded: bool) -> None:
        """Points in the run's colour: filled for training accuracy, hollow for test accuracy."""
        colour = pg.mkColor(PALETTE[index % len(PALETTE)])
        if faded:
            colour.setAlpha(_FADED_ALPHA)
        curve.setSymbolPen(pg.mkPen(colour, width=1.2))
        curve.setSymbolBrush(pg.mkBrush(colour) if k == 0 else pg.mkBrush(255, 255, 255, 0))

    def add_point(self, iteration: int, train_acc: float, test_acc: float) -> None:
        """Add one evaluation of the live run."""
        self.add_points(np.array([iteration]), np.array([train_acc]), np.array([test_acc]))

    def add_points(self, iterations: np.ndarray, train_acc: np.ndarray, test_acc: np.ndarray) -> None:
        """Add several evaluations of the live run at once (one redraw)."""
        x = np.asarray(iterations, dtype=np.float64)
        self.current.series[0].extend(x, np.asarray(train_acc, dtype=np.float64))
        self.current.series[1].extend(x, np.asarray(test_acc, dtype=np.float64))

    def data(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (iterations, train accuracies, test accuracies) of the live run."""
        x, train = self.current.series[0].data()
        return x, train, self.current.series[1].data()[1]
