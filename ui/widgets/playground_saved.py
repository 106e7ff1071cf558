"""PlaygroundSavedRuns: the playground's "Saved runs" tab; every run that ends is kept on disk.

When a run finishes, is stopped or diverges, its settings, curves, final figures and verdict go to
the learner's run store (the disk work happens in the archive's worker thread). The tab lists the
runs of earlier sessions too; a chosen run is drawn into the loss and accuracy plots again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject

from nnlab.run_store import SavedRun
from nnlab.trainer import History
from ui.run_archive import RunArchive
from ui.widgets.saved_runs import SavedRunsPanel, settings_record

if TYPE_CHECKING:
    from ui.widgets.playground import TrainingPlayground


class PlaygroundSavedRuns(QObject):
    """Adds the Saved runs tab to a playground and saves each of its runs as it ends."""

    def __init__(self, playground: TrainingPlayground, archive: RunArchive | None = None) -> None:
        super().__init__(playground)
        self._playground = playground
        self.panel = SavedRunsPanel("playground", archive)
        self._tab = playground.tabs.addTab(self.panel, "")
        self._count = 0
        playground.run_finished.connect(self._on_playground_run_finished)
        playground.running_changed.connect(lambda running: self.panel.set_overlay_enabled(not running))
        self.panel.overlay_requested.connect(self.overlay)
        self.panel.count_changed.connect(self._on_panel_count_changed)

    def retranslate(self) -> None:
        """Tab title with the number of saved runs (the playground calls this)."""
        title = self.tr("Saved runs (%1)").replace("%1", str(self._count)) if self._count else self.tr(
            "Saved runs")
        self._playground.tabs.setTabText(self._tab, title)

    def overlay(self, run: SavedRun) -> None:
        """Draw a saved run's loss and accuracy curves into the plots, named as it was saved."""
        playground = self._playground
        if playground.is_running():
            return
        steps = np.arange(1, len(run.losses) + 1, dtype=np.float64)
        playground.loss_plot.add_saved_run(run.name, [(steps, run.losses)])
        playground.acc_plot.add_saved_run(run.name, [(run.eval_iterations, run.train_acc),
                                                     (run.eval_iterations, run.test_acc)])
        iterations = playground.hyper.settings().iterations
        for plot in (playground.loss_plot, playground.acc_plot):
            plot.plan_iterations(iterations)
        playground.tabs.setCurrentIndex(0)

    def _on_playground_run_finished(self, history: History) -> None:
        playground = self._playground
        if playground.dataset is None or playground.run is None:
            return
        spec = getattr(playground.run.trainer.net, "spec", None)
        self.panel.keep(history, name=playground.run_description, dataset=playground.dataset.name,
                        n_classes=playground.dataset.n_classes,
                        settings=settings_record(playground.run_settings, spec))

    def _on_panel_count_changed(self, count: int) -> None:
        self._count = count
        self.retranslate()
