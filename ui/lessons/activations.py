"""Lesson 2 (chapter 3): activation functions and their derivatives; stacked linear layers stay linear."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from nnlab.functions import ACTIVATIONS
from nnlab.lesson_math import collapse_affine, line_residual, make_affine_stack, stack_forward
from ui.percent import keep_percent_signs
from ui.retranslate import Retranslatable
from ui.sentences import join_sentences
from ui.widgets.axes import readable_axes
from ui.widgets.legend_place import keep_legend_clear

COLOURS = {
    "step": "#1a5fb4", "sigmoid": "#e66100", "relu": "#26a269",
    "leaky_relu": "#9141ac", "tanh": "#c01c28", "identity": "#5e5c64",
}
X = np.linspace(-4.0, 4.0, 801)
STACK_X = np.linspace(-3.0, 3.0, 301)


class FunctionPlot(QWidget):
    """Every activation and (optionally dashed) its derivative, each switched on by a check box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(self, axisItems=readable_axes())
        self.plot.setMinimumHeight(240)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setYRange(-1.6, 2.1)
        self.legend = self.plot.addLegend(labelTextSize="9pt", colCount=2)  # two columns: not as tall
        self.boxes: dict[str, QCheckBox] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.grad_curves: dict[str, pg.PlotDataItem] = {}
        boxes = QGridLayout()
        for i, name in enumerate(ACTIVATIONS):
            box = QCheckBox(self)
            box.setChecked(name in ("step", "sigmoid", "relu"))
            box.setStyleSheet(f"QCheckBox {{ color: {COLOURS[name]}; font-weight: bold; }}")
            box.toggled.connect(self.refresh)
            boxes.addWidget(box, i // 3, i % 3)
            self.boxes[name] = box
            self.curves[name] = self.plot.plot(pen=pg.mkPen(COLOURS[name], width=2.5))
            dashed = pg.mkPen(COLOURS[name], width=1.5, style=Qt.PenStyle.DashLine)
            self.grad_curves[name] = self.plot.plot(pen=dashed)
        keep_legend_clear(self.plot)  # below the axis on the right, where no curve goes
        self.derivatives = QCheckBox(self)
        self.derivatives.setChecked(True)
        self.derivatives.toggled.connect(self.refresh)
        self.alpha_caption = QLabel(self)
        self.alpha = QDoubleSpinBox(self)
        self.alpha.setRange(0.0, 0.5)
        self.alpha.setSingleStep(0.01)
        self.alpha.setValue(0.1)
        self.alpha.valueChanged.connect(self.refresh)
        options = QHBoxLayout()
        options.addWidget(self.derivatives)
        options.addStretch(1)
        options.addWidget(self.alpha_caption)
        options.addWidget(self.alpha)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(boxes)
        layout.addLayout(options)
        layout.addWidget(self.plot, 1)

    def set_names(self, names: dict[str, str], derivative_suffix: str) -> None:
        """Give every check box and legend entry its (translated) name."""
        self._names = names
        self._suffix = derivative_suffix
        for key, box in self.boxes.items():
            box.setText(names[key])
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Recompute every visible curve and rebuild the legend."""
        self.legend.clear()
        for name, (f, df) in ACTIVATIONS.items():
            kwargs = {"alpha": self.alpha.value()} if name == "leaky_relu" else {}
            shown = self.boxes[name].isChecked()
            self.curves[name].setData(X, f(X, **kwargs) if shown else [])
            grad_shown = shown and self.derivatives.isChecked()
            self.grad_curves[name].setData(X, df(X, **kwargs) if grad_shown else [])
            if shown:
                self.legend.addItem(self.curves[name], self._names[name])
            if grad_shown:
                self.legend.addItem(self.grad_curves[name], join_sentences(self._names[name], self._suffix))


class StackDemo(QGroupBox):
    """The same random layers with identity vs. a non-linear activation between them, on a 1-D input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seed = 1
        self.depth_caption = QLabel(self)
        self.depth = QSpinBox(self)
        self.depth.setRange(1, 6)
        self.depth.setValue(3)
        self.act_caption = QLabel(self)
        self.activation = QComboBox(self)
        for key in ("relu", "sigmoid", "tanh", "leaky_relu", "step"):
            self.activation.addItem(key, key)
        self.reroll = QPushButton(self)
        self.reroll.clicked.connect(self._on_reroll_clicked)
        self.linear_plot = pg.PlotWidget(self, axisItems=readable_axes())
        self.bent_plot = pg.PlotWidget(self, axisItems=readable_axes())
        for plot in (self.linear_plot, self.bent_plot):
            plot.setMinimumHeight(150)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMouseEnabled(False, False)
        self.linear_curve = self.linear_plot.plot(pen=pg.mkPen(COLOURS["identity"], width=2.5))
        self.bent_curve = self.bent_plot.plot(pen=pg.mkPen(COLOURS["relu"], width=2.5))
        self.linear_note = QLabel(self)
        self.bent_note = QLabel(self)
        for note in (self.linear_note, self.bent_note):
            note.setWordWrap(True)
        controls = QHBoxLayout()
        for w in (self.depth_caption, self.depth, self.act_caption, self.activation):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.reroll)
        grid = QGridLayout(self)
        grid.addLayout(controls, 0, 0, 1, 2)
        grid.addWidget(self.linear_plot, 1, 0)
        grid.addWidget(self.bent_plot, 1, 1)
        grid.addWidget(self.linear_note, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.bent_note, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.depth.valueChanged.connect(self.refresh)
        self.activation.currentIndexChanged.connect(self.refresh)

    def _on_reroll_clicked(self) -> None:
        self.seed += 1
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Recompute both curves for the chosen depth, activation and weights."""
        stack = make_affine_stack(self.depth.value(), seed=self.seed)
        f = ACTIVATIONS[self.activation.currentData()][0]
        y_linear = stack_forward(STACK_X, stack, ACTIVATIONS["identity"][0])
        y_bent = stack_forward(STACK_X, stack, f)
        self.linear_curve.setData(STACK_X, y_linear)
        self.bent_curve.setData(STACK_X, y_bent)
        slope, intercept = collapse_affine(stack)
        self.linear_note.setText(self.tr(
            "{0} layers with identity in between equal one layer: y = {1}·x {2}").format(
                self.depth.value(), number_text.fixed(slope, 3), number_text.signed_term(intercept, 3)))
        self.bent_note.setText(keep_percent_signs(self.tr(
            "Largest gap from the best straight line: {0:.1f} % of the output range").format(
                100 * line_residual(STACK_X, y_bent))))
        self.bent_plot.setTitle(self.tr("{0} between layers").format(self.activation.currentText()))


class ActivationsLesson(Retranslatable, QWidget):
    """Activation function plot on top, the stacking demo below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.functions = FunctionPlot(self)
        self.stack = StackDemo(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.functions, 3)
        layout.addWidget(self.stack, 2)
        self._retranslate()

    def names(self) -> dict[str, str]:
        """Translated display names of the activation functions."""
        return {
            "step": self.tr("step"), "sigmoid": self.tr("sigmoid"), "relu": self.tr("ReLU"),
            "leaky_relu": self.tr("leaky ReLU"), "tanh": self.tr("tanh"), "identity": self.tr("identity"),
        }

    def _retranslate(self) -> None:
        names = self.names()
        f = self.functions
        f.derivatives.setText(self.tr("Show derivatives (dashed)"))
        f.alpha_caption.setText(self.tr("leaky ReLU slope α for x < 0:"))
        f.plot.setLabel("bottom", "x")
        f.plot.setLabel("left", self.tr("h(x) and h′(x)"))
        f.set_names(names, self.tr("derivative"))
        s = self.stack
        s.setTitle(self.tr("Stacking layers: is a deep network without non-linearity still a straight line?"))
        s.depth_caption.setText(self.tr("Hidden layers:"))
        s.act_caption.setText(self.tr("Non-linearity:"))
        for i in range(s.activation.count()):
            s.activation.setItemText(i, names[s.activation.itemData(i)])
        s.reroll.setText(self.tr("New random weights"))
        s.linear_plot.setTitle(self.tr("identity between layers"))
        for plot in (s.linear_plot, s.bent_plot):
            plot.setLabel("bottom", self.tr("input x"))
            plot.setLabel("left", self.tr("output y"))
        s.refresh()
