"""SavedRunsButton: the chapter-6 comparisons keep every run, and list the earlier ones in a window.

The button sits in a lesson's run bar (``RunBar``). The lesson hands it each run of its queue that
ends — finished, stopped or diverged — and it goes to the learner's run store under the lesson's
name, with its optimizer, learning rate, batch size, iterations, network and the lesson's row, plus
any arrays the lesson draws besides the curves. *Saved runs (N)…* opens a
:class:`~ui.widgets.saved_runs.SavedRunsPanel` with them (show in plots, rename, delete, export CSV,
forget all); *Show in plots* draws a run into the lesson again (:mod:`ui.lessons.saved_overlays`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from nnlab.trainer import History
from ui.retranslate import Retranslatable
from ui.widgets.saved_runs import SavedRunsPanel


def trainer_settings(trainer: object) -> dict:
    """What a run was trained with, read from its Trainer (optimizer, lr, batch, iterations, net)."""
    optimizer = getattr(trainer, "optimizer", None)
    spec = getattr(getattr(trainer, "net", None), "spec", None)
    return {"optimizer": type(optimizer).__name__, "lr": getattr(optimizer, "lr", None),
            "batch_size": getattr(trainer, "batch_size", None),
            "iterations": getattr(trainer, "iterations", None),
            "spec": spec.to_dict() if spec is not None else None}


class SavedRunsButton(Retranslatable, QPushButton):
    """Keeps the runs of a RunQueue it is handed; opens a window that lists the kept runs."""

    def __init__(self, queue: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        owner = queue.parent()
        self.source = f"lesson:{type(owner).__name__}" if owner is not None else "lesson"
        self.panel = SavedRunsPanel(self.source)
        self.dialog = QDialog(self)
        QVBoxLayout(self.dialog).addWidget(self.panel)
        self.dialog.resize(900, 420)  # the data-set names are long; fits a 1024-px screen
        self.clicked.connect(self.show_runs)
        self.panel.count_changed.connect(lambda _count: self._retranslate())
        self._retranslate()

    def show_runs(self) -> None:
        """Open the window of kept runs (it stays open beside the lesson)."""
        self.dialog.show()
        self.dialog.raise_()

    def _retranslate(self) -> None:
        count = len(self.panel.runs)
        title = self.tr("Saved runs")
        self.setText(self.tr("Saved runs (%1)…").replace("%1", str(count)) if count
                     else self.tr("Saved runs…"))
        self.dialog.setWindowTitle(title)
        self.setToolTip(self.tr("Every run of this lesson is kept, also after the app closes: "
                                "show them in the plots again, rename, delete or export them as CSV"))

    def keep(self, key: str, history: History, *, name: str, settings: dict | None = None,
             arrays: dict[str, Callable[[], np.ndarray]] | None = None) -> None:
        """Save the run ``key`` of the queue that just ended (its trainer says how it was trained).

        ``arrays``: functions computing what the lesson draws besides the curves (in the worker).
        """
        trainer = self._queue.trainers.get(key)
        if trainer is None:
            return
        data = getattr(trainer, "data", None)
        spec = getattr(getattr(trainer, "net", None), "spec", None)
        self.panel.keep(history, name=name, dataset=getattr(data, "name", ""),
                        n_classes=getattr(spec, "output_size", 10),
                        settings={**trainer_settings(trainer), **(settings or {})}, arrays=arrays)
