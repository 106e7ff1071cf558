"""Every lesson has a text and check questions in both languages, and the two quizzes match.

Reads only the resource files (no widgets, no QApplication): the lesson page loads
``resources/lessons/<lang>/<id>.md`` and ``<id>.quiz.json``, and shows "could not be loaded"
when one is missing.
"""

from __future__ import annotations

import re

import pytest

from nnlab.resources import resource_path
from ui.lessons import LESSON_IDS
from ui.widgets.quiz import QuizQuestion, parse_quiz

LANGUAGES = ("en", "ja")
TRY_THIS = {"en": "## Try this", "ja": "## やってみましょう"}
MIN_TEXT_CHARS = {"en": 1200, "ja": 600}  # a real explanation, not a placeholder
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # hiragana, katakana, kanji


def lesson_text(lesson_id: str, language: str) -> str:
    path = resource_path("lessons", language, f"{lesson_id}.md")
    assert path.is_file(), f"missing lesson text {path}"
    return path.read_text(encoding="utf-8")


def lesson_quiz(lesson_id: str, language: str) -> list[QuizQuestion]:
    path = resource_path("lessons", language, f"{lesson_id}.quiz.json")
    assert path.is_file(), f"missing check questions {path}"
    return parse_quiz(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_lesson_text_has_title_explanation_and_tasks(lesson_id: str, language: str) -> None:
    text = lesson_text(lesson_id, language)
    assert text.startswith("# "), "the text must start with a '# Title' line"
    lines = text.splitlines()
    assert TRY_THIS[language] in lines, f"no '{TRY_THIS[language]}' section"
    explanation, _, tasks = text.partition(TRY_THIS[language])
    assert len(explanation) >= MIN_TEXT_CHARS[language], "the explanation is too short"
    assert re.search(r"^\s*1\. ", tasks, re.MULTILINE), "the try-this section has no numbered task"
    if language == "ja":
        assert len(JAPANESE.findall(text)) >= 200, "the Japanese text is not in Japanese"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_lesson_quiz_parses_with_explanations(lesson_id: str, language: str) -> None:
    questions = lesson_quiz(lesson_id, language)
    assert 2 <= len(questions) <= 4
    for number, question in enumerate(questions, start=1):
        assert question.explanation.strip(), f"question {number} has no explanation"
        assert len(set(question.choices)) == len(question.choices), (
            f"question {number} repeats a choice")
        if language == "ja":
            assert JAPANESE.search(question.question), f"question {number} is not in Japanese"


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_english_and_japanese_quizzes_agree(lesson_id: str) -> None:
    en, ja = lesson_quiz(lesson_id, "en"), lesson_quiz(lesson_id, "ja")
    assert len(en) == len(ja), "different number of questions"
    for number, (q_en, q_ja) in enumerate(zip(en, ja, strict=True), start=1):
        assert len(q_en.choices) == len(q_ja.choices), (
            f"question {number}: different number of choices")
        assert q_en.answer == q_ja.answer, f"question {number}: different correct answer"
