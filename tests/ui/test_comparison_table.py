"""The comparison lessons' run tables on real widgets: bad rows, live controls, re-runs, same curves."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lesson_support import in_japanese, show_lesson, train_every_row
from nnlab.comparisons import preset
from ui.lessons.optimizers.training import OptimizerTraining
from ui.training_worker import live_thread_count
from ui.widgets.run_table import BAD_BRUSH

CLICK = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def lesson(qtbot, qapp) -> OptimizerTraining:
    """The optimizer comparison with the course notes' rows, shown in English."""
    return show_lesson(qtbot, qapp, OptimizerTraining)


def status(lesson, key: str) -> str:
    return lesson.table.item(lesson.table.row_keys().index(key), lesson.table.columns.index("status")).text()


def cell(lesson, key: str, column: str):
    return lesson.table.item(lesson.table.row_keys().index(key), lesson.table.columns.index(column))


def run_and_wait(qtbot, lesson) -> None:
    train_every_row(qtbot, lesson)


def test_the_course_notes_rows_are_the_default(lesson):
    runs = lesson.table.runs()
    assert [(r.key, r.lr) for r in runs] == [(r.key, r.lr) for r in preset("optimizers", "notes").runs]
    assert cell(lesson, "Momentum", "lr").text() == "0.3"
    assert cell(lesson, "Momentum", "momentum").text() == "0.9"
    assert lesson.note_label.text().split("\n")[-1].startswith("Network 64-40-20-10 with sigmoid, batch 100")
    presets = [lesson.preset_combo.itemText(i) for i in range(3)]
    assert presets == ["Book", "Course notes", "Same learning rate"]
    lesson.preset_combo.setCurrentIndex(lesson.preset_combo.findData("book"))
    assert lesson.table.row_keys() == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert lesson.iterations_spin.value() == 2000 and "64-100-100-100-100-10 with ReLU, batch 128" in (
        lesson.note_label.text())


@pytest.mark.parametrize("value", ["abc", "0", "-0.1"])
def test_a_bad_learning_rate_is_marked_and_refused_and_the_others_run(qtbot, lesson, value):
    lesson.iterations_spin.setValue(10)
    lesson.table.set_value("AdaGrad", "lr", value)
    bad = cell(lesson, "AdaGrad", "lr")
    assert bad.background() == BAD_BRUSH and bad.toolTip() == "The learning rate must be a number above 0."
    assert bad.text() == value  # kept as typed
    assert status(lesson, "AdaGrad") == "impossible value (see the red cell)"
    run_and_wait(qtbot, lesson)
    assert "AdaGrad" not in lesson.histories
    assert sorted(lesson.histories) == ["Adam", "Momentum", "RMSProp", "SGD"]
    assert all(h.status == "finished" for h in lesson.histories.values())
    assert status(lesson, "AdaGrad") == "refused: The learning rate must be a number above 0."
    assert lesson.run_bar.status_label.text() == (
        "Not run, because of an impossible value (marked red): AdaGrad. The other runs go ahead. "
        "Done: the lower the loss and the higher the test accuracy, the better the run learned.")


def test_bad_dropout_and_lambda_are_refused(qtbot, qapp):
    from ui.lessons.overfitting import OverfittingWidget
    lesson = show_lesson(qtbot, qapp, OverfittingWidget)
    lesson.iterations_spin.setValue(6)
    lesson.table.set_value("dropout", "dropout", "1")
    lesson.table.set_value("l2", "l2", "-0.1")
    assert cell(lesson, "dropout", "dropout").background() == BAD_BRUSH
    assert cell(lesson, "l2", "l2").toolTip() == "λ must be a number, 0 or more."
    run_and_wait(qtbot, lesson)
    assert sorted(lesson.histories) == ["dropout_l1", "l1", "none"]
    assert status(lesson, "dropout").startswith("refused: The dropout ratio must be")


def test_controls_for_future_runs_stay_live_while_training(qtbot, lesson):
    lesson.iterations_spin.setValue(3000)
    with qtbot.waitSignal(lesson.queue.step_logged, timeout=30_000):
        qtbot.mouseClick(lesson.run_bar.run_button, CLICK)
    assert lesson.queue.current_key == "SGD"
    # the running row is locked and says why; the others stay editable
    assert lesson.table.is_locked("SGD") and "cannot change mid-run" in cell(lesson, "SGD", "lr").toolTip()
    assert not cell(lesson, "SGD", "lr").flags() & Qt.ItemFlag.ItemIsEditable
    optimizer_col = lesson.table.columns.index("optimizer")
    assert not lesson.table.cellWidget(0, optimizer_col).isEnabled()
    assert lesson.table.cellWidget(1, optimizer_col).isEnabled()
    assert cell(lesson, "Adam", "lr").flags() & Qt.ItemFlag.ItemIsEditable
    assert lesson.iterations_spin.isEnabled() and lesson.add_button.isEnabled()
    assert not lesson.preset_combo.isEnabled() and "press Cancel first" in lesson.preset_combo.toolTip()
    lesson.table.selectRow(0)
    assert not lesson.remove_button.isEnabled() and "training" in lesson.remove_button.toolTip()
    # an edit to a waiting row applies when its turn comes; so does the iteration count
    lesson.table.set_value("Momentum", "lr", "0.05")
    lesson.iterations_spin.setValue(15)
    lesson.add_row()  # joins the queue
    assert lesson.queue.pending_keys()[-1] == "run 6"
    with qtbot.waitSignal(lesson.queue.all_finished, timeout=120_000) as blocker:
        pass
    assert blocker.args == [True]
    assert lesson.histories["SGD"].iterations_done == 3000  # the run in progress kept its length
    trainer = lesson.queue.trainers["Momentum"]
    assert trainer.optimizer.lr == 0.05 and trainer.iterations == 15
    assert lesson.histories["run 6"].iterations_done == 15
    assert not lesson.table.is_locked("SGD") and lesson.preset_combo.isEnabled()
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


def test_a_finished_run_is_rerun_with_one_change(qtbot, lesson):
    lesson.iterations_spin.setValue(10)
    run_and_wait(qtbot, lesson)
    before = dict(lesson.histories)
    lesson.table.set_value("Adam", "lr", "0.001")
    assert status(lesson, "Adam") == "changed: Run trains it again"
    with qtbot.waitSignal(lesson.queue.all_finished, timeout=60_000):
        qtbot.mouseClick(lesson.run_bar.run_button, CLICK)
    assert lesson.histories["Adam"] is not before["Adam"]
    assert lesson.queue.trainers["Adam"].optimizer.lr == 0.001
    assert all(lesson.histories[k] is before[k] for k in before if k != "Adam")  # only Adam ran
    assert lesson.run_bar.progress_bar.maximum() == 10
    run_and_wait(qtbot, lesson)  # nothing changed: Run trains every row again
    assert all(lesson.histories[k] is not before[k] for k in before)


def test_accuracy_curves_and_identical_runs_stay_visible(qtbot, lesson):
    lesson.iterations_spin.setValue(10)
    lesson.table.selectRow(lesson.table.row_keys().index("Momentum"))
    lesson.add_row()  # a copy of Momentum: the very same curves
    assert lesson.table.run("run 6").optimizer == "Momentum"
    run_and_wait(qtbot, lesson)
    plots = lesson.plots
    for key, history in lesson.histories.items():
        x, train = plots.train_curves[key].getData()
        np.testing.assert_array_equal(x, history.eval_iterations)
        np.testing.assert_allclose(train, history.train_acc)
        np.testing.assert_allclose(plots.test_curves[key].getData()[1], history.test_acc)
    assert plots.same_as == {"run 6": "Momentum"}
    assert plots.shown_name("run 6") == "run 6 (same curve as Momentum)"
    assert status(lesson, "run 6").endswith(" · same curve as Momentum")
    assert "same curve" not in status(lesson, "Momentum")
    assert plots.loss_curves["run 6"].opts["pen"].style() == Qt.PenStyle.DotLine
    assert plots.loss_curves["Momentum"].opts["pen"].style() == Qt.PenStyle.SolidLine
    lesson.table.selectRow(lesson.table.row_keys().index("run 6"))
    lesson.remove_selected_row()
    assert "run 6" not in plots.loss_curves and "run 6" not in lesson.table.row_keys()


def test_results_and_states_follow_the_language(qtbot, qapp, lesson):
    from PySide6.QtCore import QCoreApplication

    from lesson_support import is_japanese

    lesson.iterations_spin.setValue(10)
    lesson.table.set_value("SGD", "lr", "-1")
    run_and_wait(qtbot, lesson)
    english = [status(lesson, k) for k in lesson.table.row_keys()]
    assert english[0].startswith("refused: ") and english[1].startswith("train ")
    with in_japanese(qapp):
        QCoreApplication.processEvents()
        assert all(is_japanese(status(lesson, k)) for k in lesson.table.row_keys())
        course_notes = QCoreApplication.translate("ComparisonLesson", "Course notes")
        assert lesson.preset_combo.currentText() == course_notes
    assert [status(lesson, k) for k in lesson.table.row_keys()] == english
