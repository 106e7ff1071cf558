"""Lesson 9: batch normalisation — learning with and without it over a range of weight scales."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnlab.experiments import batch_norm_helped, batch_norm_specs, weight_scales
from nnlab.network import MultiLayerNet
from nnlab.optimizers import SGD
from nnlab.trainer import History, Trainer
from ui.lessons.base import Lesson
from ui.lessons.data_line import data_line
from ui.lessons.lessons_b_common import (RunBar, RunQueue, RunSpec, default_data,
                                         setup_plot_defaults)

SCALE_COUNTS = (4, 6, 8)
TRAIN_SIZE = 1000
BATCH = 100
COLUMNS = 4
WITH_BN_PEN = ("#d62728", 2)
WITHOUT_BN_PEN = ("#1f77b4", 2)
DIVERGED_COLOUR = "#c01c28"


def run_key(scale_index: int, with_bn: bool) -> str:
    """Key of one run in the queue: scale index and whether batch norm is on."""
    return f"{scale_index}:{'bn' if with_bn else 'plain'}"


class BatchNormWidget(QWidget):
    """Small multiples: per initial weight scale, training accuracy with and without batch norm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.scales = weight_scales(6)
        self.points: dict[str, tuple[list[int], list[float]]] = {}
        self.histories: dict[str, History] = {}
        self._stale = False  # scales changed mid-run: drop the old run's late signals
        self.queue = RunQueue(self)
        self.run_bar = RunBar(self.queue, QT_TRANSLATE_NOOP("RunBar", "Train with and without batch norm"))
        self.run_bar.run_clicked.connect(self.start)
        self.queue.evaluated.connect(self._on_queue_evaluated)
        self.queue.run_finished.connect(self._on_queue_run_finished)
        self.queue.all_finished.connect(self._on_queue_all_finished)
        self.scales_combo = QComboBox()
        for n in SCALE_COUNTS:
            self.scales_combo.addItem(str(n), n)
        self.scales_combo.setCurrentIndex(SCALE_COUNTS.index(6))
        self.scales_combo.currentIndexChanged.connect(self._on_scales_changed)
        self.iterations_spin = QSpinBox()
        self.iterations_spin.setRange(10, 5000)
        self.iterations_spin.setSingleStep(50)
        self.iterations_spin.setValue(200)
        self.labels = [QLabel(), QLabel()]
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.legend_label = QLabel()
        self.view = pg.GraphicsLayoutWidget()
        self.plots: list[pg.PlotItem] = []
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.notes: list[pg.TextItem] = []  # per plot: which run diverged, if any
        row = QHBoxLayout()
        row.addWidget(self.labels[0])
        row.addWidget(self.scales_combo)
        row.addWidget(self.labels[1])
        row.addWidget(self.iterations_spin)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(row)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.run_bar.status_label)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.view, 1)
        self._build_plots()
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        data, _ = default_data()
        self.labels[0].setText(self.tr("Weight scales:"))
        self.labels[1].setText(self.tr("Iterations per run:"))
        self.note_label.setText(data_line(data, train_size=TRAIN_SIZE) + "\n" + self.tr(
            "Network %1-100-100-100-100-100-%2 with ReLU, SGD (learning rate 0.01), %3 training "
            "images, batch %4. Each small plot starts from weights with a different standard "
            "deviation (largest top left).").replace("%1", str(data.input_size))
            .replace("%2", str(data.n_classes)).replace("%3", f"{TRAIN_SIZE:,}")
            .replace("%4", str(BATCH)))
        self.legend_label.setText(self.tr(
            "<span style='color:%1'>━ with batch norm</span> &nbsp; "
            "<span style='color:%2'>╌ without</span> &nbsp; (training accuracy)")
            .replace("%1", WITH_BN_PEN[0]).replace("%2", WITHOUT_BN_PEN[0]))
        for plot, scale in zip(self.plots, self.scales):
            plot.setTitle(self.tr("std = %1").replace("%1", f"{scale:.2g}"), size="9pt")
        self._update_notes()
        self._update_summary()

    def _update_notes(self) -> None:
        """Say in red inside a small plot which of its runs diverged: such a run has little or no curve."""
        for i, note in enumerate(self.notes):
            lines = []
            for with_bn, text in ((True, self.tr("with batch norm: diverged at iteration %1")),
                                  (False, self.tr("without batch norm: diverged at iteration %1"))):
                history = self.histories.get(run_key(i, with_bn))
                if history is not None and history.status == "diverged":
                    # iterations_done counts the updates before the one whose loss was NaN/inf;
                    # a no-break space keeps the number with its word when the note wraps
                    number = str(history.iterations_done + 1)
                    lines.append(text.replace(" %1", "\u00a0%1").replace("%1", number))
            note.setHtml(f"<div align='center' style='color:{DIVERGED_COLOUR}'>{'<br>'.join(lines)}</div>")
            note.setVisible(bool(lines))

    @staticmethod
    def _place_note(box: pg.ViewBox, note: pg.TextItem) -> None:
        """Keep a note centred in its plot and wrapped to the plot's width."""
        note.setTextWidth(max(40.0, box.width() - 8))
        note.setPos(box.width() / 2, box.height() / 2)

    def _build_plots(self) -> None:
        """One small plot per scale with a curve for each variant."""
        self.view.clear()
        self.plots, self.curves, self.notes = [], {}, []
        for i, scale in enumerate(self.scales):
            plot = self.view.addPlot(row=i // COLUMNS, col=i % COLUMNS)
            plot.setYRange(0, 1, padding=0.02)
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setTitle(self.tr("std = %1").replace("%1", f"{scale:.2g}"), size="9pt")
            with_pen = pg.mkPen(WITH_BN_PEN[0], width=WITH_BN_PEN[1])
            without_pen = pg.mkPen(WITHOUT_BN_PEN[0], width=WITHOUT_BN_PEN[1], style=pg.QtCore.Qt.PenStyle.DashLine)
            self.curves[run_key(i, True)] = plot.plot([], [], pen=with_pen)
            self.curves[run_key(i, False)] = plot.plot([], [], pen=without_pen)
            # a child of the view box, not of its data: it stays put in pixels and sets no axis range
            note = pg.TextItem(anchor=(0.5, 0.5), fill=(255, 255, 255, 210))
            note.setParentItem(plot.vb)
            plot.vb.sigResized.connect(lambda box, n=note: self._place_note(box, n))
            self._place_note(plot.vb, note)
            self.plots.append(plot)
            self.notes.append(note)
        self._update_notes()

    @Slot(int)
    def _on_scales_changed(self, index: int) -> None:
        if self.queue.is_running():
            self.queue.stop()
            self._stale = True  # queued results of the old scales must not land in the new plots
        self.scales = weight_scales(self.scales_combo.currentData())
        self.points, self.histories = {}, {}
        self._build_plots()
        self._update_summary()

    def _make_trainer(self, scale: float, with_bn: bool) -> Trainer:
        data, _ = default_data()
        subset = data.subset(TRAIN_SIZE)
        spec = batch_norm_specs(scale, data.input_size, data.n_classes)[1 if with_bn else 0]
        net = MultiLayerNet(spec, rng=np.random.default_rng(0))
        return Trainer(net, SGD(lr=0.01), subset, batch_size=BATCH,
                       iterations=self.iterations_spin.value(), eval_samples=1000, seed=0)

    @Slot()
    def start(self) -> None:
        """Clear the plots and run every (scale, with/without) pair, one after another."""
        self.points, self.histories = {}, {}
        self._stale = False
        for curve in self.curves.values():
            curve.setData([], [])
        self._update_notes()
        self.run_bar.set_status("")
        runs = []
        for i, scale in enumerate(self.scales):
            for with_bn in (True, False):
                runs.append(RunSpec(run_key(i, with_bn),
                                    lambda s=scale, b=with_bn: self._make_trainer(s, b)))
        self.queue.start(runs)

    @Slot(str, dict)
    def _on_queue_evaluated(self, key: str, logs: dict) -> None:
        if self._stale:
            return
        xs, ys = self.points.setdefault(key, ([], []))
        xs.append(int(logs["iteration"]))
        ys.append(float(logs["train_acc"]))
        self.curves[key].setData(xs, ys)

    @Slot(str, object)
    def _on_queue_run_finished(self, key: str, history: History) -> None:
        if self._stale:
            return
        self.histories[key] = history
        if history.status == "diverged":
            self._update_notes()

    @Slot(bool)
    def _on_queue_all_finished(self, complete: bool) -> None:
        if complete:
            self._update_summary()

    def _update_summary(self) -> None:
        wins = compared = diverged = 0
        for i in range(len(self.scales)):
            with_bn = self.histories.get(run_key(i, True))
            without = self.histories.get(run_key(i, False))
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


LESSON = Lesson(
    id="batch_norm",
    title=QT_TRANSLATE_NOOP("Lessons", "Batch normalization"),
    chapter="6",
    make_widget=BatchNormWidget,
)
