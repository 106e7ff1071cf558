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
    return _text(app_settings(), KEY_LANGUAGE, limit=20)


def save_language(code: str) -> None:
    """Remember the learner's language choice."""
    app_settings().setValue(KEY_LANGUAGE, code)


MAX_SETTING_CHARS = 100_000  # completed lessons and quiz answers are a few hundred characters
MAX_CHOICE = 1000


def _reset(settings: QSettings, key: str, raw: object, why: str) -> None:
    """Forget a malformed value (so the app always starts) and say so in the log."""
    shown = repr(raw)[:80] if isinstance(raw, str) else type(raw).__name__
    log.warning("setting %s was %s (%s); it was reset", key, why, shown)
    settings.remove(key)


def _load_json(settings: QSettings, key: str, default: object) -> object:
    """Read a JSON value; a missing one gives ``default``, a malformed one is reset to it."""
    raw = settings.value(key)
    if raw in (None, ""):
        return default
    if not isinstance(raw, str) or len(raw) > MAX_SETTING_CHARS:
        _reset(settings, key, raw, "not a short text")
        return default
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        _reset(settings, key, raw, "unreadable")
        return default


def _text(settings: QSettings, key: str, limit: int = 200) -> str | None:
    """A short text setting, or None (a malformed value is reset)."""
    value = settings.value(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) > limit:
        _reset(settings, key, value, "not a short text")
        return None
    return value


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
        return _text(app_settings(), KEY_LAST_LESSON)

    def set_last_lesson(self, lesson_id: str) -> None:
        """Remember the lesson being shown."""
        app_settings().setValue(KEY_LAST_LESSON, lesson_id)

    def completed(self) -> set[str]:
        """Return the ids of the completed lessons."""
        settings = app_settings()
        value = _load_json(settings, KEY_COMPLETED, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            _reset(settings, KEY_COMPLETED, "", "not a list of lesson ids")
            return set()
        return set(value)

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
        settings = app_settings()
        key = f"{QUIZ_GROUP}/{lesson_id}"
        value = _load_json(settings, key, {})
        answers = {}
        if isinstance(value, dict):
            for question, choice in value.items():
                # whole numbers only: 1e999 or true would crash the quiz later
                if question.isdigit() and len(question) < 4 and type(choice) is int \
                        and 0 <= choice < MAX_CHOICE:
                    answers[int(question)] = choice
        if len(answers) != (len(value) if isinstance(value, dict) else -1):
            _reset(settings, key, "", "partly malformed quiz answers")
            for question, choice in answers.items():  # keep the good answers
                self.set_quiz_answer(lesson_id, question, choice)
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
