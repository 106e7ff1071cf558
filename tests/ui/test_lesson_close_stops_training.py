"""Closing a lesson widget (LessonPage.shutdown does it when the window closes) ends its training thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from lesson_support import show_lesson
from ui.lessons.batch_norm import BatchNormWidget
from ui.lessons.optimizers.lesson import OptimizersWidget
from ui.lessons.overfitting import OverfittingWidget
from ui.lessons.weight_init import WeightInitWidget

pytestmark = pytest.mark.usefixtures("offline_digits")


# lesson widget class, and where its run queue lives (the widget itself or its training tab)
LESSON_WIDGETS = [
    pytest.param(OptimizersWidget, lambda w: w.training, id="optimizers"),
    pytest.param(WeightInitWidget, lambda w: w.training, id="weight_init"),
    pytest.param(BatchNormWidget, lambda w: w, id="batch_norm"),
    pytest.param(OverfittingWidget, lambda w: w, id="overfitting"),
]


@pytest.mark.parametrize(("widget_class", "runner_of"), LESSON_WIDGETS)
def test_closing_the_lesson_widget_cancels_the_queue_and_ends_its_thread(
        qtbot, qapp, widget_class, runner_of):
    widget = show_lesson(qtbot, qapp, widget_class)
    runner = runner_of(widget)
    runner.iterations_spin.setValue(runner.iterations_spin.maximum())  # far longer than the test
    with qtbot.waitSignal(runner.queue.step_logged, timeout=30_000):
        runner.start()
    run = runner.queue.current_run
    assert run is not None and run.is_running()
    thread = run.thread
    with qtbot.waitSignal(runner.queue.all_finished, timeout=30_000) as blocker:
        widget.close()
        assert thread.isFinished()  # close() itself waited: no thread outlives the widget
    assert blocker.args == [False]  # cancelled, and nothing queued after it started
    assert runner.queue.current_run is None and not runner.queue.is_running()
    assert run.trainer.history.status == "cancelled"
