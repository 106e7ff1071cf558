"""Lesson 8: weight initialisation — activation histograms and training losses (chapter 6)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnlab.experiments import (
    HISTOGRAM_ACTIVATIONS,
    INIT_CHOICES,
    INIT_COMPARISON,
    activation_histograms,
    histogram_range,
    init_comparison_specs,
)
from nnlab.network import MultiLayerNet
from nnlab.optimizers import SGD
from nnlab.trainer import History, Trainer
from ui.lessons.base import Lesson
from ui.lessons.data_line import data_line
from ui.lessons.lessons_b_common import (
    RunBar,
    RunQueue,
    RunSpec,
    colour,
    default_data,
    moving_average,
    setup_plot_defaults,
)
from ui.lessons.tabbed import TabbedLesson

N_LAYERS = 5
BINS = 30
SMOOTHING = 20


def init_label(init: str) -> str:
    """Display name of an init choice (the same in both languages)."""
    return {"xavier": "Xavier (1/√n)", "he": "He (√(2/n))"}.get(init, init.replace("std:", "std "))


class ActivationHistograms(QWidget):
    """The book's experiment: 1,000 random inputs through 5 layers of 100 neurons, one histogram each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.activations: list[np.ndarray] = []
        self.activation_combo = QComboBox()
        for name in HISTOGRAM_ACTIVATIONS:
            self.activation_combo.addItem(name, name)
        self.init_combo = QComboBox()
        for init in INIT_CHOICES:
            self.init_combo.addItem(init_label(init), init)
        self.activation_combo.currentIndexChanged.connect(self.update_histograms)
        self.init_combo.currentIndexChanged.connect(self.update_histograms)
        self.labels = [QLabel(), QLabel()]
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.view = pg.GraphicsLayoutWidget()
        self.plots = [self.view.addPlot(row=0, col=i) for i in range(N_LAYERS)]
        self.bars = []
        for plot in self.plots:
            plot.hideAxis("left")
            plot.setMouseEnabled(x=False, y=False)
            bars = pg.PlotDataItem([0, 1], [0], stepMode="center", fillLevel=0,
                                   brush=(31, 119, 180, 160), pen=pg.mkPen("#1f77b4"))
            plot.addItem(bars)
            self.bars.append(bars)
        row = QHBoxLayout()
        row.addWidget(self.labels[0])
        row.addWidget(self.activation_combo)
        row.addWidget(self.labels[1])
        row.addWidget(self.init_combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)
        self._retranslate()
        self.update_histograms()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.labels[0].setText(self.tr("Activation:"))
        self.labels[1].setText(self.tr("Initial weights:"))
        for i, plot in enumerate(self.plots):
            plot.setTitle(self.tr("layer %1").replace("%1", str(i + 1)))
        self._update_summary()

    def select(self, activation: str, init: str) -> None:
        """Choose an activation and an init (as the combo boxes do)."""
        self.activation_combo.setCurrentIndex(HISTOGRAM_ACTIVATIONS.index(activation))
        self.init_combo.setCurrentIndex(INIT_CHOICES.index(init))

    @Slot()
    def update_histograms(self) -> None:
        """Rerun the experiment for the chosen activation and init; redraw the five histograms."""
        activation = self.activation_combo.currentData()
        init = self.init_combo.currentData()
        self.activations = activation_histograms(init, activation, n_layers=N_LAYERS,
                                                 rng=np.random.default_rng(0))
        lo, hi = histogram_range(activation)
        edges = np.linspace(lo, hi, BINS + 1)
        for plot, bars, a in zip(self.plots, self.bars, self.activations):
            counts, _ = np.histogram(np.clip(a, lo, hi), bins=edges)
            bars.setData(edges, counts)
            plot.setXRange(lo, hi, padding=0.02)
            # Five narrow plots side by side: three ticks each, or the labels run into each other.
            ticks = [(v, f"{v:g}") for v in (lo, (lo + hi) / 2, hi)]
            plot.getAxis("bottom").setTicks([ticks, []])
            plot.setYRange(0, max(counts.max(), 1) * 1.05, padding=0)
        self._update_summary()

    def _update_summary(self) -> None:
        if not self.activations:
            return
        stds = ", ".join(f"{a.std():.3f}" for a in self.activations)
        self.summary_label.setText(self.tr("Spread (standard deviation) of the activations, layer "
                                           "1 to 5: %1").replace("%1", stds))


class InitTraining(QWidget):
    """Train a 5-layer ReLU network once per initialisation; overlay the training losses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.losses: dict[str, list[np.ndarray]] = {}
        self.histories: dict[str, History] = {}
        self.queue = RunQueue(self)
        self.run_bar = RunBar(self.queue, QT_TRANSLATE_NOOP("RunBar", "Train with each initialisation"))
        self.run_bar.run_clicked.connect(self.start)
        self.queue.step_logged.connect(self._on_queue_step_logged)
        self.queue.run_finished.connect(self._on_queue_run_finished)
        self.iterations_spin = QSpinBox()
        self.iterations_spin.setRange(10, 20_000)
        self.iterations_spin.setSingleStep(100)
        self.iterations_spin.setValue(500)
        self.iterations_label = QLabel()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.addLegend(offset=(-10, 10))
        self.curves = {init: self.plot.plot([], [], pen=pg.mkPen(colour(i), width=2),
                                            name=init_label(init))
                       for i, init in enumerate(INIT_COMPARISON)}
        row = QHBoxLayout()
        row.addWidget(self.iterations_label)
        row.addWidget(self.iterations_spin)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(row)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.run_bar.status_label)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.result_label)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        data, _ = default_data()
        self.note_label.setText(data_line(data) + "\n" + self.tr("Network %1-100-100-100-100-%2 with ReLU, SGD (learning "
                                        "rate 0.01), batch 100. Only the initial weights differ.")
                                .replace("%1", str(data.input_size)).replace("%2", str(data.n_classes)))
        self.iterations_label.setText(self.tr("Iterations per run:"))
        self.plot.setLabel("bottom", self.tr("iteration"))
        self.plot.setLabel("left", self.tr("training loss"))
        self._show_results()

    def _make_trainer(self, init: str) -> Trainer:
        data, _ = default_data()
        spec = init_comparison_specs(data.input_size, data.n_classes)[init]
        net = MultiLayerNet(spec, rng=np.random.default_rng(0))
        n = self.iterations_spin.value()
        return Trainer(net, SGD(lr=0.01), data, batch_size=100, iterations=n, eval_every=n,
                       eval_samples=1000, seed=0)

    @Slot()
    def start(self) -> None:
        """Clear the curves and train once per initialisation."""
        self.losses = {init: [] for init in INIT_COMPARISON}
        self.histories = {}
        for curve in self.curves.values():
            curve.setData([], [])
        self.run_bar.set_status("")
        self._show_results()
        self.queue.start([RunSpec(init, lambda i=init: self._make_trainer(i))
                          for init in INIT_COMPARISON])

    @Slot(str, object, object)
    def _on_queue_step_logged(self, key: str, iterations: np.ndarray, losses: np.ndarray) -> None:
        self.losses[key].append(np.asarray(losses, dtype=float))
        values = np.concatenate(self.losses[key])
        self.curves[key].setData(np.arange(1, values.size + 1), moving_average(values, SMOOTHING))

    @Slot(str, object)
    def _on_queue_run_finished(self, key: str, history: History) -> None:
        self.histories[key] = history
        self._show_results()

    def _show_results(self) -> None:
        parts = [f"{init_label(k)} {h.test_acc[-1]:.1%}" for k, h in self.histories.items()
                 if h.test_acc]
        self.result_label.setText(self.tr("Test accuracy at the end: %1").replace("%1", ", ".join(parts))
                                  if parts else "")


class WeightInitWidget(TabbedLesson):
    """Two tabs: the activation histograms and the training comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        histograms = ActivationHistograms()
        training = InitTraining()
        super().__init__([
            (histograms, QT_TRANSLATE_NOOP("WeightInitWidget", "Activation histograms")),
            (training, QT_TRANSLATE_NOOP("WeightInitWidget", "Training with each init")),
        ], parent)
        self.histograms, self.training = histograms, training


LESSON = Lesson(
    id="weight_init",
    title=QT_TRANSLATE_NOOP("Lessons", "Initial weights"),
    chapter="6",
    make_widget=WeightInitWidget,
)
