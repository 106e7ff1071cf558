"""The learner's saved state: language, last lesson, completed lessons and quiz answers.

Everything goes through :func:`app_settings`, which is ``QSettings("nnlab", "nnlab")`` unless
:func:`use_settings_file` redirected it (tests and the self-test use a temporary file so they
never touch the real user settings).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

_override: Path | None = None

KEY_LANGUAGE = "ui/language"
KEY_LAST_LESSON = "progress/last_lesson"
KEY_COMPLETED = "progress/completed"
QUIZ_GROUP = "quiz"
KEY_WINDOW = "window/state"


def use_settings_file(path: Path | str | None) -> None:
    """Store settings in the INI file ``path`` from now on; ``None`` returns to the user settings."""
    global _override
    _override = Path(path) if path is not None else None


def app_settings() -> QSettings:
    """Return the application's settings object (cheap; Qt shares the data in-process)."""
    if _override is not None:
        return QSettings(str(_override), QSettings.Format.IniFormat)
    return QSettings("nnlab", "nnlab")


def saved_language() -> str | None:
    """Return the language the learner chose last time, or ``None``."""
    value = app_settings().value(KEY_LANGUAGE)
    return str(value) if value else None


def save_language(code: str) -> None:
    """Remember the learner's language choice."""
    app_settings().setValue(KEY_LANGUAGE, code)


def _load_json(settings: QSettings, key: str, default: object) -> object:
    """Read a JSON value, returning ``default`` when absent or unreadable."""
    raw = settings.value(key)
    if raw in (None, ""):
        return default
    try:
        return json.loads(str(raw))
    except ValueError:
        log.warning("ignoring unreadable setting %s=%r", key, raw)
        return default


def saved_window_state() -> dict:
    """Return the window's last geometry and splitter shares (``{}`` when none or unreadable).

    Keys: ``geometry`` [x, y, width, height], ``maximized`` bool, and splitter shares
    ``navigator``, ``lesson`` and ``lesson_text`` (lists of numbers).
    """
    value = _load_json(app_settings(), KEY_WINDOW, {})
    return value if isinstance(value, dict) else {}


def save_window_state(state: dict) -> None:
    """Merge ``state`` into the saved window geometry and splitter shares."""
    merged = {**saved_window_state(), **state}
    app_settings().setValue(KEY_WINDOW, json.dumps(merged))


class Progress:
    """The learner's progress through the lessons, saved as soon as it changes."""

    def last_lesson(self) -> str | None:
        """Return the id of the lesson open when the app was last used."""
        value = app_settings().value(KEY_LAST_LESSON)
        return str(value) if value else None

    def set_last_lesson(self, lesson_id: str) -> None:
        """Remember the lesson being shown."""
        app_settings().setValue(KEY_LAST_LESSON, lesson_id)

    def completed(self) -> set[str]:
        """Return the ids of the completed lessons."""
        value = _load_json(app_settings(), KEY_COMPLETED, [])
        return {str(v) for v in value} if isinstance(value, list) else set()

    def is_completed(self, lesson_id: str) -> bool:
        """Return whether ``lesson_id`` is completed."""
        return lesson_id in self.completed()

    def set_completed(self, lesson_id: str, done: bool = True) -> None:
        """Mark ``lesson_id`` as completed (or not)."""
        ids = self.completed()
        if done:
            ids.add(lesson_id)
        else:
            ids.discard(lesson_id)
        settings = app_settings()
        settings.setValue(KEY_COMPLETED, json.dumps(sorted(ids)))
        settings.sync()

    def quiz_answers(self, lesson_id: str) -> dict[int, int]:
        """Return {question index: chosen choice index} saved for ``lesson_id``."""
        value = _load_json(app_settings(), f"{QUIZ_GROUP}/{lesson_id}", {})
        if not isinstance(value, dict):
            return {}
        answers = {}
        for key, choice in value.items():
            try:
                answers[int(key)] = int(choice)
            except (TypeError, ValueError):
                continue
        return answers

    def set_quiz_answer(self, lesson_id: str, question: int, choice: int) -> None:
        """Remember the choice the learner selected for one question."""
        answers = self.quiz_answers(lesson_id)
        answers[question] = choice
        payload = json.dumps({str(k): v for k, v in sorted(answers.items())})
        app_settings().setValue(f"{QUIZ_GROUP}/{lesson_id}", payload)

    def reset(self) -> None:
        """Forget completed lessons, quiz answers and the last lesson (the language stays)."""
        settings = app_settings()
        settings.remove(KEY_LAST_LESSON)
        settings.remove(KEY_COMPLETED)
        settings.remove(QUIZ_GROUP)
        settings.sync()
