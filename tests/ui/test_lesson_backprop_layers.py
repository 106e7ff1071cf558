"""Backprop-through-layers lesson on real widgets: stepping, Play, the break-it toggles, the book's check."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from lesson_support import is_japanese, show_lesson
from nnlab.backprop_mistakes import MISTAKES, RELU_FORGETS_MASK, SIGN_ERROR
from nnlab.backprop_steps import toy_example
from ui import i18n
from ui.lessons.backprop_layers import data as backprop_layers_data
from ui.lessons.backprop_layers.lesson import BackpropLayersWidget
from ui.lessons.backprop_layers.steps import STEP_SHORTCUT, BackpropStepperWidget
from ui.lessons.comparison_runs import default_data

CLICK = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def lesson(qtbot, qapp) -> BackpropLayersWidget:
    w = show_lesson(qtbot, qapp, BackpropLayersWidget)
    yield w
    w.close()


def visible_names(widget: BackpropStepperWidget) -> list[str]:
    return [v.name for v in widget.matrix_views if v.name]


def test_step_button_and_shortcut_walk_forward_then_backward(qtbot, lesson):
    steps = lesson.steps
    assert steps.step_button.shortcut() == QKeySequence(STEP_SHORTCUT)
    assert "Step 0 of 8" in steps.pipeline_label.text() and visible_names(steps) == []
    qtbot.mouseClick(steps.step_button, CLICK)
    assert visible_names(steps) == ["x", "W", "b", "out"]
    assert "out = x·W + b" in steps.rule_label.text()
    out = steps.stepper.records[-1].array("out")
    np.testing.assert_allclose(out, toy_example().x @ toy_example().params["W1"] + toy_example().params["b1"])
    shown = steps.matrix_views[3].text()
    assert "(2, 3)" in shown and "0.65" in shown  # the first entry of x·W + b, as text
    for n in range(2, 6):  # the keyboard path, from another control: the shortcut clicks Step
        qtbot.keyClick(steps.example_combo, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda n=n: steps.stepper.position == n)  # a shortcut click is animated
    assert steps.stepper.position == 5
    assert "(y − t) / batch" in steps.rule_label.text()
    assert "Step 5 of 8, backward" in steps.pipeline_label.text()
    for _ in range(2):
        qtbot.mouseClick(steps.step_button, CLICK)
    assert visible_names(steps) == ["dout", "mask", "dx"]
    assert "mask" in steps.rule_label.text()
    qtbot.mouseClick(steps.step_button, CLICK)
    assert visible_names(steps) == ["dout", "x", "W", "dx", "dW", "db"]
    assert not steps.step_button.isEnabled()
    qtbot.mouseClick(steps.reset_button, CLICK)
    assert steps.stepper.position == 0 and steps.step_button.isEnabled()


def test_play_steps_on_its_own_and_stops_at_the_end(qtbot, lesson):
    steps = lesson.steps
    steps.play_timer.setInterval(10)
    qtbot.mouseClick(steps.play_button, CLICK)
    assert steps.play_button.isChecked() and steps.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: steps.stepper.done(), timeout=5000)
    qtbot.waitUntil(lambda: not steps.play_button.isChecked(), timeout=5000)
    assert steps.play_button.text() == "Play" and not steps.play_timer.isActive()


def test_untoggled_the_check_agrees_and_each_toggle_names_its_arrays(qtbot, lesson):
    steps = lesson.steps
    assert "agree" in steps.check_label.text()
    verdicts = [steps.check_table.item(r, 3).text() for r in range(4)]
    assert verdicts == ["agrees"] * 4
    steps.mistake_boxes[SIGN_ERROR].click()
    assert [e.name for e in steps.check_result.wrong()] == ["W1", "b1"]
    assert "wrong in W1 (2), b1 (2)" in steps.check_label.text()
    assert [steps.check_table.item(r, 3).text() for r in range(4)] == ["wrong", "wrong", "agrees", "agrees"]
    steps.mistake_boxes[SIGN_ERROR].click()
    assert "agree" in steps.check_label.text()
    for name in MISTAKES:
        steps.mistake_boxes[name].click()
        assert steps.check_result.wrong(), name
        steps.mistake_boxes[name].click()


def test_a_broken_layer_says_so_when_stepped_through(qtbot, lesson):
    steps = lesson.steps
    steps.mistake_boxes[RELU_FORGETS_MASK].click()
    for _ in range(7):
        steps.step()
    assert "Broken here" in steps.rule_label.text()
    np.testing.assert_allclose(steps.stepper.records[-1].array("dx"), steps.stepper.records[-1].array("dout"))


def test_sigmoid_disables_the_relu_toggle(qtbot, lesson):
    steps = lesson.steps
    steps.activation_combo.setCurrentIndex(1)
    assert not steps.mistake_boxes[RELU_FORGETS_MASK].isEnabled()
    assert steps.stepper.names[1] == "Sigmoid"
    for _ in range(7):
        steps.step()
    assert "y(1 − y)" in steps.rule_label.text()


def test_the_image_network_shows_big_arrays_compactly_and_the_transpose_error(qtbot, lesson):
    steps = lesson.steps
    steps.example_combo.setCurrentIndex(1)
    assert steps.stepper.example.x.shape == (1, 64)  # offline digits in the tests
    assert "8×8" in steps.example_note.text()
    steps.step()
    assert "(1, 64)" in steps.matrix_views[0].text() and "…" in steps.matrix_views[0].text()
    steps.mistake_boxes["missing_transpose"].click()
    assert "cannot even run" in steps.check_label.text() and steps.check_table.rowCount() == 0
    steps.stepper.run_to_end()
    steps.step()
    assert "NumPy stopped here" in steps.rule_label.text()


def test_the_books_check_runs_in_a_thread(qtbot, lesson):
    book = lesson.book
    qtbot.mouseClick(book.run_button, CLICK)
    assert book.is_running() and book.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not book.is_running() and book.table.rowCount() == 4, timeout=60_000)
    names = [book.table.item(r, 0).text() for r in range(4)]
    assert names == ["W1", "b1", "W2", "b2"]
    assert all(e.mean_abs < 1e-8 for e in book.errors)
    assert book.table.item(3, 2).text() == "1e−10"
    assert "8×8" in book.status_label.text()


def test_closing_the_lesson_stops_the_books_check(qtbot, qapp):
    w = show_lesson(qtbot, qapp, BackpropLayersWidget)
    w.book.start()
    thread = w.book.check_run.thread
    w.close()
    assert thread.isFinished() and not w.book.is_running()


def test_japanese(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        w = BackpropLayersWidget()
        qtbot.addWidget(w)
        w.steps.step()
        for text in (w.steps.step_button.text(), w.steps.rule_label.text(), w.steps.check_label.text(),
                     w.book.run_button.text(), w.tabs.tabText(0)):
            assert is_japanese(text), text
        assert w.steps.step_button.text() == QCoreApplication.translate(
            "BackpropStepperWidget", "Step (%1)").replace(
            "%1", QKeySequence(STEP_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText))
    finally:
        i18n.set_language(qapp, "en")


def test_the_image_is_real_mnist_offline(qtbot, qapp, monkeypatch, tmp_path):
    """Without any download the lesson uses the MNIST bundled with nnlab."""
    monkeypatch.undo()  # the bundled MNIST is visible again
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "no-cache"))
    default_data.cache_clear()
    data, _ = default_data()
    images = backprop_layers_data.sample_images(3)
    assert images.is_mnist and images.x.shape == (3, 784)
    assert list(images.t) == list(data.t_test[:3])
    assert images.x.min() >= 0.0 and images.x.max() == 1.0
    w = show_lesson(qtbot, qapp, BackpropLayersWidget)
    w.steps.example_combo.setCurrentIndex(1)
    assert f"(a {data.t_test[0]})" in w.steps.example_note.text()
    assert w.steps.stepper.example.x.shape == (1, 784)
    assert w.steps.check_result.wrong() == []
    w.close()
    default_data.cache_clear()
