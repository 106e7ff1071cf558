"""Lesson 9: batch normalisation — the book's grid of weight scales, each with and without it.

Each run of a row trains at one weight scale and is saved as such; a saved run shown again is
drawn dotted into the small plot of its scale (when the grid has that scale).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QWidget

from nnlab.comparisons import BOOK_WEIGHT_SCALES, RunSettings, make_trainer, scale_init
from nnlab.experiments import batch_norm_helped, weight_scales
from nnlab.run_store import SavedRun
from nnlab.trainer import History, Trainer
from ui.lessons.comparison_base import ComparisonLesson
from ui.lessons.comparison_runs import default_data
from ui.widgets.axes import PLOT_MIN_LINES, ReadableAxis
from ui.widgets.playground_layout import ColumnScrollArea

SCALE_COUNTS = (4, 8, 16)  # 16: the book's np.logspace(0, -4, 16)
COLUMNS = 4
DIVERGED_COLOUR = "#c01c28"
SMALLEST_SCALE = float(BOOK_WEIGHT_SCALES[-1])
SHOWN = ("train", "test")


def run_key(scale_index: int, with_bn: bool | str) -> str:
    """Key of one run in the queue: scale index and its row ("bn", "plain" or an added row)."""
    row = with_bn if isinstance(with_bn, str) else ("bn" if with_bn else "plain")
    return f"{scale_index}:{row}"


def scale_index(scales: Sequence[float], scale: float) -> int | None:
    """Which of ``scales`` is ``scale`` (as saved, to 6 digits); None when none is."""
    for i, candidate in enumerate(scales):
        if math.isclose(candidate, scale, rel_tol=1e-5):
            return i
    return None


class BatchNormWidget(ComparisonLesson):
    """Small multiples: per initial weight scale, accuracy of every row (with and without batch norm)."""

    COMPARISON = "batch_norm"
    COLUMNS = ("name", "batch_norm", "optimizer", "lr", "status")
    RUN_TEXT = QT_TRANSLATE_NOOP("RunBar", "Train with and without batch norm")
    DEFAULT_PRESET = "book"
    MAX_ITERATIONS = 5000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scales = weight_scales(16, smallest=SMALLEST_SCALE)
        self.points: dict[str, tuple[list[int], list[float], list[float]]] = {}
        self.scales_combo = QComboBox()
        for n in SCALE_COUNTS:
            self.scales_combo.addItem(str(n), n)
        self.scales_combo.setCurrentIndex(SCALE_COUNTS.index(16))
        self.shown_combo = QComboBox()
        for name in SHOWN:
            self.shown_combo.addItem("", name)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.legend_label.setMinimumWidth(60)
        self.view = pg.GraphicsLayoutWidget()
        # Each small plot keeps a readable height (title, curves, iteration ticks); when the
        # lesson pane is short (1024 × 768) the grid scrolls instead of squeezing them.
        self.plots_area = ColumnScrollArea()  # as wide as the grid needs, scrolled up and down
        self.plots_area.setWidgetResizable(True)
        self.plots_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.plots_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plots_area.setWidget(self.view)
        self.plots: list[pg.PlotItem] = []
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.saved_curves: dict[str, tuple[pg.PlotItem, pg.PlotDataItem]] = {}  # saved runs, by key
        self.notes: list[pg.LabelItem] = []  # per plot: which run diverged, if any
        layout = self.standard_layout(self.plots_area)
        self.add_option(self.labels[0], self.scales_combo)
        row = QHBoxLayout()  # the legend, and which accuracy the curves show
        row.addWidget(self.legend_label, 1)
        row.addWidget(self.labels[2])
        row.addWidget(self.shown_combo)
        layout.insertLayout(layout.indexOf(self.plots_area), row)
        self.labels[1] = self.iterations_label
        self.scales_combo.currentIndexChanged.connect(self._on_scales_changed)
        self.shown_combo.currentIndexChanged.connect(self._redraw)
        self.iterations_spin.valueChanged.connect(self._span_iterations)
        self.queue.all_finished.connect(self._on_queue_all_finished_summary)
        self._build_plots()
        self.load_preset(self.DEFAULT_PRESET)

    def note_text(self) -> str:
        """The network, the data and how long each run is."""
        data, _ = default_data()
        setup = self.setup()
        epochs = self.iterations_spin.value() * setup.batch_size / setup.train_size
        return (self.tr("Network %1 with ReLU, %2 training images, batch %3: %4 iterations are %5 "
                        "epochs (the book trains 20). Each small plot starts from weights with a "
                        "different standard deviation, largest top left, as in the book's figure.")
                .replace("%1", setup.shape_text(data.input_size, data.n_classes))
                .replace("%2", f"{setup.train_size:,}").replace("%3", str(setup.batch_size))
                .replace("%4", str(self.iterations_spin.value())).replace("%5", f"{epochs:g}"))

    def _retranslate(self) -> None:
        super()._retranslate()
        if not hasattr(self, "view"):
            return
        self.labels[0].setText(self.tr("Weight scales:"))
        self.labels[2].setText(self.tr("Show:"))
        self.shown_combo.setItemText(0, self.tr("training accuracy (book)"))
        self.shown_combo.setItemText(1, self.tr("test accuracy"))
        self.legend_label.setText(" &nbsp; ".join(
            f"<span style='color:{self.table.colour_of(k)}'>{'━' if i == 0 else '╌'} "
            f"{self.name_of_key(k)}</span>" for i, k in enumerate(self.table.row_keys())))
        for plot, scale in zip(self.plots, self.scales, strict=True):
            plot.setTitle(self.tr("std = %1").replace("%1", f"{scale:.2g}"), size="8pt")
        self._update_notes()
        self._update_summary()

    # --- runs: one per (scale, row) -------------------------------------------------------------
    def run_keys(self, row_key: str) -> list[str]:
        """One run per weight scale."""
        return [run_key(i, row_key) for i in range(len(self.scales))]

    def row_of(self, run_key_: str) -> str:
        """The row of a "scale:row" key."""
        return run_key_.split(":", 1)[1]

    def build_trainer(self, run_key_: str) -> Trainer:
        """The row's settings with the weights of its scale."""
        data, _ = default_data()
        scale = self.scales[int(run_key_.split(":", 1)[0])]
        return make_trainer(self.table.run(self.row_of(run_key_)), self.setup(), data,
                            iterations=self.iterations_spin.value(), init=scale_init(scale))

    def row_added(self, run: RunSettings) -> None:
        """Curves of the new row in every small plot."""
        self._add_row_curves(run.key)
        self._retranslate()

    def row_removed(self, key: str) -> None:
        """Delete the row's curves."""
        for i, plot in enumerate(self.plots):
            curve = self.curves.pop(run_key(i, key), None)
            if curve is not None:
                plot.removeItem(curve)
            self.points.pop(run_key(i, key), None)

    def _add_row_curves(self, key: str) -> None:
        if key not in self.table.row_keys():
            return
        dashed = self.table.row_keys().index(key) > 0
        pen = pg.mkPen(self.table.colour_of(key), width=2,
                       style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        for i, plot in enumerate(self.plots):
            k = run_key(i, key)
            if k not in self.curves:
                self.curves[k] = plot.plot([], [])
            self.curves[k].setPen(pen)

    def run_cleared(self, run_key_: str) -> None:
        """Empty a run's curve."""
        self.points.pop(run_key_, None)
        if run_key_ in self.curves:
            self.curves[run_key_].setData([], [])
        self._update_notes()

    def run_evaluated(self, run_key_: str, logs: dict) -> None:
        """Add a measurement and redraw the run's curve."""
        its, train, test = self.points.setdefault(run_key_, ([], [], []))
        its.append(int(logs["iteration"]))
        train.append(float(logs["train_acc"]))
        test.append(float(logs["test_acc"]))
        self._draw(run_key_)

    def run_done(self, run_key_: str, history: History) -> None:
        """A diverged run is named in its plot."""
        if history.status == "diverged":
            self._update_notes()

    def _draw(self, key: str) -> None:
        if key not in self.curves:
            return
        points = self.points.get(key)
        if not points:
            self.curves[key].setData([], [])
            return
        its, train, test = points
        self.curves[key].setData(its, train if self.shown_combo.currentData() == "train" else test)

    @Slot()
    def _redraw(self) -> None:
        for key in self.curves:
            self._draw(key)
        self.overlays.redraw()

    # --- saved runs -----------------------------------------------------------------------------
    def saved_name(self, run_key_: str) -> str:
        """The row's name and settings, and the weight scale of this run."""
        scale = self.scales[int(run_key_.split(":", 1)[0])]
        return f"{super().saved_name(run_key_)} · std {scale:.2g}"

    def draw_saved_run(self, key: str, run: SavedRun, colour: str) -> str:
        """Dotted, into the small plot of the run's weight scale (if the grid has it)."""
        init = str((run.settings.get("spec") or {}).get("init", ""))
        scale = float(init[4:]) if init.startswith("std:") else math.nan
        index = scale_index(self.scales, scale)
        if index is None:
            counts = [n for n in SCALE_COUNTS
                      if scale_index(weight_scales(n, smallest=SMALLEST_SCALE), scale) is not None]
            if counts:
                return self.tr("std %1 is not among these plots: choose %2 weight scales").replace(
                    "%1", f"{scale:.2g}").replace("%2", str(counts[0]))
            return self.tr("trained at other initial weights than these plots show")
        values = run.train_acc if self.shown_combo.currentData() == "train" else run.test_acc
        plot = self.plots[index]
        self.saved_curves[key] = plot, plot.plot(
            run.eval_iterations, values, pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DotLine))
        self._span_iterations()
        if run.status == "diverged":  # its curve stops early (or never starts): say why
            return self.tr("diverged at iteration %1").replace("%1", str(run.final.get("iterations", 0) + 1))
        return ""

    def erase_saved_run(self, key: str) -> None:
        """Take the run's curve out of its small plot."""
        if key in self.saved_curves:
            plot, curve = self.saved_curves.pop(key)
            plot.removeItem(curve)
            self._span_iterations()

    # --- plots ----------------------------------------------------------------------------------
    def _update_notes(self) -> None:
        """Say in red under a small plot which of its runs diverged (it has little or no curve)."""
        for i, note in enumerate(self.notes):
            lines = []
            for key in self.table.row_keys():
                history = self.histories.get(run_key(i, key))
                if history is not None and history.status == "diverged":
                    # iterations_done counts the updates before the one whose loss was NaN/inf
                    # two short lines (a name, then what happened): a note must not widen its column
                    lines.append(self.tr("%1:").replace("%1", self.name_of_key(key)) + "<br>" + self.tr(
                        "diverged at iteration %1").replace("%1", str(history.iterations_done + 1)))
            note.setText("<br>".join(lines), color=DIVERGED_COLOUR, size="8pt")
            note.setVisible(bool(lines))
            # a hidden note takes no room: the row under a plot exists only when there is something to say
            note.setMaximumHeight(1000 if lines else 0)

    def _build_plots(self) -> None:
        """The book's grid: one small plot per scale with a curve for each row, a note row under each."""
        self.view.clear()
        self.plots, self.curves, self.notes = [], {}, []
        for i, scale in enumerate(self.scales):
            row, col = divmod(i, COLUMNS)
            plot = self.view.addPlot(row=2 * row, col=col, axisItems={"bottom": ReadableAxis("bottom")})
            plot.setYRange(0, 1, padding=0.02)
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")], []])
            if col:  # one accuracy axis per row of plots: they share it (0 to 1)
                plot.getAxis("left").setStyle(showValues=False)
                plot.getAxis("left").setWidth(4)
            plot.setTitle(self.tr("std = %1").replace("%1", f"{scale:.2g}"), size="8pt")
            # under the plot, never on its curves
            note = self.view.addLabel("", row=2 * row + 1, col=col)
            self.plots.append(plot)
            self.notes.append(note)
        rows = -(-len(self.scales) // COLUMNS)
        self.view.setMinimumHeight(rows * PLOT_MIN_LINES * self.fontMetrics().lineSpacing())
        for key in self.table.row_keys():
            self._add_row_curves(key)
        self._span_iterations()
        self._update_notes()
        self.saved_curves = {}  # they went with the old plots
        self.overlays.redraw()

    @Slot()
    def _span_iterations(self) -> None:
        """Every small plot spans the iterations of the runs to come (and of longer saved runs)."""
        saved = [self.overlays.runs[key].eval_iterations for key in self.saved_curves]
        longest = max([self.iterations_spin.value()] + [float(x[-1]) for x in saved if x.size])
        for plot in self.plots:
            plot.setXRange(0, longest, padding=0.02)

    @Slot(int)
    def _on_scales_changed(self, index: int) -> None:
        self.discard_running()  # the runs in the queue belong to the old scales
        self.scales = weight_scales(self.scales_combo.currentData(), smallest=SMALLEST_SCALE)
        self.points, self.histories, self._ran = {}, {}, {}
        self._build_plots()
        self._retranslate()
        self.refresh_statuses()

    def _update_controls(self) -> None:
        super()._update_controls()
        if hasattr(self, "scales_combo"):
            self.scales_combo.setToolTip(self.tr(
                "Other scales mean other plots: choosing them now cancels the runs in progress.")
                if self.queue.is_running() else "")

    @Slot(bool)
    def _on_queue_all_finished_summary(self, complete: bool) -> None:
        if complete:
            self._update_summary()

    def update_summary(self) -> None:
        """The best run by final test accuracy over every scale is not the point here: see the status."""
        self.result_label.setText("")

    def status_text(self, key: str) -> str:
        """While a row trains, also how many of its scales are done."""
        text = super().status_text(key)
        if self.table.is_locked(key) or text == self.tr("waiting"):
            text += " " + self.result_text(key)
        return text

    def result_text(self, row: str) -> str:
        """How many scales of this row have finished."""
        done = sum(run_key(i, row) in self.histories for i in range(len(self.scales)))
        return self.tr("%1 of %2 scales done").replace("%1", str(done)).replace(
            "%2", str(len(self.scales)))

    def _update_summary(self) -> None:
        keys = self.table.row_keys()
        if "bn" not in keys or "plain" not in keys:
            return
        wins = compared = diverged = 0
        for i in range(len(self.scales)):
            with_bn = self.histories.get(run_key(i, "bn"))
            without = self.histories.get(run_key(i, "plain"))
            outcome = batch_norm_helped(with_bn, without)
            if outcome is not None:
                compared += 1
                wins += outcome
                diverged += without.status == "diverged"
        if not compared:
            return
        if diverged:
            text = self.tr("Done. Batch norm ended higher at %1 of %2 scales; without it, training "
                           "diverged at %3 of them.").replace("%3", str(diverged))
        else:
            text = self.tr("Done. Batch norm ended higher at %1 of %2 scales.")
        self.run_bar.set_status(text.replace("%1", str(wins)).replace("%2", str(compared)))
