"""Language switching: load every ``resources/i18n/*_<lang>.qm`` plus Qt's own translations.

Qt sends ``QEvent.LanguageChange`` to every widget after a translator is installed or removed,
so widgets retranslate themselves: each is a :class:`ui.retranslate.Retranslatable`.  Things that
are not plain strings, such as the lesson text files, listen to :func:`language_hub`
``.language_changed`` instead, which is emitted once per switch.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from nnlab.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
"""Supported language codes and their names written in that language (menus show these)."""

_current = "en"
_installed: list[QTranslator] = []
_hub: LanguageHub | None = None


class LanguageHub(QObject):
    """Announces a completed language switch (after all translators are in place)."""

    language_changed = Signal(str)


def language_hub() -> LanguageHub:
    """Return the process-wide hub whose ``language_changed(code)`` fires once per switch."""
    global _hub
    if _hub is None:
        _hub = LanguageHub()
    return _hub


def current_language() -> str:
    """Return the language in use: ``"en"`` or ``"ja"``."""
    return _current


def system_language() -> str:
    """Return ``"ja"`` when the system locale is Japanese, otherwise ``"en"``."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def normalize_language(code: str | None) -> str | None:
    """Return ``code`` when it is a supported language code, else ``None``."""
    if code is None:
        return None
    code = str(code).strip().lower()
    return code if code in LANGUAGES else None


def _translation_files(code: str) -> list[tuple[str, str]]:
    """Return (file name, folder) pairs of the .qm files to load for ``code``."""
    files: list[tuple[str, str]] = []
    folder = resource_path("i18n")
    if folder.is_dir():
        files += [(p.name, str(folder)) for p in sorted(folder.glob(f"*_{code}.qm"))]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files.append((f"qtbase_{code}.qm", qt_folder))
    return files


def _load_translators(code: str, parent: QObject) -> list[QTranslator]:
    """Load the translators for ``code``; files that are absent or unreadable are skipped."""
    if code == "en":
        return []  # the source strings are English
    translators = []
    for name, folder in _translation_files(code):
        translator = QTranslator(parent)
        if translator.load(name, folder):
            translators.append(translator)
        else:
            log.info("translation %s not loaded from %s", name, folder)
    return translators


def set_language(app: QCoreApplication, code: str) -> str:
    """Switch the running application to ``code`` ("en"/"ja") and return the code used."""
    global _current
    chosen = normalize_language(code) or "en"
    _current = chosen  # before LanguageChange reaches the widgets, so they can ask for it
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    for translator in _load_translators(chosen, app):
        app.installTranslator(translator)
        _installed.append(translator)
    log.info("language set to %s (%d translation files)", chosen, len(_installed))
    language_hub().language_changed.emit(chosen)
    return chosen


def initial_language(requested: str | None, saved: str | None) -> str:
    """Pick the start-up language: command line, then saved setting, then the system locale."""
    return normalize_language(requested) or normalize_language(saved) or system_language()
