"""Lesson 7 (b): every optimizer trains the same sigmoid network on the digits; losses overlaid."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnlab.experiments import optimizer_comparison_spec
from nnlab.network import MultiLayerNet
from nnlab.optimizers import make_optimizer
from nnlab.trainer import History, Trainer
from ui.lessons.data_line import data_line
from ui.lessons.lessons_b_common import (RunBar, RunQueue, RunSpec, colour, default_data,
                                         moving_average, setup_plot_defaults)
from ui.lessons.optimizers_trajectories import OPTIMIZER_NAMES

SMOOTHING = 20  # iterations in the moving average of the plotted loss


class OptimizerTraining(QWidget):
    """One button trains the network once per optimizer (one after another); loss curves overlaid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.losses: dict[str, list[np.ndarray]] = {}
        self.histories: dict[str, History] = {}
        self.queue = RunQueue(self)
        self.run_bar = RunBar(self.queue, QT_TRANSLATE_NOOP("RunBar", "Train with every optimizer"))
        self.run_bar.run_clicked.connect(self.start)
        self.queue.step_logged.connect(self._on_queue_step_logged)
        self.queue.run_finished.connect(self._on_queue_run_finished)
        self.queue.all_finished.connect(self._on_queue_all_finished)
        self.iterations_spin = QSpinBox()
        self.iterations_spin.setRange(10, 20_000)
        self.iterations_spin.setSingleStep(100)
        self.iterations_spin.setValue(1000)
        self.iterations_label = QLabel()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.curves = {name: self.plot.plot([], [], pen=pg.mkPen(colour(i), width=2), name=name)
                       for i, name in enumerate(OPTIMIZER_NAMES)}
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
        spec = optimizer_comparison_spec(data.input_size, data.n_classes)
        sizes = "-".join(str(n) for n in (spec.input_size, *spec.hidden, spec.output_size))
        rates = ", ".join(f"{name} {make_optimizer(name).lr:g}" for name in OPTIMIZER_NAMES)
        self.note_label.setText(data_line(data) + "\n" + self.tr(
            "Network %1 with sigmoid, batch 100, the same starting weights for all, each optimizer "
            "with its default learning rate (%2). Curves: loss averaged over %3 iterations.")
            .replace("%1", sizes).replace("%2", rates).replace("%3", str(SMOOTHING)))
        self.iterations_label.setText(self.tr("Iterations per optimizer:"))
        self.plot.setLabel("bottom", self.tr("iteration"))
        self.plot.setLabel("left", self.tr("training loss"))
        self._show_results()

    def _make_trainer(self, name: str) -> Trainer:
        data, _ = default_data()
        spec = optimizer_comparison_spec(data.input_size, data.n_classes)
        net = MultiLayerNet(spec, rng=np.random.default_rng(0))  # same start for every optimizer
        return Trainer(net, make_optimizer(name), data, batch_size=100,
                       iterations=self.iterations_spin.value(), eval_every=self.iterations_spin.value(),
                       eval_samples=1000, seed=0)

    @Slot()
    def start(self) -> None:
        """Clear the curves and train once per optimizer."""
        self.losses = {name: [] for name in OPTIMIZER_NAMES}
        self.histories = {}
        for curve in self.curves.values():
            curve.setData([], [])
        self.run_bar.set_status("")
        self._show_results()
        self.queue.start([RunSpec(name, lambda n=name: self._make_trainer(n))
                          for name in OPTIMIZER_NAMES])

    @Slot(str, object, object)
    def _on_queue_step_logged(self, key: str, iterations: np.ndarray, losses: np.ndarray) -> None:
        self.losses[key].append(np.asarray(losses, dtype=float))
        values = np.concatenate(self.losses[key])
        self.curves[key].setData(np.arange(1, values.size + 1), moving_average(values, SMOOTHING))

    @Slot(str, object)
    def _on_queue_run_finished(self, key: str, history: History) -> None:
        self.histories[key] = history
        self._show_results()

    @Slot(bool)
    def _on_queue_all_finished(self, complete: bool) -> None:
        if complete:
            self.run_bar.set_status(self.tr("Done: the lower the curve, the faster it learned."))

    def _show_results(self) -> None:
        parts = []
        for name in OPTIMIZER_NAMES:
            history = self.histories.get(name)
            if history is None or not history.test_acc:
                continue
            parts.append(f"{name} {history.test_acc[-1]:.1%}")
        self.result_label.setText(self.tr("Test accuracy at the end: %1").replace("%1", ", ".join(parts))
                                  if parts else "")
