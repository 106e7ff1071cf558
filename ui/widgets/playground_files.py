"""PlaygroundFiles: the training playground's File menu, and showing a trained or loaded network."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from nnlab.export import Experiment, export_notebook, export_script
from nnlab.network import MultiLayerNet

from ui import model_files
from ui.i18n import current_language
from ui.training_worker import NetworkSnapshot

if TYPE_CHECKING:
    from ui.widgets.playground import TrainingPlayground

log = logging.getLogger(__name__)


class PlaygroundFiles(QObject):
    """The File button of a TrainingPlayground: save/load a model, export both plots and a script."""

    def __init__(self, playground: TrainingPlayground) -> None:
        super().__init__(playground)
        self._playground = playground
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(playground)
        self.actions = {key: self.menu.addAction("") for key in
                        ("save", "load", "export_loss", "export_acc", "export_script",
                         "export_notebook")}
        self.button.setMenu(self.menu)
        self.actions["save"].triggered.connect(self._on_save_triggered)
        self.actions["load"].triggered.connect(self._on_load_triggered)
        self.actions["export_loss"].triggered.connect(playground.loss_plot._on_export_button_clicked)
        self.actions["export_acc"].triggered.connect(playground.acc_plot._on_export_button_clicked)
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

    def update_enabled(self, running: bool) -> None:
        """Saving needs a network; neither saving nor loading happens during a run."""
        self.actions["save"].setEnabled(self._playground.net is not None and not running)
        self.actions["load"].setEnabled(not running)

    # --- models ---------------------------------------------------------------------------------------
    def show_trained(self, net: MultiLayerNet) -> None:
        """Make ``net`` the playground's network and show its results (and the drawing canvas)."""
        playground = self._playground
        playground.net = net
        ds = playground.dataset
        try:
            playground.results.set_results(net, ds)
            if ds.image_shape is not None:
                playground.canvas.set_model(net, ds.image_shape, ds.class_names)
        except ValueError as exc:  # a loaded model that does not fit the data
            log.warning("results not shown: %s", exc)

    def _on_save_triggered(self) -> None:
        playground = self._playground
        if playground.net is None:
            QMessageBox.information(playground, self.tr("Save model"),
                                    self.tr("Train or load a network first."))
            return
        model_files.save_model_as(playground, playground.net)

    def _on_load_triggered(self) -> None:
        net = model_files.open_model(self._playground)
        if net is not None:
            self.use_loaded_model(net)

    def use_loaded_model(self, net: MultiLayerNet) -> bool:
        """Show a loaded network (diagram, results); False with a message when it does not fit the data."""
        playground = self._playground
        ds = playground.dataset
        if ds is not None and (net.spec.input_size, net.spec.output_size) != (ds.input_size, ds.n_classes):
            QMessageBox.warning(playground, self.tr("Load model"), self.tr(
                "This model expects %1 inputs and %2 classes, but the data set %3 has %4 inputs and %5 "
                "classes. Choose a matching data set first.").replace("%1", str(net.spec.input_size))
                .replace("%2", str(net.spec.output_size)).replace("%3", ds.name)
                .replace("%4", str(ds.input_size)).replace("%5", str(ds.n_classes)))
            return False
        playground.hyper.set_spec(net.spec)
        snapshot = NetworkSnapshot.of(net, 0, ds.x_test if ds is not None else None)
        playground.diagram.update_snapshot(snapshot)
        playground.layer_panel.clear()
        playground.layer_panel.update_snapshot(snapshot)
        if ds is not None:
            self.show_trained(net)
            playground.tabs.setCurrentIndex(2)
        playground.net = net
        return True

    # --- experiment script and notebook -------------------------------------------------------------
    def _on_export_script_triggered(self) -> None:
        if self._playground.dataset is None:
            return
        path, _ = QFileDialog.getSaveFileName(self._playground, self.tr("Export experiment"),
                                              "experiment.py", self.tr("Python script (*.py)"))
        if path:
            self.export_script(path)

    def _on_export_notebook_triggered(self) -> None:
        if self._playground.dataset is None:
            return
        path, _ = QFileDialog.getSaveFileName(self._playground, self.tr("Export experiment"),
                                              "experiment.ipynb",
                                              self.tr("Jupyter notebook (*.ipynb)"))
        if path:
            self.export_notebook(path)

    def _experiment(self) -> Experiment | None:
        """The editor's experiment, or None (with the editor's message shown) when it is invalid."""
        playground = self._playground
        settings = playground.editor_settings()
        if settings is None or playground.dataset is None:
            return None
        return Experiment(playground.hyper.spec(), settings, playground.dataset)

    def export_script(self, path: str) -> bool:
        """Write the standalone NumPy script (and its data file); False with a message on failure."""
        return self._export(path, lambda experiment: export_script(path, experiment),
                            self.tr("Script written to %1 (its data: %2). Run it with: python %1"))

    def export_notebook(self, path: str) -> bool:
        """Write the notebook in the app's language (and its data file); False on failure."""
        return self._export(path, lambda experiment: export_notebook(path, experiment,
                                                                     current_language()),
                            self.tr("Notebook written to %1 (its data: %2). Open it in Jupyter "
                                    "and run the cells in order."))

    def _export(self, path: str, write, done_text: str) -> bool:
        experiment = self._experiment()
        if experiment is None:
            return False
        try:
            written, data = write(experiment)
        except (OSError, ValueError) as exc:
            log.warning("experiment export failed: %s", exc)
            QMessageBox.warning(self._playground, self.tr("Export experiment"),
                                self.tr("The file could not be written:\n%1").replace("%1", str(exc)))
            return False
        log.info("experiment exported to %s and %s", written, data)
        self._playground.message_label.set_note(
            done_text.replace("%1", str(written)).replace("%2", data.name))
        return True
