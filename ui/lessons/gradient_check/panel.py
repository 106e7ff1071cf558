"""What both gradient-check widgets share: the runner, Run/Cancel/progress, the table and a status.

The gradient-check lesson times both gradients on a network the learner picks; the backprop
lesson runs the book's own check. Each says what it checks and how it shows the result; this base
holds the check's runner (:class:`GradientCheckRun`), its :class:`JobControls` row, the
per-parameter table and the status line, and starts a check.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QThread, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QWidget

from nnlab.gradcheck import ParamError
from nnlab.network import MultiLayerNet
from ui.lessons.gradient_check.worker import GradientCheckRun
from ui.retranslate import Retranslatable
from ui.widgets.job_controls import JobControls

log = logging.getLogger(__name__)


class GradientCheckPanel(Retranslatable, QWidget):
    """A gradient check with Run, Cancel, progress, a four-column table and a status line.

    A subclass builds its problem (``_make_problem``), says why it could not (``_setup_failed``),
    resets what it shows when a check starts (``_starting``) and handles ``check_run.succeeded``
    and ``_on_check_run_stopped``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_run = GradientCheckRun(self)
        self.check_run.stopped.connect(self._on_check_run_stopped)
        self.check_run.succeeded.connect(self._on_check_run_succeeded)
        self.errors: list[ParamError] = []
        self.controls = JobControls(self.check_run, self.start)
        self.run_button, self.cancel_button = self.controls.run_button, self.controls.cancel_button
        self.progress_bar = self.controls.progress_bar
        self.table = QTableWidget(0, 4)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

    def _make_problem(self) -> tuple[MultiLayerNet, np.ndarray, np.ndarray]:
        """The network and the batch both gradients are computed on."""
        raise NotImplementedError

    def _setup_failed(self, error: str) -> None:
        """Say that the problem could not be set up (``error`` is the exception's text)."""
        raise NotImplementedError

    def _starting(self, net: MultiLayerNet) -> None:
        """Clear the last results and say what runs (a check of ``net`` is about to start)."""
        raise NotImplementedError

    def _on_check_run_succeeded(self, result: tuple[list[ParamError], object]) -> None:
        raise NotImplementedError

    def _on_check_run_stopped(self, text: str) -> None:
        raise NotImplementedError

    @Slot()
    def start(self) -> None:
        """Start the check in a worker thread; a problem that cannot be built ends in a message."""
        if self.is_running():
            return
        try:
            net, x, t = self._make_problem()
        except Exception as exc:  # a data or setting problem ends in a message
            log.exception("could not set up the %s", type(self).__name__)
            self._setup_failed(str(exc))
            return
        self._starting(net)
        self.check_run.start_check(net, x, t)

    def start_sample_work(self) -> None:
        """Start the check (tests: closing the lesson must stop it)."""
        self.start()

    @property
    def thread(self) -> QThread | None:
        """The worker thread of the current or last check."""
        return self.check_run.thread

    def is_running(self) -> bool:
        """True while a check runs."""
        return self.check_run.is_running()

    @Slot()
    def cancel(self) -> None:
        """Ask the numerical gradient to stop (closing the widget stops and waits for it)."""
        self.check_run.cancel()

    @Slot()
    def shutdown(self) -> None:
        """Cancel and wait for the worker thread (closing the lesson does this too)."""
        self.check_run.shutdown()
