"""Lesson 4 (chapter 4): epochs and mini-batches (how much data random batches cover); two loss functions."""

from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.lesson_math import example_losses, parse_prediction
from ui.lessons.learning_minibatch.coverage import CoveragePanel
from ui.lessons.tabbed import TabbedLesson
from ui.retranslate import Retranslatable

log = logging.getLogger(__name__)

CONFIDENT = "0.05, 0.1, 0.7, 0.05, 0.1"
RIGHT, WRONG = 2, 4
UNSURE = "0.2, 0.2, 0.2, 0.2, 0.2"


class LossPanel(Retranslatable, QWidget):
    """One prediction y and the right class: the mean squared error and the cross-entropy side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.y_caption = QLabel(self)
        self.y_edit = QLineEdit(CONFIDENT, self)
        self.class_caption = QLabel(self)
        self.class_spin = QSpinBox(self)
        self.class_spin.setRange(0, 4)
        self.class_spin.setValue(RIGHT)
        self.preset_buttons = [QPushButton(self) for _ in range(3)]
        presets = ((CONFIDENT, RIGHT), (CONFIDENT, WRONG), (UNSURE, RIGHT))
        for button, (text, cls) in zip(self.preset_buttons, presets, strict=True):
            button.clicked.connect(lambda _c=False, t=text, k=cls: self.set_example(t, k))
        self.t_label = QLabel(self)
        self.mse_label = QLabel(self)
        self.ce_label = QLabel(self)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        for label in (self.mse_label, self.ce_label):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            label.setFont(font)
        self.plot = pg.PlotWidget(self)
        self.plot.setMinimumHeight(180)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 1.05)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6)
        self.plot.addItem(self.bars)
        grid = QGridLayout()
        grid.addWidget(self.y_caption, 0, 0)
        grid.addWidget(self.y_edit, 0, 1)
        grid.addWidget(self.class_caption, 1, 0)
        grid.addWidget(self.class_spin, 1, 1)
        buttons = QHBoxLayout()
        for button in self.preset_buttons:
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        for w in (self.t_label, self.mse_label, self.ce_label, self.note_label):
            layout.addWidget(w)
        layout.addWidget(self.plot, 1)
        self.y_edit.textChanged.connect(self.refresh)
        self.class_spin.valueChanged.connect(self.refresh)
        self._retranslate()

    def set_example(self, text: str, right_class: int) -> None:
        """Load a prediction text and a right class."""
        self.class_spin.blockSignals(True)
        self.class_spin.setValue(right_class)
        self.class_spin.blockSignals(False)
        self.y_edit.setText(text)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Parse y, compute both losses and redraw the bars (right class in orange)."""
        try:
            y = parse_prediction(self.y_edit.text())
        except ValueError as exc:
            log.info("prediction rejected: %s", exc)
            self._show_error(self.tr("Type 2 to 10 numbers between 0 and 1, separated by commas."))
            return
        if y.size > 10:
            self._show_error(self.tr("Type 2 to 10 numbers between 0 and 1, separated by commas."))
            return
        self.class_spin.setMaximum(y.size - 1)
        k = self.class_spin.value()
        mse, ce = example_losses(y, k)
        ce = max(ce, 0.0)  # y[k] = 1 gives −1e-7 through the 1e-7 guard, which would show as "−0.0000"
        t = np.zeros_like(y)
        t[k] = 1.0
        one_hot = ", ".join(f"{v:g}" for v in t)
        self.t_label.setText(self.tr("right answer t (one-hot) = [{0}]").format(one_hot))
        self.mse_label.setText(self.tr("Mean squared error  E = ½ Σ (yₖ − tₖ)² = {0:.4f}").format(mse))
        self.ce_label.setText(
            self.tr("Cross-entropy  E = −Σ tₖ log yₖ = −log y[{0}] = {1:.4f}").format(k, ce))
        total = float(y.sum())
        self.note_label.setText("" if abs(total - 1.0) < 0.01 else self.tr(
            "Note: these values sum to {0:.2f}, not 1. A softmax output always sums to 1.").format(total))
        self.note_label.setStyleSheet("color: #c01c28;" if self.note_label.text() else "")
        brushes = [pg.mkBrush("#e66100" if i == k else "#1a5fb4") for i in range(y.size)]
        self.bars.setOpts(x=np.arange(y.size), height=y, brushes=brushes)
        self.plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(y.size)]])
        self.plot.setXRange(-0.6, y.size - 0.4, padding=0)

    def _show_error(self, message: str) -> None:
        self.note_label.setText(message)
        self.note_label.setStyleSheet("color: #c01c28;")
        for label in (self.t_label, self.mse_label, self.ce_label):
            label.setText("")
        self.bars.setOpts(x=[], height=[])

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "A loss function measures how far one prediction is from the right answer. "
            "Edit the network's output y (probabilities) and choose the right class."))
        self.y_caption.setText(self.tr("Output y:"))
        self.class_caption.setText(self.tr("Right class:"))
        labels = (self.tr("Confident and right"), self.tr("Confident and wrong"), self.tr("Unsure"))
        for button, text in zip(self.preset_buttons, labels, strict=True):
            button.setText(text)
        self.plot.setTitle(self.tr("y per class (orange: the right class)"))
        self.refresh()


class LearningMinibatchLesson(TabbedLesson):
    """Two tabs: mini-batches covering the data set, and two loss functions on one example."""

    def __init__(self, parent: QWidget | None = None) -> None:
        coverage = CoveragePanel()
        losses = LossPanel()
        super().__init__([
            (coverage, QT_TRANSLATE_NOOP("LearningMinibatchLesson", "Mini-batches and epochs")),
            (losses, QT_TRANSLATE_NOOP("LearningMinibatchLesson", "Loss functions")),
        ], parent)
        self.coverage, self.losses = coverage, losses
