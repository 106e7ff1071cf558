"""The gradient check in the background: the work itself, and the runner a widget holds.

``check_gradients`` times backprop, then computes the numerical gradient with progress, in a
:class:`ui.background.BackgroundRunner` thread. ``GradientCheckRun`` is that runner with the check's
messages: it reports, in the learner's language, a check that ended without results. Used by the
gradient-check lesson and by the book's gradient check in the backprop lesson.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from nnlab.experiments import GradientTiming, count_params, time_backprop
from nnlab.gradcheck import GradientCheckCancelled, ParamError, gradient_check
from nnlab.network import MultiLayerNet
from ui.background import BackgroundRunner, Worker


def check_gradients(task: Worker, net: MultiLayerNet, x: np.ndarray,
                    t: np.ndarray) -> tuple[list[ParamError], GradientTiming]:
    """Publish backprop's time, then report the numerical gradient's progress; return both results."""
    backprop = time_backprop(net, x, t)
    task.publish(backprop)
    task.restart_clock()  # the progress's elapsed seconds (and so the estimate) count the numerical part
    start = time.perf_counter()
    errors = gradient_check(net, x, t, progress=task.report, cancel=task.cancel_event)
    return errors, GradientTiming(count_params(net), time.perf_counter() - start, backprop)


class GradientCheckRun(BackgroundRunner):
    """A runner for gradient checks, stopped when the parent widget closes.

    Signals: ``produced`` (backprop's seconds), ``progressed`` (done, total, elapsed) and
    ``succeeded`` ((errors, timing)); ``stopped`` says why a check ended without results
    (cancelled, or failed with the error's message), so the widgets need no handler for that.
    """

    stopped = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent, name="nnlab-gradient-check")
        self.cancelled.connect(self._on_self_cancelled)
        self.failed.connect(self._on_self_failed)

    def start_check(self, net: MultiLayerNet, x: np.ndarray, t: np.ndarray) -> None:
        """Check the gradients of ``net`` on the batch ``x``, ``t`` in a new thread."""
        self.start(lambda task: check_gradients(task, net, x, t),
                   cancelled_by=(GradientCheckCancelled,), description="gradient check")

    @Slot()
    def _on_self_cancelled(self) -> None:
        self.stopped.emit(self.tr("Cancelled."))

    @Slot(str)
    def _on_self_failed(self, message: str) -> None:
        self.stopped.emit(self.tr("The gradient check failed: %1").replace("%1", message))
