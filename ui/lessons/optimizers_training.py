"""Lesson 7 (b): optimizers train the same network on the digits, each run with its own settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QWidget

from nnlab.comparisons import RunSettings, same_curves
from nnlab.trainer import History
from ui.lessons.comparison_base import ComparisonLesson
from ui.lessons.comparison_runs import default_data
from ui.widgets.comparison_plots import SMOOTHING, ComparisonPlots


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
            for key in self.table.keys():
                self.plots.set_name(key, self.name_of_key(key))

    def row_removed(self, key: str) -> None:
        """Delete the row's curves."""
        self.plots.remove_run(key)

    def run_cleared(self, run_key: str) -> None:
        """Empty the curves of a run about to train."""
        self.plots.clear_run(run_key)
        self.plots.mark_same(same_curves(self._shown_histories()))

    def run_stepped(self, run_key: str, iterations, losses) -> None:
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
        for key in self._shown_histories():
            text = self.result_text(key)
            if key in self.plots.same_as:
                text += " · " + self.tr("same curve as %1").replace(
                    "%1", self.name_of_key(self.plots.same_as[key]))
            self.table.set_status(key, text)

    def _shown_histories(self) -> dict[str, History]:
        return {k: self.histories[k] for k in self.table.keys() if k in self.histories}

    @Slot(bool)
    def _on_queue_all_finished_done(self, complete: bool) -> None:
        if complete:
            done = self.tr("Done: the lower the loss and the higher the test accuracy, the better "
                           "the run learned.")
            self.run_bar.set_status(f"{self.refused_note} {done}".strip())


class OptimizerTraining(CurvesComparison):
    """Each row trains the network with its optimizer and hyperparameters; curves overlaid."""

    COMPARISON = "optimizers"
    COLUMNS = ("name", "optimizer", "lr", "momentum", "rho", "beta1", "beta2", "status")
    RUN_TEXT = QT_TRANSLATE_NOOP("RunBar", "Train with every optimizer")
    DEFAULT_PRESET = "notes"

    def note_text(self) -> str:
        """Network, batch and data of the chosen preset."""
        data, _ = default_data()
        setup = self.setup()
        return (self.tr("Network %1 with %2, batch %3, the same starting weights and mini-batches "
                        "for every run; each row has its own optimizer settings. Loss averaged "
                        "over %4 iterations; accuracy on %5 images once per epoch.")
                .replace("%1", setup.shape_text(data.input_size, data.n_classes))
                .replace("%2", setup.activation).replace("%3", str(setup.batch_size))
                .replace("%4", str(SMOOTHING)).replace("%5", f"{setup.eval_samples:,}"))
