"""Batch-norm lesson on real widgets: small multiples per weight scale, with and without batch norm."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import cancel_during_first_run, in_japanese, is_japanese, show_lesson
from nnlab.comparisons import BOOK_WEIGHT_SCALES, preset
from nnlab.experiments import weight_scales
from ui.lessons.batch_norm import BatchNormWidget, run_key
from ui.training_worker import live_thread_count

CLICK = Qt.MouseButton.LeftButton
TRAIN_SIZE = preset("batch_norm", "book").setup.train_size


def plain_text(note) -> str:
    """A note's words without its markup (its line break read as a space)."""
    return re.sub(r"<[^>]+>", "", note.text.replace("<br>", " ")).strip()


def book_scales(n: int) -> np.ndarray:
    """n scales over the book's range, 1 down to 1e-4."""
    return weight_scales(n, smallest=1e-4)


pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def lesson(qtbot, qapp) -> BatchNormWidget:
    """The lesson widget in English, shown."""
    return show_lesson(qtbot, qapp, BatchNormWidget)


def choose_scales(lesson: BatchNormWidget, n: int) -> None:
    lesson.scales_combo.setCurrentIndex(lesson.scales_combo.findData(n))


def test_builds_in_english(lesson):
    assert lesson.run_bar.run_button.text() == "Train with and without batch norm"
    assert lesson.labels[1].text() == "Iterations per run:"
    assert len(lesson.plots) == 16 and len(lesson.curves) == 32  # the book's 16 scales
    np.testing.assert_allclose(lesson.scales, BOOK_WEIGHT_SCALES)
    assert lesson.plots[0].titleLabel.text == "std = 1"
    assert lesson.plots[-1].titleLabel.text == "std = 0.0001"
    assert f"{TRAIN_SIZE:,} training images" in lesson.note_label.text()
    assert "200 iterations are 20 epochs (the book trains 20)" in lesson.note_label.text()
    assert lesson.iterations_spin.value() == 200 and lesson.table.row_keys() == ["bn", "plain"]
    # the book's 4 x 4 grid, largest scale top left, each plot with a note row under it
    cells = [lesson.view.ci.items[plot][0] for plot in lesson.plots]  # (row, column) in the grid
    assert cells == [(2 * r, c) for r in range(4) for c in range(4)]
    assert [lesson.view.ci.items[note][0] for note in lesson.notes] == [(2 * r + 1, c) for r in range(4)
                                                                        for c in range(4)]


def test_builds_in_japanese(qtbot, qapp):
    with in_japanese(qapp):
        widget = BatchNormWidget()
        qtbot.addWidget(widget)
        assert widget.labels[0].text() == QCoreApplication.translate("BatchNormWidget", "Weight scales:")
        assert widget.run_bar.run_button.text() == QCoreApplication.translate(
            "RunBar", "Train with and without batch norm")
        assert len(widget.plots) == 16
        assert is_japanese(widget.labels[0].text()) and is_japanese(widget.note_label.text())
    assert widget.labels[0].text() == "Weight scales:"


def test_the_scales_combo_rebuilds_the_small_multiples(lesson):
    choose_scales(lesson, 8)
    assert len(lesson.plots) == 8 and len(lesson.curves) == 16
    np.testing.assert_allclose(lesson.scales, book_scales(8))
    assert [p.titleLabel.text for p in lesson.plots][::7] == ["std = 1", "std = 0.0001"]
    choose_scales(lesson, 4)
    assert len(lesson.plots) == 4 and set(lesson.curves) == {
        run_key(i, bn) for i in range(4) for bn in (True, False)}


def test_short_training_fills_both_curves_of_every_scale(qtbot, lesson):
    choose_scales(lesson, 4)
    lesson.iterations_spin.setValue(20)  # 1,000 images, batch 100: an evaluation every 10
    bar = lesson.run_bar
    with qtbot.waitSignal(lesson.queue.all_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(bar.run_button, CLICK)
    assert blocker.args == [True]
    assert len(lesson.histories) == 8
    for i, scale in enumerate(book_scales(4)):
        for with_bn in (True, False):
            key = run_key(i, with_bn)
            history = lesson.histories[key]
            spec = lesson.queue.trainers[key].net.spec
            assert spec.batch_norm is with_bn
            assert spec.init == f"std:{scale:.6g}"
            assert lesson.queue.trainers[key].train_size == TRAIN_SIZE
            x, y = lesson.curves[key].getData()
            if history.status == "diverged":  # std 1 without batch norm blows up on the digits
                assert (i, with_bn) == (0, False)
                assert x is None and not history.train_acc
                continue
            assert history.status == "finished" and history.iterations_done == 20
            np.testing.assert_array_equal(x, history.eval_iterations)
            np.testing.assert_array_equal(x, [10, 20])
            np.testing.assert_allclose(y, history.train_acc)
            assert np.all((y >= 0) & (y <= 1))
    assert all(lesson.histories[run_key(i, True)].status == "finished" for i in range(4))
    pairs = [(lesson.histories[run_key(i, True)], lesson.histories[run_key(i, False)]) for i in range(4)]
    # a diverged run without batch norm is a scale where batch norm did better
    wins = sum(plain.status == "diverged" or bn.train_acc[-1] > plain.train_acc[-1] for bn, plain in pairs)
    diverged = sum(plain.status == "diverged" for _, plain in pairs)
    expected = f"Done. Batch norm ended higher at {wins} of 4 scales"
    expected += f"; without it, training diverged at {diverged} of them." if diverged else "."
    assert bar.status_label.text() == expected
    assert bar.progress_bar.value() == bar.progress_bar.maximum() == 8 * 20
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


def test_a_diverged_run_is_named_in_its_plot_and_counted_for_batch_norm(qtbot, qapp, lesson):
    choose_scales(lesson, 4)
    lesson.iterations_spin.setValue(20)
    bar = lesson.run_bar
    with qtbot.waitSignal(lesson.queue.all_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(bar.run_button, CLICK)
    assert blocker.args == [True]
    plain = lesson.histories[run_key(0, False)]
    # std = 1 without batch norm: the loss is NaN within a few iterations, before any evaluation
    assert plain.status == "diverged" and not plain.train_acc and plain.iterations_done < 10
    assert lesson.curves[run_key(0, False)].getData()[0] is None  # nothing to draw ...
    note = lesson.notes[0]  # ... so the plot says what happened, in red
    assert note.isVisible() and "#c01c28" in note.item.toHtml().lower()
    assert plain_text(note) == f"without batch norm: diverged at iteration {plain.iterations_done + 1}"
    assert not any(n.isVisible() for n in lesson.notes[1:])
    # the note sits under its plot, never on a curve, and a plot without one keeps the room
    plot_box = lesson.plots[0].sceneBoundingRect()
    assert note.sceneBoundingRect().top() >= plot_box.bottom() - 1
    assert note.sceneBoundingRect().height() > 5 and lesson.notes[1].maximumHeight() == 0
    assert [p.titleLabel.text for p in lesson.plots] == ["std = 1", "std = 0.046", "std = 0.0022",
                                                         "std = 0.0001"]
    others = [(lesson.histories[run_key(i, True)], lesson.histories[run_key(i, False)])
              for i in range(1, 4)]
    assert all(bn.status == plain.status == "finished" for bn, plain in others)
    wins = 1 + sum(bn.train_acc[-1] > plain.train_acc[-1] for bn, plain in others)
    assert bar.status_label.text() == (f"Done. Batch norm ended higher at {wins} of 4 scales; "
                                       "without it, training diverged at 1 of them.")
    english = plain_text(note), bar.status_label.text()
    with in_japanese(qapp):
        QCoreApplication.processEvents()
        assert is_japanese(plain_text(note)) and f"{plain.iterations_done + 1}" in plain_text(note)
        assert is_japanese(bar.status_label.text()) and str(wins) in bar.status_label.text()
    assert (plain_text(note), bar.status_label.text()) == english
    lesson.start()  # a new run clears the note
    assert not note.isVisible()
    lesson.queue.shutdown()
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


def test_cancel_stops_the_runs(qtbot, lesson):
    assert lesson.MAX_ITERATIONS == 5000
    assert cancel_during_first_run(qtbot, lesson, lesson.queue.evaluated) == run_key(0, True)
    assert lesson.curves[run_key(0, True)].getData()[0] is not None
    assert lesson.curves[run_key(5, False)].getData()[0] is None


def test_changing_the_scales_during_a_run_stops_it(qtbot, lesson):
    lesson.iterations_spin.setValue(5000)
    with qtbot.waitSignal(lesson.queue.evaluated, timeout=30_000):
        qtbot.mouseClick(lesson.run_bar.run_button, CLICK)
    assert "cancels the runs in progress" in lesson.scales_combo.toolTip()  # it says so beforehand
    with qtbot.waitSignal(lesson.queue.all_finished, timeout=30_000) as blocker:
        choose_scales(lesson, 4)
    assert blocker.args == [False]
    assert len(lesson.plots) == 4
    assert all(c.getData()[0] is None for c in lesson.curves.values())  # the new plots stay empty
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
