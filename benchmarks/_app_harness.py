"""Drive the real nnlab main window (offscreen) through background work, for the window benchmarks.

The window, the two-layer lesson's training playground, its QThread worker and its plots are the
app's own; only the data set is handed to the playground directly (the real-MNIST split of the
shared test set) instead of being picked from the combo box. ``GapRecorder`` is the 10 ms GUI
timer whose tick gaps every window benchmark reports; ``AppHarness(lesson_id=...)`` opens another
lesson for the benchmarks of that lesson (the gradient race, the backprop stepper, the search);
``record_timer_gaps`` runs the event loop over any background work while a GapRecorder ticks.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the learner's own settings and log out of the benchmark.
_SANDBOX = tempfile.mkdtemp(prefix="nnlab-bench-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())

import numpy as np  # noqa: E402

from _common import load_mnist_t10k, progress, shared_data_dir  # noqa: E402
from nnlab.data import Dataset, load_default_digits  # noqa: E402
from nnlab.network import NetSpec  # noqa: E402

SEED_SPEC = NetSpec(784, (50,), 10, activation="relu", init="std:0.01")


def benchmark_dataset() -> Dataset:
    """The real-MNIST split (8,000 / 2,000 of the shared test set), else the bundled 8×8 digits."""
    split = load_mnist_t10k()
    if split is None:
        progress(f"no MNIST in {shared_data_dir()}: using the bundled 8x8 digits instead")
        dataset, _note = load_default_digits()
        return dataset
    digits = [str(k) for k in range(10)]
    return Dataset(
        name="mnist-t10k 8k/2k", x_train=split.x_train.astype(np.float32), t_train=split.t_train,
        x_test=split.x_test.astype(np.float32), t_test=split.t_test, image_shape=(28, 28),
        class_names=digits, class_names_ja=digits, source="shared MNIST test set")


@dataclass
class WindowRun:
    """What one training run in the window measured."""

    gaps_ms: np.ndarray  # intervals between the GUI thread's 10 ms timer ticks
    wall_seconds: float  # Start pressed to run finished
    train_seconds: float  # the trainer's own time in iterations
    iterations: int
    curve_refreshes: int  # step_logged signals the playground drew
    status: str


class GapRecorder:
    """A 10 ms precise timer in the GUI thread; the gaps between its ticks show how long the GUI stalls."""

    def __init__(self, on_tick: object = None) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.ticks: list[float] = []
        self._on_tick = on_tick
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(self._clock.nsecsElapsed() / 1e6)
        if self._on_tick is not None:
            self._on_tick()

    def start(self) -> None:
        """Start ticking (and forget earlier ticks)."""
        self.ticks = []
        self._clock.start()
        self._timer.start()

    def stop(self) -> np.ndarray:
        """Stop; return the gaps between ticks in milliseconds."""
        self._timer.stop()
        return np.diff(np.asarray(self.ticks))


def gap_figures(gaps: np.ndarray) -> dict:
    """p50, p99 and max of the timer gaps (ms) and their count, as the window benchmarks report them."""
    return {"gap_p50_ms": float(np.percentile(gaps, 50)), "gap_p99_ms": float(np.percentile(gaps, 99)),
            "gap_max_ms": float(gaps.max()), "timer_ticks": int(gaps.size)}


def record_timer_gaps(start: Callable[[], Any],
                      on_tick: Callable[[], None] | None = None) -> tuple[np.ndarray, float]:
    """Call ``start`` and run the event loop until the work it began has ended; record timer gaps.

    ``start`` returns the signal that fires when the work ends (None when it has ended already).
    Returns (gaps in ms, wall seconds from start to end).
    """
    from PySide6.QtCore import QEventLoop

    recorder = GapRecorder(on_tick)
    recorder.start()
    started = time.perf_counter()
    finished = start()
    if finished is not None:  # queued to this thread: it cannot fire before the loop runs
        loop = QEventLoop()  # the app's own kind of event loop, not a polling loop
        finished.connect(loop.quit)
        loop.exec()
    wall = time.perf_counter() - started
    return recorder.stop(), wall


class AppHarness:
    """One QApplication, one MainWindow opened on a lesson (by default the two-layer playground)."""

    def __init__(self, width: int = 1280, height: int = 800, lesson_id: str = "two_layer_net") -> None:
        from ui.app import create_application
        from ui.lessons import LESSON_IDS
        from ui.main_window import MainWindow
        from ui.settings import Progress

        self.app = create_application([])
        self.window = MainWindow(Progress())
        self.window.resize(width, height)
        self.window.show()
        self.window.go_to(LESSON_IDS.index(lesson_id))
        self.pump(0.3)

    @property
    def playground(self) -> Any:
        """The two-layer lesson's TrainingPlayground."""
        from ui.widgets.playground import TrainingPlayground

        playground = self.window.findChild(TrainingPlayground)
        if playground is None:
            raise SystemExit("the lesson shown has no TrainingPlayground")
        return playground

    def find(self, widget_class: type) -> object:
        """The open lesson's widget of this class (SystemExit when the lesson has none)."""
        widget = self.window.findChild(widget_class)
        if widget is None:
            raise SystemExit(f"the lesson did not build a {widget_class.__name__}")
        return widget

    def wait_until(self, condition: object, max_seconds: float) -> bool:
        """Run the event loop until ``condition()`` is true or the time is up; True if it came true."""
        end = time.perf_counter() + max_seconds
        while not condition():
            if time.perf_counter() > end:
                return False
            self.app.processEvents()
            time.sleep(0.002)
        return True

    def pump(self, seconds: float) -> None:
        """Let the event loop run for a while."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.002)

    def set_dataset(self, dataset: Dataset) -> None:
        """Give the playground a data set, as the picker does after loading one."""
        self.playground.picker.set_dataset(dataset)
        self.pump(0.2)
        if self.playground.dataset is not dataset:
            raise SystemExit("the playground did not take the benchmark data set")

    def train(self, spec: NetSpec, settings: object, on_tick: object = None) -> WindowRun:
        """Start a run with the playground's Start button path; record timer gaps until it ends."""
        pg_widget = self.playground
        pg_widget.apply_preset(spec, settings)
        refreshes_before = pg_widget.curve_updates

        def start() -> Any:
            if not pg_widget.start():
                raise SystemExit(f"the playground refused to start: "
                                 f"{pg_widget.message_label.text()}")
            return pg_widget.run.finished if pg_widget.run.history is None else None

        gaps, wall = record_timer_gaps(start, on_tick)  # type: ignore[arg-type]
        self.pump(0.1)
        history = pg_widget.run.history
        return WindowRun(gaps, wall, history.train_seconds, history.iterations_done,
                         pg_widget.curve_updates - refreshes_before, history.status)

    def close(self) -> None:
        """Close the window the way a user does (stops any training)."""
        self.window.close()
        self.pump(0.1)
