"""Main window: Back/Next, the navigator, progress kept across windows, reset, closing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shell_support import CATALOGUE, LessonSet
from ui.lessons.base import LessonPage
from ui.main_window import MainWindow
from ui.settings import Progress


def make_window(qtbot, lesson_set: LessonSet) -> MainWindow:
    """A shown main window over the three test lessons, opened where the learner left off."""
    window = MainWindow(Progress(), catalogue=CATALOGUE, loader=lesson_set.load)
    qtbot.addWidget(window)
    window.show()
    window.open_initial_lesson()
    return window


def test_back_and_next_walk_the_lessons(qtbot, lessons):
    window = make_window(qtbot, lessons)
    assert window.current_index() == 0
    assert not window.back_button.isEnabled() and window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_index() == 1
    assert window.stack.currentWidget() is window.page(1)
    assert window.position_label.text() == "Lesson 2 of 3"
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_index() == 2 and not window.next_button.isEnabled()
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_index() == 1 and window.back_button.isEnabled()


def test_navigator_opens_lessons_and_builds_pages_lazily(qtbot, lessons):
    window = make_window(qtbot, lessons)
    assert set(window.built_pages()) == {0}
    assert window.navigator.count() == len(CATALOGUE)
    assert window.navigator.item(1).text() == "Ch. 3  Beta lesson"
    window.navigator.setCurrentRow(2)
    page = window.stack.currentWidget()
    assert isinstance(page, LessonPage) and page.lesson.id == "gamma"
    assert set(window.built_pages()) == {0, 2}
    assert lessons.widgets["gamma"].isVisibleTo(window)


def test_progress_is_remembered_by_a_new_window(qtbot, lessons, settings_file):
    first = make_window(qtbot, lessons)
    first.go_to(2)
    first.set_completed(1, True)
    first.close()
    assert "beta" in settings_file.read_text(encoding="utf-8")  # the temporary file, not the user's

    second = make_window(qtbot, lessons)
    assert second.current_index() == 2
    assert second.is_marked_done(1) and not second.is_marked_done(0)
    second.go_to(1)
    assert second.done_button.isChecked()
    second.go_to(0)
    assert not second.done_button.isChecked()


def test_done_button_marks_the_current_lesson(qtbot, lessons):
    window = make_window(qtbot, lessons)
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert window.is_marked_done(0)
    assert window.navigator.item(0).icon().cacheKey() != window.navigator.item(1).icon().cacheKey()
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert not window.is_marked_done(0)


def test_answering_every_question_completes_the_lesson(qtbot, lessons):
    window = make_window(qtbot, lessons)
    quiz = window.page(0).quiz
    quiz.question_view(0).group.button(0).click()
    assert not window.is_marked_done(0)
    quiz.question_view(1).group.button(2).click()
    assert window.is_marked_done(0)
    assert "lesson completed" in window.statusBar().currentMessage()


def test_reset_forgets_completion_and_answers_but_keeps_the_place(qtbot, lessons):
    window = make_window(qtbot, lessons)
    window.go_to(1)
    window.set_completed(0, True)
    window.page(1).quiz.question_view(0).group.button(1).click()
    assert window.progress.quiz_answers("beta") == {0: 1}

    window.reset_progress()

    assert not window.is_marked_done(0)
    assert window.progress.quiz_answers("beta") == {}
    assert window.page(1).quiz.question_view(0).selected() is None
    assert window.current_index() == 1
    assert Progress().last_lesson() == "beta"


def test_saved_quiz_answers_come_back(qtbot, lessons):
    window = make_window(qtbot, lessons)
    window.page(0).quiz.question_view(1).group.button(0).click()
    window.close()
    again = make_window(qtbot, lessons)
    view = again.page(0).quiz.question_view(1)
    assert view.selected() == 0
    assert not view.feedback.isHidden()


def test_closing_the_window_closes_every_lesson_widget(qtbot, lessons):
    window = make_window(qtbot, lessons)
    window.go_to(1)
    assert window.close()
    assert lessons.widgets["alpha"].closed and lessons.widgets["beta"].closed
    assert "gamma" not in lessons.widgets  # never opened, never built
    assert not window.isVisible()


def test_the_next_start_opens_the_lesson_open_last(qtbot, lessons):
    first = make_window(qtbot, lessons)
    assert first.current_index() == 0
    first.go_to(len(CATALOGUE) - 1)
    first.close()
    again = make_window(qtbot, lessons)
    assert again.current_index() == len(CATALOGUE) - 1
    assert again.stack.currentWidget() is again.page(len(CATALOGUE) - 1)
