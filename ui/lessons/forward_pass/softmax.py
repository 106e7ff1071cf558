"""The forward-pass lesson's softmax panel (temperature, the overflow demo) and cross-entropy panel."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.lesson_math import cross_entropy_of_right_class, softmax_naive, softmax_temperature
from ui.lessons.perceptron.widgets import ValueSlider
from ui.retranslate import Retranslatable
from ui.sentences import join_sentences
from ui.widgets.axes import readable_axes

DEFAULT_SCORES = (0.3, 2.9, 4.0, 1.0, -1.0)
LARGE_SCORES = (1010.0, 1000.0, 990.0)
SCORE_LIMIT = 2000.0
SHIFT = 100.0  # "add 100 to every score": softmax(a + c) = softmax(a)
BAR_COLOUR = "#1a5fb4"


class SoftmaxPanel(Retranslatable, QWidget):
    """Editable scores a_k, a temperature T, the bars of softmax(a / T), and naive vs. stable softmax."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_caption = QLabel(self)
        self.count = QSpinBox(self)
        self.count.setRange(3, 5)
        self.count.setValue(3)
        self.score_boxes: list[QDoubleSpinBox] = []
        scores_row = QHBoxLayout()
        scores_row.addWidget(self.count_caption)
        scores_row.addWidget(self.count)
        self.scores_caption = QLabel(self)
        scores_row.addWidget(self.scores_caption)
        for value in DEFAULT_SCORES:
            box = QDoubleSpinBox(self)
            box.setRange(-SCORE_LIMIT, SCORE_LIMIT)
            box.setDecimals(2)
            box.setValue(value)
            box.valueChanged.connect(self.refresh)
            scores_row.addWidget(box)
            self.score_boxes.append(box)
        scores_row.addStretch(1)
        self.temperature = ValueSlider(0.1, 5.0, 0.1, 1.0, decimals=1, parent=self)
        self.temperature.value_changed.connect(self.refresh)
        self.plot = pg.PlotWidget(self)
        self.plot.setMinimumHeight(200)
        self.plot.setYRange(0.0, 1.05)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=BAR_COLOUR)
        self.plot.addItem(self.bars)
        self.bar_labels: list[pg.TextItem] = []
        for _ in DEFAULT_SCORES:
            label = pg.TextItem("", color="k", anchor=(0.5, 1.0))
            self.plot.addItem(label)
            self.bar_labels.append(label)
        self.overflow_box = QGroupBox(self)
        self.large_button = QPushButton(self.overflow_box)
        self.large_button.clicked.connect(self.use_large_scores)
        self.reset_button = QPushButton(self.overflow_box)
        self.reset_button.clicked.connect(self.use_default_scores)
        self.shift_button = QPushButton(self.overflow_box)
        self.shift_button.clicked.connect(self.shift_scores)
        self.naive_label = QLabel(self.overflow_box)
        self.stable_label = QLabel(self.overflow_box)
        for label in (self.naive_label, self.stable_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self.overflow_box)  # two buttons a row: fits beside the text at 1024 px
        grid.addWidget(self.large_button, 0, 0)
        grid.addWidget(self.shift_button, 0, 1)
        grid.addWidget(self.reset_button, 1, 0)
        grid.addWidget(self.naive_label, 2, 0, 1, 2)
        grid.addWidget(self.stable_label, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(scores_row)
        layout.addWidget(self.temperature)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.overflow_box)
        self.count.valueChanged.connect(self.refresh)
        self._retranslate()

    def scores(self) -> np.ndarray:
        """The scores a currently switched on, shape (count,)."""
        return np.array([box.value() for box in self.score_boxes[: self.count.value()]])

    def set_scores(self, values: tuple[float, ...]) -> None:
        """Show these scores (3 to 5 of them) and redraw once."""
        for box in self.score_boxes:
            box.blockSignals(True)
        self.count.blockSignals(True)
        self.count.setValue(len(values))
        for box, value in zip(self.score_boxes, values, strict=False):  # boxes past the count are hidden
            box.setValue(float(value))
        for box in self.score_boxes:
            box.blockSignals(False)
        self.count.blockSignals(False)
        self.refresh()

    def use_large_scores(self) -> None:
        """Load [1010, 1000, 990], where exp() overflows."""
        self.temperature.set_value(1.0)
        self.set_scores(LARGE_SCORES)

    def use_default_scores(self) -> None:
        """Back to small scores."""
        self.set_scores(DEFAULT_SCORES[:3])

    def shift_scores(self) -> None:
        """Add 100 to every score shown (the probabilities stay the same)."""
        shown = self.score_boxes[: self.count.value()]
        self.set_scores(tuple(box.value() + SHIFT for box in shown))

    def probabilities(self) -> np.ndarray:
        """softmax(a / T) of the current scores (the stable engine softmax)."""
        return softmax_temperature(self.scores(), self.temperature.value())

    def refresh(self, *_args: object) -> None:
        """Redraw the bars and the naive vs. stable comparison."""
        n = self.count.value()
        for i, box in enumerate(self.score_boxes):
            box.setVisible(i < n)
        y = self.probabilities()
        x = np.arange(n)
        self.bars.setOpts(x=x, height=y)
        for i, label in enumerate(self.bar_labels):
            label.setText(f"{y[i]:.3f}" if i < n else "")
            label.setPos(i, y[i] + 0.07 if i < n else 0)
        self.plot.getAxis("bottom").setTicks([[(i, f"a{i + 1}") for i in range(n)]])
        self.plot.setXRange(-0.6, n - 0.4, padding=0)
        self.shift_button.setEnabled(bool(self.scores().max() + SHIFT <= SCORE_LIMIT))
        scaled = self.scores() / self.temperature.value()
        naive, overflowed = softmax_naive(scaled)
        naive_text = number_text.array(naive, 4)
        if overflowed:
            naive_text = join_sentences(naive_text, self.tr(
                "nan (overflow): exp() of a large score is inf, and inf / inf is nan"), space="  ")
        self.naive_label.setText(self.tr("Naive  exp(aₖ) / Σ exp(aᵢ):  {0}").format(naive_text))
        self.stable_label.setText(self.tr("Stable  exp(aₖ − max a) / Σ exp(aᵢ − max a):  {0}").format(
            number_text.array(y, 4)))

    def _retranslate(self) -> None:
        self.count_caption.setText(self.tr("Classes:"))
        self.scores_caption.setText(self.tr("Scores a:"))
        self.temperature.caption.setText(self.tr("Temperature T"))
        self.plot.setTitle(self.tr("y = softmax(a / T)  (the bars always sum to 1)"))
        self.overflow_box.setTitle(self.tr("Why subtract the maximum?"))
        self.large_button.setText(self.tr("Try large scores [1010, 1000, 990]"))
        self.reset_button.setText(self.tr("Back to small scores"))
        self.shift_button.setText(self.tr("Add 100 to every score"))
        self.refresh()


class CrossEntropyPanel(Retranslatable, QWidget):
    """Cross-entropy E = −log p as the probability p of the right class moves; a marker on the curve."""

    P_CURVE = np.linspace(0.005, 1.0, 400)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.p_slider = ValueSlider(0.01, 1.0, 0.01, 0.6, parent=self)
        self.p_slider.value_changed.connect(self.refresh)
        self.plot = pg.PlotWidget(self, axisItems=readable_axes())
        self.plot.setMinimumHeight(220)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setXRange(0, 1.0)
        self.plot.setYRange(0, 5.5)
        self.plot.plot(self.P_CURVE, cross_entropy_of_right_class(self.P_CURVE),
                       pen=pg.mkPen("#c01c28", width=2.5))
        self.marker = pg.ScatterPlotItem(size=14, brush=pg.mkBrush("#1a5fb4"), pen=pg.mkPen("k"))
        self.plot.addItem(self.marker)
        self.value_label = QLabel(self)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.value_label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.p_slider)
        layout.addWidget(self.value_label)
        layout.addWidget(self.plot, 1)
        self._retranslate()

    def loss(self) -> float:
        """The cross-entropy for the current p."""
        # At p = 1 the engine's 1e-7 guard gives −1e-7, shown as "−0.000": a loss is never below 0.
        return max(float(cross_entropy_of_right_class(self.p_slider.value())), 0.0)

    def refresh(self, *_args: object) -> None:
        """Move the marker and update the value text."""
        p = self.p_slider.value()
        self.marker.setData([p], [self.loss()])
        self.value_label.setText(f"E = −log({p:.2f}) = {self.loss():.3f}")

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "With a one-hot label only the probability p of the right class counts: E = −log p. "
            "A confident right answer (p near 1) costs almost nothing; "
            "a confident wrong one (p near 0) costs a lot."))
        self.p_slider.caption.setText(self.tr("p (right class)"))
        self.plot.setLabel("bottom", self.tr("probability of the right class p"))
        self.plot.setLabel("left", self.tr("cross-entropy E"))
        self.refresh()
