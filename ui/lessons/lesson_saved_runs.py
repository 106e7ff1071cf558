"""SavedRunsButton: the chapter-6 comparisons keep every run, and list the earlier ones in a window.

The button sits in a lesson's run bar (``RunBar``). Each run of the lesson's queue that ends —
finished, stopped or diverged — goes to the learner's run store under the lesson's name, with its
optimizer, learning rate, batch size, iterations and network. *Saved runs (N)…* opens a
:class:`~ui.widgets.saved_runs.SavedRunsPanel` with them (rename, delete, export CSV, forget all);
these lessons draw their own fixed set of curves, so a saved run is not drawn into them again.
"""

from __future__ import annotations

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
    """Keeps every run of a RunQueue as it ends; opens a window that lists the kept runs."""

    def __init__(self, queue: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        owner = queue.parent()
        self.source = f"lesson:{type(owner).__name__}" if owner is not None else "lesson"
        self.panel = SavedRunsPanel(self.source)
        self.panel.set_overlay_enabled(False)
        self.dialog = QDialog(self)
        QVBoxLayout(self.dialog).addWidget(self.panel)
        self.dialog.resize(760, 420)
        self.clicked.connect(self.show_runs)
        queue.run_finished.connect(self._on_queue_run_finished)
        self.panel.count_changed.connect(lambda _count: self._retranslate())
        self._retranslate()

    def show_runs(self) -> None:
        """Open the window of kept runs (it stays open beside the lesson)."""
        self.dialog.show()
        self.dialog.raise_()

    def _retranslate(self) -> None:
        count = len(self.panel.runs)
        title = self.tr("Saved runs")
        self.setText(self.tr("Saved runs (%1)…").replace("%1", str(count)) if count else self.tr("Saved runs…"))
        self.dialog.setWindowTitle(title)
        self.setToolTip(self.tr("Every run of this lesson is kept, also after the app closes: "
                                "rename, delete or export them as CSV"))

    def _on_queue_run_finished(self, key: str, history: History) -> None:
        trainer = self._queue.trainers.get(key)
        if trainer is None:
            return
        data = getattr(trainer, "data", None)
        spec = getattr(getattr(trainer, "net", None), "spec", None)
        self.panel.keep(history, name=key, dataset=getattr(data, "name", ""),
                        n_classes=getattr(spec, "output_size", 10),
                        settings=trainer_settings(trainer))
