"""CurvesComparison: a chapter-6 comparison drawn as loss and train/test accuracy curves.

The optimizer, weight-init and overfitting lessons are this: one colour per row of the run table,
the loss beside the accuracy measured once per epoch, each row's result in its last column and a
summary line naming the best run by final test accuracy (a diverged run counts as the worst). A
saved run shown again is drawn dotted into both plots, beside the rows.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from nnlab.comparisons import RunSettings, best_run, same_as_saved, same_curves
from nnlab.run_store import SavedRun
from nnlab.trainer import History
from ui.lessons.comparison_base import ComparisonLesson
from ui.percent import TABLE_DIGITS, percent_text
from ui.sentences import filled
from ui.widgets.comparison_plots import ComparisonPlots


class CurvesComparison(ComparisonLesson):
    """A comparison drawn as loss and train/test accuracy curves, one colour per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots = ComparisonPlots()
        self.curves = self.plots.loss_curves  # the loss curves by run key
        self.plot = self.plots.loss_plot
        self.standard_layout(self.plots)
        self.queue.all_finished.connect(self._on_queue_all_finished_done)
        self.load_preset(self.DEFAULT_PRESET)

    def row_added(self, run: RunSettings) -> None:
        """Empty curves in the row's colour."""
        self.plots.add_run(run.key, self.display_name(run), self.table.colour_of(run.key))

    def _retranslate(self) -> None:
        super()._retranslate()
        if hasattr(self, "plots"):
            for key in self.table.row_keys():
                self.plots.set_name(key, self.name_of_key(key))

    def row_removed(self, key: str) -> None:
        """Delete the row's curves."""
        self.plots.remove_run(key)

    def run_cleared(self, run_key: str) -> None:
        """Empty the curves of a run about to train."""
        self.plots.clear_run(run_key)
        self.plots.mark_same(same_curves(self._shown_histories()))

    def run_stepped(self, run_key: str, iterations: np.ndarray, losses: np.ndarray) -> None:
        """Extend the loss curve."""
        if run_key in self.plots.loss_curves:
            self.plots.append_losses(run_key, losses)

    def run_evaluated(self, run_key: str, logs: dict) -> None:
        """Add an accuracy point to both accuracy curves."""
        if run_key in self.plots.loss_curves:
            self.plots.add_evaluation(run_key, logs)

    def run_done(self, run_key: str, history: History) -> None:
        """Runs whose curves are exactly alike are drawn so that both stay visible, and say so."""
        self.plots.mark_same(same_curves(self._shown_histories()))
        self.refresh_statuses()
        if self.overlays.runs:
            self.overlays.redraw()  # a saved run may now have the same curves as this one

    def draw_saved_run(self, key: str, run: SavedRun, colour: str) -> str:
        """A saved run's loss and accuracy curves, dotted, in its colour (under the rows' curves)."""
        self.plots.add_run(key, run.name, colour, saved=True)
        self.plots.show_curves(key, run.losses, run.eval_iterations, run.train_acc, run.test_acc)
        same = same_as_saved(run.losses, run.train_acc, run.test_acc, self._shown_histories())
        return filled(self.tr("same curve as %1"), self.name_of_key(same)) if same else ""

    def erase_saved_run(self, key: str) -> None:
        """Delete a saved run's curves."""
        self.plots.remove_run(key)

    def status_text(self, key: str) -> str:
        """A result also says when its curves are exactly another run's (drawn dotted over them)."""
        text = super().status_text(key)
        if key in self.plots.same_as and text == self.result_text(key):
            text = filled(self.tr("%1 · same curve as %2"), text,
                          self.name_of_key(self.plots.same_as[key]))
        return text

    def _shown_histories(self) -> dict[str, History]:
        return {k: self.histories[k] for k in self.table.row_keys() if k in self.histories}

    @Slot(bool)
    def _on_queue_all_finished_done(self, complete: bool) -> None:
        if complete:
            done = self.tr("Done: the lower the loss and the higher the test accuracy, the better "
                           "the run learned.")
            self.run_bar.set_status(f"{self.refused_note} {done}".strip())

    # --- results ------------------------------------------------------------------------------
    def result_text(self, row: str) -> str:
        """A row's result for its last column."""
        history = self.histories.get(row)
        if history is None:
            return ""
        if history.status == "diverged":
            return self.tr("diverged at iteration %1").replace("%1", str(history.iterations_done + 1))
        if history.status == "cancelled":
            return self.tr("cancelled")
        if not history.test_acc:
            return history.status
        train = percent_text(history.train_acc[-1], TABLE_DIGITS)
        test = percent_text(history.test_acc[-1], TABLE_DIGITS)
        return self.tr("train %1, test %2").replace("%1", train).replace("%2", test)

    def update_summary(self) -> None:
        """The line that names the best run by final test accuracy (a diverged run counts as worst)."""
        finished = {k: h for k, h in self.histories.items() if k in self.table.row_keys()}
        if not finished:
            self.result_label.setText("")
            return
        best = best_run(finished)
        diverged = [self.name_of_key(k) for k, h in finished.items() if h.status == "diverged"]
        parts = []
        if best is not None:
            accuracy = percent_text(finished[best].test_acc[-1], TABLE_DIGITS)
            parts.append(self.tr("Best by final test accuracy: %1 (%2).").replace(
                "%1", self.name_of_key(best)).replace("%2", accuracy))
        if diverged:
            parts.append(self.tr("Diverged (counted as worst): %1.").replace("%1", ", ".join(diverged)))
        self.result_label.setText(" ".join(parts))
