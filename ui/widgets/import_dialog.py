"""ImportDialog: bring in the learner's own data, see what was found, choose the split, then use it.

A CSV of points or feature vectors, or a folder of images (one sub-folder per class), is read in a
background thread with a progress bar and Cancel. Before anything is used, the dialog shows the
classes and their counts, the input shape, the value range and (for images) a preview; the
train/test split is chosen here. A bad file ends in a message naming the file and the row or path,
and whatever the playground had loaded stays as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.data import Dataset, DatasetError
from nnlab.data.own_data import ImportCancelled, OwnData
from nnlab.data.own_library import ImportedSet, read_own, remember
from ui.background import BackgroundRunner
from ui.retranslate import Retranslatable
from ui.sentences import join_sentences
from ui.widgets.spin_boxes import int_spin

log = logging.getLogger(__name__)

PREVIEW_PER_CLASS = 8
PREVIEW_CLASSES = 12
THUMB = 40
NAME_WIDTH = 80


def preview_pixmap(own: OwnData) -> QPixmap:
    """Up to 8 images of each of the first 12 classes, one row per class after its name, 40 px each."""
    rows = min(PREVIEW_CLASSES, len(own.class_names))
    pixmap = QPixmap(NAME_WIDTH + PREVIEW_PER_CLASS * THUMB, rows * THUMB)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    height, width = own.image_shape
    for row in range(rows):
        name_box = QRect(0, row * THUMB, NAME_WIDTH - 6, THUMB)
        painter.drawText(name_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(own.class_names[row], Qt.TextElideMode.ElideRight,
                                                          NAME_WIDTH - 6))
        samples = np.flatnonzero(own.t == row)[:PREVIEW_PER_CLASS]
        for column, k in enumerate(samples):
            pixels = np.ascontiguousarray(np.round(own.x[k] * 255).astype(np.uint8).reshape(height, width))
            image = QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
            painter.drawImage(NAME_WIDTH + column * THUMB + 2, row * THUMB + 2,
                              image.scaled(THUMB - 4, THUMB - 4, Qt.AspectRatioMode.KeepAspectRatio))
    painter.end()
    return pixmap


class ImportDialog(Retranslatable, QDialog):
    """Choose a CSV file or an image folder, check what it holds, choose the split, use it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own: OwnData | None = None
        self.entry: ImportedSet | None = None
        self.dataset: Dataset | None = None
        self.runner = BackgroundRunner(self, name="nnlab-import")
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.succeeded.connect(self._show_found)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.finished.connect(self._on_runner_finished)
        self._build()
        self._retranslate()
        self._show_found(None)

    def _build(self) -> None:
        self.csv_button, self.folder_button = QPushButton(), QPushButton()
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("background: #fdecea; color: #8b0000; border: 1px solid #d32f2f; "
                                       "padding: 3px;")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.classes = QTreeWidget()
        self.classes.setRootIsDecorated(False)
        self.classes.setColumnCount(2)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.test_spin = int_spin(5, 50, 20, step=5)
        self.test_spin.setSuffix(" %")
        self.test_spin.valueChanged.connect(lambda _value: self._update_split_label())
        self.split_label = QLabel()
        self.standardize_check = QCheckBox()
        self.standardize_check.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        choose = QHBoxLayout()
        choose.addWidget(self.csv_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        found = QHBoxLayout()
        found.addWidget(self.classes, 1)
        preview_area = QScrollArea()  # more classes than fit: the preview scrolls
        preview_area.setWidget(self.preview)
        preview_area.setWidgetResizable(True)
        preview_area.setFrameShape(QScrollArea.Shape.NoFrame)
        found.addWidget(preview_area, 2)
        self.test_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.test_label, self.test_spin)
        self.form.addRow(self.split_label)
        self.form.addRow(self.standardize_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help_label)
        layout.addLayout(choose)
        layout.addWidget(self.path_label)
        layout.addLayout(working)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(found, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import your own data"))
        self.help_label.setText(self.tr(
            "A CSV file: one sample per row, numbers in every column and a class column (named label, "
            "class, target or y, else the last one). Two number columns are points, shown on the "
            "playground's 2-D map. An image folder: one sub-folder per class, e.g. cats/ and dogs/; "
            "the images are read as 28×28 grayscale."))
        self.csv_button.setText(self.tr("CSV file…"))
        self.folder_button.setText(self.tr("Image folder…"))
        self.cancel_button.setText(self.tr("Cancel import"))
        self.classes.setHeaderLabels([self.tr("Class"), self.tr("Samples")])
        self.test_label.setText(self.tr("Kept for testing:"))
        self.standardize_check.setText(self.tr("Scale every input column to mean 0, spread 1"))
        self.standardize_check.setToolTip(self.tr(
            "Inputs measured in large units (prices, metres) learn much better when scaled"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this data"))

    # --- reading ------------------------------------------------------------------------------------
    def _on_csv_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CSV file to import"), "",
                                              self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.start_reading(path)

    def _on_folder_button_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder with one sub-folder per class"))
        if path:
            self.start_reading(path)

    def start_reading(self, path: str | Path) -> None:
        """Read ``path`` in a background thread; the dialog shows the progress, then what was found."""
        if self.is_reading():
            return
        self.path_label.setText(self.tr("Reading %1…").replace("%1", str(path)))
        self.error_label.hide()
        self.progress.setRange(0, 0)
        self._set_working(True)
        self.runner.start(lambda task: read_own(path, progress=task.report, cancel=task.cancel_event),
                          cancelled_by=(ImportCancelled,), expected=(DatasetError,),
                          description=f"import of {path}")

    def is_reading(self) -> bool:
        """True while a file or folder is being read."""
        return self.runner.is_running()

    def _set_working(self, working: bool) -> None:
        self.progress.setVisible(working)
        self.cancel_button.setVisible(working)
        self.csv_button.setEnabled(not working)
        self.folder_button.setEnabled(not working)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not working and self.own is not None)

    @Slot(int, int)
    def _on_runner_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._show_error(self.tr("Import cancelled; nothing was changed."))

    @Slot(str)
    def _on_runner_failed(self, message: str) -> None:
        """The read failed (logged already): say why."""
        self._show_error(self.tr("This data cannot be used:\n%1").replace("%1", message))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    @Slot()
    def _on_runner_finished(self) -> None:
        self.path_label.setText(self.tr("Shown below: %1").replace("%1", str(self.own.location))
                                if self.own is not None else "")
        self._set_working(False)

    # --- what was found -------------------------------------------------------------------------------
    def _show_found(self, own: OwnData | None) -> None:
        if own is not None:
            self.own = own
        own = self.own
        self.classes.clear()
        self.preview.clear()
        self.standardize_check.setVisible(own is not None and own.kind != "images")
        self.test_spin.setEnabled(own is not None)
        if own is None:
            self.summary_label.setText(self.tr("Nothing imported yet."))
            self._set_working(False)
            return
        self.classes.addTopLevelItems([QTreeWidgetItem([name, f"{count:,}"])
                                       for name, count in zip(own.class_names, own.counts, strict=True)])
        low, high = own.value_range
        kinds = {"points": self.tr("2-D points (the playground draws them with its decision map)"),
                 "features": self.tr("feature vectors of %1 numbers").replace("%1", str(own.x.shape[1])),
                 "images": self.tr("28×28 grayscale images")}
        text = self.tr("%1: %2 samples in %3 classes; %4; values from %5 to %6.") \
            .replace("%1", own.name).replace("%2", f"{len(own.x):,}") \
            .replace("%3", str(len(own.class_names))) \
            .replace("%4", kinds[own.kind]).replace("%5", f"{low:.4g}").replace("%6", f"{high:.4g}")
        if own.skipped:
            text = join_sentences(text, self.tr("%1 files that are not images were left out, e.g. %2.")
                                  .replace("%1", str(len(own.skipped))).replace("%2", own.skipped[0]))
        self.summary_label.setText(text)
        if own.kind == "images":
            self.preview.setPixmap(preview_pixmap(own))
        self._update_split_label()
        self._set_working(False)

    def _update_split_label(self) -> None:
        if self.own is None:
            self.split_label.clear()
            return
        n_test = round(len(self.own.x) * self.test_spin.value() / 100)
        self.split_label.setText(self.tr("about %1 for training, %2 for testing (the same share of "
                                         "every class)").replace("%1", f"{len(self.own.x) - n_test:,}")
                                 .replace("%2", f"{n_test:,}"))

    # --- using it -------------------------------------------------------------------------------------
    def accept(self) -> None:
        """Split the data, remember it for next time and close; a problem is shown, not raised."""
        if self.own is None or self.is_reading():
            return
        fraction = self.test_spin.value() / 100
        standardize = self.standardize_check.isChecked() and self.own.kind != "images"
        try:
            self.dataset = self.own.split(fraction, standardize=standardize)
            self.entry = remember(self.own, fraction, standardize)
            self.dataset.name = self.entry.name  # never the name of a built-in set
        except DatasetError as exc:
            log.warning("import refused: %s", exc)
            self._on_runner_failed(str(exc))
            return
        super().accept()

    def reject(self) -> None:
        """Cancel a running read and close."""
        self.runner.shutdown(10_000)
        super().reject()
