"""Join translated sentences and notes the way each language writes them.

English separates sentences with a space; Japanese writes 「…です。次に…」 and 「…（注）」 with no
space after 。 or before （ (docs/translating.md), so code that appends a translated note to a
translated line goes through here instead of adding " ".
"""

from __future__ import annotations

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
