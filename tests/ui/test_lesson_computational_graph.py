"""Computational graph lesson on real widgets: stepping, the book's results on the edges, the question."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from lesson_support import is_japanese, show_lesson
from ui import i18n
from ui.lessons.computational_graph.lesson import ComputationalGraphLesson

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def lesson(qtbot, qapp) -> ComputationalGraphLesson:
    """The lesson in English, shown."""
    return show_lesson(qtbot, qapp, ComputationalGraphLesson)


def choose(lesson: ComputationalGraphLesson, key: str) -> None:
    """Pick an example in the combo box."""
    lesson.example_combo.setCurrentIndex(lesson.example_combo.findData(key))


def step_all(qtbot, lesson: ComputationalGraphLesson) -> None:
    """Press Step until the run is finished."""
    for _ in range(lesson.run.total_steps):
        qtbot.mouseClick(lesson.step_button, CLICK)
    assert lesson.run.finished


def test_builds_in_english(lesson):
    assert lesson.example() == "apple"
    assert [lesson.example_combo.itemText(i) for i in range(3)] == [
        "Apples", "Apples and oranges", "Chain rule: z = (x + y)²"]
    assert list(lesson.input_spins) == ["apple", "apple_num", "tax"]
    assert lesson.view.caption("price") == "price = ?"
    assert lesson.status.text().startswith("Ready")


def test_builds_in_japanese_and_switches_back(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        widget = ComputationalGraphLesson()
        qtbot.addWidget(widget)
        assert is_japanese(widget.step_button.text()) and is_japanese(widget.question.text())
        assert is_japanese(widget.view.caption("apple"))
        assert is_japanese(widget.input_captions["tax"].text())
        widget.step()
        assert is_japanese(widget.rule.text())
    finally:
        i18n.set_language(qapp, "en")
    QCoreApplication.processEvents()
    assert widget.step_button.text() == "Step"
    assert widget.step_button.shortcut() == QKeySequence("Ctrl+Right")  # kept through setText
    assert widget.view.caption("apple") == "apple = 100"
    assert widget.rule.text().startswith("Forward:")


def test_apple_forward_then_backward_with_local_rules(qtbot, lesson):
    qtbot.mouseClick(lesson.step_button, CLICK)
    assert lesson.view.highlight.name == "mul_apple" and lesson.view.highlight_phase == "forward"
    assert lesson.rule.text() == "Forward: apple total = 100 × 2 = 200"
    assert lesson.run.grads == {}
    qtbot.mouseClick(lesson.step_button, CLICK)
    assert lesson.view.caption("price") == "price = 220"
    qtbot.mouseClick(lesson.step_button, CLICK)  # backward through the tax node
    assert lesson.view.highlight.name == "mul_tax" and lesson.view.highlight_phase == "backward"
    assert lesson.view.rule_text == "swap the inputs"
    assert "∂L/∂apple total = 1 × 1.1 = 1.1, ∂L/∂tax = 1 × 200 = 200" in lesson.rule.text()
    assert "apple" not in lesson.run.grads  # backward has not reached the first node yet
    qtbot.mouseClick(lesson.step_button, CLICK)
    assert "∂L/∂apple = 1.1 × 2 = 2.2, ∂L/∂apples = 1.1 × 100 = 110" in lesson.rule.text()
    assert lesson.status.text().startswith("Step 4 of 4: done")
    qtbot.mouseClick(lesson.step_button, CLICK)  # a step after the end changes nothing
    assert lesson.run.done_steps == 4


def test_apple_orange_book_results_and_add_passes_through(qtbot, lesson):
    choose(lesson, "apple_orange")
    assert list(lesson.input_spins) == ["apple", "apple_num", "orange", "orange_num", "tax"]
    step_all(qtbot, lesson)
    from nnlab.computational_graph import format_number
    edges = ("apple", "apple_num", "orange", "orange_num", "tax")
    grads = [format_number(lesson.run.grads[e]) for e in edges]
    assert lesson.view.caption("price") == "price = 715"
    assert grads == ["2.2", "110", "3.3", "165", "650"]
    lesson.reset()
    for _ in range(6):  # 4 forward, backward through tax, then the add node
        lesson.step()
    assert lesson.view.highlight.name == "add_apple_orange" and lesson.view.rule_text == "pass through"
    assert "dout = 1.1 passes through unchanged to apple total and orange total" in lesson.rule.text()


def test_chain_rule_square_node(qtbot, lesson):
    choose(lesson, "chain_rule")
    lesson.input_spins["x"].setValue(3.0)
    lesson.input_spins["y"].setValue(-1.0)
    step_all(qtbot, lesson)
    assert lesson.view.caption("z") == "z = 4"
    assert lesson.run.grads["x"] == lesson.run.grads["y"] == 4.0
    lesson.reset()
    for _ in range(3):
        lesson.step()
    assert lesson.view.rule_text == "× 2t"
    assert lesson.rule.text() == "Backward through ²: ∂z/∂t = 2t, so ∂L/∂t = 1 × 2 × 2 = 4."


def test_editing_an_input_resets_the_run_and_books_values_come_back(qtbot, lesson):
    step_all(qtbot, lesson)
    lesson.input_spins["apple_num"].setValue(3.0)
    assert lesson.run.done_steps == 0 and lesson.view.highlight is None
    step_all(qtbot, lesson)
    assert lesson.view.caption("price") == "price = 330"
    qtbot.mouseClick(lesson.book_button, CLICK)
    assert lesson.input_spins["apple_num"].value() == 2.0 and lesson.run.done_steps == 0


def test_step_has_a_shortcut_and_play_runs_to_the_end(qtbot, lesson):
    assert lesson.step_button.shortcut() == QKeySequence("Ctrl+Right")
    lesson.activateWindow()
    qtbot.waitActive(lesson)
    qtbot.keyClick(lesson.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lesson.run.done_steps == 1)
    lesson._timer.setInterval(10)
    qtbot.mouseClick(lesson.play_button, CLICK)
    assert lesson.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: lesson.run.finished, timeout=5000)
    assert lesson.play_button.text() == "Play"
    qtbot.mouseClick(lesson.reset_button, CLICK)
    assert lesson.run.done_steps == 0


@pytest.mark.parametrize("answer, right", [("2.2", True), ("2,2", True), ("110", False), ("2", False)])
def test_the_one_yen_question(qtbot, lesson, answer, right):
    lesson.answer_edit.setText(answer)
    qtbot.mouseClick(lesson.check_button, CLICK)
    if right:
        assert lesson.feedback.text().startswith("Right: the derivative on that edge is 2.2.")
        assert "changes the output by 2.2" in lesson.feedback.text()
    else:
        assert lesson.feedback.text().startswith("Not yet.")


def test_the_question_follows_the_inputs_and_rejects_text(qtbot, lesson):
    lesson.input_spins["apple_num"].setValue(3.0)
    lesson.answer_edit.setText("3.3")
    qtbot.keyClick(lesson.answer_edit, Qt.Key.Key_Return)
    assert lesson.feedback.text().startswith("Right")
    lesson.answer_edit.setText("lots")
    qtbot.mouseClick(lesson.check_button, CLICK)
    assert lesson.feedback.text() == "Type a number, for example 1.5."


def test_view_paints_every_state_without_error(qtbot, lesson):
    for key in ("apple", "apple_orange", "chain_rule"):
        choose(lesson, key)
        for _ in range(lesson.run.total_steps + 1):
            image = lesson.view.grab()
            assert not image.isNull()
            lesson.step()
        edges = lesson.view.edges()
        assert len(edges) == sum(len(n.inputs) for n in lesson.run.graph.nodes) + 1
