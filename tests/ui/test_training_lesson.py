"""Lesson 6 (two-layer net): the book's preset, the seeds' variant, the learning-rate table, two languages."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, Qt

import ui.lessons.two_layer_net as lesson_module
from ui import i18n
from ui.lessons import load_lesson
from ui.lessons.base import LessonPage
from ui.lessons.comparison_runs import default_data
from ui.lessons.two_layer_net import TwoLayerNetLesson
from ui.training_worker import live_thread_count, stop_all_runs


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Full MNIST missing (empty cache): the lesson uses the offline MNIST; no thread left behind."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "cache"))
    default_data.cache_clear()
    yield
    default_data.cache_clear()
    assert stop_all_runs(10_000)
    i18n.set_language(QCoreApplication.instance(), "en")


@pytest.fixture
def lesson(qtbot) -> TwoLayerNetLesson:
    widget = TwoLayerNetLesson()
    qtbot.addWidget(widget)
    return widget


def test_lesson_is_registered_in_chapter_5():
    lesson = load_lesson("two_layer_net")
    assert lesson.chapter == "5" and lesson.title == "Two-layer network"
    assert lesson.widget_factory() is TwoLayerNetLesson


def test_opens_preset_to_the_books_settings(lesson):
    spec, settings = lesson.playground.hyper.spec(), lesson.playground.hyper.settings()
    assert lesson.playground.dataset.name == "mnist-offline"  # the full MNIST is not in the cache
    assert spec.hidden == (50,) and spec.activation == "relu" and spec.init == "std:0.01"
    assert (spec.input_size, spec.output_size) == (784, 10)
    assert (settings.optimizer, settings.lr, settings.batch_size, settings.iterations) == (
        "SGD", 0.1, 100, 10_000)
    text = lesson.data_label.text()
    assert "MNIST (offline" in text and "8,000 to train / 2,000 to test" in text and "784-50-10" in text
    assert lesson.playground.buttons["start"].isEnabled()


def test_seeds_variant_and_back(qtbot, lesson):
    qtbot.mouseClick(lesson.seeds_button, Qt.MouseButton.LeftButton)
    assert lesson.playground.hyper.spec().hidden == (40,)
    assert lesson.playground.hyper.settings().iterations == 1_000
    qtbot.mouseClick(lesson.book_button, Qt.MouseButton.LeftButton)
    assert lesson.playground.hyper.spec().hidden == (50,)
    assert lesson.playground.hyper.settings().iterations == 10_000


def test_learning_rate_table_overlays_four_runs_and_lr_10_fails_visibly(qtbot, lesson, monkeypatch):
    monkeypatch.setattr(lesson_module, "LR_TABLE_ITERATIONS", 200)
    finished = lesson.playground.run_finished
    with qtbot.waitSignals([finished] * 4, timeout=60_000):
        qtbot.mouseClick(lesson.lr_button, Qt.MouseButton.LeftButton)
        assert not lesson.lr_button.isEnabled() and not lesson.book_button.isEnabled()
    qtbot.waitUntil(lambda: not lesson.playground.is_running())
    labels = lesson.playground.loss_plot.run_labels()
    assert [label.split(",")[0] for label in labels] == ["lr=0.01", "lr=0.1", "lr=1", "lr=10"]
    rows = lesson.table_rows()
    assert [row[0] for row in rows] == [f"{label}, 784-50-10 relu" for label in labels]
    assert all(row[1] == "200" for row in rows)
    # Accuracy with two decimals and a no-break space, as the book's 0.9005 reads 90.05 %.
    assert all(re.fullmatch(r"\d+\.\d\d\u00a0%", row[3]) for row in rows if row[3] != "—")
    assert lesson.table.horizontalHeaderItem(2).text() == "Loss (last 10 %)"
    assert "last 10 %" in lesson.table.horizontalHeaderItem(2).toolTip()
    outcomes = {row[0].split(",")[0]: row[4] for row in rows}
    assert outcomes["lr=10"].startswith(("did not learn", "diverged"))
    assert outcomes["lr=1"] == "learned"
    assert outcomes["lr=0.01"] == "learns slowly"
    message = lesson.playground.message()
    assert "“lr=10, SGD”" in message or "learning rate 10 " in message
    assert "0.01" in message  # the slow run is explained too
    assert lesson.lr_button.isEnabled()
    # Afterwards the editor shows the learner's settings again, not the last run's lr 10.
    assert lesson.playground.hyper.settings().lr == 0.1
    assert lesson.playground.hyper.settings().iterations == 10_000
    # The rows follow the language; "Forget all runs" forgets them too.
    i18n.set_language(QCoreApplication.instance(), "ja")
    QCoreApplication.processEvents()
    assert lesson.table_rows()[1][4] != "learned"
    lesson.playground.reset()
    assert lesson.table_rows() == [] and lesson.table.isHidden()


def test_the_learning_rate_overlay_spans_its_own_runs(qtbot, lesson, monkeypatch):
    monkeypatch.setattr(lesson_module, "LR_TABLE_ITERATIONS", 60)
    monkeypatch.setattr(lesson_module, "LEARNING_RATES", (0.1, 1.0))
    lesson.playground.hyper.set_settings(lesson.playground.hyper.settings().__class__(
        **{**lesson.playground.hyper.settings().__dict__, "iterations": 300}))
    with qtbot.waitSignal(lesson.playground.run_finished, timeout=60_000):
        lesson.playground.start()
    qtbot.waitUntil(lambda: not lesson.playground.is_running())
    with qtbot.waitSignals([lesson.playground.run_finished] * 2, timeout=60_000):
        qtbot.mouseClick(lesson.lr_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lesson.playground.is_running())
    assert [label.split(",")[0] for label in lesson.playground.loss_plot.run_labels()] == ["lr=0.1", "lr=1"]
    assert lesson.playground.hyper.settings().iterations == 300
    # The x axes span the two 60-iteration runs, not the earlier 300 nor the editor's 300 given back.
    for plot in (lesson.playground.loss_plot, lesson.playground.acc_plot):
        low, high = plot.plot_item.viewRange()[0]
        assert 60 <= high < 70 and low <= 0


def test_the_data_line_names_the_network_being_edited(lesson):
    n_in = lesson.playground.dataset.input_size
    lesson.playground.hyper._hidden_boxes[0].setValue(20)  # as the learner types 20 hidden neurons
    text = lesson.data_label.text()
    assert f"{n_in}-20-10" in text and f"{n_in}-50-10" not in text
    lesson.apply_seeds_preset()
    assert f"{n_in}-40-10" in lesson.data_label.text()


def test_closing_the_lesson_mid_run_stops_training(qtbot, lesson):
    lesson.playground.hyper.iterations_spin.setValue(10_000_000)
    assert lesson.playground.start()
    trainer = lesson.playground.run.trainer
    qtbot.waitUntil(lambda: trainer.iteration > 5)
    lesson.close()
    assert trainer.history.status == "cancelled"
    qtbot.waitUntil(lambda: live_thread_count() == 0)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_lesson_page_has_text_quiz_and_widget_in_both_languages(qtbot, language):
    i18n.set_language(QCoreApplication.instance(), language)
    page = LessonPage(load_lesson("two_layer_net"))
    qtbot.addWidget(page)
    assert page.text_error == "" and page.quiz_error == "" and page.widget_error == ""
    text = page.text.toPlainText()
    assert ("Try this" if language == "en" else "やってみましょう") in text
    assert "784" in text and "0.01" in text
    widget = page.widget
    assert isinstance(widget, TwoLayerNetLesson)
    if language == "ja":
        assert widget.lr_button.text() == "学習率 0.01 / 0.1 / 1 / 10"
        assert widget.seeds_button.text() == "隠れ層 40、1,000 回"
        assert widget.playground.buttons["start"].text() == "開始"
        assert "2 層" in QCoreApplication.translate("Lessons", "Two-layer network")
    else:
        assert widget.playground.buttons["start"].text() == "Start"
    page.shutdown()


def test_language_switch_retranslates_the_running_lesson(qtbot, lesson):
    i18n.set_language(QCoreApplication.instance(), "ja")
    qtbot.waitUntil(lambda: lesson.preset_label.text() == "実験：")  # LanguageChange is a posted event
    assert "MNIST" in lesson.data_label.text() and "オフライン" in lesson.data_label.text()
    assert lesson.playground.buttons["start"].text() == "開始"
    assert lesson.playground.hyper.train_group.title() == "学習"
    assert lesson.playground.loss_plot.clear_button.text() == "実行をすべて消去"  # base-class context
    i18n.set_language(QCoreApplication.instance(), "en")
    qtbot.waitUntil(lambda: lesson.preset_label.text() == "Experiments:")
