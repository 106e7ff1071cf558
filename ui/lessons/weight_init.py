"""Lesson 8: weight initialisation — activation histograms and training losses (chapter 6)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnlab.comparisons import RunSettings, init_label
from nnlab.experiments import (
    HISTOGRAM_ACTIVATIONS,
    INIT_CHOICES,
    activation_histograms,
    histogram_range,
)
from ui.engine_names import activation_text, init_text
from ui.lessons.comparison_runs import default_data, setup_plot_defaults
from ui.lessons.curves_comparison import CurvesComparison
from ui.lessons.tabbed import TabbedLesson
from ui.retranslate import Retranslatable

N_LAYERS = 5
BINS = 30


def _round_ticks(ticks: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Tick values rounded to two significant digits, so the labels stay short ("45k", not "45.123k")."""
    rounded = []
    for value, _ in ticks:
        v = float(f"{value:.2g}")
        rounded.append((v, f"{v / 1000:g}k" if v >= 1000 else f"{v:g}"))
    return rounded


class ActivationHistograms(Retranslatable, QWidget):
    """The book's experiment: 1,000 random inputs through 5 layers of 100 neurons, one histogram each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.activations: list[np.ndarray] = []
        self.activation_combo = QComboBox()
        for name in HISTOGRAM_ACTIVATIONS:
            self.activation_combo.addItem(name, name)  # the texts are translated in _retranslate
        self.init_combo = QComboBox()
        for init in INIT_CHOICES:
            self.init_combo.addItem(init, init)
        self.activation_combo.currentIndexChanged.connect(self.update_histograms)
        self.init_combo.currentIndexChanged.connect(self.update_histograms)
        self.labels = [QLabel(), QLabel()]
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.view = pg.GraphicsLayoutWidget()
        self.plots = [self.view.addPlot(row=0, col=i) for i in range(N_LAYERS)]
        self.bars = []
        for i, plot in enumerate(self.plots):
            if i:  # one y axis for all five: they share its scale, so the heights compare
                plot.hideAxis("left")
            plot.setMouseEnabled(x=False, y=False)
            # the end ticks (0 and 1, or -1 and 1) reach past the plot's edge: draw them anyway
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
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

    def _retranslate(self) -> None:
        for index in range(self.activation_combo.count()):
            self.activation_combo.setItemText(index, activation_text(self.activation_combo.itemData(index)))
        self.labels[0].setText(self.tr("Activation:"))
        self.labels[1].setText(self.tr("Initial weights:"))
        for combo, text in ((self.activation_combo, activation_text), (self.init_combo, init_text)):
            for index in range(combo.count()):
                combo.setItemText(index, text(combo.itemData(index)))
        for i, plot in enumerate(self.plots):
            plot.setTitle(self.tr("layer %1").replace("%1", str(i + 1)))
        self.plots[0].setLabel("left", self.tr("activations per bin"))
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
        all_counts = [np.histogram(np.clip(a, lo, hi), bins=edges)[0] for a in self.activations]
        top = max(max(int(c.max()) for c in all_counts), 1)
        y_ticks = [(v, "") for v in (0, top / 2, top)]
        for plot, bars, counts in zip(self.plots, self.bars, all_counts, strict=True):
            bars.setData(edges, counts)
            plot.setXRange(lo, hi, padding=0.02)
            # Five narrow plots side by side: three ticks each, or the labels run into each other.
            ticks = [(v, f"{v:g}") for v in (lo, (lo + hi) / 2, hi)]
            plot.getAxis("bottom").setTicks([ticks, []])
            plot.getAxis("left").setTicks([[(v, label) for v, label in _round_ticks(y_ticks)], []])
            plot.setYRange(0, top * 1.05, padding=0)
        self._update_summary()

    def _update_summary(self) -> None:
        if not self.activations:
            return
        stds = ", ".join(f"{a.std():.3f}" for a in self.activations)
        self.summary_label.setText(self.tr("Spread (standard deviation) of the activations, layer "
                                           "1 to 5: %1").replace("%1", stds))


class InitTraining(CurvesComparison):
    """Train a 5-layer ReLU network once per row (initialisation, optimizer); curves overlaid."""

    COMPARISON = "weight_init"
    COLUMNS = ("name", "init", "optimizer", "lr", "status")
    RUN_TEXT = QT_TRANSLATE_NOOP("RunBar", "Train with each initialisation")
    DEFAULT_PRESET = "book"

    def display_name(self, run: RunSettings) -> str:
        """A preset row named after its initialisation reads as the init column does ("標準偏差 0.01")."""
        if run.label == init_label(run.init):
            return init_text(run.init)
        return super().display_name(run)

    def note_text(self) -> str:
        """Network, batch and data of the chosen preset."""
        data, _ = default_data()
        setup = self.setup()
        return (self.tr("Network %1 with ReLU, batch %2, the same mini-batches for every run. Each "
                        "row chooses its initial weights and optimizer.")
                .replace("%1", setup.shape_text(data.input_size, data.n_classes))
                .replace("%2", str(setup.batch_size)))


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
