"""Lesson texts and quizzes read right: no answer given away by its length, hats that render,
no stray spaces inside Japanese words.

- A learner who always picks the longest choice must not pass the quiz: in each language, the
  right choice is the strictly longest one in at most a third of the questions (a random quarter
  of them would be, with four choices).
- A combining circumflex (x̂, m̂, v̂) is placed on the wrong letter, or dropped, by the UI's sans
  font; monospace renders it, so in lesson texts it appears only inside `code`, and never in the
  quiz, which is shown in the UI font.
- Japanese words are not split by spaces ("バッチ正規化 の出力").
- Every Japanese text (UI translations, lesson texts, quizzes, export explanations) keeps the
  mechanical rules of docs/translating.md: full-width 、。「」（）： in sentences, one half-width
  space between Japanese and Latin words or numbers, the book's terms, です・ます.
- A minus sign in a formula a learner reads is U+2212, not the hyphen ("y = 0.2x − 0.25").
"""

from __future__ import annotations

import json
import re

import pytest

from nnlab.resources import resource_path
from typography import CASUAL, FORBIDDEN_TERMS, RULES, japanese_texts, translations, violations
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


@pytest.mark.parametrize("rule", sorted(RULES))
def test_japanese_punctuation_and_spacing(rule: str) -> None:
    found = violations({rule: RULES[rule]})
    assert not found, f"{len(found)} places:\n" + "\n".join(found[:30])


def test_japanese_uses_the_books_terms() -> None:
    found = violations(FORBIDDEN_TERMS)
    assert not found, f"{len(found)} places:\n" + "\n".join(found[:30])


def test_japanese_explanations_are_written_in_desu_masu() -> None:
    found = [f"{where}: {text}" for where, text in japanese_texts() if CASUAL.search(text)]
    assert not found, "\n".join(found[:30])


def test_rules_catch_what_the_review_found() -> None:
    """The checks fail on the defects of the screenshot review (so they can fail at all)."""
    bad = {"データ:mnist-offline", "バッチ正規化 の出力", "訓練精度(本書と同じ)", "レイヤを1つずつ",
           "正解は %2(%3 %)。", "完了: 2 つの勾配"}
    caught = {text for text in bad if any(p.search(text) for p in RULES.values())}
    assert caught == bad
    assert FORBIDDEN_TERMS["学習率"].search("学習係数 10^-6")
    assert CASUAL.search("各ステップを追ってみよう。") and not CASUAL.search("追ってみましょう。")
    assert not any(p.search("numerical_diff(f, 5) = 0.2（厳密な値：0.2）") for p in RULES.values())


MINUS_AS_HYPHEN = re.compile(r"(?:[=(\[,×·/] ?|^|\s)-(?=\d|[a-zA-Zα-ω∇(])|\d -(?= ?\d)|[a-z)] - (?=[\da-z(])")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_formulas_use_the_minus_sign(language: str) -> None:
    found = []
    for lesson_id in LESSON_IDS:
        for suffix in (".md", ".quiz.json"):
            text = resource_path("lessons", language, f"{lesson_id}{suffix}").read_text(encoding="utf-8")
            text = re.sub(r"```.*?```|`[^`]*`", "", text, flags=re.S)
            for line in text.split("\n"):
                line = re.sub(r"^\s*- ", "", line)  # a Markdown list item
                found += [f"{lesson_id}{suffix}: …{line[max(0, m.start() - 15):m.end() + 15]}…"
                          for m in MINUS_AS_HYPHEN.finditer(line)]
    assert not found, "\n".join(found[:30])


def test_one_english_word_has_one_japanese_word() -> None:
    """A button or label said the same way in English reads the same in Japanese everywhere."""
    seen: dict[str, set[str]] = {}
    for _context, source, translation in translations():
        if len(source.split()) <= 3:
            seen.setdefault(source, set()).add(translation)
    mixed = {source: sorted(t) for source, t in seen.items()
             if len(t) > 1 and source not in SAME_WORD_TWO_WAYS}
    assert not mixed, mixed


# English words that a Japanese teacher writes two ways on purpose, by what they name
SAME_WORD_TWO_WAYS = {
    "Step",        # a button that advances one step (1 ステップ) vs a computational step (ステップ)
    "sigmoid",     # a list entry (シグモイド) vs the output function (シグモイド関数)
    "step",        # the step function (ステップ関数) vs an optimizer's step (ステップ)
    "forward",     # the forward pass (順伝播) vs the forward difference (前方差分)
    "Training",    # a settings group (学習) vs a column of training accuracy (訓練精度)
}


def test_a_lesson_of_two_chapters_reads_as_a_japanese_range(qapp) -> None:
    from ui import i18n
    from ui.lessons.base import chapter_label

    i18n.set_language(qapp, "ja")
    try:
        assert chapter_label("4–5") == "第 4〜5 章" and chapter_label("3") == "第 3 章"
    finally:
        i18n.set_language(qapp, "en")
    assert chapter_label("4–5") == "Chapters 4–5"


def test_japanese_labels_end_with_the_full_width_colon() -> None:
    """A label ending in ':' in English ends in '：' in Japanese, also when it is all Latin
    ('L2 Weight decay λ：'), so a form's labels line up in one style."""
    wrong = [f"[{context}] {translation!r}" for context, source, translation in translations()
             if source.rstrip().endswith(":") and not translation.rstrip().endswith("：")]
    assert not wrong, "\n".join(wrong)


def test_english_texts_hold_no_japanese_punctuation_or_three_dots() -> None:
    """The English side is the translators' source: no full-width punctuation or kana slip into it."""
    bad = re.compile(rf"[、。（）：「」{CJK}]|\.\.\.")
    sources = [source for _context, source, _translation in translations()]
    for lesson_id in LESSON_IDS:
        for suffix in (".md", ".quiz.json"):
            sources.append(resource_path("lessons", "en", f"{lesson_id}{suffix}").read_text(encoding="utf-8"))
    sources.append(resource_path("export", "en.json").read_text(encoding="utf-8"))
    found = [text[:60] for text in sources if bad.search(text)]
    assert not found, found
