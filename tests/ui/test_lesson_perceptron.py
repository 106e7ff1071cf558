"""Perceptron lesson on real widgets: presets, the b slider, XOR with one line and with two layers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import is_japanese, show_lesson
from nnlab.perceptron import GATES, decision_line
from ui import i18n
from ui.lessons.perceptron.lesson import BOX, PerceptronLesson

OUTPUTS = {"AND": [0, 0, 0, 1], "NAND": [1, 1, 1, 0], "OR": [0, 1, 1, 1], "XOR": [0, 1, 1, 0]}
INPUT_ROWS = [("0", "0"), ("1", "0"), ("0", "1"), ("1", "1")]


@pytest.fixture
def lesson(qtbot, qapp) -> PerceptronLesson:
    """The lesson widget in English."""
    return show_lesson(qtbot, qapp, PerceptronLesson)


def column(table, col: int) -> list[str]:
    """The texts of one column of a table widget."""
    return [table.item(row, col).text() for row in range(table.rowCount())]


def shown_outputs(lesson: PerceptronLesson) -> list[int]:
    """The column 'y (yours)' of the truth table as the learner sees it."""
    return [int(text) for text in column(lesson.table, 2)]


def line_points(lesson: PerceptronLesson) -> np.ndarray:
    """End points (2, 2) of the decision line drawn on the plot."""
    x, y = lesson.plot.line.getData()
    return np.column_stack([x, y])


def test_builds_in_english(lesson):
    assert [lesson.tabs.tabText(i) for i in range(2)] == ["One perceptron", "XOR with two layers"]
    headers = [lesson.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["x1", "x2", "y (yours)", "gate", "match"]
    assert lesson.weights() == pytest.approx(GATES["AND"])  # opens on the AND preset
    assert "AND" in lesson.verdict.text()


def test_builds_in_japanese_and_switches_back(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        widget = PerceptronLesson()
        qtbot.addWidget(widget)

        def tr(text: str) -> str:
            return QCoreApplication.translate("PerceptronLesson", text)

        assert widget.tabs.tabText(0) == tr("One perceptron")
        assert widget.preset_box.title() == tr("Presets")
        assert widget.table.horizontalHeaderItem(2).text() == tr("y (yours)")
        assert widget.xor_panel.intro.text()
        assert is_japanese(widget.tabs.tabText(0)) and is_japanese(widget.verdict.text())
        assert shown_outputs(widget) == OUTPUTS["AND"]
    finally:
        i18n.set_language(qapp, "en")
    QCoreApplication.processEvents()  # LanguageChange reaches the widget: texts are English again
    assert widget.tabs.tabText(0) == "One perceptron"
    assert widget.verdict.text() == "These weights compute AND on all four inputs."
    assert shown_outputs(widget) == OUTPUTS["AND"]


@pytest.mark.parametrize("gate", ["AND", "NAND", "OR"])
def test_preset_buttons_give_the_gate_truth_table(qtbot, lesson, gate):
    if gate == "AND":
        qtbot.mouseClick(lesson.preset_buttons["OR"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lesson.preset_buttons[gate], Qt.MouseButton.LeftButton)
    assert lesson.weights() == pytest.approx(GATES[gate])
    assert list(zip(column(lesson.table, 0), column(lesson.table, 1), strict=True)) == INPUT_ROWS
    assert shown_outputs(lesson) == OUTPUTS[gate]
    assert [int(v) for v in column(lesson.table, 3)] == OUTPUTS[gate]
    assert column(lesson.table, 4) == ["✓"] * 4
    assert lesson.target_combo.currentText() == gate
    assert lesson.verdict.text() == f"These weights compute {gate} on all four inputs."
    brushes = [brush.color().name() for brush in lesson.plot.points.data["brush"]]
    assert [1 if b == "#e66100" else 0 for b in brushes] == OUTPUTS[gate]  # orange = output 1


def test_moving_b_changes_the_table_and_the_line(lesson):
    assert shown_outputs(lesson) == OUTPUTS["AND"]
    line_before = line_points(lesson)
    lesson.sliders["b"].slider.setValue(-4)  # slider positions are steps of 0.05: b = -0.2
    assert lesson.weights() == pytest.approx((0.5, 0.5, -0.2))
    assert lesson.sliders["b"].spin.value() == pytest.approx(-0.2)
    assert shown_outputs(lesson) == OUTPUTS["OR"]  # AND's weights with OR's threshold
    assert column(lesson.table, 4) == ["✓", "✗", "✗", "✓"]  # still compared with AND
    assert lesson.verdict.text() == "Wrong on 2 of 4 inputs for AND."
    line_after = line_points(lesson)
    assert not np.allclose(line_before, line_after)
    expected = np.array(decision_line(0.5, 0.5, -0.2, BOX))
    np.testing.assert_allclose(line_after, expected)
    w1, w2, b = lesson.weights()
    np.testing.assert_allclose(w1 * line_after[:, 0] + w2 * line_after[:, 1] + b, 0.0, atol=1e-12)
    lesson.sliders["b"].spin.setValue(0.3)  # the spin box drives the same value
    assert lesson.sliders["b"].slider.value() == 6
    assert shown_outputs(lesson) == [1, 1, 1, 1]


@pytest.mark.parametrize("gate", ["AND", "NAND", "OR"])
def test_xor_target_is_missed_whatever_the_preset(qtbot, lesson, gate):
    qtbot.mouseClick(lesson.preset_buttons[gate], Qt.MouseButton.LeftButton)
    assert not lesson.show_xor_button.isVisibleTo(lesson)
    lesson.target_combo.setCurrentText("XOR")
    assert [int(v) for v in column(lesson.table, 3)] == OUTPUTS["XOR"]
    assert "✗" in column(lesson.table, 4)
    assert "No w1, w2, b can get all four XOR rows right" in lesson.verdict.text()
    assert lesson.show_xor_button.isVisibleTo(lesson)


def test_xor_preset_keeps_the_weights_and_no_slider_setting_solves_it(qtbot, lesson):
    qtbot.mouseClick(lesson.preset_buttons["NAND"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lesson.preset_buttons["XOR"], Qt.MouseButton.LeftButton)
    assert lesson.weights() == pytest.approx(GATES["NAND"])
    assert lesson.target_combo.currentText() == "XOR"
    solved = []
    for w1 in np.arange(-1.0, 1.01, 0.25):
        for w2 in np.arange(-1.0, 1.01, 0.25):
            for b in np.arange(-1.5, 1.51, 0.25):
                for name, value in zip(("w1", "w2", "b"), (w1, w2, b), strict=True):
                    lesson.sliders[name].set_value(value)
                if "✗" not in column(lesson.table, 4):
                    solved.append((w1, w2, b))
    assert solved == []
    qtbot.mouseClick(lesson.show_xor_button, Qt.MouseButton.LeftButton)
    assert lesson.tabs.currentWidget() is lesson.xor_panel


def test_two_layer_xor_tab_table_and_diagram(lesson):
    panel = lesson.xor_panel
    assert panel.table.rowCount() == 4
    assert list(zip(column(panel.table, 0), column(panel.table, 1), strict=True)) == INPUT_ROWS
    assert [int(v) for v in column(panel.table, 2)] == OUTPUTS["NAND"]
    assert [int(v) for v in column(panel.table, 3)] == OUTPUTS["OR"]
    assert [int(v) for v in column(panel.table, 4)] == [0, 1, 1, 0]
    assert panel.diagram.row == (1, 0, 1, 1, 1)  # row 1 selected at start
    panel.table.setCurrentCell(3, 0)
    assert panel.diagram.row == (1, 1, 0, 1, 0)
    panel.table.setCurrentCell(0, 2)
    assert panel.diagram.row == (0, 0, 1, 0, 0)
    assert "NAND: w1=−0.5, w2=−0.5, b=0.7" in panel.weights_label.text()  # U+2212
