"""Runtime language switching: window, navigator, lesson page and quiz texts change en <-> ja."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shell_support import CATALOGUE, LessonSet
from ui import i18n
from ui.lessons import CATALOGUE as REAL_CATALOGUE
from ui.main_window import MainWindow
from ui.settings import Progress, saved_language


def make_window(qtbot, lesson_set: LessonSet) -> MainWindow:
    """A shown main window over the test lessons, first lesson open."""
    window = MainWindow(Progress(), catalogue=CATALOGUE, loader=lesson_set.load)
    qtbot.addWidget(window)
    window.show()
    window.open_initial_lesson()
    return window


def deliver_language_change() -> None:
    """Qt posts LanguageChange to the windows; let the event loop hand it out."""
    QApplication.processEvents()


def visible_texts(window: MainWindow) -> dict[str, str]:
    """A few strings the learner sees, by where they are."""
    page = window.page(0)
    return {
        "title": window.windowTitle(),
        "back": window.back_button.text(),
        "next": window.next_button.text(),
        "menu": window.file_menu.title(),
        "position": window.position_label.text(),
        "navigator": window.navigator.item(0).text(),
        "page_title": page._title.text(),
        "quiz_heading": page.quiz._heading.text(),
        "markdown": page.text.toPlainText(),
        "question": page.quiz.question_view(0).question.question,
    }


def test_switching_to_japanese_and_back_retranslates_the_window(qtbot, lessons):
    window = make_window(qtbot, lessons)
    english = visible_texts(window)
    assert english["back"] == "← Back" and "Try this" in english["markdown"]

    window.language_actions["ja"].trigger()
    deliver_language_change()

    japanese = visible_texts(window)
    assert i18n.current_language() == "ja"
    assert japanese["title"] == "nnlab — ゼロから学ぶニューラルネットワーク"
    assert japanese["back"] == "← 戻る"
    assert japanese["next"] == "次へ →"
    assert japanese["menu"] == "ファイル(&F)"
    assert japanese["position"] == "レッスン 1 / 3"
    assert japanese["navigator"].startswith("第 2 章")
    assert japanese["page_title"].startswith("第 2 章")
    assert japanese["quiz_heading"] == "理解度チェック"
    assert "やってみましょう" in japanese["markdown"]
    assert japanese["question"] == "AND(1, 0) の値は?"
    assert window.language_actions["ja"].isChecked()

    window.language_actions["en"].trigger()
    deliver_language_change()
    assert visible_texts(window) == english


def test_feedback_is_retranslated_with_the_quiz(qtbot, lessons):
    window = make_window(qtbot, lessons)
    quiz = window.page(0).quiz
    quiz.question_view(0).group.button(1).click()
    assert quiz.question_view(0).feedback.text() == "Not quite — try another answer."
    quiz.question_view(0).group.button(1).click()  # a second wrong try shows the explanation
    assert "AND needs both" in quiz.question_view(0).feedback.text()
    window.switch_language("ja")
    feedback = quiz.question_view(0).feedback.text()
    assert feedback.startswith("惜しい") and "AND は両方の入力" in feedback
    assert quiz.question_view(0).selected() == 1  # the saved answer survives the reload


def test_the_choice_is_saved_and_used_at_the_next_start(qtbot, lessons):
    window = make_window(qtbot, lessons)
    window.switch_language("ja")
    assert saved_language() == "ja"
    assert i18n.initial_language(None, saved_language()) == "ja"
    assert i18n.initial_language("en", saved_language()) == "en"  # the command line wins


def test_navigator_titles_of_the_real_lessons_are_translated(qtbot, lessons):
    window = MainWindow(Progress(), loader=lessons.load)  # real catalogue, pages never opened
    qtbot.addWidget(window)
    english = [window.navigator.item(row).text() for row in range(len(REAL_CATALOGUE))]
    window.switch_language("ja")
    deliver_language_change()
    japanese = [window.navigator.item(row).text() for row in range(len(REAL_CATALOGUE))]
    assert japanese[0] == "第 2 章  パーセプトロン"
    for info, en_text, ja_text in zip(REAL_CATALOGUE, english, japanese, strict=True):
        assert ja_text != en_text, f"navigator title of {info.id} is not translated"


def test_unknown_language_codes_fall_back_to_english(qapp):
    assert i18n.normalize_language(" JA ") == "ja"
    assert i18n.normalize_language("fr") is None
    assert i18n.initial_language("fr", None) == i18n.system_language()
    assert i18n.set_language(qapp, "fr") == "en"
    assert i18n.current_language() == "en"
