"""The lessons' background work, found without a list: for the close-stops-work test.

A widget of a lesson that starts work in a thread defines ``start_sample_work()``: it starts its
typical long job (a training run, a search, a numerical gradient) with settings that make it last
far longer than a test, just as the learner's Run button would. Tests find these methods in the
widget tree of every catalogue lesson, start them, close the lesson and check that no thread is
left; a lesson holding a runner or a run queue that no such method covers fails that test.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.background import BackgroundRunner
from ui.lessons.comparison_runs import RunQueue

SAMPLE_WORK = "start_sample_work"


def sample_work_widgets(lesson: QWidget) -> list[QWidget]:
    """The lesson widget and its descendants that can start sample work, outermost first."""
    return [widget for widget in (lesson, *lesson.findChildren(QWidget))
            if callable(getattr(widget, SAMPLE_WORK, None))]


def sample_work_starters(lesson: QWidget) -> list[Callable[[], object]]:
    """The ``start_sample_work`` methods of the lesson's widgets (empty: it has no background work)."""
    return [getattr(widget, SAMPLE_WORK) for widget in sample_work_widgets(lesson)]


def background_owners(lesson: QWidget) -> list[QObject]:
    """The runners and run queues held by the lesson's widgets (a TrainingRun holds a runner)."""
    return [*lesson.findChildren(BackgroundRunner), *lesson.findChildren(RunQueue)]


def uncovered_owners(lesson: QWidget) -> list[QObject]:
    """Runners and queues of the lesson with no widget above them that can start sample work."""
    covering = set(map(id, sample_work_widgets(lesson)))
    uncovered = []
    for owner in background_owners(lesson):
        holder = owner.parent()
        while holder is not None and id(holder) not in covering and holder is not lesson.parent():
            holder = holder.parent()
        if holder is None or id(holder) not in covering:
            uncovered.append(owner)
    return uncovered
