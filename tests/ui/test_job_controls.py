"""JobControls and StopOnClose on real widgets and real threads: the Run/Cancel row and closing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSpinBox, QVBoxLayout, QWidget

from thread_support import Cancelled, _no_thread_left_behind  # noqa: F401 - autouse fixture
from ui import i18n
from ui.background import BackgroundRunner, StopOnClose, Worker
from ui.widgets.job_controls import JobControls


def report_then_wait(task: Worker) -> None:
    """Report 3 of 8 done, then wait until cancelled."""
    task.report(3, 8)
    task.cancel_event.wait()
    raise Cancelled


class Panel(QWidget):
    """A panel as a lesson writes it: a runner, a setting and the controls."""

    def __init__(self, work=report_then_wait, **options) -> None:
        super().__init__()
        self.runner = BackgroundRunner(self, name="nnlab-test-controls")
        self.setting = QSpinBox()
        self.starts = 0
        self.controls = JobControls(self.runner, self.start, locked=[self.setting], **options)
        self.work = work
        layout = QVBoxLayout(self)
        layout.addWidget(self.setting)
        layout.addWidget(self.controls)

    def start(self) -> None:
        self.starts += 1
        self.runner.start(self.work, cancelled_by=(Cancelled,))


@pytest.fixture
def panel(qtbot, qapp) -> Panel:
    i18n.set_language(qapp, "en")
    widget = Panel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_run_starts_the_job_and_locks_run_and_settings_until_it_ends(qtbot, panel):
    controls = panel.controls
    assert controls.run_button.isEnabled() and not controls.cancel_button.isEnabled()
    assert controls.cancel_button.text() == "Cancel"
    with qtbot.waitSignal(panel.runner.progressed, timeout=10_000):
        qtbot.mouseClick(controls.run_button, Qt.MouseButton.LeftButton)
    assert panel.starts == 1
    assert not controls.run_button.isEnabled() and controls.cancel_button.isEnabled()
    assert not panel.setting.isEnabled()
    assert (controls.progress_bar.value(), controls.progress_bar.maximum()) == (3, 8)
    with qtbot.waitSignal(panel.runner.cancelled, timeout=10_000):
        qtbot.mouseClick(controls.cancel_button, Qt.MouseButton.LeftButton)
    assert controls.run_button.isEnabled() and not controls.cancel_button.isEnabled()
    assert panel.setting.isEnabled()
    assert not panel.runner.is_running()


def test_the_bar_is_left_to_the_panel_when_it_counts_progress_itself(qtbot, qapp):
    widget = Panel(follow_progress=False)
    qtbot.addWidget(widget)
    widget.controls.reset_progress(20)
    with qtbot.waitSignal(widget.runner.progressed, timeout=10_000):
        widget.start()
    assert (widget.controls.progress_bar.value(), widget.controls.progress_bar.maximum()) == (0, 20)
    widget.close()
    assert not widget.runner.is_running()


def test_a_panels_own_cancel_is_called_and_a_widget_added_to_the_row_is_shown(qtbot, qapp):
    cancels: list[bool] = []
    widget = Panel(cancel=lambda: cancels.append(True))
    qtbot.addWidget(widget)
    note = QSpinBox()
    widget.controls.add_widget(note)
    widget.show()
    with qtbot.waitSignal(widget.runner.progressed, timeout=10_000):
        widget.start()
    qtbot.mouseClick(widget.controls.cancel_button, Qt.MouseButton.LeftButton)
    assert cancels == [True] and widget.runner.is_running()  # the panel's cancel, not the runner's
    assert note.isVisible() and note.parent() is widget.controls
    widget.close()  # the runner stops with its panel
    assert not widget.runner.is_running() and widget.runner.thread.isFinished()


def test_the_cancel_text_follows_the_language(qtbot, qapp, panel):
    i18n.set_language(qapp, "ja")  # LanguageChange events arrive through the event loop
    try:
        qtbot.waitUntil(lambda: panel.controls.cancel_button.text() == "キャンセル")
    finally:
        i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: panel.controls.cancel_button.text() == "Cancel")


def test_stop_on_close_stops_when_the_watched_widget_or_its_window_closes(qtbot, qapp):
    window = QWidget()
    qtbot.addWidget(window)
    inner = QWidget(window)
    stops: list[str] = []
    StopOnClose(inner, lambda: stops.append("inner"))
    StopOnClose(inner, lambda: stops.append("window"), window=True)
    owner = QObject()
    StopOnClose(owner, lambda: stops.append("watched"), watch=inner)
    window.show()
    qtbot.waitExposed(window)
    window.close()  # closing a window does not close its children: only window=True sees it
    assert stops == ["window"]
    inner.close()
    assert sorted(stops) == ["inner", "watched", "window", "window"]


QUIT_SCRIPT = """
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui.background import StopOnClose
app = QApplication([])
stops = []
owner, widget = QObject(), QWidget()
StopOnClose(owner, lambda: stops.append("object"))  # no widget: only quitting stops it
StopOnClose(widget, lambda: stops.append("widget"))
gone = QObject()
StopOnClose(gone, lambda: stops.append("gone"))
del gone  # its guard went with it
QTimer.singleShot(0, app.quit)
app.exec()
print(sorted(stops))
"""


def test_quitting_the_application_stops_every_owner_still_alive():
    """In a process of its own: quitting the test's application would end the other tests' objects."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", QUIT_SCRIPT], capture_output=True, text=True,
                            env=env, check=True)
    assert result.stdout.strip().splitlines()[-1] == "['object', 'widget']"


def test_a_stop_on_close_goes_away_with_its_owner(qtbot, qapp):
    stops: list[bool] = []
    watched = QWidget()
    qtbot.addWidget(watched)
    owner = QObject()
    StopOnClose(owner, lambda: stops.append(True), watch=watched)
    done = threading.Event()
    owner.destroyed.connect(lambda: done.set())
    owner.deleteLater()
    qtbot.waitUntil(done.is_set)
    watched.close()
    assert stops == []


def test_work_that_is_not_one_runner_is_followed_through_its_own_signals(qtbot, qapp):
    """A run queue says when it starts (a key), ends (complete or not) and how far it is."""

    class Queue(QObject):
        run_started = Signal(str)
        all_finished = Signal(bool)
        progress = Signal(int, int)

    queue, stopped, running = Queue(), [], [False]
    controls = JobControls(None, lambda: None, cancel=lambda: stopped.append(True))
    qtbot.addWidget(controls)
    controls.follow(queue.run_started, queue.all_finished, queue.progress, lambda: running[0])
    running[0] = True
    queue.run_started.emit("SGD")
    queue.progress.emit(40, 200)
    assert controls.cancel_button.isEnabled() and not controls.run_button.isEnabled()
    assert (controls.progress_bar.value(), controls.progress_bar.maximum()) == (40, 200)
    qtbot.mouseClick(controls.cancel_button, Qt.MouseButton.LeftButton)
    assert stopped == [True]
    running[0] = False
    queue.all_finished.emit(False)
    assert controls.run_button.isEnabled() and not controls.cancel_button.isEnabled()
