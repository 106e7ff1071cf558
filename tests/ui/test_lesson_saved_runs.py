"""The comparison lessons keep every run of their queue, and the next session lists them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lesson_support import show_lesson
from nnlab.run_store import RunStore, default_store_path
from ui.lessons.optimizers.training import OptimizerTraining
from ui.training_worker import live_thread_count

pytestmark = pytest.mark.usefixtures("offline_digits")


def test_every_run_is_kept_and_listed_by_the_next_lesson(qtbot, qapp):
    first = show_lesson(qtbot, qapp, OptimizerTraining)
    first.iterations_spin.setValue(10)
    with qtbot.waitSignal(first.queue.all_finished, timeout=60_000):
        qtbot.mouseClick(first.run_bar.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
    button = first.run_bar.saved_button
    keys = sorted(first.histories)
    qtbot.waitUntil(lambda: len(button.panel.runs) == len(keys), timeout=10_000)
    stored = RunStore.open(default_store_path()).list_runs("lesson:OptimizerTraining")
    assert sorted(run.name for run in stored) == keys
    sgd = next(run for run in stored if run.name == "SGD")
    assert sgd.settings["optimizer"] == "SGD" and sgd.settings["iterations"] == 10
    assert sgd.final["test_acc"] == pytest.approx(first.histories["SGD"].test_acc[-1])
    assert button.text() == f"Saved runs ({len(keys)})…"

    second = show_lesson(qtbot, qapp, OptimizerTraining)  # the next session
    again = second.run_bar.saved_button
    qtbot.waitUntil(lambda: len(again.panel.runs) == len(keys), timeout=10_000)
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert again.dialog.isVisible()
    assert not again.panel.buttons["overlay"].isEnabled()  # listed, not drawn into these plots
    assert again.panel.status_label.text() == f"Saved runs: {len(keys)}, kept between sessions."
