"""Lesson (chapter 4.3–4.4): numerical differentiation, the gradient, gradient descent, simpleNet's dW."""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.functions import softmax
from nnlab.numerical_diff import (
    BOOK_SIMPLE_NET_T,
    BOOK_SIMPLE_NET_W,
    BOOK_SIMPLE_NET_X,
    SimpleNet,
)
from ui.lessons.numerical_differentiation.gradient_panels import DescentPanel, GradientFieldPanel
from ui.lessons.numerical_differentiation.panels import StepSizePanel, TangentPanel
from ui.lessons.panel_common import ERROR_STYLE, Panel, wrapped_label
from ui.lessons.tabbed import TabbedLesson

log = logging.getLogger(__name__)


def matrix_table(rows: int, cols: int, parent: QWidget, editable: bool) -> QTableWidget:
    """A small table of numbers, cells centred, sized to its contents."""
    table = QTableWidget(rows, cols, parent)
    if not editable:
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setVisible(False)  # a matrix: the captions name it, not the headers
    table.verticalHeader().setVisible(False)
    table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r in range(rows):
        for c in range(cols):
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if not editable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    return table


def fit_table(table: QTableWidget) -> None:
    """Size a table exactly to its cells (no scroll bars, no empty rows below)."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    frame = 2 * table.frameWidth()
    table.setFixedSize(table.horizontalHeader().length() + frame,
                       table.verticalHeader().length() + frame)


class MatrixPair(QWidget):
    """Two captioned matrices side by side when both fit, the second under the first when not."""

    def __init__(self, first: tuple[QLabel, QTableWidget], second: tuple[QLabel, QTableWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables = [first[1], second[1]]
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for caption, table in (first, second):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(table)
            self.box.addLayout(column)
        self.box.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one matrix: below two matrices' width they stack."""
        hint = super().minimumSizeHint()
        return QSize(max(table.width() for table in self.tables), hint.height())

    def arrange(self) -> None:
        """Choose side by side or stacked for the current width."""
        needed = sum(table.width() for table in self.tables) + 2 * self.box.spacing()
        direction = (QBoxLayout.Direction.LeftToRight if self.width() >= needed
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange for the new width."""
        super().resizeEvent(event)
        self.arrange()


class SimpleNetPanel(Panel):
    """The book's simpleNet: W (editable) beside its numerical gradient dW, with x, t, p and the loss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.net = SimpleNet()
        self._rng = np.random.default_rng(0)
        self.intro = wrapped_label(self)
        self.inputs_label = wrapped_label(self)
        self.w_caption, self.dw_caption = QLabel(self), QLabel(self)
        self.w_table = matrix_table(2, 3, self, editable=True)
        self.dw_table = matrix_table(2, 3, self, editable=False)
        self.book_button, self.random_button = QPushButton(self), QPushButton(self)
        self.book_button.clicked.connect(lambda: self.set_weights(BOOK_SIMPLE_NET_W))
        self.random_button.clicked.connect(lambda: self.set_weights(self._rng.standard_normal((2, 3))))
        self.prediction_label = wrapped_label(self)
        self.reading = wrapped_label(self)
        self.error_label = wrapped_label(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.matrices = MatrixPair((self.w_caption, self.w_table), (self.dw_caption, self.dw_table), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.random_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.inputs_label)
        layout.addWidget(self.matrices)
        layout.addLayout(buttons)
        for label in (self.error_label, self.prediction_label, self.reading):
            layout.addWidget(label)
        layout.addStretch(1)
        self.w_table.itemChanged.connect(self._on_w_table_item_changed)
        self._retranslate()
        self.set_weights(BOOK_SIMPLE_NET_W)

    def set_weights(self, W: np.ndarray) -> None:
        """Show W in its table (8 decimals, as the book prints it) and recompute dW."""
        self.net.W = np.array(W, dtype=np.float64)
        self.w_table.blockSignals(True)
        for (r, c), value in np.ndenumerate(self.net.W):
            self.w_table.item(r, c).setText(number_text.fixed(value, 8))
        self.w_table.blockSignals(False)
        fit_table(self.w_table)
        self.error_label.setText("")
        self.refresh()

    def _on_w_table_item_changed(self, item: QTableWidgetItem) -> None:
        try:
            value = number_text.parse(item.text())
            if not np.isfinite(value) or abs(value) > 100:
                raise ValueError(item.text())
        except ValueError:
            log.info("simpleNet weight rejected: %r", item.text())
            self.error_label.setText(self.tr("A weight must be a number between −100 and 100."))
            self.w_table.blockSignals(True)
            item.setText(number_text.fixed(self.net.W[item.row(), item.column()], 8))
            self.w_table.blockSignals(False)
            return
        self.error_label.setText("")
        self.net.W[item.row(), item.column()] = value
        self.refresh()

    def refresh(self) -> None:
        """p = x·W, the loss and dW for the current weights."""
        x, t = BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T
        p = self.net.predict(x)
        loss = self.net.loss(x, t)
        dW = self.net.numerical_gradient(x, t)
        for (r, c), value in np.ndenumerate(dW):
            self.dw_table.item(r, c).setText(number_text.fixed(value, 8))
        fit_table(self.dw_table)
        self.matrices.arrange()
        self.prediction_label.setText(self.tr(
            "p = x·W = {0}    softmax(p) = {1}    argmax = {2}    loss = {3:.8f}").format(
            number_text.array(p), number_text.array(softmax(p)), int(np.argmax(p)), loss))
        self.reading.setText(self.tr(
            "dW[0, 0] = {0:.2f}: raising w11 by a small h changes the loss by about {0:.2f}·h. "
            "A negative entry means the loss falls when that weight rises, so learning raises it.").format(
            dW[0, 0]))

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The book's simpleNet: one 2×3 weight matrix W, softmax and the cross-entropy loss. dW is the "
            "gradient of the loss with respect to W, found numerically one weight at a time. Edit a weight "
            "(double-click or F2) and watch dW change."))
        self.inputs_label.setText(self.tr("x = [0.6, 0.9]    t = [0, 0, 1] (the right class is 2)"))
        self.w_caption.setText(self.tr("W (weights)"))
        self.dw_caption.setText(self.tr("dW = ∂L/∂W (numerical)"))
        self.book_button.setText(self.tr("Book's W"))
        self.random_button.setText(self.tr("Random W"))
        self.refresh()


class NumericalDifferentiationLesson(TabbedLesson):
    """Five tabs: the step h, the tangent, the gradient field, gradient descent, simpleNet's dW."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.step_size, self.tangent = StepSizePanel(), TangentPanel()
        self.field, self.descent, self.simple_net = GradientFieldPanel(), DescentPanel(), SimpleNetPanel()
        super().__init__([
            (self.step_size, QT_TRANSLATE_NOOP("NumericalDifferentiationLesson", "Step h")),
            (self.tangent, QT_TRANSLATE_NOOP("NumericalDifferentiationLesson", "Tangent")),
            (self.field, QT_TRANSLATE_NOOP("NumericalDifferentiationLesson", "Gradient")),
            (self.descent, QT_TRANSLATE_NOOP("NumericalDifferentiationLesson", "Descent")),
            (self.simple_net, QT_TRANSLATE_NOOP("NumericalDifferentiationLesson", "simpleNet")),
        ], parent)
