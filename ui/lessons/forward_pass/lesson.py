"""Lesson 3 (chapter 3): the book's fixed-weight three-layer forward pass, softmax, cross-entropy."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.lesson_math import FIXED_INPUT, ForwardStep, fixed_weight_params, fixed_weight_steps
from ui.lessons.forward_pass.book import BookNetworkPanel
from ui.lessons.forward_pass.draw import BookDrawPanel
from ui.lessons.forward_pass.softmax import CrossEntropyPanel, SoftmaxPanel
from ui.lessons.perceptron.widgets import ValueSlider
from ui.lessons.tabbed import TabbedLesson
from ui.retranslate import Retranslatable

OUTPUTS = ("identity", "sigmoid")
PARAM_COLOUR = "#5e5c64"   # fixed weights and biases: they never change
VALUE_COLOUR = "#1a5fb4"   # computed from x: they change with it
LAYERS = 3


def format_shape(value: np.ndarray) -> str:
    """'(2,)' or '(2, 3)'."""
    return str(tuple(np.shape(value)))


class StepRow:
    """One line of the step table: what it is, its shape, its value (a monospace NumPy print)."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, fixed: bool) -> None:
        colour = PARAM_COLOUR if fixed else VALUE_COLOUR
        self.formula = QLabel(parent)
        self.shape = QLabel(parent)
        self.value = QLabel(parent)
        self.value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.value.setStyleSheet(f"color: {colour};")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not fixed:
            self.formula.setStyleSheet("font-weight: bold;")
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        grid.addWidget(self.formula, row, 0, top)
        grid.addWidget(self.shape, row, 1, top)
        grid.addWidget(self.value, row, 2, top)

    def show(self, formula: str, shape: str, value: np.ndarray) -> None:
        """Set the three texts."""
        self.formula.setText(formula)
        self.shape.setText(shape)
        self.value.setText(number_text.array(value))


class ThreeLayerPanel(Retranslatable, QWidget):
    """x1, x2 and the output function; every matrix of x -> a1 -> z1 -> a2 -> z2 -> a3 -> y."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.params = fixed_weight_params()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.x_sliders = [ValueSlider(-2.0, 2.0, 0.05, v, parent=self) for v in FIXED_INPUT]
        inputs = QVBoxLayout()  # one slider per row: the panel fits beside the text on a small screen
        for i, slider in enumerate(self.x_sliders, start=1):
            slider.caption.setText(f"x{i}")
            slider.value_changed.connect(self.refresh)
            inputs.addWidget(slider)
        self.output_caption = QLabel(self)
        self.output_combo = QComboBox(self)
        for name in OUTPUTS:
            self.output_combo.addItem(name, name)
        self.output_combo.currentIndexChanged.connect(self.refresh)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_input)
        options = QHBoxLayout()
        options.addWidget(self.output_caption)
        options.addWidget(self.output_combo)
        options.addStretch(1)
        options.addWidget(self.reset_button)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.output_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.output_label.setFont(font)
        self.output_label.setWordWrap(True)  # the two probabilities go to a second line if need be
        self.output_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(inputs)
        layout.addLayout(options)
        layout.addWidget(self._build_steps(), 1)
        layout.addWidget(self.output_label)
        layout.addWidget(self.legend)
        self._retranslate()
        self.refresh()

    def _build_steps(self) -> QScrollArea:
        """The table: headers, then x, and per layer W, b, a, z (the last layer: a3, y)."""
        page = QWidget()
        page.setBackgroundRole(QPalette.ColorRole.Base)  # white, like a table
        page.setAutoFillBackground(True)
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(5)
        self.headers = [QLabel(page) for _ in range(3)]
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: bold; color: #333333;")
            grid.addWidget(header, 0, column)
        self.rows: dict[str, StepRow] = {}
        row = 1
        for name in ["x"] + [f"{k}{i}" for i in range(1, LAYERS + 1) for k in "Wbaz"]:
            if name == f"z{LAYERS}":
                name = "y"
            if name.startswith("W") and name != "W1":
                grid.addWidget(self._separator(page), row, 0, 1, 3)
                row += 1
            self.rows[name] = StepRow(page, grid, row, fixed=name[0] in "Wb")
            row += 1
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _separator(parent: QWidget) -> QFrame:
        line = QFrame(parent)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #c0bfbc;")
        return line

    def x(self) -> np.ndarray:
        """The input the learner set, shape (2,)."""
        return np.array([slider.value() for slider in self.x_sliders])

    def output_name(self) -> str:
        """'identity' (the book) or 'sigmoid'."""
        return self.output_combo.currentData()

    def steps(self) -> list[ForwardStep]:
        """The engine's forward pass for the current x and output function."""
        return fixed_weight_steps(self.x(), self.output_name())

    def reset_input(self) -> None:
        """Back to the book's x = [1.0, 0.5] (one redraw)."""
        for slider, value in zip(self.x_sliders, FIXED_INPUT, strict=True):
            slider.blockSignals(True)
            slider.set_value(value)
            slider.blockSignals(False)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Show every step of the forward pass for the current x."""
        steps = {step.name: step for step in self.steps()}
        self.rows["x"].show("x", format_shape(steps["x"].value), steps["x"].value)
        for i in range(1, LAYERS + 1):
            W, b = self.params[f"W{i}"], self.params[f"b{i}"]
            self.rows[f"W{i}"].show(f"W{i}", format_shape(W), W)
            self.rows[f"b{i}"].show(f"b{i}", format_shape(b), b)
            a = steps[f"a{i}"]
            source = steps["x" if i == 1 else f"z{i - 1}"].value
            shapes = (f"{format_shape(source)}·{format_shape(W)} + {format_shape(b)}"
                      f" → {format_shape(a.value)}")
            self.rows[f"a{i}"].show(a.formula, shapes, a.value)
            z = steps["y" if i == LAYERS else f"z{i}"]
            self.rows[z.name].show(z.formula, format_shape(z.value), z.value)
        y = steps["y"]
        self.output_label.setText(f"{y.formula} = {number_text.array(y.value)}")

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The book's network with fixed weights: 2 inputs → 3 → 2 → 2 outputs, sigmoid in the "
            "hidden layers. Change x and follow every step."))
        self.output_caption.setText(self.tr("Output function:"))
        self.output_combo.setItemText(0, self.tr("identity (as in the book)"))
        self.output_combo.setItemText(1, self.tr("sigmoid"))
        self.reset_button.setText(self.tr("Back to x = [1.0, 0.5]"))
        texts = (self.tr("Step"), self.tr("Shape"), self.tr("Value"))
        for header, text in zip(self.headers, texts, strict=True):
            header.setText(text)
        fixed = self.tr("Grey: the fixed weights W and biases b.")
        computed = self.tr("Blue: computed from x, they change with it.")
        self.legend.setText(f"<span style='color:{PARAM_COLOUR}'>{html.escape(fixed)}</span> "
                            f"<span style='color:{VALUE_COLOUR}'>{html.escape(computed)}</span>")


class ForwardPassLesson(TabbedLesson):
    """Five tabs: the three-layer forward pass, softmax, cross-entropy, the book's trained network
    on MNIST (§3.6) and drawing a digit for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        network = ThreeLayerPanel()
        softmax = SoftmaxPanel()
        cross_entropy = CrossEntropyPanel()
        book = BookNetworkPanel()
        draw = BookDrawPanel()
        super().__init__([
            (network, QT_TRANSLATE_NOOP("ForwardPassLesson", "Three-layer network")),
            (softmax, QT_TRANSLATE_NOOP("ForwardPassLesson", "Softmax")),
            (cross_entropy, QT_TRANSLATE_NOOP("ForwardPassLesson", "Cross-entropy")),
            (book, QT_TRANSLATE_NOOP("ForwardPassLesson", "Trained net (§3.6)")),
            (draw, QT_TRANSLATE_NOOP("ForwardPassLesson", "Draw a digit")),
        ], parent)
        self.network, self.softmax, self.cross_entropy = network, softmax, cross_entropy
        self.book, self.draw = book, draw
