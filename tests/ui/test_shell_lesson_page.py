"""LessonPage: rendered Markdown, check questions with immediate feedback, clear messages for
missing or broken files, and a lesson that cannot be loaded or built."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from shell_support import CATALOGUE, QUIZZES, TEXTS
from ui.lessons import Lesson
from ui.lessons.base import LessonErrorPage, LessonPage
from ui.main_window import MainWindow
from ui.settings import Progress
from ui.widgets.quiz import QuizFileError, parse_quiz


def make_page(qtbot, lesson: Lesson, progress: Progress | None = None) -> LessonPage:
    """A shown LessonPage for ``lesson``."""
    page = LessonPage(lesson, progress)
    qtbot.addWidget(page)
    page.show()
    return page


def heading_texts(page: LessonPage) -> list[str]:
    """Texts of the rendered Markdown's heading blocks."""
    block = page.text.document().begin()
    found = []
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.append(block.text())
        block = block.next()
    return found


def test_markdown_is_rendered_not_shown_raw(qtbot, lessons):
    page = make_page(qtbot, lessons.lesson(CATALOGUE[0]))
    plain = page.text.toPlainText()
    assert "A perceptron computes y = w1·x1 + w2·x2 + b." in plain
    assert "**" not in plain and "#" not in plain
    assert heading_texts(page) == ["Logic gates", "Try this"]
    cursor = page.text.document().find("w1·x1")
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
    assert page.text_error == "" and page.quiz_error == ""
    assert page.widget is lessons.widgets["alpha"]
    assert page._title.text() == "Chapter 2 · Alpha lesson"


def test_quiz_gives_immediate_feedback(qtbot, lessons):
    page = make_page(qtbot, lessons.lesson(CATALOGUE[0]), Progress())
    quiz = page.quiz
    assert quiz.question_count() == len(QUIZZES["en"])
    view = quiz.question_view(1)
    assert view.feedback.isHidden()
    with qtbot.assertNotEmitted(page.completed):
        qtbot.mouseClick(view.group.button(0), Qt.MouseButton.LeftButton)
    assert view.feedback.isVisible()
    assert view.feedback.text() == "Not quite — try another answer."  # no explanation: try again
    qtbot.mouseClick(view.group.button(1), Qt.MouseButton.LeftButton)
    assert view.feedback.text() == "Not quite — try another answer. XOR is not linearly separable."
    qtbot.mouseClick(view.group.button(2), Qt.MouseButton.LeftButton)
    assert view.feedback.text().startswith("Correct!")
    with qtbot.waitSignal(page.completed) as blocker:
        qtbot.mouseClick(quiz.question_view(0).group.button(0), Qt.MouseButton.LeftButton)
    assert blocker.args == ["alpha"]
    assert Progress().quiz_answers("alpha") == {0: 0, 1: 2}


def test_missing_text_and_quiz_show_a_message(qtbot, lessons):
    lesson = Lesson("nowhere", "9", "Nowhere", lambda: lessons.lesson(CATALOGUE[0]).make_widget())
    page = make_page(qtbot, lesson)
    assert "The text of this lesson could not be loaded." in page.text.toPlainText()
    assert "nowhere.md" in page.text.toPlainText()
    assert page.text_error
    assert page.quiz.question_count() == 0
    assert page.quiz.message().startswith("The check questions of this lesson could not be loaded.")
    assert "nowhere.quiz.json" in page.quiz.message()


@pytest.mark.parametrize(
    ("quiz", "problem"),
    [
        ("[{\"question\": \"Q\"", "not valid JSON"),
        ([], "non-empty list"),
        ([{"question": "Q", "choices": ["a", "b"], "answer": 5, "explanation": ""}], "'answer'"),
        ([{"question": "Q", "choices": ["only"], "answer": 0, "explanation": ""}], "at least 2"),
        ([{"question": "Q", "choices": ["a", "b"], "answer": 0}], "no 'explanation'"),
    ],
)
def test_broken_quiz_file_names_the_problem(qtbot, lessons, quiz, problem):
    lessons.write("beta", "en", TEXTS["en"], quiz)
    page = make_page(qtbot, lessons.lesson(CATALOGUE[1]))
    assert problem in page.quiz.message()
    assert page.quiz.question_count() == 0
    assert "Try this" in page.text.toPlainText()  # the text is still there


def test_parse_quiz_accepts_the_documented_format():
    questions = parse_quiz('[{"question": "Q?", "choices": ["a", "b", "c"], "answer": 2, '
                           '"explanation": "because"}]')
    assert questions[0].choices == ("a", "b", "c") and questions[0].answer == 2
    with pytest.raises(QuizFileError, match="question 1"):
        parse_quiz('[{"question": "Q?", "choices": ["a", "b"], "answer": true, "explanation": ""}]')


def test_widget_that_fails_to_build_becomes_a_message(qtbot, lessons):
    def broken() -> None:
        raise RuntimeError("no data for this lesson")

    page = make_page(qtbot, Lesson("alpha", "2", "Alpha lesson", broken))
    assert page.widget is None
    assert page.widget_error == "RuntimeError: no data for this lesson"
    assert "could not be built" in page._widget_message.text()
    assert page.quiz.question_count() == 2  # text and quiz still work


def test_lesson_module_that_fails_to_load_shows_an_error_page(qtbot, lessons):
    def loader(lesson_id: str) -> Lesson:
        if lesson_id == "beta":
            raise ImportError("No module named 'ui.lessons.beta'")
        return lessons.load(lesson_id)

    window = MainWindow(Progress(), catalogue=CATALOGUE, loader=loader)
    qtbot.addWidget(window)
    window.show()
    window.go_to(1)
    page = window.stack.currentWidget()
    assert isinstance(page, LessonErrorPage)
    assert "Beta lesson" in page._label.text() and "No module named" in page._label.text()
    window.go_next()
    assert isinstance(window.stack.currentWidget(), LessonPage)  # the others still open


def test_unknown_lesson_is_refused_by_load_lesson():
    from ui.lessons import load_lesson

    with pytest.raises(KeyError, match="unknown lesson"):
        load_lesson("no_such_lesson")


def test_a_widget_named_by_a_missing_module_fails_on_import_not_at_start():
    lesson = Lesson("alpha", "2", "Alpha lesson", "no_such_lesson.lesson:Widget")
    assert (lesson.id, lesson.chapter, lesson.title) == ("alpha", "2", "Alpha lesson")
    with pytest.raises(ImportError, match="no_such_lesson"):
        lesson.make_widget()


def test_a_widget_named_by_a_missing_class_says_which(monkeypatch):
    lesson = Lesson("alpha", "2", "Alpha lesson", "base:NoSuchWidget")
    with pytest.raises(ImportError, match=r"ui\.lessons\.base has no NoSuchWidget"):
        lesson.widget_factory()


def test_every_lesson_is_declared_once_in_the_catalogue():
    import pkgutil

    from PySide6.QtWidgets import QWidget

    import ui.lessons
    from ui.lessons import CATALOGUE

    ids = [lesson.id for lesson in CATALOGUE]
    assert len(ids) == len(set(ids))
    for lesson in CATALOGUE:
        assert issubclass(lesson.widget_factory(), QWidget), lesson.id
    declaring = [info.name for info in pkgutil.walk_packages(ui.lessons.__path__, "ui.lessons.")
                 if hasattr(__import__(info.name, fromlist=["_"]), "LESSON")]
    assert declaring == [], "lessons are declared in ui/lessons/__init__.py CATALOGUE only"
