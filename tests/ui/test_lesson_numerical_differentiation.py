"""Numerical differentiation lesson on real widgets: the book's printed values where the learner looks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QKeySequence

from lesson_support import is_japanese, show_lesson
from nnlab import number_text
from nnlab.numerical_diff import function_1
from ui import i18n
from ui.lessons.numerical_differentiation.lesson import NumericalDifferentiationLesson

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def lesson(qtbot, qapp) -> NumericalDifferentiationLesson:
    """The lesson in English, shown."""
    return show_lesson(qtbot, qapp, NumericalDifferentiationLesson)


def test_builds_in_english_with_five_tabs(lesson):
    titles = [lesson.tabs.tabText(i) for i in range(lesson.tabs.count())]
    assert titles == ["Step h", "Tangent", "Gradient", "Descent", "simpleNet"]
    assert lesson.step_size.h_value.text() == "1e-4"


def test_builds_in_japanese_and_switches_back(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        widget = NumericalDifferentiationLesson()
        qtbot.addWidget(widget)
        assert is_japanese(widget.tabs.tabText(0)) and is_japanese(widget.step_size.intro.text())
        assert is_japanese(widget.descent.preset_buttons["too_large"].text())
        assert is_japanese(widget.simple_net.w_caption.text())
        assert "0.1999999999990898" in widget.tangent.slope_label.text()
    finally:
        i18n.set_language(qapp, "en")
    QCoreApplication.processEvents()
    assert widget.tabs.tabText(3) == "Descent"
    assert widget.descent.step_button.text() == "Step"


def test_h_slider_from_truncation_to_round_off_to_zero(lesson):
    panel = lesson.step_size
    panel.h_slider.setValue(1)
    assert panel.h_value.text() == "1e-1"
    assert "Truncation" in panel.note.text()
    forward_error = number_text.parse(panel.forward_label.text().rsplit("error", 1)[1])
    assert forward_error == pytest.approx(1e-3, rel=1e-3)  # 0.01·h for this quadratic
    panel.h_slider.setValue(12)
    assert "Round-off" in panel.note.text()
    panel.h_slider.setValue(50)
    assert panel.h_value.text() == "1e-50"
    assert "exactly 0" in panel.note.text()
    assert "= 0.0 " in panel.forward_label.text() and "= 0.0 " in panel.central_label.text()
    assert panel.forward_mark.xData[0] == pytest.approx(1e-50)  # xData: before the log axis


def test_error_curves_cover_h_from_1e_1_to_1e_50(lesson):
    curve = lesson.step_size.forward_curve
    x, y = curve.xData, curve.yData  # the data, not its logarithm on the axes
    assert x[0] == pytest.approx(1e-1) and x[-1] == pytest.approx(1e-50)
    assert np.all(y > 0)  # zeros are drawn at the floor, not lost on the log axis
    assert y[-1] == pytest.approx(0.2)  # the estimate is 0, so the error is the derivative itself
    guide = lesson.step_size.truncation_curve
    np.testing.assert_allclose(guide.yData[:7], y[:7], rtol=0.02)  # truncation rules for large h
    assert y[-40] > 1e3 * guide.yData[-40]  # round-off rules for tiny h


def test_tangent_book_values_and_dragging(qtbot, lesson):
    panel = lesson.tangent
    qtbot.mouseClick(panel.book_buttons[0], CLICK)
    assert "numerical_diff(f, 5) = 0.1999999999990898" in panel.slope_label.text()
    qtbot.mouseClick(panel.book_buttons[1], CLICK)
    assert "numerical_diff(f, 10) = 0.2999999999986347" in panel.slope_label.text()
    panel.point.setPos(QPointF(15.0, 0.0))  # a drag ends off the curve; the point snaps back onto it
    assert panel.x_spin.value() == pytest.approx(15.0)
    assert panel.point.pos().y() == pytest.approx(function_1(15.0))
    xs, ys = panel.tangent.getData()
    slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
    assert slope == pytest.approx(0.4, abs=1e-9)


def test_gradient_point_presets_drag_and_arrow(qtbot, lesson):
    panel = lesson.field
    shown = []
    for button in panel.book_buttons:
        qtbot.mouseClick(button, CLICK)
        shown.append(panel.gradient_label.text().split(") = ", 1)[1].split("    ")[0])
    assert shown == ["[6, 8]", "[0, 4]", "[6, 0]"]  # the book prints [6. 8.] (NumPy padding)
    qtbot.mouseClick(panel.book_buttons[0], CLICK)
    assert panel.partials_label.text() == "∂f/∂x0 = 6.00000000000378    ∂f/∂x1 = 7.999999999999119"
    panel.point.setPos(QPointF(-1.0, 0.5))
    assert (panel.x0_spin.value(), panel.x1_spin.value()) == (-1.0, 0.5)
    ax, ay = panel.arrow.getData()
    assert (ax[0], ay[0]) == (-1.0, 0.5)
    assert ax[1] > -1.0 and ay[1] < 0.5  # −∇f = (2, −1): to the right and down
    fx, _ = panel.field.getData()
    assert fx.size == 18 * 18 * 6  # the book's 18 × 18 grid, three strokes per arrow


@pytest.mark.parametrize("key, printed", [
    ("good", "[−6.11110793e−10, 8.14814391e−10]"),  # the book: [-6.11110793e-10  8.14814391e-10]
    ("too_large", "[−2.58983747e+13, −1.29524862e+12]"),
    ("too_small", "[−2.99999994, 3.99999992]"),
])
def test_descent_presets_print_the_books_end_points(qtbot, lesson, key, printed):
    panel = lesson.descent
    panel._timer.setInterval(1)  # the preset plays its 100 steps; no need to watch them at 25 Hz
    qtbot.mouseClick(panel.preset_buttons[key], CLICK)
    assert panel.shown == 1 and panel.play_button.text() == "Pause"  # drawn step by step
    qtbot.waitUntil(lambda: panel.shown == 101, timeout=10_000)
    assert len(panel.path) == 101 and panel.play_button.text() == "Play"
    assert panel.result.text().endswith(f"step_num=100) = {printed}")
    if key == "too_large":
        assert "left the view" in panel.status.text()


def test_descent_steps_one_at_a_time_with_button_shortcut_and_play(qtbot, lesson):
    lesson.tabs.setCurrentWidget(lesson.descent)
    panel = lesson.descent
    panel.lr_edit.setText("0.2")
    panel.lr_edit.textEdited.emit("0.2")
    panel.steps_spin.setValue(5)
    assert panel.shown == 1 and panel.result.text() == ""
    qtbot.mouseClick(panel.step_button, CLICK)
    assert panel.shown == 2
    np.testing.assert_allclose(panel.path_curve.getData()[0], [-3.0, -1.8])
    np.testing.assert_allclose(panel.path_points.getData()[1], [4.0, 2.4])
    assert panel.step_button.shortcut() == QKeySequence("Ctrl+Right")
    lesson.activateWindow()
    qtbot.waitActive(lesson)
    qtbot.keyClick(panel.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.shown == 3)
    qtbot.mouseClick(panel.play_button, CLICK)
    assert panel.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: panel.shown == 6, timeout=5000)
    assert panel.play_button.text() == "Play"
    assert "step_num=5" in panel.result.text()
    qtbot.mouseClick(panel.reset_button, CLICK)
    assert panel.shown == 1 and len(panel.path_points.data) == 1


def test_descent_rejects_a_learning_rate_that_is_not_a_number(lesson):
    panel = lesson.descent
    panel.lr_edit.setText("abc")
    panel.reset()
    assert "must be a number" in panel.status.text()
    assert len(panel.path) == 1 and panel.result.text() == ""
    panel.step()  # stepping with nothing to step is harmless
    assert panel.shown == 1


def cells(table) -> list[list[str]]:
    """The texts of a 2×3 table, row by row."""
    return [[table.item(r, c).text() for c in range(3)] for r in range(2)]


def test_simple_net_shows_the_books_dw_beside_w(qtbot, lesson):
    panel = lesson.simple_net
    assert cells(panel.w_table) == [["0.47355232", "0.99773930", "0.84668094"],
                                    ["0.85557411", "0.03563661", "0.69422093"]]
    assert cells(panel.dw_table) == [["0.21924763", "0.14356247", "−0.36281009"],
                                     ["0.32887144", "0.21534370", "−0.54421514"]]
    assert "[1.05414809, 0.63071653, 1.1328074]" in panel.prediction_label.text()
    assert "argmax = 2" in panel.prediction_label.text()
    panel.w_table.item(0, 0).setText("2.0")
    assert panel.net.W[0, 0] == 2.0
    assert panel.dw_table.item(0, 0).text() != "0.21924763"
    panel.w_table.item(0, 1).setText("many")
    assert "must be a number" in panel.error_label.text()
    assert panel.w_table.item(0, 1).text() == "0.99773930"
    qtbot.mouseClick(panel.book_button, CLICK)
    assert cells(panel.dw_table)[0][0] == "0.21924763" and panel.error_label.text() == ""


def test_simple_net_matrices_sit_side_by_side_when_they_fit_and_stack_when_not(qtbot, lesson):
    from PySide6.QtWidgets import QBoxLayout

    lesson.tabs.setCurrentWidget(lesson.simple_net)
    pair = lesson.simple_net.matrices
    lesson.resize(1400, 700)
    qtbot.waitUntil(lambda: pair.box.direction() == QBoxLayout.Direction.LeftToRight)
    w_table, dw_table = lesson.simple_net.w_table, lesson.simple_net.dw_table
    qtbot.waitUntil(lambda: dw_table.geometry().left() > w_table.geometry().right())  # beside W
    lesson.resize(420, 700)
    qtbot.waitUntil(lambda: pair.box.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: dw_table.geometry().top() > w_table.geometry().bottom())  # under W
    for table in (lesson.simple_net.w_table, lesson.simple_net.dw_table):
        assert table.horizontalHeader().length() <= table.width()  # every column shown in full
