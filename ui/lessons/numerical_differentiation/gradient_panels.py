"""Numerical differentiation, tabs 3–4: the gradient of x0² + x1² as an arrow field, and gradient descent."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QDoubleValidator
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

from nnlab import number_text
from nnlab.numerical_diff import (
    BOOK_DESCENT_START,
    BOOK_GRADIENT_POINTS,
    DESCENT_PRESETS,
    function_2,
    gradient_2,
    gradient_descent,
    gradient_field,
    partial_derivatives,
)
from ui.lessons.panel_common import (
    CENTRAL_COLOUR,
    ERROR_STYLE,
    POINT_COLOUR,
    STEP_SHORTCUT,
    DraggedPoint,
    Panel,
    StatusLine,
    arrow_segments,
    make_plot,
    spin_box,
    wrapped_label,
)
from ui.sentences import join_sentences

FIELD_ARROW = 0.22 / 6.4  # arrow length per unit of |∇f|: the longest field arrow is about one grid step
VIEW = 4.5
DRAWN_LIMIT = 1e3  # path points farther out than this are not drawn (the view is ±4.5)
PLAY_INTERVAL_MS = 40


def circle(radius: float, n: int = 90) -> tuple[np.ndarray, np.ndarray]:
    """A contour line of x0² + x1² (a circle) as x and y arrays."""
    angles = np.linspace(0.0, 2.0 * np.pi, n)
    return radius * np.cos(angles), radius * np.sin(angles)


class GradientFieldPanel(Panel):
    """The book's Fig. 4-9: −∇f on a grid, and the learner's point with its own gradient, live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label(self)
        self.x0_spin = spin_box(-VIEW, VIEW, 0.25, BOOK_GRADIENT_POINTS[0][0], self)
        self.x1_spin = spin_box(-VIEW, VIEW, 0.25, BOOK_GRADIENT_POINTS[0][1], self)
        self.x0_caption, self.x1_caption = QLabel("x0 =", self), QLabel("x1 =", self)
        self.book_buttons = [QPushButton(f"({p[0]:g}, {p[1]:g})", self) for p in BOOK_GRADIENT_POINTS]
        for button, point in zip(self.book_buttons, BOOK_GRADIENT_POINTS, strict=True):
            button.clicked.connect(lambda _c=False, p=point: self.set_point(*p))
        self.book_caption = QLabel(self)
        self.partials_label = wrapped_label(self)
        self.gradient_label = wrapped_label(self)
        self.plot = make_plot(self, square=True)
        self.plot.setXRange(-VIEW, VIEW, padding=0)
        self.plot.setYRange(-VIEW, VIEW, padding=0)
        points, grads = gradient_field()
        fx, fy = arrow_segments(points, -grads * FIELD_ARROW)
        self.field = self.plot.plot(fx, fy, pen=pg.mkPen("#666666", width=1), connect="pairs")
        self.arrow = self.plot.plot([], [], pen=pg.mkPen(CENTRAL_COLOUR, width=3), connect="pairs")
        self.point = DraggedPoint(POINT_COLOUR)
        self.plot.addItem(self.point)
        self.point.dragged.connect(self.set_point)
        row = QHBoxLayout()
        for widget in (self.x0_caption, self.x0_spin, self.x1_caption, self.x1_spin):
            row.addWidget(widget)
        row.addStretch(1)
        book_row = QHBoxLayout()
        for widget in (self.book_caption, *self.book_buttons):
            book_row.addWidget(widget)
        book_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addLayout(book_row)
        layout.addWidget(self.partials_label)
        layout.addWidget(self.gradient_label)
        layout.addWidget(self.plot, 1)
        self.x0_spin.valueChanged.connect(self.refresh)
        self.x1_spin.valueChanged.connect(self.refresh)
        self._retranslate()

    def set_point(self, x0: float, x1: float) -> None:
        """Move the learner's point (from a drag or a preset) and redraw its gradient."""
        for spin, value in ((self.x0_spin, x0), (self.x1_spin, x1)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Partial derivatives, the numerical gradient and the −∇f arrow at the current point."""
        x0, x1 = self.x0_spin.value(), self.x1_spin.value()
        d0, d1 = partial_derivatives(x0, x1)
        grad = gradient_2((x0, x1))
        self.point.place(x0, x1)
        ax, ay = arrow_segments([[x0, x1]], [-grad * FIELD_ARROW * 2], head=0.25)
        self.arrow.setData(ax, ay)
        self.partials_label.setText(
            self.tr("∂f/∂x0 = {0}    ∂f/∂x1 = {1}").format(number_text.exact(d0), number_text.exact(d1)))
        self.gradient_label.setText(self.tr(
            "numerical_gradient(f, [{0:g}, {1:g}]) = {2}    f = {3:.4g}").format(
            x0, x1, number_text.array(grad), function_2(np.array([x0, x1]))))

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "f(x0, x1) = x0² + x1². Grey arrows: −∇f on the book's grid; each points where f falls "
            "fastest, and is longer where f is steeper. Drag the red point or type its coordinates; "
            "the orange arrow is −∇f there (drawn twice as long)."))
        self.book_caption.setText(self.tr("Book:"))
        self.plot.setLabel("bottom", "x0")
        self.plot.setLabel("left", "x1")
        self.refresh()


class DescentPanel(Panel):
    """x ← x − lr·∇f(x) from the book's (−3, 4): rate and steps editable, three presets, step by step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label(self)
        self.lr_caption = QLabel(self)
        self.lr_edit = QLineEdit("0.1", self)
        validator = QDoubleValidator(0.0, 1e6, 20, self.lr_edit)
        validator.setNotation(QDoubleValidator.Notation.ScientificNotation)
        validator.setLocale(QLocale.c())  # "1e-10" and a dot, whatever the system locale
        self.lr_edit.setValidator(validator)
        self.steps_caption = QLabel(self)
        self.steps_spin = QSpinBox(self)
        self.steps_spin.setRange(0, 1000)  # each path is computed at once: keep it a blink
        self.steps_spin.setValue(100)
        self.preset_buttons = {p.key: QPushButton(self) for p in DESCENT_PRESETS}
        for preset in DESCENT_PRESETS:
            self.preset_buttons[preset.key].clicked.connect(
                lambda _c=False, p=preset: self.apply_preset(p.lr, p.step_num))
        self.step_button, self.play_button, self.reset_button = (QPushButton(self) for _ in range(3))
        self.step_button.clicked.connect(self.step)
        self.play_button.clicked.connect(self._on_play_button_clicked)
        self.reset_button.clicked.connect(self.reset)
        self.status = StatusLine(2, self)
        self.result = StatusLine(2, self)
        self.plot = make_plot(self, square=True, grid=False)  # the contour circles guide the eye
        for radius in (1, 2, 3, 4, 5):
            self.plot.plot(*circle(radius), pen=pg.mkPen("#bbbbbb", width=1))
        for xs, ys in (([-5, 5], [0, 0]), ([0, 0], [-5, 5])):
            self.plot.plot(xs, ys, pen=pg.mkPen("#1a5fb4", width=1, style=Qt.PenStyle.DashLine))
        self.path_curve = pg.PlotCurveItem(pen=pg.mkPen(CENTRAL_COLOUR, width=1))
        self.plot.addItem(self.path_curve)
        # The points are appended one by one: a full setData of a scatter per Step costs more than
        # the drawing (the benchmark graph_step.py times it).
        self.path_points = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(CENTRAL_COLOUR))
        self.plot.addItem(self.path_points)
        self.plot.setXRange(-3.5, 3.5, padding=0)
        self.plot.setYRange(-VIEW, VIEW, padding=0)
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self.step)
        self.path = np.array([BOOK_DESCENT_START])
        self.shown = 1  # points of the path drawn so far (the start is always shown)
        self.error = ""
        self._build_layout()
        self.lr_edit.textEdited.connect(self.reset)
        self.steps_spin.valueChanged.connect(self.reset)
        self._retranslate()
        self.reset()

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(self.lr_caption, 0, 0)
        grid.addWidget(self.lr_edit, 0, 1)
        grid.addWidget(self.steps_caption, 0, 2)
        grid.addWidget(self.steps_spin, 0, 3)
        presets = QHBoxLayout()
        for button in self.preset_buttons.values():
            presets.addWidget(button)
        run = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.reset_button):
            run.addWidget(button)
        run.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(presets)
        layout.addLayout(run)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addWidget(self.plot, 1)

    def learning_rate(self) -> float | None:
        """The typed learning rate, or None when it is not a finite number ≥ 0."""
        try:
            lr = float(self.lr_edit.text().strip())
        except ValueError:
            return None
        return lr if math.isfinite(lr) and lr >= 0 else None

    def apply_preset(self, lr: float, step_num: int) -> None:
        """Load one of the book's cases and play its path from the start, one step at a time."""
        self.lr_edit.setText(f"{lr:g}")
        self.steps_spin.blockSignals(True)
        self.steps_spin.setValue(step_num)
        self.steps_spin.blockSignals(False)
        self.reset()
        self._timer.start()
        self._redraw()

    def reset(self, *_args: object) -> None:
        """Recompute the path for the current settings; show only the start point."""
        self._timer.stop()
        lr = self.learning_rate()
        if lr is None:
            self.error = self.tr("The learning rate must be a number ≥ 0, for example 0.1 or 1e-10.")
            self.path = np.array([BOOK_DESCENT_START])
        else:
            self.error = ""
            self.path = gradient_descent(BOOK_DESCENT_START, lr, self.steps_spin.value())
        self.shown = 1
        self._redraw()

    def step(self) -> None:
        """Draw one more step of the path (Play calls this on a timer)."""
        if self.shown < len(self.path):
            self.shown += 1
        if self.shown >= len(self.path):
            self._timer.stop()
        self._redraw()

    def _on_play_button_clicked(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
        else:
            if self.shown >= len(self.path):
                self.shown = 1
            self._timer.start()
        self._redraw()

    def _redraw(self) -> None:
        drawn = self.path[: self.shown]
        inside = np.all(np.isfinite(drawn) & (np.abs(drawn) < DRAWN_LIMIT), axis=1)
        points = drawn[inside]
        self.path_curve.setData(points[:, 0], points[:, 1])
        have = len(self.path_points.data)
        if have > len(points):
            self.path_points.clear()
            have = 0
        if have < len(points):
            self.path_points.addPoints(x=points[have:, 0], y=points[have:, 1])
        self.play_button.setText(self.tr("Pause") if self._timer.isActive() else self.tr("Play"))
        steps = len(self.path) - 1
        if self.error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.error)
            self.result.setText("")
            return
        x = self.path[self.shown - 1]
        text = self.tr("step {0} of {1}: x = {2}").format(self.shown - 1, steps, number_text.array(x))
        if not inside.all():
            text = join_sentences(text, self.tr("(the path has left the view)"), space="  ")
        self.status.setStyleSheet("")
        self.status.setText(text)
        result = ""
        if self.shown == len(self.path):
            result = self.tr("gradient_descent(f, init_x=[-3.0, 4.0], lr={0}, step_num={1}) = {2}").format(
                self.lr_edit.text().strip(), steps, number_text.array(x))
        self.result.setText(result)

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Gradient descent on f(x0, x1) = x0² + x1² from the book's start (−3, 4). Each step moves "
            "against the numerical gradient by lr times its length. Try the book's three rates."))
        self.lr_caption.setText(self.tr("Learning rate lr:"))
        self.steps_caption.setText(self.tr("Steps:"))
        names = {"good": self.tr("Good: lr = 0.1"), "too_large": self.tr("Too large: lr = 10"),
                 "too_small": self.tr("Too small: lr = 1e-10")}
        for key, button in self.preset_buttons.items():
            button.setText(names[key])
        self.step_button.setText(self.tr("Step"))
        self.step_button.setShortcut(STEP_SHORTCUT)  # after setText, which replaces the shortcut
        self.step_button.setToolTip(self.tr("One more step (Ctrl+Right)"))
        self.reset_button.setText(self.tr("Reset"))
        self.plot.setLabel("bottom", "x0")
        self.plot.setLabel("left", "x1")
        self._redraw()
