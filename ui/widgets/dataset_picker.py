"""Choose the data set to train on; load big ones off the GUI thread; offer Download/Import when missing."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnlab import data
from nnlab.data import Dataset, DatasetError, DatasetNotAvailable
from nnlab.data.errors import ImportCancelled
from nnlab.data.own_library import ImportedSet, load_remembered, remembered
from ui.background import BackgroundRunner
from ui.engine_names import dataset_text
from ui.retranslate import Retranslatable
from ui.widgets.missing_dataset import (
    DownloadFailed,
    ProgressDialog,
    ask_after_failed_download,
    ask_missing,
    download_and_load,
    import_and_load,
)

log = logging.getLogger(__name__)

FILE_SETS = ("mnist", "fashion-mnist")
TOY_SETS = ("circle", "xor", "gauss", "spiral", "moons")
CHOICES = ("mnist", "mnist-offline", "fashion-mnist", "digits", *TOY_SETS)
OFFLINE = "mnist-offline"  # bundled: what is offered when a download is missing or fails
BUNDLED = (OFFLINE, "digits")  # loaded at once, no thread


class DatasetPicker(Retranslatable, QWidget):
    """A combo box of data sets (plus noise for the 2-D toy sets) and a line saying what is loaded."""

    dataset_loaded = Signal(object)  # Dataset
    loading_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.note = ""  # why the shown set differs from the chosen one, if it does
        self.runner = BackgroundRunner(self, name="nnlab-data")
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self._on_success: Callable[[Dataset], None] | None = None
        self._progress_dialog: ProgressDialog | None = None
        self.combo = QComboBox()
        self.combo.addItems([""] * len(CHOICES))
        self.noise_label = QLabel()
        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setRange(0.0, 1.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setValue(0.1)
        self.reload_button = QPushButton()
        self.import_button = QPushButton()
        self.imported: list[ImportedSet] = remembered()  # the learner's own sets, kept between sessions
        self.combo.addItems([""] * len(self.imported))
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        row = QHBoxLayout()
        row.addWidget(self.noise_label)
        row.addWidget(self.noise_spin)
        row.addStretch(1)
        row.addWidget(self.reload_button)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addLayout(row)
        layout.addWidget(self.info_label)
        self.combo.activated.connect(self._on_combo_activated)
        self.reload_button.clicked.connect(self._load_current)
        self.import_button.clicked.connect(self.import_own)
        self.noise_spin.editingFinished.connect(self._load_current)
        self._retranslate()
        self._update_noise_enabled()

    def _retranslate(self) -> None:
        for index, name in enumerate(CHOICES):
            self.combo.setItemText(index, dataset_text(name))
        self.noise_label.setText(self.tr("noise:"))
        self.noise_spin.setToolTip(self.tr("How much the 2-D toy points are scattered"))
        self.reload_button.setText(self.tr("Load"))
        self.reload_button.setToolTip(self.tr("Load (or regenerate) the chosen data set"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Use your own data: a CSV file or a folder of images"))
        for index, entry in enumerate(self.imported, start=len(CHOICES)):
            self.combo.setItemText(index, self.tr("Your data: %1").replace("%1", entry.name))
        self._update_info()

    # --- public API ---------------------------------------------------------------------------
    def current_name(self) -> str:
        """Name (nnlab.data, or of an imported set) of the entry chosen in the combo box."""
        entry = self._current_import()
        return entry.name if entry is not None else CHOICES[self.combo.currentIndex()]

    def _current_import(self) -> ImportedSet | None:
        index = self.combo.currentIndex() - len(CHOICES)
        return self.imported[index] if 0 <= index < len(self.imported) else None

    def import_own(self) -> None:
        """Open the import dialog; data the learner accepts there is shown and remembered."""
        from ui.widgets.import_dialog import ImportDialog  # Pillow and the dialog load on first use

        dialog = ImportDialog(self)
        if dialog.exec() == ImportDialog.DialogCode.Accepted and dialog.dataset is not None:
            self.add_imported(dialog.entry, dialog.dataset)
        dialog.deleteLater()

    def add_imported(self, entry: ImportedSet, dataset: Dataset) -> None:
        """List a new (or re-imported) set of the learner's, choose it and announce its data."""
        keys = [e.key for e in self.imported]
        if entry.key in keys:
            self.imported[keys.index(entry.key)] = entry
        else:
            self.imported.append(entry)
            self.combo.addItem("")
        self._retranslate()
        self.combo.setCurrentIndex(len(CHOICES) + [e.key for e in self.imported].index(entry.key))
        self.set_dataset(dataset)

    def select(self, name: str, noise: float | None = None) -> None:
        """Choose ``name`` and load it (synchronously for small sets)."""
        self.combo.setCurrentIndex(CHOICES.index(name))
        if noise is not None:
            self.noise_spin.setValue(noise)
        self._update_noise_enabled()
        self._load_current()

    def toy_options(self) -> dict:
        """Keyword arguments of nnlab.data.make_toy that produced the shown toy set."""
        return {"noise": float(self.noise_spin.value())}

    def set_dataset(self, dataset: Dataset, note: str = "") -> None:
        """Show an already loaded data set (e.g. from load_default_digits) and announce it."""
        if dataset.name in CHOICES:
            self.combo.setCurrentIndex(CHOICES.index(dataset.name))
        elif dataset.name in [e.name for e in self.imported]:
            self.combo.setCurrentIndex(len(CHOICES) + [e.name for e in self.imported].index(dataset.name))
        self._update_noise_enabled()
        self.dataset, self.note = dataset, note
        self._update_info()
        self.dataset_loaded.emit(dataset)

    def is_loading(self) -> bool:
        """True from the start of a loading or download thread until the GUI has handled its end."""
        return self.runner.is_running()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel a download or import and wait for its thread (call before the window closes).

        Returns True when no thread is left running. A download ends within a fraction of a
        second of its cancel (nnlab.data.download shuts its socket down).
        """
        return self.runner.shutdown(timeout_ms)

    # --- loading ------------------------------------------------------------------------------------
    def _on_combo_activated(self, _index: int) -> None:
        self._update_noise_enabled()
        self._load_current()

    def _update_noise_enabled(self) -> None:
        toy = self.current_name() in TOY_SETS
        self.noise_spin.setEnabled(toy)
        self.noise_label.setEnabled(toy)

    def _load_current(self) -> None:
        name = self.current_name()
        if self.is_loading():
            return
        self.note = ""
        entry = self._current_import()
        loading = self.tr("Loading %1…").replace("%1", self._shown_name(name))
        if entry is not None:
            self._start_job(lambda _task: load_remembered(entry), loading)
        elif name in TOY_SETS:
            self._load_now(lambda: data.make_toy(name, **self.toy_options()))
        elif name in BUNDLED:
            self._load_now(lambda: data.load(name))
        elif not data.is_available(name):
            self._offer_missing(name)
        else:
            self._start_job(lambda _task: data.load(name), loading)

    def _load_now(self, fn: Callable[[], Dataset]) -> None:
        try:
            dataset = fn()
        except DatasetError as exc:
            log.error("data set problem: %s", exc)
            self._show_problem(exc)
            return
        self.set_dataset(dataset, self.note)

    def _start_job(self, fn: Callable[..., Dataset], text: str,
                   on_success: Callable[[Dataset], None] | None = None) -> None:
        self._on_success = on_success
        self.info_label.setText(text)
        self.combo.setEnabled(False)
        self.loading_changed.emit(True)
        self.runner.start(fn, expected=(DatasetError,), description="loading a data set",
                          cancelled_by=(data.DownloadCancelled, ImportCancelled))

    @Slot(object)
    def _on_runner_succeeded(self, dataset: Dataset) -> None:
        self._job_ended()
        if self._on_success is not None:
            self._on_success(dataset)
        else:
            self.set_dataset(dataset, self.note)

    @Slot(str, object)
    def _on_runner_failed(self, _message: str, exc: BaseException) -> None:
        self._job_ended()
        self._show_problem(exc)  # may start the next job (a download offered again)

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._job_ended()
        self._update_info()

    def _job_ended(self) -> None:
        self.combo.setEnabled(True)
        if self._progress_dialog is not None:
            self._progress_dialog.reset()
        self.loading_changed.emit(False)

    def _show_problem(self, exc: BaseException) -> None:
        """Say what went wrong and offer what can be done (logged already)."""
        if isinstance(exc, DownloadFailed):
            name = str(exc.args[0])
            self._act_on(ask_after_failed_download(self, self._shown_name(name)), name)
            return
        text = str(exc) if isinstance(exc, DatasetError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(self, self.tr("Data set"), self.tr("The data set could not be loaded:\n\n%1")
                            .replace("%1", text))
        if isinstance(exc, DatasetNotAvailable) and self.current_name() in FILE_SETS:
            self._offer_missing(self.current_name())  # damaged files were moved aside: fetch again
            return
        self._update_info()

    # --- missing MNIST / Fashion-MNIST -------------------------------------------------------------
    def _act_on(self, choice: str, name: str) -> None:
        """Carry out what the learner chose in a message box about a missing data set."""
        actions = {"download": self._download, "import": self._import, "offline": self._use_offline}
        if choice in actions:
            actions[choice](name)
        else:
            self._update_info()

    def _use_offline(self, name: str) -> None:
        self.note = self.tr("%1 is not on this computer; using the offline MNIST bundled with nnlab.") \
            .replace("%1", self._shown_name(name))
        self._load_now(lambda: data.load(OFFLINE))

    def _offer_missing(self, name: str) -> None:
        self._act_on(ask_missing(self, self._shown_name(name)), name)

    def _shown_name(self, name: str) -> str:
        """The name of a set as the list shows it (in the learner's language)."""
        return dataset_text(name)

    def _download(self, name: str) -> None:
        text = self.tr("Downloading %1…").replace("%1", self._shown_name(name))
        self._start_job(lambda task: download_and_load(task, name), text)
        self._show_progress(self.tr("Download"), text, "bytes")

    def _show_progress(self, title: str, text: str, unit: str) -> None:
        """A progress dialog with Cancel for the job just started (replacing the last one)."""
        if self._progress_dialog is not None:
            self._progress_dialog.deleteLater()
        self._progress_dialog = ProgressDialog(self.runner, title, text, unit, self)

    def _import(self, name: str) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with the MNIST / Fashion-MNIST IDX files"))
        if not path:
            self._update_info()
            return
        self.import_in_background(path)

    def import_in_background(self, path: str) -> None:
        """Import a folder (or mnist.npz / mnist.pkl) off the GUI thread, with progress and Cancel."""
        text = self.tr("Importing %1…").replace("%1", path)
        split_note = self.tr(
            "The folder held only the 10,000 test images: nnlab split them into 8,000 to train "
            "and 2,000 to test, the same way every time.")

        def shown(dataset: Dataset) -> None:
            note = split_note if data.imported_test_set_only(dataset.name) else ""
            self.set_dataset(dataset, note)

        self._start_job(lambda task: import_and_load(task, path), text, on_success=shown)
        self._show_progress(self.tr("Import"), text, "steps")

    def _update_info(self) -> None:
        ds = self.dataset
        if ds is not None and ds.name in CHOICES and self.current_name() != ds.name:
            # After a cancelled or failed load the list names the data set still in use.
            self.combo.setCurrentIndex(CHOICES.index(ds.name))
            self._update_noise_enabled()
        if ds is None:
            self.info_label.setText(self.tr("No data set loaded."))
            return
        shown = self._shown_name(ds.name)
        text = self.tr("%1: %2 training / %3 test samples, %4 inputs, %5 classes").replace("%1", shown) \
            .replace("%2", f"{len(ds.x_train):,}").replace("%3", f"{len(ds.x_test):,}") \
            .replace("%4", str(ds.input_size)).replace("%5", str(ds.n_classes))
        if self.note:
            text = f"<b>{self.note}</b><br>{text}"
        self.info_label.setText(text)
