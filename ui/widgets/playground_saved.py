"""PlaygroundSavedRuns: the playground's "Saved runs" tab; every run that ends is kept on disk.

When a run finishes, is stopped or diverges, the playground hands its settings, curves, final figures
and verdict to :meth:`PlaygroundSavedRuns.keep` (the disk work happens in the archive's worker
thread). The tab lists the runs of earlier sessions too; a chosen run is drawn into the loss and
accuracy plots again. It knows the tab widget and the two plots it is given, not the playground.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget

from nnlab.data import Dataset
from nnlab.network import NetSpec
from nnlab.run import TrainSettings
from nnlab.run_store import SavedRun
from nnlab.trainer import History
from ui.run_archive import RunArchive
from ui.widgets.loss_plot import AccuracyPlot, LossPlot
from ui.widgets.saved_runs import SavedRunsPanel, settings_record


class PlaygroundSavedRuns(QObject):
    """Adds the Saved runs tab to ``tabs`` and draws a chosen saved run into the two plots."""

    overlaid = Signal()  # a saved run was drawn into the plots (and the plots' tab shown)

    def __init__(self, tabs: QTabWidget, loss_plot: LossPlot, acc_plot: AccuracyPlot,
                 archive: RunArchive | None = None) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._loss_plot, self._acc_plot = loss_plot, acc_plot
        self.panel = SavedRunsPanel("playground", archive)
        self._tab = tabs.addTab(self.panel, "")
        self._count = 0
        self._running = False
        self.panel.overlay_requested.connect(self.overlay)
        self.panel.count_changed.connect(self._on_panel_count_changed)

    def retranslate(self) -> None:
        """Tab title with the number of saved runs (the playground calls this)."""
        title = self.tr("Saved runs (%1)").replace("%1", str(self._count)) if self._count else self.tr(
            "Saved runs")
        self._tabs.setTabText(self._tab, title)

    def set_running(self, running: bool) -> None:
        """Overlaying draws into the plots, so it is off while a run trains."""
        self._running = running
        self.panel.set_overlay_enabled(not running)

    def keep(self, history: History, name: str, dataset: Dataset, settings: TrainSettings,
             spec: NetSpec | None) -> None:
        """Save a run that ended, named ``name``, trained on ``dataset`` with ``settings``."""
        self.panel.keep(history, name=name, dataset=dataset.name, n_classes=dataset.n_classes,
                        settings=settings_record(settings, spec))

    def overlay(self, run: SavedRun) -> None:
        """Draw a saved run's loss and accuracy curves into the plots, named as it was saved."""
        if self._running:
            return
        steps = np.arange(1, len(run.losses) + 1, dtype=np.float64)
        self._loss_plot.add_saved_run(run.name, [(steps, run.losses)])
        self._acc_plot.add_saved_run(run.name, [(run.eval_iterations, run.train_acc),
                                                (run.eval_iterations, run.test_acc)])
        self._tabs.setCurrentIndex(0)
        self.overlaid.emit()

    def _on_panel_count_changed(self, count: int) -> None:
        self._count = count
        self.retranslate()
