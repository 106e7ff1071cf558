"""Closing any lesson (LessonPage.shutdown does it when the window closes) ends all its threads.

Nothing here lists lessons: every lesson of the catalogue is opened, the ``start_sample_work``
methods of its widgets (``ui.lessons.sample_work``) start its long jobs, and closing the lesson
must have stopped them, waited for their threads and left no thread behind. A lesson without
such methods must hold no runner or run queue and start no thread at all.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from lesson_support import show_lesson
from ui.background import BackgroundRunner, live_thread_count
from ui.lessons import CATALOGUE
from ui.lessons.comparison_runs import RunQueue
from ui.lessons.sample_work import background_owners, sample_work_starters, uncovered_owners
from ui.run_archive import shared_archive

pytestmark = pytest.mark.usefixtures("offline_mnist")

LESSONS = [pytest.param(lesson, id=lesson.id) for lesson in CATALOGUE]


def _settle() -> None:
    """Let the shared run archive finish its short jobs (listing saved runs): the app's, not the lesson's."""
    shared_archive().wait()


@pytest.mark.parametrize("lesson", LESSONS)
def test_closing_a_lesson_stops_its_background_work_and_leaves_no_thread(qtbot, qapp, lesson):
    widget = show_lesson(qtbot, qapp, lesson.make_widget)
    runners = widget.findChildren(BackgroundRunner)  # e.g. a data set that loads when shown
    qtbot.waitUntil(lambda: not any(runner.is_running() for runner in runners), timeout=30_000)
    _settle()
    assert live_thread_count() == 0  # whatever opening the lesson started has ended
    assert uncovered_owners(widget) == [], "a runner or queue no start_sample_work() starts"
    starters = sample_work_starters(widget)
    if not starters:  # a lesson without background work is recognised as such, not listed
        assert background_owners(widget) == []
        widget.close()
        _settle()
        assert live_thread_count() == 0
        return
    for start in starters:
        before = live_thread_count()
        start()
        assert live_thread_count() > before, f"{start.__qualname__} started no thread"
    queues = widget.findChildren(RunQueue)
    for queue in queues:  # training is under way, not just about to start
        if queue.is_running():
            qtbot.waitSignal(queue.step_logged, timeout=30_000).wait()
    ended = {id(queue): [] for queue in queues}
    for queue in queues:
        queue.all_finished.connect(ended[id(queue)].append)
    running = [runner for runner in widget.findChildren(BackgroundRunner) if runner.is_running()]
    threads = [runner.thread for runner in running]
    runs = [queue.current_run for queue in queues]
    assert running and all(thread is not None for thread in threads)
    widget.close()
    assert all(thread.isFinished() for thread in threads)  # close() itself waited for each
    assert not any(runner.is_running() for runner in running)
    for queue, run in zip(queues, runs, strict=True):
        assert ended[id(queue)] == [False]  # cancelled, and nothing queued after it started
        assert queue.current_run is None and not queue.is_running()
        assert run is not None and run.trainer.history.status == "cancelled"
    _settle()
    assert live_thread_count() == 0
