"""Lesson 7 (b): optimizers train the same network on the digits, each run with its own settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.engine_names import activation_text
from ui.lessons.comparison_runs import default_data
from ui.lessons.curves_comparison import CurvesComparison
from ui.widgets.comparison_plots import SMOOTHING


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
                .replace("%2", activation_text(setup.activation)).replace("%3", str(setup.batch_size))
                .replace("%4", str(SMOOTHING)).replace("%5", f"{setup.eval_samples:,}"))
