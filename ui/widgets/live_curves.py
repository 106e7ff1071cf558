"""LiveCurveFeed: collect a run's losses and accuracies and draw them at a steady frame rate.

The worker thread sends losses about 15 times a second and an accuracy point at every evaluation
(on a small data set that can be dozens a second). Drawing each one as it arrives would repaint the
plots far more often than an eye can follow, and every repaint holds the GIL that the training
thread needs. The feed keeps what arrives and hands it to the plots once per frame, so the repaint
rate stays near ``frames_per_second`` however fast the run is.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ui.widgets.loss_plot import AccuracyPlot, LossPlot

FRAMES_PER_SECOND = 12.5


class LiveCurveFeed(QObject):
    """Buffers (iteration, loss) steps and evaluations; draws them into the plots once per frame."""

    frame_drawn = Signal(int)  # last iteration whose loss was drawn; 0 when only accuracies were

    def __init__(self, loss_plot: LossPlot, accuracy_plot: AccuracyPlot,
                 frames_per_second: float = FRAMES_PER_SECOND, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loss_plot = loss_plot
        self._accuracy_plot = accuracy_plot
        self._steps: list[tuple[np.ndarray, np.ndarray]] = []
        self._evaluations: list[tuple[int, float, float]] = []
        self._period = 1.0 / frames_per_second
        self._last_frame = 0.0  # perf_counter() of the last frame drawn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.frames = 0  # frames drawn so far (for measuring the refresh rate)

    def add_steps(self, iterations: np.ndarray, losses: np.ndarray) -> None:
        """Keep a batch of losses for the next frame."""
        self._steps.append((iterations, losses))
        self._schedule()

    def add_evaluation(self, iteration: int, train_acc: float, test_acc: float) -> None:
        """Keep one accuracy measurement for the next frame."""
        self._evaluations.append((int(iteration), float(train_acc), float(test_acc)))
        self._schedule()

    def has_pending(self) -> bool:
        """True while something waits to be drawn."""
        return bool(self._steps or self._evaluations)

    def flush(self) -> None:
        """Draw everything kept so far now (also called when a run ends)."""
        self._timer.stop()
        if not self.has_pending():
            return
        last = 0
        if self._steps:
            iterations = np.concatenate([s[0] for s in self._steps])
            losses = np.concatenate([s[1] for s in self._steps])
            self._steps.clear()
            self._loss_plot.append(iterations, losses)
            last = int(iterations[-1])
        if self._evaluations:
            points = np.array(self._evaluations, dtype=np.float64)  # (n, 3)
            self._evaluations.clear()
            self._accuracy_plot.add_points(points[:, 0], points[:, 1], points[:, 2])
        self.frames += 1
        self._last_frame = time.perf_counter()
        self.frame_drawn.emit(last)

    def begin_run(self, iterations: int) -> None:
        """Empty live curves for a run of ``iterations`` (the finished runs stay)."""
        self.discard()
        for plot in (self._loss_plot, self._accuracy_plot):
            plot.reset_current()
            plot.plan_iterations(iterations)

    def finish_run(self, label: str) -> None:
        """Draw what is left, then keep the live curves as the finished run ``label``."""
        self.flush()
        self._loss_plot.finish_run(label)
        self._accuracy_plot.finish_run(label)

    def discard(self) -> None:
        """Forget what was not drawn yet (the run's plots were reset)."""
        self._timer.stop()
        self._steps.clear()
        self._evaluations.clear()

    def _schedule(self) -> None:
        """Draw one frame period after the last frame (at once when that has passed)."""
        if not self._timer.isActive():
            wait = self._last_frame + self._period - time.perf_counter()
            self._timer.start(max(0, round(1000 * wait)))
