"""When MNIST or Fashion-MNIST is not on this computer: the questions, and the work that fetches it.

The data set picker asks with ``ask_missing`` (Download, Import…, offline MNIST or Cancel) and,
after a failed download, with ``ask_after_failed_download``; ``download_and_load`` and
``import_and_load`` are the work it runs in a :class:`ui.background.BackgroundRunner`, reporting
progress and stopping on Cancel. ``ProgressDialog`` shows that progress.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from nnlab import data
from nnlab.data import Dataset, DatasetError
from ui.background import BackgroundRunner, Worker

log = logging.getLogger(__name__)

class DownloadFailed(DatasetError):
    """A download did not work; the message box says so in one sentence and offers what exists."""


def _labels() -> dict[str, str]:
    """The answers' button labels, in the learner's language."""
    return {"download": QCoreApplication.translate("DatasetPicker", "Download"),
            "import": QCoreApplication.translate("DatasetPicker", "Import…"),
            "offline": QCoreApplication.translate("DatasetPicker", "Use offline MNIST")}


def _ask(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
         answers: list[tuple[str, QMessageBox.ButtonRole]], more: str = "") -> str:
    """A message box with a button per answer (and its role) and Cancel; the answer clicked."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(more)
    labels = _labels()
    buttons = {box.addButton(labels[answer], role): answer for answer, role in answers}
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton(), "cancel")


def ask_missing(parent: QWidget, name: str) -> str:
    """Ask what to do about a missing data set: 'download', 'import', 'offline' or 'cancel'."""
    role = QMessageBox.ButtonRole
    return _ask(
        parent, QMessageBox.Icon.Question,
        QCoreApplication.translate("DatasetPicker", "Data set not on this computer"),
        QCoreApplication.translate("DatasetPicker", "%1 is not on this computer yet.")
        .replace("%1", name),
        [("download", role.AcceptRole), ("import", role.ActionRole), ("offline", role.ActionRole)],
        more=QCoreApplication.translate(
            "DatasetPicker",
            "Download it (about 12-30 MB), import files you already have, or use the offline "
            "MNIST bundled with nnlab (the 10,000 test digits) instead."))


def ask_after_failed_download(parent: QWidget, name: str) -> str:
    """Say in one sentence that the download failed; return 'import', 'offline' or 'cancel'."""
    role = QMessageBox.ButtonRole
    return _ask(
        parent, QMessageBox.Icon.Warning,
        QCoreApplication.translate("DatasetPicker", "Download failed"),
        QCoreApplication.translate(
            "DatasetPicker",
            "%1 could not be downloaded, so nothing was changed: choose Import… if you have the "
            "files, or keep working with the offline MNIST bundled with nnlab.").replace("%1", name),
        [("import", role.ActionRole), ("offline", role.AcceptRole)])


def download_and_load(task: Worker, name: str) -> Dataset:
    """Download ``name`` with progress and Cancel, then load it; failing raises DownloadFailed."""
    try:
        data.download(name, progress=task.report, cancel=task.cancel_event)
    except data.DownloadCancelled:
        raise
    except DatasetError as exc:  # the details go to the log, the sentence to the window
        log.error("download of %s failed: %s", name, exc)
        raise DownloadFailed(name) from exc
    return data.load(name)


def import_and_load(task: Worker, path: str) -> Dataset:
    """Import a folder (or mnist.npz / mnist.pkl) into the cache with progress, then load it."""
    imported = data.import_path(path, progress=task.report, cancel=task.cancel_event)
    log.info("imported %s from %s", imported, path)
    return data.load(imported)


class ProgressDialog(QProgressDialog):
    """Progress with Cancel for one download ('bytes') or import ('steps') run by ``runner``."""

    def __init__(self, runner: BackgroundRunner, title: str, text: str, unit: str,
                 parent: QWidget) -> None:
        # The messages keep the translation context they were written in ("DatasetPicker").
        super().__init__(text, QCoreApplication.translate("DatasetPicker", "Cancel"), 0, 0, parent)
        self._unit = unit
        self.setWindowTitle(title)
        self.setMinimumDuration(0)
        self.canceled.connect(runner.cancel)
        runner.progressed.connect(self._on_runner_progressed)

    @Slot(int, int)
    def _on_runner_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
        if self._unit == "steps":
            text = QCoreApplication.translate("DatasetPicker", "Importing: step %1 of %2") \
                .replace("%1", str(done)).replace("%2", str(total))
        else:
            text = QCoreApplication.translate("DatasetPicker", "Downloaded %1 kB") \
                .replace("%1", f"{done // 1024:,}")
        self.setLabelText(text)
