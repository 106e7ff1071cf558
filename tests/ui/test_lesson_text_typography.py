"""Lesson texts and quizzes read right: no answer given away by its length, hats that render,
no stray spaces inside Japanese words.

- A learner who always picks the longest choice must not pass the quiz: in each language, the
  right choice is the strictly longest one in at most a third of the questions (a random quarter
  of them would be, with four choices).
- A combining circumflex (x̂, m̂, v̂) is placed on the wrong letter, or dropped, by the UI's sans
  font; monospace renders it, so in lesson texts it appears only inside `code`, and never in the
  quiz, which is shown in the UI font.
- Japanese words are not split by spaces ("バッチ正規化 の出力").
"""

from __future__ import annotations

import json
import re

import pytest

from nnlab.resources import resource_path
from ui.lessons import LESSON_IDS

HAT = "\u0302"
CJK = "\u3040-\u30ff\u4e00-\u9fff"
LONGEST_SHARE_MAX = 1 / 3


def quizzes(language: str) -> list[dict]:
    questions = []
    for lesson_id in LESSON_IDS:
        path = resource_path("lessons", language, f"{lesson_id}.quiz.json")
        questions += json.loads(path.read_text(encoding="utf-8"))
    return questions


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_right_choice_is_not_given_away_by_its_length(language: str) -> None:
    questions = quizzes(language)
    longest = [q["question"] for q in questions
               if max(len(c) for c in q["choices"]) == len(q["choices"][q["answer"]])
               and [len(c) for c in q["choices"]].count(len(q["choices"][q["answer"]])) == 1]
    assert len(longest) <= LONGEST_SHARE_MAX * len(questions), "\n".join(longest)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_hats_appear_only_where_they_render(language: str) -> None:
    for lesson_id in LESSON_IDS:
        text = resource_path("lessons", language, f"{lesson_id}.md").read_text(encoding="utf-8")
        outside_code = re.sub(r"`[^`]*`", "", text)
        assert HAT not in outside_code, f"{lesson_id}.md: a combining hat outside `code`"
        quiz = resource_path("lessons", language, f"{lesson_id}.quiz.json").read_text(encoding="utf-8")
        assert HAT not in quiz, f"{lesson_id}.quiz.json: a combining hat in the UI font"


def test_japanese_words_are_not_split_by_spaces() -> None:
    split = re.compile(f"[{CJK}] +[{CJK}]")
    for lesson_id in LESSON_IDS:
        for suffix in (".md", ".quiz.json"):
            text = resource_path("lessons", "ja", f"{lesson_id}{suffix}").read_text(encoding="utf-8")
            found = split.findall(text)
            assert not found, f"{lesson_id}{suffix}: {found[:5]}"
