"""Lesson 3 (forward pass): the fixed-weight network step by step, softmax, cross-entropy, en/ja."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from nnlab import number_text
from nnlab.lesson_math import cross_entropy_of_right_class, fixed_weight_steps, softmax_temperature
from ui import i18n
from ui.lessons import load_lesson
from ui.lessons.base import LessonPage, configure_pyqtgraph
from ui.lessons.forward_pass.lesson import ForwardPassLesson

NUMBER = re.compile(r"[-−+]?(?:\d+\.?\d*(?:e[-−+]?\d+)?|nan|∞)")


def numbers(text: str) -> np.ndarray:
    """Every number in a shown text, in order ('nan' and 'inf' included)."""
    return np.array([number_text.parse(n.replace("∞", "inf")) for n in NUMBER.findall(text)])


def shown_output(lesson: ForwardPassLesson) -> np.ndarray:
    """The y the learner reads below the table (after the '=')."""
    return numbers(lesson.network.output_label.text().split("=")[-1])


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language(QCoreApplication.instance(), "en")


@pytest.fixture
def lesson(qtbot) -> ForwardPassLesson:
    configure_pyqtgraph()
    widget = ForwardPassLesson()
    qtbot.addWidget(widget)
    widget.resize(620, 660)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_lesson_is_registered_in_chapter_3():
    lesson = load_lesson("forward_pass")
    assert lesson.chapter == "3" and lesson.title == "Forward pass"
    assert lesson.widget_factory() is ForwardPassLesson


@pytest.mark.parametrize("language", ["en", "ja"])
def test_lesson_page_builds_with_text_quiz_and_widget(qtbot, language):
    i18n.set_language(QCoreApplication.instance(), language)
    page = LessonPage(load_lesson("forward_pass"))
    qtbot.addWidget(page)
    assert page.text_error == "" and page.quiz_error == "" and page.widget_error == ""
    widget = page.widget
    assert isinstance(widget, ForwardPassLesson)
    tabs = [widget.tabs.tabText(i) for i in range(3)]
    if language == "ja":
        assert tabs == ["3 層ネットワーク", "ソフトマックス", "交差エントロピー"]
        assert widget.softmax.large_button.text() == "大きなスコア [1010, 1000, 990] を試す"
        assert "やってみましょう" in page.text.toPlainText()
    else:
        assert tabs == ["Three-layer network", "Softmax", "Cross-entropy"]
        assert widget.softmax.large_button.text() == "Try large scores [1010, 1000, 990]"
    page.shutdown()


def test_language_switch_retranslates_the_open_lesson(qtbot, lesson):
    i18n.set_language(QCoreApplication.instance(), "ja")
    qtbot.waitUntil(lambda: lesson.tabs.tabText(0) == "3 層ネットワーク")  # LanguageChange is posted
    assert lesson.network.output_combo.currentText() == "恒等関数（本と同じ）"
    assert lesson.network.headers[1].text() == "形状"
    assert lesson.cross_entropy.p_slider.caption.text() == "p（正解クラス）"
    i18n.set_language(QCoreApplication.instance(), "en")
    qtbot.waitUntil(lambda: lesson.tabs.tabText(0) == "Three-layer network")
    assert lesson.network.headers[1].text() == "Shape"


def test_book_input_shows_the_books_output_and_every_shape(lesson):
    net = lesson.network
    assert net.x().tolist() == [1.0, 0.5]
    assert "0.31682708" in net.output_label.text() and "0.69627909" in net.output_label.text()
    np.testing.assert_allclose(shown_output(lesson), [0.31682708, 0.69627909], atol=1e-8)
    shapes = {name: row.shape.text() for name, row in net.rows.items()}
    assert shapes["x"] == "(2,)" and shapes["W1"] == "(2, 3)" and shapes["W2"] == "(3, 2)"
    assert shapes["a1"] == "(2,)·(2, 3) + (3,) → (3,)"
    assert shapes["a2"] == "(3,)·(3, 2) + (2,) → (2,)"
    assert shapes["a3"] == "(2,)·(2, 2) + (2,) → (2,)"
    assert net.rows["a1"].value.text() == "[0.3, 0.7, 1.1]"
    assert net.rows["W1"].value.text() == "[[0.1, 0.3, 0.5],\n [0.2, 0.4, 0.6]]"
    assert net.rows["y"].formula.text() == "y = identity(a3)"


def test_sigmoid_output_shows_the_squashed_result(lesson):
    net = lesson.network
    net.output_combo.setCurrentIndex(net.output_combo.findData("sigmoid"))
    assert net.rows["y"].formula.text() == "y = sigmoid(a3)"
    assert "0.57855079" in net.output_label.text() and "0.66736228" in net.output_label.text()
    expected = fixed_weight_steps([1.0, 0.5], "sigmoid")[-1].value
    np.testing.assert_allclose(shown_output(lesson), expected, atol=1e-8)


def test_moving_the_x1_slider_recomputes_every_step(qtbot, lesson):
    net = lesson.network
    before = {name: row.value.text() for name, row in net.rows.items()}
    shapes_before = {name: row.shape.text() for name, row in net.rows.items()}
    net.x_sliders[0].slider.setFocus()
    for _ in range(6):  # six steps of 0.05 to the left: x1 = 0.7
        qtbot.keyClick(net.x_sliders[0].slider, Qt.Key.Key_Left)
    assert net.x_sliders[0].value() == pytest.approx(0.7)
    expected = {s.name: s.value for s in fixed_weight_steps([0.7, 0.5])}
    np.testing.assert_allclose(shown_output(lesson), expected["y"], atol=1e-8)
    for name in ("x", "a1", "z1", "a2", "z2", "a3", "y"):
        assert net.rows[name].value.text() != before[name], name
        np.testing.assert_allclose(numbers(net.rows[name].value.text()), expected[name], atol=1e-8)
    for name in ("W1", "b1", "W2", "b2", "W3", "b3"):
        assert net.rows[name].value.text() == before[name], name
    assert {name: row.shape.text() for name, row in net.rows.items()} == shapes_before
    qtbot.mouseClick(net.reset_button, Qt.MouseButton.LeftButton)
    np.testing.assert_allclose(shown_output(lesson), [0.31682708, 0.69627909], atol=1e-8)


def test_typing_x2_updates_the_output(qtbot, lesson):
    net = lesson.network
    net.x_sliders[1].spin.setValue(-1.25)
    np.testing.assert_allclose(shown_output(lesson), fixed_weight_steps([1.0, -1.25])[-1].value,
                               atol=1e-8)


def test_large_scores_overflow_the_naive_softmax_but_not_the_stable_one(qtbot, lesson):
    panel = lesson.softmax
    lesson.tabs.setCurrentWidget(panel)
    assert "nan" not in panel.naive_label.text()
    qtbot.mouseClick(panel.large_button, Qt.MouseButton.LeftButton)
    assert panel.scores().tolist() == [1010.0, 1000.0, 990.0]
    naive = numbers(panel.naive_label.text().split(":", 1)[1])
    assert np.isnan(naive).any() or np.isinf(naive).any()
    assert "overflow" in panel.naive_label.text()
    stable = numbers(panel.stable_label.text().split(":", 1)[1])
    assert stable.size == 3 and np.all(np.isfinite(stable))
    np.testing.assert_allclose(stable, softmax_temperature([1010, 1000, 990], 1.0), rtol=1e-3)
    assert stable.sum() == pytest.approx(1.0, abs=1e-3)


def test_adding_100_to_every_score_keeps_the_probabilities(qtbot, lesson):
    panel = lesson.softmax
    qtbot.mouseClick(panel.large_button, Qt.MouseButton.LeftButton)
    before = panel.stable_label.text().split(":", 1)[1]
    qtbot.mouseClick(panel.shift_button, Qt.MouseButton.LeftButton)
    assert panel.scores().tolist() == [1110.0, 1100.0, 1090.0]
    assert panel.stable_label.text().split(":", 1)[1] == before
    for _ in range(10):
        panel.shift_scores()
    assert not panel.shift_button.isEnabled()  # the score boxes stop at 2000
    assert panel.scores().max() <= 2000.0


def test_temperature_changes_the_shown_probabilities(lesson):
    panel = lesson.softmax
    at_one = [label.toPlainText() for label in panel.bar_labels[:3]]
    for temperature in (5.0, 0.1):
        panel.temperature.set_value(temperature)
        shown = [float(label.toPlainText()) for label in panel.bar_labels[:3]]
        expected = softmax_temperature(panel.scores(), temperature)
        np.testing.assert_allclose(shown, expected, atol=1e-3)
        assert [label.toPlainText() for label in panel.bar_labels[:3]] != at_one
    assert np.argmax(shown) == np.argmax(panel.scores())  # the biggest bar keeps its class


def test_cross_entropy_follows_p(lesson):
    panel = lesson.cross_entropy
    for p in (0.5, 0.1):
        panel.p_slider.set_value(p)
        shown = numbers(panel.value_label.text())
        assert shown[0] == pytest.approx(p)
        assert shown[-1] == pytest.approx(float(cross_entropy_of_right_class(p)), abs=1e-3)


def test_cross_entropy_at_p_one_is_zero_not_minus_zero(lesson):
    panel = lesson.cross_entropy
    panel.p_slider.set_value(1.0)
    assert panel.value_label.text().endswith("= 0.000")
    assert "−0.000" not in panel.value_label.text() and "-0.000" not in panel.value_label.text()
