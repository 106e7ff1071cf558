"""Numerical differentiation, tabs 1–2: the step h and its two errors; the tangent line at a dragged point."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.numerical_diff import (
    BOOK_TANGENT_POINTS,
    central_difference,
    difference_errors,
    forward_difference,
    forward_truncation_error,
    function_1,
    function_1_derivative,
    tangent_line,
)
from ui.lessons.panel_common import (
    CENTRAL_COLOUR,
    FORWARD_COLOUR,
    POINT_COLOUR,
    DraggedPoint,
    Panel,
    make_plot,
    spin_box,
    wrapped_label,
)
from ui.widgets.legend_place import keep_legend_clear

H_EXPONENTS = np.arange(-1.0, -50.25, -0.25)  # the plotted curves: h = 10^-1 ... 10^-50
X_RANGE = (0.0, 20.0)
ZERO_FLOOR = 1e-18  # where an error of exactly 0 is drawn (a log axis has no 0)


class StepSizePanel(Panel):
    """h on a slider from 1e-1 to 1e-50: forward and central differences and their errors, log–log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label(self)
        self.h_caption = QLabel(self)
        self.h_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.h_slider.setRange(1, 50)  # h = 10^-position
        self.h_slider.setValue(4)
        self.h_slider.setPageStep(5)
        self.h_value = QLabel(self)
        self.h_value.setMinimumWidth(70)
        self.x_caption = QLabel(self)
        self.x_spin = spin_box(*X_RANGE, 0.5, 5.0, self, decimals=1)
        self.true_label = wrapped_label(self)
        self.forward_label = wrapped_label(self)
        self.central_label = wrapped_label(self)
        self.note = wrapped_label(self)
        self.plot = make_plot(self)
        self.plot.setLogMode(x=True, y=True)
        self.plot.invertX(True)  # h shrinks to the right, as the learner moves the slider
        self.plot.addLegend()  # placed clear of the curves (keep_legend_clear, below)
        self.plot.setYRange(-18.3, 0.3, padding=0)  # log10 units: from the zero floor to 1
        self.forward_curve = self.plot.plot([], [], pen=pg.mkPen(FORWARD_COLOUR, width=2), name="forward")
        self.central_curve = self.plot.plot([], [], pen=pg.mkPen(CENTRAL_COLOUR, width=2), name="central")
        h = 10.0 ** H_EXPONENTS
        self.truncation_curve = self.plot.plot(  # the forward difference's error without round-off
            h, [forward_truncation_error(step) for step in h], name="truncation",
            pen=pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashLine))
        self.forward_mark = self.plot.plot([], [], pen=None, symbol="o", symbolBrush=FORWARD_COLOUR)
        self.central_mark = self.plot.plot([], [], pen=None, symbol="s", symbolBrush=CENTRAL_COLOUR)
        keep_legend_clear(self.plot)
        controls = QGridLayout()
        controls.addWidget(self.h_caption, 0, 0)
        controls.addWidget(self.h_slider, 0, 1)
        controls.addWidget(self.h_value, 0, 2)
        controls.addWidget(self.x_caption, 1, 0)
        controls.addWidget(self.x_spin, 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        controls.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(controls)
        for label in (self.true_label, self.forward_label, self.central_label, self.note):
            layout.addWidget(label)
        layout.addWidget(self.plot, 1)
        self.h_slider.valueChanged.connect(self.refresh)
        self.x_spin.valueChanged.connect(self._on_x_spin_value_changed)
        self._retranslate()
        self._on_x_spin_value_changed()

    def h(self) -> float:
        """The step h the slider sets."""
        return 10.0 ** -self.h_slider.value()

    def _on_x_spin_value_changed(self, *_args: object) -> None:
        errors = difference_errors(self.x_spin.value(), H_EXPONENTS)
        self.forward_curve.setData(errors.h, np.maximum(errors.forward, ZERO_FLOOR))
        self.central_curve.setData(errors.h, np.maximum(errors.central, ZERO_FLOOR))
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Recompute both quotients for the current h and x and move the two marks."""
        x, h = self.x_spin.value(), self.h()
        true = function_1_derivative(x)
        forward = forward_difference(function_1, x, h)
        central = central_difference(function_1, x, h)
        self.h_value.setText(f"1e-{self.h_slider.value()}")
        self.true_label.setText(self.tr("true derivative f′({0}) = 0.02·x + 0.1 = {1}").format(
            number_text.number(x, 6), number_text.number(true, 10)))
        self.forward_label.setText(self.tr("forward (f(x+h) − f(x)) / h = {0}   error {1}").format(
            number_text.exact(forward), number_text.scientific(abs(forward - true))))
        self.central_label.setText(self.tr("central (f(x+h) − f(x−h)) / 2h = {0}   error {1}").format(
            number_text.exact(central), number_text.scientific(abs(central - true))))
        truncation = forward_truncation_error(h)
        if x + h == x:
            note = self.tr("x + h is the same float as x: both differences are exactly 0.")
        elif abs(abs(forward - true) - truncation) > 0.1 * truncation:  # not what truncation explains
            note = self.tr("Round-off: f(x+h) and f(x) agree in almost every digit, so their "
                           "difference keeps only a few correct ones.")
        else:
            note = self.tr("Truncation: a finite h measures the slope of a chord, not of the tangent.")
        self.note.setText(note)
        self.forward_mark.setData([h], [max(abs(forward - true), ZERO_FLOOR)])
        self.central_mark.setData([h], [max(abs(central - true), ZERO_FLOOR)])

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "f(x) = 0.01x² + 0.1x. Make h smaller: the error first falls (truncation) and then rises "
            "again (round-off). The central difference is more accurate for the same h."))
        self.h_caption.setText(self.tr("Step h:"))
        self.x_caption.setText(self.tr("at x ="))
        self.plot.setLabel("bottom", self.tr("step h"))
        self.plot.setLabel("left", self.tr("|estimate − true derivative|"))
        self.plot.setTitle(self.tr("Error against h (an error of 0 is drawn at 1e-18)"))
        legend = self.plot.plotItem.legend
        names = {self.forward_curve: self.tr("forward"), self.central_curve: self.tr("central"),
                 self.truncation_curve: self.tr("truncation alone: 0.01·h")}
        for sample, label in legend.items:
            label.setText(names[sample.item])
        self.refresh()


class TangentPanel(Panel):
    """f(x) with the tangent at a point the learner drags (or types), and the book's two worked values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label(self)
        self.x_caption = QLabel(self)
        self.x_spin = spin_box(*X_RANGE, 0.1, BOOK_TANGENT_POINTS[0], self)
        self.book_buttons = [QPushButton(self) for _ in BOOK_TANGENT_POINTS]
        for button, x in zip(self.book_buttons, BOOK_TANGENT_POINTS, strict=True):
            button.clicked.connect(lambda _c=False, v=x: self.x_spin.setValue(v))
        self.slope_label = wrapped_label(self)
        self.line_label = wrapped_label(self)
        self.plot = make_plot(self)
        xs = np.linspace(*X_RANGE, 201)
        self.plot.plot(xs, function_1(xs), pen=pg.mkPen(FORWARD_COLOUR, width=2))
        dashed = pg.mkPen(CENTRAL_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        self.tangent = self.plot.plot([], [], pen=dashed)
        self.plot.setXRange(*X_RANGE, padding=0.02)
        self.plot.setYRange(-1.0, 6.0, padding=0)
        self.point = DraggedPoint(POINT_COLOUR)
        self.plot.addItem(self.point)
        self.point.dragged.connect(self._on_point_dragged)
        row = QHBoxLayout()
        row.addWidget(self.x_caption)
        row.addWidget(self.x_spin)
        for button in self.book_buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.slope_label)
        layout.addWidget(self.line_label)
        layout.addWidget(self.plot, 1)
        self.x_spin.valueChanged.connect(self.refresh)
        self._retranslate()

    def _on_point_dragged(self, x: float, _y: float) -> None:
        self.x_spin.setValue(min(max(x, X_RANGE[0]), X_RANGE[1]))
        self.refresh()  # puts the point back on the curve even when the value did not change

    def refresh(self, *_args: object) -> None:
        """Slope by the central difference at x, the tangent line, the point on the curve."""
        x = self.x_spin.value()
        slope, intercept = tangent_line(function_1, x)
        self.point.place(x, function_1(x))
        self.tangent.setData(list(X_RANGE), [slope * X_RANGE[0] + intercept, slope * X_RANGE[1] + intercept])
        self.slope_label.setText(self.tr("numerical_diff(f, {0}) = {1}   (exact: {2})").format(
            number_text.number(x, 6), number_text.exact(slope),
            number_text.number(function_1_derivative(x), 10)))
        self.line_label.setText(self.tr("tangent: y = {0}·x {1}").format(
            number_text.fixed(slope, 6), number_text.signed_term(intercept, 6)))

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Drag the red point along the curve, or type x. The dashed line is the tangent whose slope "
            "is the central difference with h = 1e-4, as in the book."))
        self.x_caption.setText(self.tr("x ="))
        for button, x in zip(self.book_buttons, BOOK_TANGENT_POINTS, strict=True):
            button.setText(self.tr("Book: x = {0}").format(f"{x:g}"))
        self.plot.setLabel("bottom", "x")
        self.plot.setLabel("left", "f(x)")
        self.refresh()
