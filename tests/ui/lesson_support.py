"""Helpers shared by the lesson tests: a lesson shown in English, Run then Cancel, is a text Japanese?"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from ui import i18n
from ui.training_worker import live_thread_count

W = TypeVar("W", bound=QWidget)


def show_lesson(qtbot, qapp: QApplication, make_widget: Callable[[], W]) -> W:
    """Build a lesson widget in English, hand it to qtbot and show it."""
    i18n.set_language(qapp, "en")
    widget = make_widget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@contextmanager
def in_japanese(qapp: QApplication) -> Iterator[None]:
    """Switch the app to Japanese for the block; back in English (events handled) afterwards."""
    i18n.set_language(qapp, "ja")
    QCoreApplication.processEvents()  # the widgets that exist hear of it
    try:
        yield
    finally:
        i18n.set_language(qapp, "en")
        QCoreApplication.processEvents()


def is_japanese(text: str) -> bool:
    """True when ``text`` holds kana or kanji."""
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def run_then_cancel(qtbot, run_bar: QWidget, started: SignalInstance,
                    all_finished: SignalInstance) -> list:
    """Press the bar's Run, wait until ``started`` says training is under way, press Cancel.

    Returns the arguments ``all_finished`` was emitted with ([False] for a cancelled queue).
    """
    with qtbot.waitSignal(started, timeout=30_000):
        qtbot.mouseClick(run_bar.run_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(all_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(run_bar.cancel_button, Qt.MouseButton.LeftButton)
    return blocker.args


def cancel_during_first_run(qtbot, lesson, started: SignalInstance) -> str:
    """Train a comparison lesson at its longest, press Cancel once ``started`` fires in its first run.

    Checks what every comparison must show then: "Cancelled.", only the first run kept (cancelled),
    Run enabled and Cancel disabled, no thread left. Returns the cancelled run's key.
    """
    lesson.iterations_spin.setValue(lesson.MAX_ITERATIONS)
    bar = lesson.run_bar
    assert run_then_cancel(qtbot, bar, started, lesson.queue.all_finished) == [False]
    assert bar.status_label.text() == "Cancelled."
    [key] = lesson.run_keys(lesson.table.row_keys()[0])[:1]
    assert list(lesson.histories) == [key] and lesson.histories[key].status == "cancelled"
    assert lesson.histories[key].iterations_done < lesson.MAX_ITERATIONS
    assert bar.run_button.isEnabled() and not bar.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
    return key


def train_every_row(qtbot, lesson, iterations: int | None = None) -> list:
    """Press a comparison lesson's Run (at ``iterations`` when given) and wait until every run and
    thread has ended; returns what ``all_finished`` said ([True] when no run was cancelled)."""
    if iterations is not None:
        lesson.iterations_spin.setValue(iterations)
    with qtbot.waitSignal(lesson.queue.all_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(lesson.run_bar.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
    return blocker.args
