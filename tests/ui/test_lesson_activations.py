"""Activation-functions lesson on real widgets: curves on and off, derivatives, stacked layers."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import is_japanese, show_lesson
from nnlab.functions import ACTIVATIONS
from nnlab.lesson_math import collapse_affine, line_residual, make_affine_stack, stack_forward
from ui import i18n
from ui.lessons.activations import STACK_X, ActivationsLesson, X

PROBES = (-2.5, -1.0, -0.25, 0.5, 1.0, 3.0)  # away from the kinks at 0


@pytest.fixture
def lesson(qtbot, qapp) -> ActivationsLesson:
    """The lesson widget in English."""
    return show_lesson(qtbot, qapp, ActivationsLesson)


def legend_texts(lesson: ActivationsLesson) -> list[str]:
    """The legend entries of the function plot."""
    return [label.text for _, label in lesson.functions.legend.items]


def shown(curve) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) a curve draws; empty arrays when it draws nothing."""
    x, y = curve.getData()
    return (np.zeros(0), np.zeros(0)) if x is None else (np.asarray(x), np.asarray(y))


def value_at(curve, x0: float) -> float:
    """The plotted y at the grid point x0 (which lies on the lesson's X grid)."""
    x, y = shown(curve)
    i = int(np.argmin(np.abs(x - x0)))
    assert x[i] == pytest.approx(x0)
    return float(y[i])


def test_builds_in_english(lesson):
    f = lesson.functions
    assert [f.boxes[k].text() for k in ("step", "sigmoid", "relu")] == ["step", "sigmoid", "ReLU"]
    assert legend_texts(lesson) == ["step", "step derivative", "sigmoid", "sigmoid derivative",
                                    "ReLU", "ReLU derivative"]
    assert lesson.stack.reroll.text() == "New random weights"
    assert lesson.stack.linear_note.text().startswith("3 layers with identity in between")


def test_builds_in_japanese(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        widget = ActivationsLesson()
        qtbot.addWidget(widget)

        def tr(text: str) -> str:
            return QCoreApplication.translate("ActivationsLesson", text)

        assert widget.functions.boxes["relu"].text() == tr("ReLU")
        assert widget.functions.derivatives.text() == tr("Show derivatives (dashed)")
        assert widget.stack.reroll.text() == tr("New random weights")
        assert legend_texts(widget)[0] == tr("step")
        assert is_japanese(widget.stack.reroll.text()) and is_japanese(widget.stack.linear_note.text())
        assert shown(widget.functions.curves["sigmoid"])[0].size == X.size
    finally:
        i18n.set_language(qapp, "en")
    QCoreApplication.processEvents()
    assert widget.functions.boxes["relu"].text() == "ReLU"
    assert legend_texts(widget)[:2] == ["step", "step derivative"]


def test_toggling_a_function_shows_and_hides_its_curve(lesson):
    f = lesson.functions
    assert shown(f.curves["tanh"])[0].size == 0 and shown(f.grad_curves["tanh"])[0].size == 0
    f.boxes["tanh"].click()
    x, y = shown(f.curves["tanh"])
    np.testing.assert_allclose(x, X)
    np.testing.assert_allclose(y, np.tanh(X))
    assert shown(f.grad_curves["tanh"])[0].size == X.size
    assert "tanh" in legend_texts(lesson) and "tanh derivative" in legend_texts(lesson)
    f.boxes["sigmoid"].click()
    assert shown(f.curves["sigmoid"])[0].size == 0 and shown(f.grad_curves["sigmoid"])[0].size == 0
    assert "sigmoid" not in legend_texts(lesson)
    f.derivatives.click()  # derivatives off: every dashed curve goes, the functions stay
    assert all(shown(c)[0].size == 0 for c in f.grad_curves.values())
    assert shown(f.curves["tanh"])[0].size == X.size
    assert not any(text.endswith("derivative") for text in legend_texts(lesson))


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_plotted_derivative_equals_the_engine_and_the_slope_of_the_curve(lesson, name):
    f = lesson.functions
    if not f.boxes[name].isChecked():
        f.boxes[name].click()
    kwargs = {"alpha": f.alpha.value()} if name == "leaky_relu" else {}
    function, derivative = ACTIVATIONS[name]
    for x0 in PROBES:
        assert value_at(f.curves[name], x0) == pytest.approx(float(function(np.array(x0), **kwargs)))
        assert value_at(f.grad_curves[name], x0) == pytest.approx(
            float(derivative(np.array(x0), **kwargs)))
    # the dashed curve is the slope of the solid one (a second, independent check)
    x, y = shown(f.curves[name])
    slope = np.gradient(y, x)
    _, dy = shown(f.grad_curves[name])
    away = np.abs(x) > 0.05
    np.testing.assert_allclose(dy[away], slope[away], atol=1e-4)


def test_leaky_relu_slope_spin_box_changes_both_curves(lesson):
    f = lesson.functions
    f.boxes["leaky_relu"].click()
    assert value_at(f.grad_curves["leaky_relu"], -1.0) == pytest.approx(0.1)
    f.alpha.setValue(0.25)
    assert value_at(f.curves["leaky_relu"], -2.0) == pytest.approx(-0.5)
    assert value_at(f.grad_curves["leaky_relu"], -1.0) == pytest.approx(0.25)
    assert value_at(f.grad_curves["leaky_relu"], 1.0) == pytest.approx(1.0)


def shown_line(note: str) -> tuple[float, float]:
    """Slope and intercept written in the note 'y = 0.123·x − 0.456' (typographic minus)."""
    match = re.search(r"y = (−?\d+\.\d+)·x ([+−]) (\d+\.\d+)", note)
    assert match, note
    sign = -1.0 if match.group(2) == "−" else 1.0
    return float(match.group(1).replace("−", "-")), sign * float(match.group(3))


def test_stacked_linear_layers_stay_a_straight_line(lesson):
    s = lesson.stack
    for depth in (1, 3, 6):
        s.depth.setValue(depth)
        x, y = shown(s.linear_curve)
        np.testing.assert_allclose(x, STACK_X)
        slope, intercept = shown_line(s.linear_note.text())
        np.testing.assert_allclose(y, slope * x + intercept, atol=2e-3 * (1 + np.abs(y).max()))
        assert line_residual(x, y) < 1e-9
        assert s.linear_note.text().startswith(f"{depth} layers")
        stack = make_affine_stack(depth, seed=s.seed)
        assert (slope, intercept) == pytest.approx(collapse_affine(stack), abs=6e-4)


def test_a_non_linearity_bends_the_stack_and_the_controls_redraw_it(qtbot, lesson):
    s = lesson.stack
    assert s.activation.currentData() == "relu"
    x, bent = shown(s.bent_curve)
    stack = make_affine_stack(s.depth.value(), seed=s.seed)
    np.testing.assert_allclose(bent, stack_forward(STACK_X, stack, ACTIVATIONS["relu"][0]))
    residual = line_residual(x, bent)
    assert residual > 0.05
    gap = float(re.search(r"(\d+\.\d)\u00a0%", s.bent_note.text()).group(1))
    assert gap == pytest.approx(100 * residual, abs=0.05)
    assert s.bent_plot.plotItem.titleLabel.text == "ReLU between layers"

    s.activation.setCurrentIndex(s.activation.findData("tanh"))
    _, bent_tanh = shown(s.bent_curve)
    np.testing.assert_allclose(bent_tanh, stack_forward(STACK_X, stack, np.tanh))
    assert line_residual(x, bent_tanh) > 0.05
    assert s.bent_plot.plotItem.titleLabel.text == "tanh between layers"

    _, linear_before = shown(s.linear_curve)
    qtbot.mouseClick(s.reroll, Qt.MouseButton.LeftButton)
    assert s.seed == 2
    _, linear_after = shown(s.linear_curve)
    assert not np.allclose(linear_before, linear_after)
    new_stack = make_affine_stack(s.depth.value(), seed=2)
    np.testing.assert_allclose(shown(s.bent_curve)[1], stack_forward(STACK_X, new_stack, np.tanh))

