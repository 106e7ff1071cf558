"""MatrixView: one labelled array (name, shape, a few rows and columns) painted as a small table.

The text comes from :mod:`nnlab.matrix_text`; this widget only lays it out and paints it. It paints
with QPainter and knows its size from font metrics, so a step of the backprop lesson, which changes
six of these, costs no rich-text layout (a rich-text QLabel per matrix made a step take a frame).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab.matrix_text import compact_rows, is_elided, range_text, shape_text

HIGHLIGHT = "#fff3c4"  # the arrays the current step computes
WRONG = "#ffd6d6"  # the arrays a gradient check found wrong
PAD, GAP = 5, 10  # inner margin; space between columns (pixels)


class MatrixView(QWidget):
    """A named array as a table of numbers with its shape; big arrays show only their corners."""

    def __init__(self, parent: QWidget | None = None, max_rows: int = 3, max_cols: int = 6) -> None:
        super().__init__(parent)
        self.max_rows, self.max_cols = max_rows, max_cols
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.name = ""
        self.caption = ""
        self.rows: list[list[str]] = []
        self.background: str | None = None
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._widths: list[int] = []
        self._size = QSize(0, 0)

    def text(self) -> str:
        """Caption and cells as plain text (what is painted; for tests and accessibility)."""
        return "\n".join([f"{self.name} {self.caption}".strip(), *("  ".join(r) for r in self.rows)])

    def show_array(self, name: str, array: np.ndarray, background: str | None = None) -> None:
        """Show ``array`` titled ``name`` on ``background`` (a colour, or None for none)."""
        self.name = name
        self.caption = shape_text(array)
        if is_elided(array, self.max_rows, self.max_cols) and np.size(array):
            self.caption += f"  [{range_text(array)}]"
        self.rows = compact_rows(array, self.max_rows, self.max_cols)
        self.background = background
        self._measure()

    def clear_array(self) -> None:
        """An empty slot (hiding it instead would make the layout move on every step)."""
        self.name, self.caption, self.rows, self.background = "", "", [], None
        self._measure()

    def _measure(self) -> None:
        mono = QFontMetrics(self._mono)
        columns = max((len(r) for r in self.rows), default=0)
        self._widths = [max(mono.horizontalAdvance(r[c]) for r in self.rows if c < len(r))
                        for c in range(columns)]
        caption_width = (QFontMetrics(self._bold).horizontalAdvance(self.name) + GAP
                         + QFontMetrics(self.font()).horizontalAdvance(self.caption))
        table_width = sum(self._widths) + GAP * max(0, columns - 1)
        # Always as tall as the largest table: then a step that shows other arrays moves nothing
        # on the page, and only the views themselves are repainted.
        height = 2 * PAD + QFontMetrics(self.font()).height() + self.max_rows * mono.height()
        size = QSize(2 * PAD + max(caption_width, table_width), height)
        if size != self._size:  # a new size makes the whole page lay out again; skip it when we can
            self._size = size
            self.updateGeometry()
        self.update()

    def _content_height(self) -> int:
        """Height of the caption and the rows actually shown (the frame ends there)."""
        rows = len(self.rows)
        return 2 * PAD + QFontMetrics(self.font()).height() + rows * QFontMetrics(self._mono).height()

    def sizeHint(self) -> QSize:
        """Exactly what the caption and the table need."""
        return self._size

    def minimumSizeHint(self) -> QSize:
        """Never squeezed: the numbers must stay readable."""
        return self._size

    def paintEvent(self, event: QPaintEvent) -> None:
        """Background, frame, caption, then the cells right-aligned in their columns."""
        if not self.name:
            return
        painter = QPainter(self)
        rect = QRect(0, 0, self.width() - 1, self._content_height() - 1)
        if self.background:
            painter.fillRect(rect, QColor(self.background))
        painter.setPen(QColor("#b0b0b0"))
        painter.drawRect(rect)
        text_colour = self.palette().color(self.foregroundRole())
        line = QFontMetrics(self.font()).height()
        painter.setFont(self._bold)
        painter.setPen(text_colour)
        painter.drawText(PAD, PAD + QFontMetrics(self._bold).ascent(), self.name)
        painter.setFont(self.font())
        painter.setPen(QColor("#555555"))
        x = PAD + QFontMetrics(self._bold).horizontalAdvance(self.name) + GAP
        painter.drawText(x, PAD + QFontMetrics(self.font()).ascent(), self.caption)
        painter.setFont(self._mono)
        painter.setPen(text_colour)
        mono_height = QFontMetrics(self._mono).height()
        for i, row in enumerate(self.rows):
            x, y = PAD, PAD + line + i * mono_height
            for width, cell in zip(self._widths, row, strict=False):  # a row may have fewer cells
                painter.drawText(QRect(x, y, width, mono_height),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), cell)
                x += width + GAP
        painter.end()
