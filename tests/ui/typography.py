"""The rules of docs/translating.md ("Style of the Japanese") that a program can check, and the
Japanese texts they apply to: every translation in nnlab_ja.ts, every lesson text, quiz and
export explanation. Code (`...`, ``` blocks) and HTML tags are left out before checking.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from nnlab.resources import resource_path
from ui.lessons import LESSON_IDS

JA = "\u3041-\u30fa\u30fc-\u30ff\u4e00-\u9fff々"  # kana and kanji; not the punctuation 、。・「」
LATIN = r"A-Za-z0-9%α-ωΑ-Ω²³¹⁰-⁹⁻ᵀₖᵢₜ′∞√"         # what a half-width space separates from Japanese
PLACEHOLDER = r"(?:%\d|\{[^{}]*\})"
FULL_WIDTH = "、。「」（）：？！"

# rule -> pattern that finds a violation in one Japanese text
RULES: dict[str, re.Pattern[str]] = {
    "half-width ( ) around or after Japanese (use （ ）)": re.compile(
        rf"[{JA}）」\d](?:\((?!&[A-Z]\)))|\([^()]*[{JA}][^()]*\)|{PLACEHOLDER}\("),
    "half-width colon in Japanese (use ：)": re.compile(
        rf"[{JA}）」] ?:|: ?[{JA}「（]|^(?=.*[{JA}]).*?:(?: |$)"),
    "half-width , . ? ! after Japanese (use 、。？！)": re.compile(rf"[{JA}][,.?!]"),
    "a space beside full-width punctuation": re.compile(rf" [{FULL_WIDTH}]|[{FULL_WIDTH}] "),
    "no space between Japanese and a Latin word, number or placeholder": re.compile(
        rf"[{JA}](?:[{LATIN}\[]|{PLACEHOLDER}|\((?!&))|(?:[{LATIN}\])]|{PLACEHOLDER})[{JA}]"),
    "a space inside Japanese": re.compile(rf"[{JA}] +[{JA}]"),
    "a space between a number and % (write 98.1%)": re.compile(r"(?:\d|%\d|\}) %(?!\d)"),
    "Western quotes (use 「」)": re.compile(r"[“”\"]"),
    "· between Japanese words (use ・ or 、)": re.compile(rf"[{JA}] ?· | ·[{JA}]"),
    "full-width letters, digits or space": re.compile(r"[Ａ-Ｚａ-ｚ０-９\u3000]"),  # noqa: RUF001 - what it finds  # noqa: RUF001 - what it finds
    "three dots (use …)": re.compile(r"\.\.\."),
    "a range with – or a spaced 〜 (write 1〜5)": re.compile(r"(?:\d|\})[–~](?:\d|\{)| 〜|〜 "),
}

# the book's term -> variants a learner must not meet (a regex each)
TERMS: dict[str, str] = {
    "学習率": "学習係数",
    "イテレーション": "反復",
    "誤差逆伝播法、順伝播、逆伝播": "伝搬",
    "レイヤ": "レイヤー",
    "パラメータ": "パラメーター",
    "交差エントロピー誤差": "クロスエントロピー",
    "2 乗和誤差": "二乗和誤差|平均二乗誤差",
    "過学習": "過適合",
    "訓練データ": "学習データ",
    "認識精度": "正解率",
    "損失関数": "ロス関数",
    "Batch Normalization / Batch Norm": "(?<!（)バッチ正規化",
    "Dropout": "ドロップアウト",
    "Weight decay": "(?<!Weight decay（)(?<!λ（)荷重減衰|(?<![A-Za-z])weight decay",
    "Momentum": "モーメンタム",
    "重みの初期値": "初期重み",
    "ピクセル": "画素",
    "間違い": "まちが",
    "当てずっぽう": "あてずっぽう",
    "本（not 本書）": "本書",
    "フォルダ": "フォルダー",
    "コンピュータ": "コンピューター",
}
FORBIDDEN_TERMS = {book: re.compile(variant) for book, variant in TERMS.items()}

# です・ます: the casual volitional (〜しよう, 〜してみよう) and である調 endings
CASUAL = re.compile(r"(?:[^まし でがうそ同のい]よう|[そもろことおごぼ]う|である|だ)(?:[。（]|$)")


def _strip_code(text: str) -> str:
    """Text without its code and titles: a code span becomes one Latin letter (it reads as a word)."""
    text = re.sub(r"```.*?```", "\n", text, flags=re.S)
    text = re.sub(r"『[^』]*』", "『X』", text)  # a title is written as it is published
    return re.sub(r"`[^`]*`", "X", text)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def translations() -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) of every message in nnlab_ja.ts."""
    root = ET.parse(resource_path("i18n", "nnlab_ja.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name") or "", message.findtext("source") or "",
                   message.findtext("translation") or "")


def japanese_texts() -> Iterator[tuple[str, str]]:
    """(where, text) of every Japanese text a learner reads, code and tags removed, one line each."""
    for context, source, translation in translations():
        text = re.sub(r"</?(?:p|h\d|br|li|ul|ol|table|tr|td)\b[^>]*>", "\n", translation)
        text = re.sub(r"<[^>]*>", "", text)
        for line in _strip_code(text).split("\n"):
            yield f"nnlab_ja.ts [{context}] {source[:40]!r}", line
    files = [resource_path("lessons", "ja", f"{i}.quiz.json") for i in LESSON_IDS]
    files.append(resource_path("export", "ja.json"))
    for path in files:
        for text in _strings(json.loads(path.read_text(encoding="utf-8"))):
            for line in _strip_code(text).split("\n"):
                yield path.name, line
    for lesson_id in LESSON_IDS:
        text = resource_path("lessons", "ja", f"{lesson_id}.md").read_text(encoding="utf-8")
        for line in _strip_code(text).split("\n"):
            line = re.sub(r"^\s*(?:\d+\.|[-*]|#+) ", "", line)  # Markdown's own list and heading marks
            yield f"{lesson_id}.md", line


def violations(rules: dict[str, re.Pattern[str]]) -> list[str]:
    """Every place a rule finds in the Japanese texts, as 'rule: where: …context…'."""
    found = []
    for where, text in japanese_texts():
        for rule, pattern in rules.items():
            for match in pattern.finditer(text):
                around = text[max(0, match.start() - 12):match.end() + 12]
                found.append(f"{rule}: {where}: …{around}…")
    return found
