"""How much of the training data random mini-batches cover: a grid of samples filling up, batch by batch."""

from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.lesson_math import CoverageSimulation, expected_coverage
from ui.percent import keep_percent_signs
from ui.retranslate import Retranslatable
from ui.widgets.axes import readable_axes
from ui.widgets.legend_place import keep_legend_clear

log = logging.getLogger(__name__)

# data set size -> grid (rows, columns); every cell is one sample
GRIDS = {600: (20, 30), 6000: (60, 100), 60000: (200, 300)}
# unseen, seen earlier, in the batch just drawn
CELL_COLOURS = np.array([[225, 225, 225, 255], [26, 95, 180, 255], [230, 97, 0, 255]], dtype=np.ubyte)
TICK_MS = 50
TICKS_PER_EPOCH = 60  # Run shows about one epoch every 3 seconds


class CoveragePanel(Retranslatable, QWidget):
    """Step / Run / Reset through mini-batches; simulated share seen vs. the expected 1 − (1 − b/N)^k."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_caption = QLabel(self)
        self.size_combo = QComboBox(self)
        for n in GRIDS:
            self.size_combo.addItem(f"{n:,}", n)
        self.size_combo.setCurrentIndex(2)
        self.batch_caption = QLabel(self)
        self.batch_spin = QSpinBox(self)
        self.batch_spin.setRange(1, 6000)
        self.batch_spin.setValue(100)
        self.random_radio = QRadioButton(self)
        self.shuffle_radio = QRadioButton(self)
        self.random_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.random_radio)
        self.mode_group.addButton(self.shuffle_radio)
        self.step_button = QPushButton(self)
        self.epoch_button = QPushButton(self)
        self.run_button = QPushButton(self)
        self.run_button.setCheckable(True)
        self.reset_button = QPushButton(self)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setMinimumHeight(160)
        self.box = self.view.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.box.addItem(self.image)
        self.plot = pg.PlotWidget(self, axisItems=readable_axes())
        self.plot.setMinimumHeight(140)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setYRange(0, 1.02)
        self.plot.addLegend(labelTextSize="9pt")
        self.expected_curve = self.plot.plot(pen=pg.mkPen("#5e5c64", width=2, style=Qt.PenStyle.DashLine))
        self.simulated_curve = self.plot.plot(pen=pg.mkPen("#1a5fb4", width=2.5))
        keep_legend_clear(self.plot)  # the curves rise into one corner or another as k grows
        self.key_label = QLabel(self)
        self.k_label = QLabel(self)
        self.seen_label = QLabel(self)
        self.expected_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c01c28;")
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self._layout()
        self._connect()
        self.history: list[float] = [0.0]
        self.sim: CoverageSimulation | None = None
        self._retranslate()
        self.reset()

    def _layout(self) -> None:
        settings = QGridLayout()
        settings.addWidget(self.size_caption, 0, 0)
        settings.addWidget(self.size_combo, 0, 1)
        settings.addWidget(self.batch_caption, 0, 2)
        settings.addWidget(self.batch_spin, 0, 3)
        settings.addWidget(self.random_radio, 1, 0, 1, 4)
        settings.addWidget(self.shuffle_radio, 2, 0, 1, 4)
        settings.setColumnStretch(4, 1)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.epoch_button, self.run_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        numbers = QVBoxLayout()
        for label in (self.k_label, self.seen_label, self.expected_label, self.error_label):
            label.setWordWrap(True)  # long numbers must not squeeze the plot beside them
            numbers.addWidget(label)
        numbers.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addLayout(numbers, 1)
        bottom.addWidget(self.plot, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addLayout(buttons)
        layout.addWidget(self.key_label)
        layout.addWidget(self.view, 3)
        layout.addLayout(bottom, 2)

    def _connect(self) -> None:
        self.step_button.clicked.connect(self.step)
        self.epoch_button.clicked.connect(self.run_epoch)
        self.run_button.toggled.connect(self._on_run_button_toggled)
        self.reset_button.clicked.connect(self.reset)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.size_combo.currentIndexChanged.connect(self.reset)
        self.batch_spin.valueChanged.connect(self.reset)
        self.random_radio.toggled.connect(self.reset)

    def mode(self) -> str:
        """'replacement' for independent random batches, 'shuffle' for one permutation per epoch."""
        return "replacement" if self.random_radio.isChecked() else "shuffle"

    def reset(self, *_args: object) -> None:
        """Start a new simulation with the chosen N, b and sampling mode."""
        self.run_button.setChecked(False)
        n = self.size_combo.currentData()
        try:
            self.sim = CoverageSimulation(n, self.batch_spin.value(), self.mode(), seed=0)
        except ValueError as exc:
            log.info("coverage settings rejected: %s", exc)
            self.sim = None
            self.error_label.setText(self.tr("The batch size must not be larger than the data set."))
            self._enable_buttons(False)
            self._clear_figures()
            return
        self.error_label.setText("")
        self._enable_buttons(True)
        self.history = [0.0]
        self.box.setRange(xRange=(0, GRIDS[n][1]), yRange=(0, GRIDS[n][0]), padding=0.02)
        self._show()

    def _clear_figures(self) -> None:
        """No simulation: no grid, curves or numbers left over from the last valid settings."""
        self.image.clear()
        self.simulated_curve.setData([], [])
        self.expected_curve.setData([], [])
        for label in (self.k_label, self.seen_label, self.expected_label):
            label.setText("")

    def _enable_buttons(self, enabled: bool) -> None:
        for button in (self.step_button, self.epoch_button, self.run_button):
            button.setEnabled(enabled)

    def run_epoch(self, *_args: object) -> None:
        """Draw the mini-batches of one epoch at once (shuffle ⌈N / b⌉, random ⌊N / b⌋, as the trainer)."""
        if self.sim is None:
            return
        for _ in range(self.sim.batches_per_epoch):
            self.step(draw=False)
        self._show()

    def step(self, *_args: object, draw: bool = True) -> None:
        """Draw one mini-batch."""
        if self.sim is None:
            return
        self.sim.step()
        self.history.append(self.sim.share_seen)
        if draw:
            self._show()

    def _on_run_button_toggled(self, running: bool) -> None:
        self.run_button.setText(self.tr("Pause") if running else self.tr("Run"))
        if running:
            self.timer.start()
        else:
            self.timer.stop()

    def _on_timer_timeout(self) -> None:
        if self.sim is None:
            self.run_button.setChecked(False)
            return
        for _ in range(max(1, self.sim.batches_per_epoch // TICKS_PER_EPOCH)):
            self.step(draw=False)
        self._show()

    def _show(self) -> None:
        sim = self.sim
        if sim is None:
            return
        rows, cols = GRIDS[sim.n]
        cells = sim.seen.astype(np.intp)
        cells[sim.last_batch] = 2
        self.image.setImage(CELL_COLOURS[cells.reshape(rows, cols)], autoLevels=False)
        k = np.arange(len(self.history))
        self.simulated_curve.setData(k, self.history)
        span = max(sim.k, sim.batches_per_epoch)
        k_expected = np.linspace(0, span, 200)
        expected = expected_coverage(sim.n, sim.batch_size, k_expected, sim.mode)
        self.expected_curve.setData(k_expected, expected)
        self.plot.setXRange(0, span, padding=0.02)
        self._show_numbers()

    def _show_numbers(self) -> None:
        sim = self.sim
        if sim is None:
            return
        epochs = sim.k / sim.batches_per_epoch
        if sim.n % sim.batch_size == 0:
            text = self.tr("Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = N / b = {2} batches)")
        elif sim.mode == "shuffle":  # the permutation's rest makes one more, smaller batch
            text = self.tr("Mini-batches drawn k = {0}  ({1:.2f} epochs; "
                           "1 epoch = ⌈N / b⌉ = {2} batches, the last one of {3})")
        else:  # independent batches: the trainer counts whole batches only
            text = self.tr("Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = ⌊N / b⌋ = {2} batches)")
        self.k_label.setText(text.format(sim.k, epochs, sim.batches_per_epoch, sim.last_batch_size))
        self.seen_label.setText(keep_percent_signs(
            self.tr("Seen at least once (simulated): {0:.1f} %").format(100 * sim.share_seen)))
        expected = float(expected_coverage(sim.n, sim.batch_size, sim.k, sim.mode))
        if sim.mode == "replacement":
            text = self.tr("Expected 1 − (1 − b/N)^k = {0:.1f} %")
        else:
            text = self.tr("Expected min(1, k·b/N) = {0:.1f} %")
        self.expected_label.setText(keep_percent_signs(text.format(100 * expected)))

    def _retranslate(self) -> None:
        self.size_caption.setText(self.tr("Training samples N:"))
        self.batch_caption.setText(self.tr("Batch size b:"))
        self.random_radio.setText(
            self.tr("Random mini-batches, drawn independently (a sample can come back)"))
        self.shuffle_radio.setText(self.tr("Shuffle once per epoch, then take the batches in order"))
        self.step_button.setText(self.tr("Step"))
        self.epoch_button.setText(self.tr("+1 epoch"))
        self.run_button.setText(self.tr("Pause") if self.run_button.isChecked() else self.tr("Run"))
        self.reset_button.setText(self.tr("Reset"))
        self.plot.setLabel("bottom", self.tr("mini-batches k"))
        self.plot.setLabel("left", self.tr("share seen"))
        legend = self.plot.plotItem.legend
        legend.clear()
        legend.addItem(self.simulated_curve, self.tr("simulated"))
        legend.addItem(self.expected_curve, self.tr("expected"))
        self.key_label.setText(self.tr(
            "Each cell is one training sample. <span style='color:#8a8a8a'>■</span> not seen yet · "
            "<span style='color:#1a5fb4'>■</span> seen before · "
            "<span style='color:#e66100'>■</span> the batch just drawn"))
        self._show_numbers()
