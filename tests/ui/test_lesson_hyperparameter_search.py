"""Search lesson on real widgets: the split, a live search, Cancel, narrowing, closing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import is_japanese, show_lesson
from nnlab.hyperparameter_search import BOOK_SPACE, rank
from ui import i18n
from ui.lessons.hyperparameter_search.lesson import HyperparameterSearchWidget
from ui.training_worker import live_thread_count

CLICK = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def lesson(qtbot, qapp) -> HyperparameterSearchWidget:
    """The lesson in English on the bundled digits, shown, with short trials."""
    widget = show_lesson(qtbot, qapp, HyperparameterSearchWidget)
    widget.search.epochs_spin.setValue(2)
    return widget


def search(qtbot, lesson: HyperparameterSearchWidget, trials: int) -> None:
    """Press Search and wait for the search to end."""
    lesson.search.trials_spin.setValue(trials)
    with qtbot.waitSignal(lesson.search.run.finished, timeout=60_000):
        qtbot.mouseClick(lesson.search.start_button, CLICK)
    qtbot.waitUntil(lambda: not lesson.search.is_running(), timeout=10_000)


def test_builds_in_english_with_the_books_split(lesson):
    assert [lesson.tabs.tabText(i) for i in range(3)] == [
        "Validation data", "Random search", "Best trials' curves"]
    view = lesson.split_view
    assert view.counts() == (400, 100, 360)  # 500 of the digits' 1,437 training images; 360 test
    assert view.bars["train"].opts["width"] == [400] and view.bars["validation"].opts["x0"] == [400]
    assert "400 images train each trial" in view.counts_label.text()
    train_counts = view.class_bars["train"].opts["height"]
    val_counts = view.class_bars["validation"].opts["height"]
    assert sum(train_counts) == 400 and sum(val_counts) == 100
    panel = lesson.search
    assert panel.space == BOOK_SPACE and panel.trials_spin.value() == 100
    assert "10<sup>−6</sup> … 10<sup>−2</sup>" in panel.range_label.text()
    assert "hidden layers 6 × 100" in panel.note_label.text()
    assert "Data: 8×8 digits (small)." in panel.note_label.text()  # named as the data picker names it
    assert not panel.narrow_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert panel.status_label.text() == "Press Search to start the book's random search."


def test_builds_in_japanese(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        widget = HyperparameterSearchWidget()
        qtbot.addWidget(widget)
        assert widget.tabs.tabText(0) == QCoreApplication.translate(
            "HyperparameterSearchWidget", "Validation data")
        assert widget.search.start_button.text() == QCoreApplication.translate("SearchPanel",
                                                                                 "Search")
        for text in (widget.tabs.tabText(1), widget.search.narrow_button.text(),
                     widget.split_view.counts_label.text(), widget.curves.legend_label.text(),
                     widget.search.table.header_text(1)):
            assert is_japanese(text), text
        note = widget.search.note_label.text()
        assert widget.search.data.name not in note  # the set as the data list names it, not 'digits'
    finally:
        i18n.set_language(qapp, "en")
    QCoreApplication.processEvents()
    assert widget.search.start_button.text() == "Search"
    assert widget.tabs.tabText(2) == "Best trials' curves"


def test_seed_changes_the_split_the_search_uses(qtbot, lesson):
    view = lesson.split_view
    first = view.split.val_index.copy()
    with qtbot.waitSignal(view.split_changed):
        view.seed_spin.setValue(5)
    assert not np.array_equal(view.split.val_index, first)
    search(qtbot, lesson, 2)
    np.testing.assert_array_equal(lesson.search.result.split.val_index, view.split.val_index)
    view.rate_spin.setValue(0.3)
    assert view.counts() == (350, 150, 360)
    assert lesson.search.search_settings().validation_rate == pytest.approx(0.3)


def test_tiny_search_fills_table_scatter_and_curves(qtbot, lesson):
    lesson.tabs.setCurrentIndex(2)  # before any search: a hint, not twenty empty grids
    assert lesson.curves.empty_hint.isVisible() and not lesson.curves.graphics.isVisible()
    assert "Search" in lesson.curves.empty_hint.text()
    lesson.tabs.setCurrentIndex(0)
    search(qtbot, lesson, 3)
    panel = lesson.search
    assert panel.result.status == "finished" and len(panel.trials) == 3
    ranked = rank(panel.trials)
    table = panel.table
    assert table.rowCount() == 3
    shown = [float(table.cell_text(row, 1)) for row in range(3)]
    assert shown == [round(tr.final_val_acc, 3) for tr in ranked]
    assert [int(table.cell_text(row, 5)) for row in range(3)] == [tr.index + 1 for tr in ranked]
    assert table.header_text(1) == "Validation"
    assert panel.scatter.point_count() == 3
    xs, ys = panel.scatter.drawn_points("lr")  # best (red) first, then the others, in rank order
    np.testing.assert_allclose(xs, np.log10([tr.lr for tr in ranked]))
    np.testing.assert_allclose(ys, [tr.final_val_acc for tr in ranked])
    xs, _ = panel.scatter.drawn_points("wd")
    np.testing.assert_allclose(xs, np.log10([tr.weight_decay for tr in ranked]))
    assert lesson.curves.shown_count() == 0  # the curves page is drawn when it is opened
    lesson.tabs.setCurrentIndex(2)
    assert lesson.curves.shown_count() == 3
    assert lesson.curves.graphics.isVisible() and not lesson.curves.empty_hint.isVisible()
    x, y = lesson.curves.val_curves[0].getData()
    np.testing.assert_allclose(y, ranked[0].val_acc)
    assert len(x) == 2  # two epochs
    empty, _ = lesson.curves.val_curves[3].getData()  # a placeholder: no fourth trial
    assert empty is None or len(empty) == 0
    assert panel.progress_bar.value() == panel.progress_bar.maximum() == 3
    assert panel.status_label.text().startswith("3 trials in ")
    assert panel.start_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert panel.narrow_button.isEnabled()


def test_best_trial_is_tested_once_on_the_test_data(qtbot, lesson):
    panel = lesson.search
    assert not panel.test_button.isEnabled()  # nothing chosen yet
    search(qtbot, lesson, 3)
    assert panel.test_button.isEnabled()
    qtbot.mouseClick(panel.test_button, CLICK)
    best = rank(panel.trials)[0]
    accuracy = panel.result.best_network.accuracy(panel.data.x_test, panel.data.t_test)
    text = panel.test_label.text()
    assert text.startswith(f"Trial {best.index + 1} (validation accuracy {best.final_val_acc:.3f})"
                           f" on the 360 test images: {accuracy:.3f}.")
    qtbot.mouseClick(panel.start_button, CLICK)  # a new search clears the verdict
    assert panel.test_label.text() == "" and not panel.test_button.isEnabled()
    with qtbot.waitSignal(panel.run.finished, timeout=60_000):
        panel.run.cancel()


def test_trials_appear_while_searching_and_cancel_stops(qtbot, lesson):
    panel = lesson.search
    panel.trials_spin.setValue(500)
    qtbot.mouseClick(panel.start_button, CLICK)
    qtbot.waitUntil(lambda: len(panel.trials) >= 2, timeout=30_000)
    assert panel.is_running() and panel.cancel_button.isEnabled()
    assert not panel.start_button.isEnabled()
    assert panel.table.rowCount() >= 2 and panel.scatter.point_count() >= 2
    assert panel.status_label.text().startswith("Trial ")
    with qtbot.waitSignal(panel.run.finished, timeout=30_000):
        qtbot.mouseClick(panel.cancel_button, CLICK)
    assert panel.result.status == "cancelled" and len(panel.result.trials) < 500
    assert panel.status_label.text().startswith(f"Cancelled after {len(panel.trials)} trials.")
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
    assert panel.start_button.isEnabled()


def test_narrow_sets_the_next_searchs_ranges_and_reset_restores_them(qtbot, lesson):
    panel = lesson.search
    search(qtbot, lesson, 6)
    panel.best_spin.setValue(2)
    assert len(panel.scatter.best_points["lr"].data) == 2  # the red points are the best two
    qtbot.mouseClick(panel.narrow_button, CLICK)
    space = panel.space
    assert space != BOOK_SPACE
    best = rank(panel.trials)[:2]
    assert all(space.lr.contains(tr.lr) and space.weight_decay.contains(tr.weight_decay)
               for tr in best)
    assert "narrowed to the best 2 trials" in panel.range_label.text()
    assert panel.scatter.regions["lr"].getRegion() == pytest.approx((space.lr.low, space.lr.high))
    search(qtbot, lesson, 3)
    assert panel.result.space == space
    assert all(space.lr.contains(tr.lr) and space.weight_decay.contains(tr.weight_decay)
               for tr in panel.trials)
    qtbot.mouseClick(panel.reset_button, CLICK)
    assert panel.space == BOOK_SPACE and "the book's ranges" in panel.range_label.text()


def test_search_again_right_after_one_ends(qtbot, lesson):
    panel = lesson.search
    panel.trials_spin.setValue(1)
    with qtbot.waitSignal(panel.run.finished, timeout=60_000):
        qtbot.mouseClick(panel.start_button, CLICK)
    # the first search's thread may still be winding down: the button works all the same
    with qtbot.waitSignal(panel.run.finished, timeout=60_000):
        qtbot.mouseClick(panel.start_button, CLICK)
    assert panel.result.status == "finished" and len(panel.trials) == 1
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


def test_narrow_without_trials_explains(lesson):
    lesson.search.narrow_to_best()
    assert lesson.search.space == BOOK_SPACE
    assert lesson.search.status_label.text().startswith("Run a search first")


def test_bad_data_ends_in_a_message(qtbot, lesson):
    one_image = SimpleNamespace(name="one", x_train=np.zeros((1, 4), np.float32),
                                t_train=np.zeros(1, np.int64), n_classes=2)
    lesson.search.set_data(one_image)
    search(qtbot, lesson, 2)
    assert lesson.search.status_label.text().startswith("The search stopped with an error:")
    assert lesson.search.start_button.isEnabled()


def test_closing_while_searching_stops_the_thread(qtbot, lesson):
    panel = lesson.search
    panel.trials_spin.setValue(1000)
    panel.epochs_spin.setValue(500)
    qtbot.mouseClick(panel.start_button, CLICK)
    qtbot.waitUntil(lambda: panel.run.thread is not None and panel.run.thread.isRunning(),
                    timeout=10_000)
    thread = panel.run.thread
    lesson.close()
    assert thread.isFinished()  # close waited for the search to stop
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
