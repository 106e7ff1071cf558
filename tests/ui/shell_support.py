"""Helpers shared by the shell tests: temporary settings and small lessons with their own files.

The lessons here are real ``Lesson`` objects with plain Qt widgets; their text and quiz files are
written to a temporary folder that ``ui.lessons.base.lesson_file`` is pointed at, so the shell is
tested without depending on the other lessons' modules or files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel

import ui.lessons.base as base
from ui import i18n
from ui.lessons import Lesson
from ui.settings import use_settings_file

TEXTS = {
    "en": "# Logic gates\n\nA perceptron computes **y = w1·x1 + w2·x2 + b**.\n\n"
          "## Try this\n\n- Change b to -0.7 and watch the line move.\n",
    "ja": "# 論理ゲート\n\nパーセプトロンは **y = w1·x1 + w2·x2 + b** を計算します。\n\n"
          "## やってみましょう\n\n- b を −0.7 に変えて、直線の動きを見ましょう。\n",
}
QUIZZES = {
    "en": [
        {"question": "What is AND(1, 0)?", "choices": ["0", "1"], "answer": 0,
         "explanation": "AND needs both inputs to be 1."},
        {"question": "Which gate needs two layers?", "choices": ["OR", "NAND", "XOR"], "answer": 2,
         "explanation": "XOR is not linearly separable."},
    ],
    "ja": [
        {"question": "AND(1, 0) の値は?", "choices": ["0", "1"], "answer": 0,
         "explanation": "AND は両方の入力が 1 のときだけ 1 です。"},
        {"question": "2層が必要なゲートは?", "choices": ["OR", "NAND", "XOR"], "answer": 2,
         "explanation": "XOR は線形分離できません。"},
    ],
}
CATALOGUE = (
    Lesson("alpha", "2", "Alpha lesson", "alpha:Widget"),
    Lesson("beta", "3", "Beta lesson", "beta:Widget"),
    Lesson("gamma", "4", "Gamma lesson", "gamma:Widget"),
)


class ProbeWidget(QLabel):
    """A lesson's interactive area that remembers whether it was closed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.closed = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed = True
        super().closeEvent(event)


class LessonSet:
    """Builds the test lessons and writes their files into ``folder/<lang>/``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.widgets: dict[str, ProbeWidget] = {}

    def write(self, lesson_id: str, language: str, text: str | None, quiz: object | None) -> None:
        """Write the lesson text and quiz (``None`` leaves that file out)."""
        target = self.folder / language
        target.mkdir(parents=True, exist_ok=True)
        if text is not None:
            (target / f"{lesson_id}.md").write_text(text, encoding="utf-8")
        if quiz is not None:
            raw = quiz if isinstance(quiz, str) else json.dumps(quiz, ensure_ascii=False)
            (target / f"{lesson_id}.quiz.json").write_text(raw, encoding="utf-8")

    def write_complete(self, lesson_id: str) -> None:
        """Write text and quiz in both languages."""
        for language in ("en", "ja"):
            self.write(lesson_id, language, TEXTS[language], QUIZZES[language])

    def lesson(self, info: Lesson) -> Lesson:
        """Return a ``Lesson`` whose widget is a :class:`ProbeWidget`."""

        def make_widget() -> ProbeWidget:
            widget = ProbeWidget(f"interactive area of {info.id}")
            self.widgets[info.id] = widget
            return widget

        return Lesson(info.id, info.chapter, info.title, make_widget)

    def load(self, lesson_id: str) -> Lesson:
        """Loader for ``MainWindow``: the test lesson with that id."""
        return self.lesson(next(info for info in CATALOGUE if info.id == lesson_id))


@pytest.fixture
def settings_file(tmp_path: Path):
    """Point the app's settings at a temporary INI file for the test."""
    path = tmp_path / "settings.ini"
    use_settings_file(path)
    yield path
    use_settings_file(None)


@pytest.fixture
def lessons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_file: Path, qapp) -> LessonSet:
    """Test lessons with complete files (alpha, beta, gamma); English at start and end."""
    folder = tmp_path / "lessons"
    lesson_set = LessonSet(folder)
    for info in CATALOGUE:
        lesson_set.write_complete(info.id)
    monkeypatch.setattr(
        base, "lesson_file", lambda lesson_id, lang, suffix: folder / lang / f"{lesson_id}{suffix}"
    )
    i18n.set_language(qapp, "en")
    yield lesson_set
    i18n.set_language(QCoreApplication.instance(), "en")
