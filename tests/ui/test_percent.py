"""Percentages keep their sign with the number: no line starts with "%"."""

from __future__ import annotations

import math

from ui.percent import NO_BREAK_SPACE, TABLE_DIGITS, keep_percent_signs, percent_text


def test_a_percentage_has_a_no_break_space_and_the_digits_asked_for():
    assert percent_text(0.9005, TABLE_DIGITS) == f"90.05{NO_BREAK_SPACE}%"
    assert percent_text(0.997) == f"99.7{NO_BREAK_SPACE}%"
    assert percent_text(0.247, 1, signed=True) == f"+24.7{NO_BREAK_SPACE}%"
    assert percent_text(math.nan) == "—" and percent_text(None) == "—"


def test_translated_sentences_keep_the_sign_with_its_number():
    said = keep_percent_signs("the network says 7 (99.7 %).")
    assert said == f"the network says 7 (99.7{NO_BREAK_SPACE}%)."
    assert keep_percent_signs("正解は 7(99.7 %)。") == f"正解は 7(99.7{NO_BREAK_SPACE}%)。"
    # Before a placeholder is filled in, and only before the sign: other spaces still break.
    assert keep_percent_signs("accuracy %3 % (guessing: %4 %)") == (
        f"accuracy %3{NO_BREAK_SPACE}% (guessing: %4{NO_BREAK_SPACE}%)")
    assert keep_percent_signs("no sign here") == "no sign here"
