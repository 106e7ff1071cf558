"""The next start opens the lesson the learner had open last (and the first one the very first time)."""

from __future__ import annotations

from shell_support import CATALOGUE, LessonSet

from ui.main_window import MainWindow
from ui.settings import Progress


def start(qtbot, lessons: LessonSet) -> MainWindow:
    window = MainWindow(Progress(), catalogue=CATALOGUE, loader=lessons.load)
    qtbot.addWidget(window)
    window.show()
    window.open_initial_lesson()
    return window


def test_the_last_lesson_is_opened_again(qtbot, lessons):
    first = start(qtbot, lessons)
    assert first.current_index() == 0
    first.go_to(len(CATALOGUE) - 1)
    first.close()
    again = start(qtbot, lessons)
    assert again.current_index() == len(CATALOGUE) - 1
    assert again.stack.currentWidget() is again.page(len(CATALOGUE) - 1)
