"""Percentages as the window shows them: "90.05 %" in English, 「90.05%」 in Japanese.

Qt breaks a line at any space, so "99.7 %" written with an ordinary space can end one line with
"99.7" and start the next with "%". Every percentage the window shows is written here, or its
translated sentence passed through :func:`keep_percent_signs`: English puts a no-break space
before the sign, Japanese writes the sign right after the number (docs/translating.md). A signed
difference takes the typographic minus, as every number the window shows (nnlab.number_text).
"""

from __future__ import annotations

import math
import re

from nnlab import number_text
from ui.i18n import current_language

NO_BREAK_SPACE = "\u00a0"
# Accuracies in tables: two decimals, so a test accuracy of 0.9005 reads 90.05 % as the book's
# 0.9005 does (with one decimal it would read 90.0 %, or 90.1 % for 0.9005 and 0.9014 alike).
TABLE_DIGITS = 2
_SPACE_BEFORE_SIGN = re.compile(r"(?<=[\w%)]) %(?![\w%])")  # "%3 %", "12.5 %" but not "a %1"


def percent_text(fraction: float | None, digits: int = 1, signed: bool = False) -> str:
    """``fraction`` (0.9005) as "90.05 %": ``digits`` decimals, a no-break space; "—" if unknown."""
    if fraction is None or math.isnan(fraction):
        return "—"
    value = 100 * fraction
    number = number_text.signed(value, digits) if signed else number_text.fixed(value, digits)
    return f"{number}{_space_before_sign()}%"


def keep_percent_signs(text: str) -> str:
    """``text`` with the space before each "%" sign that follows a number made a no-break space
    (in Japanese: taken out)."""
    return _SPACE_BEFORE_SIGN.sub(_space_before_sign() + "%", text)


def _space_before_sign() -> str:
    return "" if current_language() == "ja" else NO_BREAK_SPACE
