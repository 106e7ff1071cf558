"""A language switch reaches every text of the real window with every lesson built.

The window is opened in English, every lesson of the catalogue is built, and every text the learner
can read is collected: labels, buttons, group-box titles, tab titles, table headers, combo-box
items, menus, plot titles and axis labels. After switching to Japanese no text may still be the
English one (bar names that stay as they are in Japanese, such as "ReLU"), and after switching back
every text must be the English one again, with no Japanese left.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from ui import i18n
from ui.lessons import CATALOGUE
from ui.lessons.base import LessonPage
from ui.main_window import MainWindow
from ui.retranslate import Retranslatable
from ui.settings import Progress

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Words a Japanese text keeps as they are: the names of optimizers, activations, layers, gates and
# initialisations as the book prints them, the symbols of formulas, and the menu's "English".
KEPT_WORDS = {
    "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "relu", "leaky", "sigmoid",
    "tanh", "dropout", "xavier", "std", "and", "nand", "xor", "dout", "english",
}


def settle() -> None:
    """Let the posted LanguageChange events reach every widget and replaced widgets be deleted."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def header_texts(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    return [str(model.headerData(i, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
            for i in range(model.columnCount() if header.orientation() == Qt.Orientation.Horizontal
                           else 0)]


def plot_texts(plot: pg.PlotWidget | pg.GraphicsLayoutWidget) -> list[str]:
    """Titles and axis labels of the plots in a pyqtgraph widget."""
    items = [plot.plotItem] if isinstance(plot, pg.PlotWidget) else [
        item for item in plot.ci.items if isinstance(item, pg.PlotItem)]
    texts = []
    for item in items:
        texts.append(item.titleLabel.text or "")
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            texts.append(axis.labelText or "")
    return texts


def widget_path(widget: QObject) -> str:
    """``MainWindow/QSplitter[0]/.../QLabel[3]``: the same for a widget the quiz builds again."""
    parts = []
    while widget is not None:
        parent = widget.parent()
        siblings = [c for c in parent.children() if type(c) is type(widget)] if parent else [widget]
        parts.append(f"{type(widget).__name__}[{siblings.index(widget)}]")
        widget = parent
    return "/".join(reversed(parts))


def readable_texts(window: MainWindow) -> dict[str, str]:
    """Every text the learner can read in ``window``, keyed by where it is so both runs match."""
    found: dict[str, str] = {}

    def add(widget: QObject, what: str, text: str) -> None:
        if text and text.strip():
            found[f"{widget_path(widget)} {what}"] = text

    add(window, "title", window.windowTitle())
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.itemText(i))
        elif isinstance(widget, QMenu):
            add(widget, "title", widget.title())
        elif isinstance(widget, QHeaderView):
            for i, text in enumerate(header_texts(widget)):
                add(widget, f"column {i}", text)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
        if isinstance(widget, (pg.PlotWidget, pg.GraphicsLayoutWidget)):
            for i, text in enumerate(plot_texts(widget)):
                add(widget, f"plot text {i}", text)
    for action in window.findChildren(QMenu):
        for i, item in enumerate(action.actions()):
            add(action, f"action {i}", item.text())
    return found


IDENTIFIER = re.compile(r"\w+(?=\()|\w*_\w*|\b[a-z]+[A-Z]\w*")  # f(...), snake_case, camelCase


def looks_english(text: str) -> bool:
    """Whether ``text`` holds an English word a Japanese text would have translated."""
    plain = IDENTIFIER.sub(" ", re.sub(r"<[^>]+>", " ", text))  # tags and code are not words
    return any(word.lower() not in KEPT_WORDS for word in ENGLISH_WORD.findall(plain))


@pytest.fixture
def window_with_every_lesson(qtbot, qapp, settings_file, offline_digits):
    i18n.set_language(qapp, "en")
    window = MainWindow(Progress())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for index, info in enumerate(CATALOGUE):
        window.go_to(index)
        settle()
        page = window.page(index)
        assert isinstance(page, LessonPage) and not page.widget_error, info.id
    yield window
    i18n.set_language(QCoreApplication.instance(), "en")


def test_every_text_follows_a_switch_to_japanese_and_back(window_with_every_lesson):
    window = window_with_every_lesson
    english = readable_texts(window)
    assert len(english) > 300  # every lesson's widgets, not only the window's own

    i18n.set_language(QCoreApplication.instance(), "ja")
    settle()
    japanese = readable_texts(window)
    untranslated = [f"{where}: {text!r}" for where, text in english.items()
                    if japanese.get(where) == text and not JAPANESE.search(text)
                    and looks_english(text)]
    assert not untranslated, "still English after the switch to Japanese:\n" + "\n".join(
        sorted(untranslated))

    i18n.set_language(QCoreApplication.instance(), "en")
    settle()
    again = readable_texts(window)
    own_names = set(i18n.LANGUAGES.values())  # the language menu names each in its own language
    left_japanese = [f"{where}: {text!r}" for where, text in again.items()
                     if JAPANESE.search(text) and text not in own_names]
    assert not left_japanese, "still Japanese after the switch back:\n" + "\n".join(left_japanese)
    changed = [f"{where}: {english[where]!r} -> {again.get(where)!r}"
               for where in english if again.get(where) != english[where]]
    assert not changed, "not the English text again:\n" + "\n".join(changed)


def ui_classes() -> set[type]:
    """Every class defined in a module of the ``ui`` package (each module imported)."""
    import ui

    classes: set[type] = set()
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        if module_info.name == "ui.app":  # the entry point; it adds nothing that retranslates
            continue
        module = importlib.import_module(module_info.name)
        classes |= {cls for _, cls in inspect.getmembers(module, inspect.isclass)
                    if cls.__module__ == module.__name__}
    return classes


def test_every_widget_that_retranslates_uses_the_one_mechanism():
    """No class handles LanguageChange in its own changeEvent; no _retranslate goes uncalled."""
    classes = ui_classes()
    assert MainWindow in classes and LessonPage in classes
    own = [cls.__qualname__ for cls in classes
           if "changeEvent" in vars(cls) and cls is not Retranslatable
           and "LanguageChange" in inspect.getsource(vars(cls)["changeEvent"])]
    assert not own, f"own LanguageChange handling in {sorted(own)}"
    orphans = [cls.__qualname__ for cls in classes
               if issubclass(cls, QWidget) and "_retranslate" in vars(cls)
               and not issubclass(cls, Retranslatable)]
    assert not orphans, f"widgets whose _retranslate no language switch calls: {sorted(orphans)}"
