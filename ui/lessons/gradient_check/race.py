"""Gradient-check lesson (b): the same network trained by numerical gradients and by backprop, live.

:func:`nnlab.gradient_race.make_race_trainers` builds the two trainers (same initial weights, same
mini-batches); each runs in its own :class:`ui.training_worker.TrainingRun` thread. This widget
draws both loss curves against wall-clock time and against iterations, the pace of each and how
long the book's 10,000 iterations would take at that pace. Cancel, closing the lesson and quitting
the app stop both runs.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from nnlab.gradient_race import (
    BOOK_ITERATIONS,
    METHODS,
    RACE_SETTINGS,
    iterations_per_second,
    make_race_trainers,
    projected_seconds,
    spread_times,
)
from nnlab.trainer import History
from ui.background import StopOnClose
from ui.lessons.comparison_runs import default_data
from ui.lessons.gradient_check.lesson import format_duration
from ui.retranslate import Retranslatable
from ui.training_worker import TrainingRun
from ui.widgets.growing_series import GrowingSeries

log = logging.getLogger(__name__)

RACE_SWITCH_INTERVAL = 0.001  # seconds (Python's default is 0.005)
FRAMES_PER_SECOND = 8  # the curves move smoothly enough; every repaint holds the GIL the runs need
START_LIMITS = (5.0, 10.0, 2.5)  # first axis ranges: seconds, iterations, loss (2.3 at the start)
COLOURS = {"numerical": "#D55E00", "backprop": "#0072B2"}
# The thin curve is drawn on the thick one, so both stay visible where they coincide. Only the
# numerical curve, which has few points, is wide: a wide antialiased pen over thousands of noisy
# backprop points takes Qt's raster engine long enough to stall the window.
WIDTHS = {"numerical": 4, "backprop": 1}


def grown_limit(limit: float, value: float) -> float:
    """``limit`` doubled until it holds ``value``: an axis that grows in a few steps, not every frame."""
    while value > limit:
        limit *= 2.0
    return limit


def _loss_plot(x_label: str) -> tuple[pg.PlotWidget, dict[str, GrowingSeries]]:
    """A plot with one curve per method, fed through growing series (clip-to-view, downsampled).

    No legend: the figures above the plots name the methods in the curves' colours (and in the
    learner's language).
    """
    plot = pg.PlotWidget(background="w")
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.25)
    item.setClipToView(True)
    item.setDownsampling(auto=True, mode="peak")
    plot.setLabel("bottom", x_label)
    item.getViewBox().disableAutoRange()  # ranges grow in steps (see _fit_ranges): axes repaint rarely
    for name in ("left", "bottom"):  # axes repainted from a pixmap until their range changes
        item.getAxis(name).setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
    series = {m: GrowingSeries(plot.plot([], [], pen=pg.mkPen(COLOURS[m], width=WIDTHS[m])))
              for m in METHODS}
    return plot, series


def _rate_text(rate: float) -> str:
    """Iterations per second: 1,234 or 2.62 (a dash before the first report)."""
    if not rate:
        return "–"
    return f"{rate:,.0f}" if rate >= 100 else f"{rate:.3g}"


class GradientRaceWidget(Retranslatable, QWidget):
    """Start both trainings at once; loss curves, iterations/s and a 10,000-iteration projection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: dict[str, TrainingRun] = {}
        self.done: dict[str, int] = {m: 0 for m in METHODS}  # iterations so far
        self.elapsed: dict[str, float] = {m: 0.0 for m in METHODS}  # seconds at the last report
        self.histories: dict[str, History] = {}
        self._started_at = 0.0
        self._saved_switch_interval: float | None = None
        self._loss_top = 0.0
        self._limits = START_LIMITS  # wall-clock seconds, iterations, loss shown
        self._pending: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {m: [] for m in METHODS}
        self.frame_timer = QTimer(self)  # draws what arrived at most FRAMES_PER_SECOND times a second
        self.frame_timer.setSingleShot(True)
        self.frame_timer.setInterval(int(1000 / FRAMES_PER_SECOND))
        self.frame_timer.timeout.connect(self._draw_pending)
        self._build()
        self._set_limits(START_LIMITS)
        self._retranslate()
        StopOnClose(self, self.shutdown)  # closing the lesson or quitting stops both runs

    def _build(self) -> None:
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.iterations_label, self.batch_label = QLabel(), QLabel()
        self.iterations_spin = QSpinBox()
        self.iterations_spin.setRange(10, 100_000)
        self.iterations_spin.setSingleStep(1000)
        self.iterations_spin.setValue(BOOK_ITERATIONS)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 1000)
        self.batch_spin.setValue(100)
        self.start_button, self.cancel_button = QPushButton(), QPushButton()
        self.cancel_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.method_labels = {m: QLabel() for m in METHODS}
        self.pace_labels = {m: QLabel() for m in METHODS}
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.time_plot, self.time_series = _loss_plot("s")
        self.iteration_plot, self.iteration_series = _loss_plot("")
        settings = QHBoxLayout()
        for widget in (self.iterations_label, self.iterations_spin, self.batch_label, self.batch_spin):
            settings.addWidget(widget)
        settings.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        figures = QGridLayout()
        for row, method in enumerate(METHODS):
            self.method_labels[method].setStyleSheet(f"color: {COLOURS[method]}; font-weight: bold;")
            self.pace_labels[method].setWordWrap(True)
            figures.addWidget(self.method_labels[method], row, 0)
            figures.addWidget(self.pace_labels[method], row, 1)
        figures.setColumnStretch(1, 1)
        plots = QVBoxLayout()
        plots.addWidget(self.time_plot, 1)
        plots.addWidget(self.iteration_plot, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(settings)
        layout.addLayout(buttons)
        layout.addLayout(figures)
        layout.addWidget(self.status_label)
        layout.addLayout(plots, 1)

    def _retranslate(self) -> None:
        data, _ = default_data()
        self.intro_label.setText(self.tr(
            "The small network (%1-10-10, sigmoid) trained twice from the same initial weights on "
            "the same mini-batches with SGD (learning rate 0.1): once with numerical gradients, as "
            "in chapter 4, once with backprop. Both run at the same time.").replace(
            "%1", str(data.input_size)))
        self.iterations_label.setText(self.tr("Iterations:"))
        self.batch_label.setText(self.tr("Batch size:"))
        self.start_button.setText(self.tr("Start the race"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.method_labels["numerical"].setText(self.tr("Numerical gradient"))
        self.method_labels["backprop"].setText(self.tr("Backprop"))
        self.time_plot.setLabel("bottom", self.tr("wall-clock time (s)"))
        self.time_plot.setLabel("left", self.tr("loss"))
        self.iteration_plot.setLabel("bottom", self.tr("iteration (as far as the numerical run has come)"))
        self.iteration_plot.setLabel("left", self.tr("loss"))
        self._show_figures()

    # --- running --------------------------------------------------------------------------------
    def is_running(self) -> bool:
        """True while either run is still going."""
        return any(run.is_running() for run in self.runs.values())

    def start_sample_work(self) -> None:
        """Race for the most iterations (tests: closing the lesson must stop both runs)."""
        self.iterations_spin.setValue(self.iterations_spin.maximum())
        self.start()

    @Slot()
    def start(self) -> bool:
        """Build both trainers and start them together; False (with a message) if that fails."""
        if self.is_running():
            return False
        data, _ = default_data()
        try:
            settings = replace(RACE_SETTINGS, batch_size=self.batch_spin.value(),
                               iterations=self.iterations_spin.value())
            trainers = make_race_trainers(data, settings)
        except Exception as exc:  # a bad setting must end in a message, not a traceback
            log.exception("could not set up the race")
            self.status_label.setText(self.tr("Could not set up the race: %1").replace("%1", str(exc)))
            return False
        self._clear()
        for method, trainer in trainers.items():
            # The numerical run takes a long time per iteration: report after every one of them.
            run = TrainingRun(trainer, self, clock_every=1 if method == "numerical" else 8)
            run.step_logged.connect(lambda its, losses, m=method: self._on_run_step_logged(m, its, losses))
            run.finished.connect(lambda history, m=method: self._on_run_finished(m, history))
            self.runs[method] = run
        self._started_at = time.perf_counter()
        for run in self.runs.values():
            run.start()
        self._set_running(True)
        self.status_label.setText(self.tr("Both are training…"))
        return True

    @Slot()
    def cancel(self) -> None:
        """Stop both runs at once (a numerical gradient in progress is interrupted)."""
        for run in self.runs.values():
            run.stop()

    @Slot()
    def shutdown(self) -> None:
        """Stop both runs and wait for their threads (the lesson or the app is closing)."""
        for run in self.runs.values():
            run.wait_finished(10_000)
        if self._saved_switch_interval is not None:
            self._set_running(False)

    def _clear(self) -> None:
        for run in self.runs.values():
            run.deleteLater()
        self.runs, self.histories = {}, {}
        self.done = {m: 0 for m in METHODS}
        self.elapsed = {m: 0.0 for m in METHODS}
        self._pending = {m: [] for m in METHODS}
        self._loss_top = 0.0
        self._set_limits(START_LIMITS)
        for series in (*self.time_series.values(), *self.iteration_series.values()):
            series.clear()
        self._show_figures()

    def _set_limits(self, limits: tuple[float, float, float]) -> None:
        self._limits = limits
        self.time_plot.setRange(xRange=(0, limits[0]), yRange=(0, limits[2]), padding=0)
        self.iteration_plot.setRange(xRange=(0, limits[1]), yRange=(0, limits[2]), padding=0)

    def _set_running(self, running: bool) -> None:
        # Two CPU-bound Python threads and the GUI share the GIL; with a shorter switch interval the
        # GUI thread gets its turn sooner (benchmarks/gradient_race.py: p99 gap about half).
        if running and self._saved_switch_interval is None:
            self._saved_switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(RACE_SWITCH_INTERVAL)
        elif not running and self._saved_switch_interval is not None:
            sys.setswitchinterval(self._saved_switch_interval)
            self._saved_switch_interval = None
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.iterations_spin.setEnabled(not running)
        self.batch_spin.setEnabled(not running)

    def _on_run_step_logged(self, method: str, iterations: np.ndarray, losses: np.ndarray) -> None:
        """Keep the reported steps for the next frame (drawing each report would repaint too often)."""
        now = time.perf_counter() - self._started_at
        times = spread_times(self.elapsed[method], now, len(iterations))
        self._pending[method].append((times, iterations, losses))
        if len(iterations):
            self.done[method] = int(iterations[-1])
        self.elapsed[method] = now
        if not self.frame_timer.isActive():
            self.frame_timer.start()

    @Slot()
    def _draw_pending(self) -> None:
        """One frame: the steps reported since the last one go into the curves, then the figures."""
        for method, parts in self._pending.items():
            if not parts:
                continue
            times, iterations, losses = (np.concatenate(column) for column in zip(*parts, strict=True))
            parts.clear()
            self.time_series[method].extend(times, losses)
            self.iteration_series[method].extend(iterations, losses)
            if losses.size:
                self._loss_top = max(self._loss_top, float(np.nanmax(losses)))
        self._fit_ranges()
        self._show_figures()

    def _fit_ranges(self) -> None:
        """Grow the axes in steps. Changing a range repaints the axes, which costs more than the
        curves; a range that follows every report would repaint them on every frame. The iteration
        axis covers only the numerical run's iterations, where both curves exist (on top of each other)."""
        limits = (grown_limit(self._limits[0], max(self.elapsed.values())),
                  grown_limit(self._limits[1], self.done["numerical"]),
                  grown_limit(self._limits[2], self._loss_top))
        if limits != self._limits:
            self._set_limits(limits)

    def _on_run_finished(self, method: str, history: History) -> None:
        self._draw_pending()
        self.histories[method] = history
        if not self.is_running():
            self._set_running(False)
            statuses = {h.status for h in self.histories.values()}
            if "failed" in statuses:
                messages = "; ".join(h.message for h in self.histories.values() if h.status == "failed")
                self.status_label.setText(self.tr("The race stopped with an error: %1").replace(
                    "%1", messages))
            elif "cancelled" in statuses:
                self.status_label.setText(self.tr("Cancelled: both runs stopped."))
            else:
                self.status_label.setText(self.tr("Both runs are done."))
        elif method == "backprop" and history.status == "finished":
            self.status_label.setText(self.tr(
                "Backprop is through all %1 iterations; the numerical gradient keeps going "
                "(Cancel stops it).").replace("%1", f"{history.iterations_done:,}"))
        self._show_figures()

    def _show_figures(self) -> None:
        for method in METHODS:
            done, seconds = self.done[method], self.elapsed[method]
            rate = iterations_per_second(done, seconds)
            projection = projected_seconds(done, seconds, BOOK_ITERATIONS)
            if not rate or projection is None:  # nothing to project from yet: say so, not "– per second"
                self.pace_labels[method].setText(self.tr(
                    "%1 iterations (the pace shows once it has run a little)").replace("%1", f"{done:,}"))
                continue
            self.pace_labels[method].setText(self.tr(
                "%1 iterations, %2 per second; the book's 10,000 iterations at this pace: %3")
                .replace("%1", f"{done:,}").replace("%2", _rate_text(rate))
                .replace("%3", format_duration(projection) if projection is not None else "–"))
