"""Fill and join translated sentences the way each language writes them.

English separates sentences with a space; Japanese writes 「…です。次に…」 and 「…（注）」 with no
space after 。 or before （ (docs/translating.md), so code that appends a translated note to a
translated line goes through here instead of adding " ". A Japanese template puts a space around
a placeholder (「%1 と同じ曲線」) because the value is often Latin ("SGD"); :func:`filled` drops
that space when the value itself is Japanese (「正則化なしと同じ曲線」).
"""

from __future__ import annotations

import re

FULL_WIDTH_END = "。、）」！？："
FULL_WIDTH_START = "（「"


def join_sentences(*parts: str, space: str = " ") -> str:
    """The non-empty parts in order, separated by ``space`` except next to full-width punctuation."""
    text = ""
    for part in (p for p in parts if p):
        if text and not (text[-1] in FULL_WIDTH_END or part[0] in FULL_WIDTH_START):
            text += space
        text += part
    return text


_JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
_PLACEHOLDER = re.compile(r"%(\d+)")


def _japanese(char: str) -> bool:
    return bool(char) and bool(_JAPANESE.match(char))


def filled(text: str, *values: object) -> str:
    """``text`` with Qt's placeholders %1, %2, … replaced by ``values``; a space the template puts
    between Japanese and a placeholder is dropped when the value begins (or ends) in Japanese."""
    pieces = _PLACEHOLDER.split(text)  # literal, number, literal, number, …
    out = pieces[0]
    for index in range(1, len(pieces), 2):
        number, after = int(pieces[index]), pieces[index + 1]
        if not 1 <= number <= len(values):
            out += "%" + pieces[index] + after
            continue
        value = str(values[number - 1])
        if out.endswith(" ") and _japanese(out[-2:-1]) and _japanese(value[:1]):
            out = out[:-1]
        if after.startswith(" ") and _japanese(after[1:2]) and _japanese(value[-1:]):
            after = after[1:]
        out += value + after
    return out
