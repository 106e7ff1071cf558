"""Check questions for a lesson: multiple choice with immediate feedback.

A wrong answer only says so, and the learner tries again: the explanation, which gives the answer
away, is shown once the right choice is picked, or after WRONG_TRIES_BEFORE_EXPLANATION wrong ones.

The questions come from ``resources/lessons/<lang>/<id>.quiz.json``::

    [{"question": "...", "choices": ["...", "..."], "answer": 1, "explanation": "..."}, ...]

:func:`parse_quiz` validates that text; :class:`QuizWidget` shows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.retranslate import Retranslatable

WRONG_TRIES_BEFORE_EXPLANATION = 2


class QuizFileError(ValueError):
    """A quiz file that cannot be used; the message says what is wrong."""


@dataclass(frozen=True)
class QuizQuestion:
    """One multiple-choice question; ``answer`` is the index of the correct choice."""

    question: str
    choices: tuple[str, ...]
    answer: int
    explanation: str


def _parse_question(item: object, number: int) -> QuizQuestion:
    """Validate one entry of the quiz list."""
    if not isinstance(item, dict):
        raise QuizFileError(f"question {number} is not an object")
    for key in ("question", "choices", "answer", "explanation"):
        if key not in item:
            raise QuizFileError(f"question {number} has no '{key}'")
    choices = item["choices"]
    if not isinstance(choices, list) or len(choices) < 2:
        raise QuizFileError(f"question {number}: 'choices' must be a list of at least 2 texts")
    if not all(isinstance(c, str) and c.strip() for c in choices):
        raise QuizFileError(f"question {number}: every choice must be a non-empty text")
    answer = item["answer"]
    if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer < len(choices):
        raise QuizFileError(
            f"question {number}: 'answer' must be a choice index from 0 to {len(choices) - 1}"
        )
    if not isinstance(item["question"], str) or not item["question"].strip():
        raise QuizFileError(f"question {number}: 'question' must be a non-empty text")
    if not isinstance(item["explanation"], str):
        raise QuizFileError(f"question {number}: 'explanation' must be a text")
    return QuizQuestion(item["question"], tuple(choices), answer, item["explanation"])


def parse_quiz(text: str) -> list[QuizQuestion]:
    """Parse and validate quiz JSON text; raise :class:`QuizFileError` naming the problem."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise QuizFileError(f"not valid JSON ({exc})") from exc
    if not isinstance(data, list) or not data:
        raise QuizFileError("the file must contain a non-empty list of questions")
    return [_parse_question(item, number) for number, item in enumerate(data, start=1)]


class _ChoiceLabel(QLabel):
    """A word-wrapping label that selects its radio button when clicked."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled():
            self._button.click()
        super().mouseReleaseEvent(event)


class _QuestionView(QFrame):
    """One question: its text, a radio button per choice, and a feedback line."""

    chosen = Signal(int)

    def __init__(self, number: int, question: QuizQuestion) -> None:
        super().__init__()
        self.question = question
        self.wrong_tries = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(self)
        layout.setColumnStretch(1, 1)
        title = QLabel(f"{number}. {question.question}")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title, 0, 0, 1, 2)
        self.group = QButtonGroup(self)
        for index, text in enumerate(question.choices):
            button = QRadioButton()
            button.setAccessibleName(text)
            self.group.addButton(button, index)
            layout.addWidget(button, index + 1, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(_ChoiceLabel(text, button), index + 1, 1)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.hide()
        layout.addWidget(self.feedback, len(question.choices) + 1, 0, 1, 2)
        self.group.idClicked.connect(self._on_group_clicked)

    def selected(self) -> int | None:
        """Return the chosen choice index, or ``None``."""
        checked = self.group.checkedId()
        return checked if checked >= 0 else None

    def is_correct(self) -> bool:
        """Return whether the chosen choice is the right one."""
        return self.selected() == self.question.answer

    def select(self, choice: int) -> None:
        """Select ``choice`` without emitting ``chosen`` (restoring saved answers)."""
        button = self.group.button(choice)
        if button is not None:
            button.setChecked(True)
            self.show_feedback()

    def explanation_shown(self) -> bool:
        """Whether the explanation (which gives the answer away) may be shown now."""
        return self.is_correct() or self.wrong_tries >= WRONG_TRIES_BEFORE_EXPLANATION

    def show_feedback(self) -> None:
        """Show correct/incorrect, and the explanation once it no longer spoils the question."""
        if self.selected() is None:
            self.feedback.hide()
            return
        if self.is_correct():
            verdict, colour = QCoreApplication.translate("QuizWidget", "Correct!"), "#1b5e20"
        else:
            verdict, colour = QCoreApplication.translate(
                "QuizWidget", "Not quite — try another answer."
            ), "#b71c1c"
        explain = self.question.explanation and self.explanation_shown()
        text = f"{verdict} {self.question.explanation}" if explain else verdict
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {colour};")
        self.feedback.show()

    def _on_group_clicked(self, choice: int) -> None:
        if choice != self.question.answer:
            self.wrong_tries += 1
        self.show_feedback()
        self.chosen.emit(choice)


class QuizWidget(Retranslatable, QWidget):
    """All check questions of a lesson, with immediate feedback when a choice is selected."""

    answer_chosen = Signal(int, int)  # question index, choice index
    all_correct = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: list[_QuestionView] = []
        self._wrong_tries: dict[int, int] = {}  # kept when the questions are reloaded in another language
        self._layout = QVBoxLayout(self)
        self._heading = QLabel()
        self._heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self._layout.addWidget(self._heading)
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.hide()
        self._layout.addWidget(self._message)
        self._layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Check your understanding"))
        for view in self._views:
            view.show_feedback()

    def _clear(self) -> None:
        for view in self._views:
            self._layout.removeWidget(view)
            view.deleteLater()
        self._views = []
        self._message.hide()

    def set_questions(self, questions: list[QuizQuestion], answers: dict[int, int]) -> None:
        """Show ``questions`` with the saved ``answers`` ({question: choice}) pre-selected."""
        self._clear()
        self._wrong_tries = {q: n for q, n in self._wrong_tries.items() if q in answers}
        for index, question in enumerate(questions):
            view = _QuestionView(index + 1, question)
            view.wrong_tries = self._wrong_tries.get(index, 0)
            if index in answers:
                view.select(answers[index])
            view.chosen.connect(lambda choice, q=index: self._on_view_chosen(q, choice))
            self._layout.insertWidget(self._layout.count() - 1, view)
            self._views.append(view)

    def show_message(self, text: str) -> None:
        """Replace the questions by a message (e.g. the quiz file could not be read)."""
        self._clear()
        self._message.setText(text)
        self._message.show()

    def question_count(self) -> int:
        """Return the number of questions shown."""
        return len(self._views)

    def question_view(self, index: int) -> _QuestionView:
        """Return the view of question ``index`` (tests and the self-test use it)."""
        return self._views[index]

    def message(self) -> str:
        """Return the message shown instead of questions ('' when questions are shown)."""
        return self._message.text() if not self._message.isHidden() else ""

    def is_all_correct(self) -> bool:
        """Return whether every question has its correct choice selected."""
        return bool(self._views) and all(view.is_correct() for view in self._views)

    def _on_view_chosen(self, question: int, choice: int) -> None:
        self._wrong_tries[question] = self._views[question].wrong_tries
        self.answer_chosen.emit(question, choice)
        if self.is_all_correct():
            self.all_correct.emit()
