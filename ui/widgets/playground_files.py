"""PlaygroundFiles: the File button of the training playground, its dialogs and the files it writes.

It knows nothing of the playground. It is handed what it may read (the plots it exports, a function
giving the network to save and one giving the experiment to export) and reports what came of it as
signals: a model read from a file, a note on what was written. The playground applies both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from nnlab.data import Dataset
from nnlab.export import Experiment, export_notebook, export_script
from nnlab.network import MultiLayerNet, NetSpec
from ui import model_files
from ui.i18n import current_language
from ui.widgets.loss_plot import AccuracyPlot, LossPlot

log = logging.getLogger(__name__)

ACTION_KEYS = ("save", "load", "export_loss", "export_acc", "export_script", "export_notebook")


class PlaygroundFiles(QObject):
    """The File button: save/load a model, export both plots, a script or a notebook."""

    model_loaded = Signal(object)  # a MultiLayerNet read from the file the learner chose
    exported = Signal(str)  # the note to show after a script or notebook was written

    def __init__(self, parent: QWidget, plots: Mapping[str, LossPlot | AccuracyPlot],
                 network: Callable[[], MultiLayerNet | None],
                 experiment: Callable[[], Experiment | None]) -> None:
        """``plots``: the "loss" and "accuracy" plots; ``network``: the network Save writes (None:
        nothing to save); ``experiment``: what an export writes (None: the editor cannot be used)."""
        super().__init__(parent)
        self._parent = parent  # dialogs open over it
        self._network = network
        self._experiment = experiment
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(parent)
        self.actions = {key: self.menu.addAction("") for key in ACTION_KEYS}
        self.button.setMenu(self.menu)
        self.actions["save"].triggered.connect(self._on_save_triggered)
        self.actions["load"].triggered.connect(self._on_load_triggered)
        self.actions["export_loss"].triggered.connect(plots["loss"].export_with_dialog)
        self.actions["export_acc"].triggered.connect(plots["accuracy"].export_with_dialog)
        self.actions["export_script"].triggered.connect(self._on_export_script_triggered)
        self.actions["export_notebook"].triggered.connect(self._on_export_notebook_triggered)

    def retranslate(self) -> None:
        """Set the button and menu texts in the current language (the playground calls this)."""
        self.button.setText(self.tr("File"))
        texts = {"save": self.tr("Save model…"), "load": self.tr("Load model…"),
                 "export_loss": self.tr("Export loss plot (PNG/SVG)…"),
                 "export_acc": self.tr("Export accuracy plot (PNG/SVG)…"),
                 "export_script": self.tr("Export experiment as Python script…"),
                 "export_notebook": self.tr("Export experiment as Jupyter notebook…")}
        for key, text in texts.items():
            self.actions[key].setText(text)

    def update_enabled(self, running: bool, has_data: bool) -> None:
        """Saving needs a network, exporting an experiment a data set; no saving or loading in a run."""
        self.actions["save"].setEnabled(self._network() is not None and not running)
        self.actions["load"].setEnabled(not running)
        for key in ("export_script", "export_notebook"):
            self.actions[key].setEnabled(has_data)

    # --- models ---------------------------------------------------------------------------------------
    def _on_save_triggered(self) -> None:
        net = self._network()
        if net is None:
            QMessageBox.information(self._parent, self.tr("Save model"),
                                    self.tr("Train or load a network first."))
            return
        model_files.save_model_as(self._parent, net)

    def _on_load_triggered(self) -> None:
        net = model_files.open_model(self._parent)
        if net is not None:
            self.model_loaded.emit(net)

    def refuse_model(self, spec: NetSpec, dataset: Dataset) -> None:
        """Tell the learner that a model of ``spec`` does not fit ``dataset``."""
        QMessageBox.warning(self._parent, self.tr("Load model"), self.tr(
            "This model expects %1 inputs and %2 classes, but the data set %3 has %4 inputs and %5 "
            "classes. Choose a matching data set first.").replace("%1", str(spec.input_size))
            .replace("%2", str(spec.output_size)).replace("%3", dataset.name)
            .replace("%4", str(dataset.input_size)).replace("%5", str(dataset.n_classes)))

    # --- experiment script and notebook -------------------------------------------------------------
    def _on_export_script_triggered(self) -> None:
        path = self._ask_path("experiment.py", self.tr("Python script (*.py)"))
        if path:
            self.export_script(path)

    def _on_export_notebook_triggered(self) -> None:
        path = self._ask_path("experiment.ipynb", self.tr("Jupyter notebook (*.ipynb)"))
        if path:
            self.export_notebook(path)

    def _ask_path(self, suggested: str, file_filter: str) -> str:
        """The file the learner chose ('' when cancelled)."""
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export experiment"), suggested,
                                              file_filter)
        return path

    def export_script(self, path: str | Path) -> bool:
        """Write the standalone NumPy script (and its data file); False with a message on failure."""
        return self._export(lambda experiment: export_script(path, experiment),
                            self.tr("Script written to %1 (its data: %2). Run it with: python %1"))

    def export_notebook(self, path: str | Path) -> bool:
        """Write the notebook in the app's language (and its data file); False on failure."""
        return self._export(lambda experiment: export_notebook(path, experiment, current_language()),
                            self.tr("Notebook written to %1 (its data: %2). Open it in Jupyter "
                                    "and run the cells in order."))

    def _export(self, write: Callable[[Experiment], tuple[Path, Path]], done_text: str) -> bool:
        experiment = self._experiment()
        if experiment is None:
            return False
        try:
            written, data = write(experiment)
        except (OSError, ValueError) as exc:
            log.warning("experiment export failed: %s", exc)
            QMessageBox.warning(self._parent, self.tr("Export experiment"),
                                self.tr("The file could not be written:\n%1").replace("%1", str(exc)))
            return False
        log.info("experiment exported to %s and %s", written, data)
        self.exported.emit(done_text.replace("%1", str(written)).replace("%2", data.name))
        return True
