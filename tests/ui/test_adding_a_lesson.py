"""``docs/adding-a-lesson.md`` is true: a lesson made as it says opens in the real window.

The first test follows the guide step by step with a small lesson written to a temporary folder:
its module under ``ui.lessons`` (the folder is added to the package's path), one catalogue entry
naming it as ``"module:Class"``, and its four resource files (``lesson_file`` is pointed at a
temporary resource folder, so the real ``resources/`` stays untouched). The second checks that
every file and command the guide names exists.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

import ui.lessons
import ui.lessons.base as base
from ui import i18n
from ui.lessons import CATALOGUE, Lesson, load_lesson
from ui.lessons.base import LessonPage
from ui.main_window import MainWindow
from ui.settings import Progress

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "adding-a-lesson.md"
LESSON_ID = "guide_example"

WIDGET_MODULE = '''
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.retranslate import Retranslatable


class GuideExampleLesson(Retranslatable, QWidget):
    """A lesson made as docs/adding-a-lesson.md says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        QVBoxLayout(self).addWidget(self.caption)
        self.retranslations = 0
        self._retranslate()

    def _retranslate(self) -> None:
        self.retranslations += 1
        self.caption.setText(self.tr("Drag the prediction and watch the loss"))
'''
TEXTS = {
    "en": "# Loss functions\n\nThe loss says how wrong a prediction is.\n\n"
          "## Try this\n\n1. Move the prediction to the right class.\n",
    "ja": "# 損失関数\n\n損失は予測がどれだけ外れているかを表します。\n\n"
          "## やってみよう\n\n1. 予測を正しいクラスへ動かしてみよう。\n",
}
QUIZZES = {
    "en": [{"question": "What is the loss of a perfect prediction?",
            "choices": ["0", "1", "It depends on the batch"], "answer": 0,
            "explanation": "Cross-entropy is −log 1 = 0 when the right class gets probability 1."},
           {"question": "Is a lower loss better?", "choices": ["Yes", "No"], "answer": 0,
            "explanation": "Learning lowers the loss."}],
    "ja": [{"question": "完全な予測の損失はいくつですか。",
            "choices": ["0", "1", "バッチによる"], "answer": 0,
            "explanation": "正解クラスの確率が 1 なら交差エントロピーは −log 1 = 0 です。"},
           {"question": "損失は小さいほうがよいですか。", "choices": ["はい", "いいえ"],
            "answer": 0,
            "explanation": "学習は損失を小さくします。"}],
}


@pytest.fixture
def guide_lesson(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_file, qapp) -> Lesson:
    """Steps 3–5 of the guide, in a temporary folder: widget module, catalogue line, four files."""
    modules = tmp_path / "lesson_modules"
    modules.mkdir()
    (modules / f"{LESSON_ID}.py").write_text(textwrap.dedent(WIDGET_MODULE), encoding="utf-8")
    monkeypatch.setattr(ui.lessons, "__path__", [*ui.lessons.__path__, str(modules)])
    entry = Lesson(LESSON_ID, "4", "Loss functions", f"{LESSON_ID}:GuideExampleLesson")
    monkeypatch.setattr(ui.lessons, "CATALOGUE", (*CATALOGUE, entry))
    resources = tmp_path / "resources" / "lessons"
    for language in ("en", "ja"):
        folder = resources / language
        folder.mkdir(parents=True)
        (folder / f"{LESSON_ID}.md").write_text(TEXTS[language], encoding="utf-8")
        (folder / f"{LESSON_ID}.quiz.json").write_text(
            json.dumps(QUIZZES[language], ensure_ascii=False), encoding="utf-8")
    real_lesson_file = base.lesson_file
    monkeypatch.setattr(base, "lesson_file", lambda lesson_id, language, suffix: (
        resources / language / f"{lesson_id}{suffix}" if lesson_id == LESSON_ID
        else real_lesson_file(lesson_id, language, suffix)))
    i18n.set_language(qapp, "en")
    yield entry
    i18n.set_language(QCoreApplication.instance(), "en")
    sys.modules.pop(f"ui.lessons.{LESSON_ID}", None)


def test_a_lesson_made_as_the_guide_says_opens_in_the_window(qtbot, guide_lesson):
    window = MainWindow(Progress(), catalogue=ui.lessons.CATALOGUE, loader=load_lesson)
    qtbot.addWidget(window)
    window.show()
    index = len(ui.lessons.CATALOGUE) - 1
    assert window.navigator.item(index).text() == "Ch. 4  Loss functions"
    window.go_to(index)
    page = window.page(index)
    assert isinstance(page, LessonPage)
    assert (page.text_error, page.quiz_error, page.widget_error) == ("", "", "")
    assert type(page.widget).__name__ == "GuideExampleLesson"
    assert page.widget.caption.text() == "Drag the prediction and watch the loss"
    assert "Try this" in page.text.toPlainText()
    assert page.quiz.question_view(1).question.question == "Is a lower loss better?"
    assert window.position_label.text() == f"Lesson {index + 1} of {index + 1}"

    retranslations = page.widget.retranslations
    window.switch_language("ja")
    QApplication.processEvents()
    assert page.widget.retranslations == retranslations + 1  # the mixin called _retranslate
    assert "やってみよう" in page.text.toPlainText()
    assert page.quiz.question_view(0).question.question == "完全な予測の損失はいくつですか。"
    assert page.findChild(QLabel) is not None


def guide_paths(text: str) -> list[str]:
    """Every repository path the guide names in backticks (``<id>`` stands for a lesson id)."""
    names = re.findall(r"`([^`\s]+)`", text)
    return [name.rstrip("/") for name in names if "/" in name and not name.startswith("http")]


def exists(path: str) -> bool:
    """Whether ``path`` is in the repository; with ``<id>``, for at least one real lesson."""
    ids = [info.id for info in CATALOGUE] if "<id>" in path else [""]
    return any((ROOT / path.replace("<id>", lesson_id)).exists() for lesson_id in ids)


def guide_commands(text: str) -> list[list[str]]:
    """The shell commands of the guide: code lines and `spans` that start with ``python``."""
    blocks = re.findall(r"```[a-z]*\n(.*?)```", text, re.DOTALL)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    lines += re.findall(r"(?<!`)`(python[^`]+)`", re.sub(r"```.*?```", "", text, flags=re.DOTALL))
    return [shlex.split(line) for line in lines if line.startswith("python")]


def test_every_file_and_command_the_guide_names_exists():
    text = GUIDE.read_text(encoding="utf-8")
    paths = guide_paths(text)
    assert "ui/retranslate.py" in paths and "resources/i18n/nnlab_ja.ts" in paths
    missing = [path for path in paths if not exists(path)]
    assert not missing, f"the guide names files that do not exist: {missing}"
    commands = guide_commands(text)
    assert len(commands) >= 3
    for command in commands:
        arguments = command[1:]
        if arguments[:1] == ["-m"]:
            module = arguments[1]
            assert importlib.util.find_spec(module) is not None, f"no module {module}"
            arguments = arguments[2:] if module != "pytest" else [
                a for a in arguments[2:] if not a.startswith("-")]
        files = [a for a in arguments if not a.startswith("-")]
        for name in files:
            assert exists(name), f"the guide runs {name}, which does not exist"
    assert "--self-test" in text and "--self-test" in (ROOT / "ui" / "app.py").read_text()
