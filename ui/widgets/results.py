"""ResultsView: confusion matrix and misclassified test images of a trained network."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.functions import softmax
from ui.retranslate import Retranslatable

log = logging.getLogger(__name__)

MAX_MISTAKES = 48
TILE = 56  # pixels per misclassified image
STACK_BELOW_PX = 700  # narrower than this, the mistakes go below the confusion matrix


def current_language() -> str:
    """The UI language ("en" or "ja"); English when the shell's i18n module is unavailable."""
    try:
        from ui.i18n import current_language as shell_language
    except ImportError:
        return "en"
    return shell_language()


def predict_labels(net: Any, x: np.ndarray, batch_size: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """Predicted labels and their softmax probability for every row of x, in batches."""
    labels, confidence = [], []
    for start in range(0, len(x), batch_size):
        y = softmax(np.asarray(net.predict(x[start : start + batch_size], train=False)))
        labels.append(y.argmax(axis=1))
        confidence.append(y.max(axis=1))
    if not labels:
        return np.zeros(0, dtype=int), np.zeros(0)
    return np.concatenate(labels), np.concatenate(confidence)


def confusion_matrix(t: np.ndarray, y: np.ndarray, n_classes: int) -> np.ndarray:
    """Counts (n_classes, n_classes): row = true class, column = predicted class."""
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (t, y), 1)
    return matrix


class ResultsView(Retranslatable, QWidget):
    """Confusion matrix (rows true, columns predicted) and a grid of the test images it got wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.accuracy = float("nan")
        self._dataset: Any = None
        self._mistakes: tuple[np.ndarray, ...] | None = None  # indices, true, predicted, confidence
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumSize(300, 260)
        self.mistakes_title = QLabel()
        self.mistakes_title.setStyleSheet("QLabel { font-weight: bold; }")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setMinimumHeight(2 * (TILE + 44))  # two rows of tiles with their captions
        self.matrix_title = QLabel()
        self.matrix_title.setStyleSheet("QLabel { font-weight: bold; }")
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.addWidget(self.matrix_title)
        left_box.addWidget(self.table, 1)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.mistakes_title)
        right_box.addWidget(scroll, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self._retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Matrix and mistakes side by side when there is room, else one above the other."""
        narrow = event.size().width() < STACK_BELOW_PX
        self.splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        super().resizeEvent(event)

    # ----- public API -----
    def set_results(self, net: Any, dataset: Any) -> None:
        """Evaluate ``net`` on ``dataset``'s test set and show the confusion matrix and mistakes."""
        t = np.asarray(dataset.t_test)
        t = t.argmax(axis=1) if t.ndim == 2 else t.astype(int)
        x = np.asarray(dataset.x_test)
        y, confidence = predict_labels(net, x)
        n_classes = int(max(len(self._names(dataset)), t.max(initial=-1) + 1, y.max(initial=-1) + 1))
        self.matrix = confusion_matrix(t, y, n_classes)
        self.accuracy = float(np.mean(y == t)) if len(t) else float("nan")
        wrong = np.flatnonzero(y != t)[:MAX_MISTAKES]
        self._mistakes = (wrong, t[wrong], y[wrong], confidence[wrong])
        self._dataset = dataset
        log.info("results: accuracy %.4f on %d test samples", self.accuracy, len(t))
        self._retranslate()

    def clear(self) -> None:
        """Show the empty state again."""
        self.matrix, self._dataset, self._mistakes = None, None, None
        self.accuracy = float("nan")
        self._retranslate()

    def tile_count(self) -> int:
        """How many misclassified images are shown."""
        return 0 if self._mistakes is None or not self._is_image_set() else len(self._mistakes[0])

    # ----- drawing -----
    def _names(self, dataset: Any) -> list[str]:
        names = list(getattr(dataset, "class_names", []) or [])
        ja = list(getattr(dataset, "class_names_ja", []) or [])
        return ja if current_language() == "ja" and len(ja) == len(names) and ja else names

    def _class_name(self, c: int) -> str:
        names = self._names(self._dataset)
        return names[c] if c < len(names) else str(c)

    def _is_image_set(self) -> bool:
        return self._dataset is not None and getattr(self._dataset, "image_shape", None) is not None

    def _fill_table(self) -> None:
        matrix = self.matrix
        n = 0 if matrix is None else len(matrix)
        self.table.setRowCount(n)
        self.table.setColumnCount(n)
        if matrix is None:
            return
        labels = [self._class_name(c) for c in range(n)]
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setVerticalHeaderLabels(labels)
        row_totals = np.maximum(matrix.sum(axis=1), 1)
        for r in range(n):
            for c in range(n):
                share = matrix[r, c] / row_totals[r]
                item = QTableWidgetItem(str(matrix[r, c]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                base = (46, 125, 50) if r == c else (198, 40, 40)
                strength = share if r == c else min(1.0, 4 * share)
                colour = [int(255 - (255 - v) * 0.75 * strength) for v in base]
                item.setBackground(QBrush(QColor(*colour)))
                item.setToolTip(self.tr("true {0}, predicted {1}: {2} images ({3}% of this class)")
                                .format(labels[r], labels[c], matrix[r, c], f"{100 * share:.1f}"))
                self.table.setItem(r, c, item)

    def _fill_mistakes(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if self._mistakes is None:
            return
        if not self._is_image_set():
            note = QLabel(self.tr("This is a 2-D toy dataset, so there are no images to show. "
                                  "The network diagram's decision-region map shows where it errs."))
            note.setWordWrap(True)
            self.grid.addWidget(note, 0, 0)
            return
        index, true, pred, conf = self._mistakes
        if len(index) == 0:
            self.grid.addWidget(QLabel(self.tr("No mistakes on the test set.")), 0, 0)
            return
        shape = tuple(self._dataset.image_shape)
        columns = 4
        for n, (i, a, b, p) in enumerate(zip(index, true, pred, conf, strict=True)):
            self.grid.addWidget(self._tile(self._dataset.x_test[i], shape, a, b, p), *divmod(n, columns))

    def _tile(self, x: np.ndarray, shape: tuple[int, int], true: int, pred: int, p: float) -> QWidget:
        img = np.asarray(x, dtype=np.float64).reshape(shape)
        lo, hi = float(img.min()), float(img.max())
        gray = ((img - lo) / (hi - lo if hi > lo else 1.0) * 255).astype(np.uint8)
        gray = np.ascontiguousarray(255 - gray)  # dark ink on white, like paper
        qimage = QImage(gray.data, shape[1], shape[0], shape[1], QImage.Format.Format_Grayscale8).copy()
        tile = QWidget()
        box = QVBoxLayout(tile)
        box.setContentsMargins(2, 2, 2, 2)
        picture = QLabel()
        picture.setPixmap(QPixmap.fromImage(qimage).scaled(TILE, TILE))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(self.tr("true: {0}\npredicted: {1} ({2}%)").format(
            self._class_name(int(true)), self._class_name(int(pred)), f"{100 * p:.0f}"))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setStyleSheet("QLabel { font-size: 11px; }")
        box.addWidget(picture)
        box.addWidget(caption)
        return tile

    # ----- translation -----
    def _retranslate(self) -> None:
        self.matrix_title.setText(self.tr("Confusion matrix (rows: true class, columns: predicted)"))
        self.mistakes_title.setText(self.tr("Test images the network got wrong"))
        if self.matrix is None:
            self.summary.setText(self.tr("Train a network, then its test results appear here."))
        else:
            total = int(self.matrix.sum())
            correct = int(np.trace(self.matrix))
            self.summary.setText(self.tr("Test accuracy: {0}% ({1} of {2} correct)").format(
                f"{100 * self.accuracy:.2f}", correct, total))
        self._fill_table()
        self._fill_mistakes()
