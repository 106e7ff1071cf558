"""Lesson 10: overfitting and regularisation — train/test gap and weight histograms (chapter 6)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Slot
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

from nnlab.experiments import REGULARISATIONS, Regularisation, regularisation_spec, weight_values
from nnlab.network import MultiLayerNet
from nnlab.optimizers import SGD
from nnlab.trainer import History, Trainer
from ui.lessons.base import Lesson
from ui.lessons.data_line import data_line
from ui.lessons.lessons_b_common import (RunBar, RunQueue, RunSpec, colour, default_data,
                                         setup_plot_defaults)

TRAIN_SIZE = 300
BATCH = 100
KIND_NAMES = {  # English source texts, translated in the "OverfittingWidget" context
    "none": QT_TRANSLATE_NOOP("OverfittingWidget", "no regularisation"),
    "l2": QT_TRANSLATE_NOOP("OverfittingWidget", "L2 weight decay"),
    "l1": QT_TRANSLATE_NOOP("OverfittingWidget", "L1 weight decay"),
    "dropout": QT_TRANSLATE_NOOP("OverfittingWidget", "dropout"),
    "dropout_l1": QT_TRANSLATE_NOOP("OverfittingWidget", "dropout + L1"),
}


def _spin(decimals: int, top: float, value: float, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0.0, top)
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin


class OverfittingWidget(QWidget):
    """Five regularisation settings on 300 images: accuracy curves and the final weight histogram."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.points: dict[str, tuple[list[int], list[float], list[float]]] = {}
        self.histories: dict[str, History] = {}
        self.weights: dict[str, np.ndarray] = {}
        self.queue = RunQueue(self)
        self.run_bar = RunBar(self.queue, QT_TRANSLATE_NOOP("RunBar", "Train all five"))
        self.run_bar.run_clicked.connect(self.start)
        self.queue.evaluated.connect(self._on_queue_evaluated)
        self.queue.run_finished.connect(self._on_queue_run_finished)
        default = Regularisation()
        self.l2_spin = _spin(4, 10.0, default.l2, 0.01)
        self.l1_spin = _spin(4, 1.0, default.l1, 0.001)
        self.dropout_spin = _spin(2, 0.9, default.dropout, 0.05)
        self.iterations_spin = QSpinBox()
        self.iterations_spin.setRange(10, 20_000)
        self.iterations_spin.setSingleStep(100)
        self.iterations_spin.setValue(600)
        self.show_combo = QComboBox()
        self.show_combo.addItem("", "all")
        for kind in REGULARISATIONS:
            self.show_combo.addItem("", kind)
        self.show_combo.currentIndexChanged.connect(self._update_visibility)
        self.form_labels = [QLabel() for _ in range(5)]
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self._build_plots()
        self._lay_out()
        self._retranslate()

    def _build_plots(self) -> None:
        self.acc_plot = pg.PlotWidget()
        self.acc_plot.showGrid(x=True, y=True, alpha=0.3)
        self.acc_plot.setYRange(0, 1.0, padding=0.02)
        self.weight_plot = pg.PlotWidget()
        self.weight_plot.showGrid(x=True, y=False, alpha=0.3)
        self.train_curves, self.test_curves, self.weight_curves = {}, {}, {}
        for i, kind in enumerate(REGULARISATIONS):
            self.train_curves[kind] = self.acc_plot.plot([], [], pen=pg.mkPen(colour(i), width=2))
            self.test_curves[kind] = self.acc_plot.plot(
                [], [], pen=pg.mkPen(colour(i), width=2, style=Qt.PenStyle.DashLine))
            self.weight_curves[kind] = pg.PlotDataItem([0, 1], [0], stepMode="center",
                                                       pen=pg.mkPen(colour(i), width=2))
            self.weight_plot.addItem(self.weight_curves[kind])
            self.weight_curves[kind].setVisible(False)  # until its run has weights to show

    def _lay_out(self) -> None:
        grid = QGridLayout()
        widgets = [self.l2_spin, self.l1_spin, self.dropout_spin, self.iterations_spin,
                   self.show_combo]
        for i, (label, widget) in enumerate(zip(self.form_labels, widgets)):
            grid.addWidget(label, i // 3, 2 * (i % 3))
            grid.addWidget(widget, i // 3, 2 * (i % 3) + 1)
        plots = QHBoxLayout()
        plots.addWidget(self.acc_plot, 3)
        plots.addWidget(self.weight_plot, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(grid)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.run_bar.status_label)
        layout.addLayout(plots, 1)
        layout.addWidget(self.result_label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        data, _ = default_data()
        self.note_label.setText(data_line(data, train_size=TRAIN_SIZE) + "\n" + self.tr(
            "Only %1 training images, network %2-100×6-%3 with ReLU, SGD (learning rate 0.01). "
            "Solid line: training accuracy, dashed: test accuracy. The space between them is "
            "overfitting.").replace("%1", str(TRAIN_SIZE)).replace("%2", str(data.input_size))
            .replace("%3", str(data.n_classes)))
        for label, text in zip(self.form_labels, [
                self.tr("L2 λ:"), self.tr("L1 λ:"), self.tr("Dropout ratio:"),
                self.tr("Iterations per run:"), self.tr("Show:")]):
            label.setText(text)
        self.show_combo.setItemText(0, self.tr("all five"))
        for i, kind in enumerate(REGULARISATIONS):
            self.show_combo.setItemText(i + 1, self.kind_name(kind))
        self.acc_plot.setLabel("bottom", self.tr("iteration"))
        self.acc_plot.setLabel("left", self.tr("accuracy"))
        self.acc_plot.setTitle(self.tr("Training (solid) and test (dashed) accuracy"), size="9pt")
        self.weight_plot.setTitle(self.tr("All weights after training"), size="9pt")
        self.weight_plot.setLabel("bottom", self.tr("weight value"))
        self._show_results()

    def kind_name(self, kind: str) -> str:
        """Translated display name of a regularisation kind."""
        return self.tr(KIND_NAMES[kind])

    def strength(self) -> Regularisation:
        """The strengths currently set in the spin boxes."""
        return Regularisation(l2=self.l2_spin.value(), l1=self.l1_spin.value(),
                              dropout=self.dropout_spin.value())

    def _make_trainer(self, kind: str, strength: Regularisation) -> Trainer:
        data, _ = default_data()
        spec = regularisation_spec(kind, data.input_size, data.n_classes, strength)
        net = MultiLayerNet(spec, rng=np.random.default_rng(0))
        return Trainer(net, SGD(lr=0.01), data.subset(TRAIN_SIZE), batch_size=BATCH,
                       iterations=self.iterations_spin.value(), eval_samples=1000, seed=0)

    @Slot()
    def start(self) -> None:
        """Clear the plots and train once per regularisation kind."""
        self.points, self.histories, self.weights = {}, {}, {}
        for curves in (self.train_curves, self.test_curves):
            for curve in curves.values():
                curve.setData([], [])
        for curve in self.weight_curves.values():
            curve.setData([0, 1], [0])
        self._update_visibility()  # no weights yet: the histograms stay hidden until each run ends
        self.run_bar.set_status("")
        self._show_results()
        strength = self.strength()
        self.queue.start([RunSpec(kind, lambda k=kind: self._make_trainer(k, strength))
                          for kind in REGULARISATIONS])

    @Slot(str, dict)
    def _on_queue_evaluated(self, key: str, logs: dict) -> None:
        its, train, test = self.points.setdefault(key, ([], [], []))
        its.append(int(logs["iteration"]))
        train.append(float(logs["train_acc"]))
        test.append(float(logs["test_acc"]))
        self.train_curves[key].setData(its, train)
        self.test_curves[key].setData(its, test)

    @Slot(str, object)
    def _on_queue_run_finished(self, key: str, history: History) -> None:
        self.histories[key] = history
        trainer = self.queue.trainers.get(key)
        if trainer is not None:  # the run's thread has ended: reading its network is safe
            self.weights[key] = weight_values(trainer.net.params)
        self._draw_weight_histograms()
        self._show_results()

    def _draw_weight_histograms(self) -> None:
        if not self.weights:
            return
        everything = np.concatenate(list(self.weights.values()))
        limit = float(np.percentile(np.abs(everything), 99.5)) or 1.0
        edges = np.linspace(-limit, limit, 61)
        for kind, values in self.weights.items():
            counts, _ = np.histogram(np.clip(values, -limit, limit), bins=edges)
            self.weight_curves[kind].setData(edges, counts / max(values.size, 1))
        self._update_visibility()

    @Slot()
    def _update_visibility(self) -> None:
        """Show all five settings or only the one chosen in "Show"."""
        chosen = self.show_combo.currentData()
        for kind in REGULARISATIONS:
            visible = chosen in ("all", kind)
            self.train_curves[kind].setVisible(visible)
            self.test_curves[kind].setVisible(visible)
            self.weight_curves[kind].setVisible(visible and kind in self.weights)

    def _show_results(self) -> None:
        rows = []
        for i, kind in enumerate(REGULARISATIONS):
            history = self.histories.get(kind)
            if history is None or not history.train_acc:
                rows.append(f"<span style='color:{colour(i)}'>■</span> {self.kind_name(kind)}")
                continue
            train, test = history.train_acc[-1], history.test_acc[-1]
            rows.append(self.tr("<span style='color:%1'>■</span> %2: train %3, test %4, gap %5")
                        .replace("%1", colour(i)).replace("%2", self.kind_name(kind))
                        .replace("%3", f"{train:.1%}").replace("%4", f"{test:.1%}")
                        .replace("%5", f"{train - test:+.1%}"))
        self.result_label.setText("<br>".join(rows))


LESSON = Lesson(
    id="overfitting",
    title=QT_TRANSLATE_NOOP("Lessons", "Overfitting and regularisation"),
    chapter="6",
    make_widget=OverfittingWidget,
)
