"""The race tab of the gradient-check lesson: both runs start together, Cancel and closing stop both."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lesson_support import show_lesson
from nnlab.gradient_race import METHODS, NumericalGradientNet
from ui.lessons.gradient_check.lesson import GradientCheckLesson
from ui.lessons.gradient_check.race import RACE_SWITCH_INTERVAL, GradientRaceWidget

CLICK = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def race(qtbot, qapp) -> GradientRaceWidget:
    w = show_lesson(qtbot, qapp, GradientRaceWidget)
    yield w
    w.close()
    assert not w.is_running()


def test_start_runs_both_in_their_own_threads_and_cancel_stops_both(qtbot, race):
    before = sys.getswitchinterval()
    assert "pace shows once" in race.pace_labels["numerical"].text()  # no "– per second" before a run
    qtbot.mouseClick(race.start_button, CLICK)
    assert set(race.runs) == set(METHODS)
    assert isinstance(race.runs["numerical"].trainer.net, NumericalGradientNet)
    threads = [run.thread for run in race.runs.values()]
    assert threads[0] is not threads[1] and all(t.isRunning() for t in threads)
    assert not race.start_button.isEnabled() and race.cancel_button.isEnabled()
    assert sys.getswitchinterval() == RACE_SWITCH_INTERVAL  # the GUI gets the GIL sooner
    qtbot.waitUntil(lambda: race.iteration_series["numerical"].n >= 2
                    and race.iteration_series["backprop"].n >= 2, timeout=60_000)  # drawn, not only sent
    # same weights, same batches: the first losses are the same on the iteration axis
    _, y_num = race.iteration_series["numerical"].data()
    _, y_bp = race.iteration_series["backprop"].data()
    np.testing.assert_allclose(y_num[:2], y_bp[:2], rtol=1e-7)
    t_num, _ = race.time_series["numerical"].data()
    assert np.all(np.diff(t_num) >= 0) and t_num[0] > 0
    assert "per second" in race.pace_labels["numerical"].text()
    assert "10,000 iterations at this pace" in race.pace_labels["backprop"].text()
    qtbot.mouseClick(race.cancel_button, CLICK)
    qtbot.waitUntil(lambda: all(t.isFinished() for t in threads), timeout=30_000)
    qtbot.waitUntil(lambda: race.start_button.isEnabled(), timeout=10_000)
    statuses = {m: race.histories[m].status for m in METHODS}
    assert statuses["numerical"] == "cancelled"
    assert race.status_label.text().startswith(("Cancelled", "Both runs are done"))
    assert not race.cancel_button.isEnabled()
    assert sys.getswitchinterval() == before  # restored when both runs have ended


def test_backprop_finishes_first_and_the_numerical_run_goes_on(qtbot, race):
    race.iterations_spin.setValue(300)
    race.start()
    qtbot.waitUntil(lambda: "backprop" in race.histories, timeout=60_000)
    assert race.histories["backprop"].status == "finished"
    assert race.runs["numerical"].is_running()
    assert "keeps going" in race.status_label.text()
    race.cancel()
    qtbot.waitUntil(lambda: not race.is_running(), timeout=30_000)


def test_closing_the_lesson_stops_both_runs(qtbot, qapp):
    lesson = show_lesson(qtbot, qapp, GradientCheckLesson)
    lesson.tabs.setCurrentIndex(1)
    assert lesson.race.start()
    qtbot.waitUntil(lambda: race_started(lesson.race), timeout=60_000)
    threads = [run.thread for run in lesson.race.runs.values()]
    lesson.close()
    assert all(t.isFinished() for t in threads)  # close waited for both
    assert not lesson.race.is_running() and sys.getswitchinterval() != RACE_SWITCH_INTERVAL
    assert lesson.race.runs["numerical"].trainer.history.status == "cancelled"


def race_started(race: GradientRaceWidget) -> bool:
    return race.done["numerical"] >= 1
