"""Overfitting lesson on real widgets: five regularisation runs, accuracy curves, weight histograms."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import (
    cancel_during_first_run,
    in_japanese,
    is_japanese,
    show_lesson,
    train_every_row,
)
from nnlab.comparisons import preset
from nnlab.experiments import REGULARISATIONS, weight_values
from ui.lessons.overfitting import OverfittingWidget

CLICK = Qt.MouseButton.LeftButton
TRAIN_SIZE = preset("overfitting", "notes").setup.train_size
ITERATIONS = 30  # 300 images, batch 100: an evaluation every 3 iterations, 10 per run


pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def lesson(qtbot, qapp) -> OverfittingWidget:
    """The lesson widget in English, shown."""
    return show_lesson(qtbot, qapp, OverfittingWidget)


def train_all(qtbot, lesson: OverfittingWidget, iterations: int = ITERATIONS) -> None:
    """Click 'Train every run' and wait for the last run."""
    assert train_every_row(qtbot, lesson, iterations) == [True]


def test_builds_in_english(lesson):
    assert lesson.run_bar.run_button.text() == "Train every run"
    assert [lesson.show_combo.itemText(i) for i in range(6)] == [
        "all runs", "no regularisation", "L2 weight decay", "L1 weight decay", "dropout", "dropout + L1"]
    assert lesson.note_label.text().split("\n")[-1].startswith(
        f"Only {TRAIN_SIZE} training images, network 64-{'100-' * 6}10")
    assert lesson.preset_combo.currentText() == "Course notes"
    status = lesson.table.columns.index("status")
    assert [lesson.table.item(r, status).text() for r in range(5)] == ["not run yet"] * 5
    assert lesson.result_label.text() == ""
    # nothing trained yet: no placeholder histogram line is drawn
    assert not any(curve.isVisible() for curve in lesson.weight_curves.values())


def test_builds_in_japanese(qtbot, qapp):
    with in_japanese(qapp):
        widget = OverfittingWidget()
        qtbot.addWidget(widget)
        assert widget.show_combo.itemText(1) == QCoreApplication.translate(
            "ComparisonLesson", "no regularisation")
        assert widget.iterations_label.text() == QCoreApplication.translate(
            "ComparisonLesson", "Iterations per run:")
        assert widget.run_bar.run_button.text() == QCoreApplication.translate("RunBar", "Train every run")
        status = widget.table.item(0, widget.table.columns.index("status")).text()
        assert is_japanese(widget.show_combo.itemText(1)) and is_japanese(status)
        assert is_japanese(widget.table.item(0, 0).text()) and is_japanese(widget.note_label.text())
    assert widget.show_combo.itemText(0) == "all runs"
    assert widget.table.item(0, 0).text() == "no regularisation"


def test_short_training_fills_curves_histograms_and_results(qtbot, lesson):
    train_all(qtbot, lesson)
    assert list(lesson.histories) == list(REGULARISATIONS)
    for kind in REGULARISATIONS:
        history = lesson.histories[kind]
        assert history.status == "finished" and history.iterations_done == ITERATIONS
        x, train = lesson.train_curves[kind].getData()
        x_test, test = lesson.test_curves[kind].getData()
        np.testing.assert_array_equal(x, np.arange(3, ITERATIONS + 1, 3))
        np.testing.assert_array_equal(x_test, x)
        np.testing.assert_allclose(train, history.train_acc)
        np.testing.assert_allclose(test, history.test_acc)
        # the histogram is of the trained network's weights, as shares of all weights
        trainer = lesson.queue.trainers[kind]
        np.testing.assert_array_equal(lesson.weights[kind], weight_values(trainer.net.params))
        edges, shares = lesson.weight_curves[kind].getData()
        assert len(edges) == 61 and edges[0] == pytest.approx(-edges[-1])
        limit = edges[-1]
        expected, _ = np.histogram(np.clip(lesson.weights[kind], -limit, limit), bins=edges)
        np.testing.assert_allclose(shares, expected / lesson.weights[kind].size)
        assert shares.sum() == pytest.approx(1.0)
        assert lesson.weight_curves[kind].isVisible()
        gap = f"{100 * (history.train_acc[-1] - history.test_acc[-1]):+.2f}\u00a0%".replace("-", "\u2212")
        row = REGULARISATIONS.index(kind)
        assert f"gap {gap}" in lesson.table.item(row, lesson.table.columns.index("status")).text()
    # the weights read as they are (±0.4), not as "±400 (x0.001)"
    axis = lesson.weight_plot.getAxis("bottom")
    assert not axis.autoSIPrefix and "x0.001" not in axis.labelString() and axis.autoSIPrefixScale == 1
    specs = {kind: lesson.queue.trainers[kind].net.spec for kind in REGULARISATIONS}
    assert specs["l2"].weight_decay_l2 == pytest.approx(0.1) and specs["none"].weight_decay_l2 == 0
    # the course notes' dropout + L1: ratio 0.08 and λ 0.004, not dropout's own 0.15
    assert specs["dropout_l1"].dropout == pytest.approx(0.08)
    assert specs["dropout_l1"].weight_decay_l1 == pytest.approx(0.004)
    assert specs["dropout"].dropout == pytest.approx(0.15)
    assert lesson.result_label.text().startswith("Best by final test accuracy: ")
    # short runs do not show a dependable train/test gap, but weight decay visibly shrinks the weights
    weights = lesson.weights
    assert weights["l2"].std() < weights["none"].std()
    assert np.abs(weights["l1"]).mean() < np.abs(weights["none"]).mean()


def test_show_combo_picks_one_setting(qtbot, lesson):
    train_all(qtbot, lesson, iterations=10)
    lesson.show_combo.setCurrentIndex(lesson.show_combo.findData("l2"))
    for kind in REGULARISATIONS:
        visible = kind == "l2"
        assert lesson.train_curves[kind].isVisible() == visible
        assert lesson.test_curves[kind].isVisible() == visible
        assert lesson.weight_curves[kind].isVisible() == visible
    lesson.show_combo.setCurrentIndex(0)
    assert all(lesson.train_curves[k].isVisible() for k in REGULARISATIONS)


def test_each_rows_strength_reaches_its_network(qtbot, lesson):
    lesson.table.set_value("l2", "l2", "2.0")
    lesson.table.set_value("dropout", "dropout", "0.5")
    lesson.table.set_value("l1", "l1", "0.02")
    train_all(qtbot, lesson, iterations=10)
    specs = {kind: lesson.queue.trainers[kind].net.spec for kind in REGULARISATIONS}
    assert specs["l2"].weight_decay_l2 == pytest.approx(2.0)
    assert specs["dropout"].dropout == pytest.approx(0.5)
    assert specs["l1"].weight_decay_l1 == pytest.approx(0.02)
    assert specs["none"].weight_decay_l2 == 0 and specs["none"].dropout == 0
    assert specs["dropout_l1"].dropout == pytest.approx(0.08)  # its own ratio, untouched


def test_cancel_stops_the_runs(qtbot, lesson):
    assert lesson.MAX_ITERATIONS == 20_000
    assert cancel_during_first_run(qtbot, lesson, lesson.queue.evaluated) == "none"
    assert lesson.train_curves["none"].getData()[0] is not None
    assert lesson.train_curves["l2"].getData()[0] is None
    assert not lesson.weight_curves["l2"].isVisible()


def test_the_book_preset_has_the_books_three_runs(lesson):
    lesson.preset_combo.setCurrentIndex(lesson.preset_combo.findData("book"))
    assert lesson.table.row_keys() == ["none", "l2", "dropout"]
    assert [lesson.show_combo.itemText(i) for i in range(lesson.show_combo.count())] == [
        "all runs", "no regularisation", "L2 weight decay", "dropout"]
    assert lesson.iterations_spin.value() == 603  # the book's 201 epochs of 3 mini-batches
    assert lesson.table.run("dropout").dropout == 0.2
    assert set(lesson.weight_curves) == {"none", "l2", "dropout"}
