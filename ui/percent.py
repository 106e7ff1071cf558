"""Percentages as the window shows them: "90.05 %", the sign never alone at the start of a line.

Qt breaks a line at any space, so "99.7 %" written with an ordinary space can end one line with
"99.7" and start the next with "%". Every percentage the window shows is written here, or its
translated sentence passed through :func:`keep_percent_signs`, with a no-break space instead.
"""

from __future__ import annotations

import math
import re

NO_BREAK_SPACE = "\u00a0"
# Accuracies in tables: two decimals, so a test accuracy of 0.9005 reads 90.05 % as the book's
# 0.9005 does (with one decimal it would read 90.0 %, or 90.1 % for 0.9005 and 0.9014 alike).
TABLE_DIGITS = 2
_SPACE_BEFORE_SIGN = re.compile(r"(?<=[\w%)]) %(?![\w%])")  # "%3 %", "12.5 %" but not "a %1"


def percent_text(fraction: float | None, digits: int = 1, signed: bool = False) -> str:
    """``fraction`` (0.9005) as "90.05 %": ``digits`` decimals, a no-break space; "—" if unknown."""
    if fraction is None or math.isnan(fraction):
        return "—"
    number = f"{100 * fraction:+.{digits}f}" if signed else f"{100 * fraction:.{digits}f}"
    return f"{number}{NO_BREAK_SPACE}%"


def keep_percent_signs(text: str) -> str:
    """``text`` with the space before each "%" sign that follows a number made a no-break space."""
    return _SPACE_BEFORE_SIGN.sub(NO_BREAK_SPACE + "%", text)
