"""MatrixView: one labelled array (name, shape, a few rows and columns) as a small rich-text table.

The text comes from :mod:`nnlab.matrix_text`; this widget only lays it out. A rich-text QLabel
redraws a handful of such tables well within a frame, which the backprop lesson needs on each step.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from nnlab.matrix_text import compact_rows, is_elided, range_text, shape_text

HIGHLIGHT = "#fff3c4"  # the arrays the current step computes
WRONG = "#ffd6d6"  # the arrays a gradient check found wrong


class MatrixView(QLabel):
    """A named array as a table of numbers with its shape; big arrays show only their corners."""

    def __init__(self, parent: QWidget | None = None, max_rows: int = 4, max_cols: int = 6) -> None:
        super().__init__(parent)
        self.max_rows, self.max_cols = max_rows, max_cols
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(4)
        self.name = ""

    def show_array(self, name: str, array: np.ndarray, note: str = "",
                   background: str | None = None) -> None:
        """Show ``array`` titled ``name``; ``note`` is a short caption, ``background`` a colour."""
        self.name = name
        rows = compact_rows(array, self.max_rows, self.max_cols)
        cells = "".join(
            "<tr>" + "".join(f'<td align="right">{html.escape(cell)}</td>' for cell in row) + "</tr>"
            for row in rows)
        caption = f"<b>{html.escape(name)}</b> &nbsp;<span style='color:#555'>{shape_text(array)}</span>"
        if is_elided(array, self.max_rows, self.max_cols) and np.size(array):
            caption += f" <span style='color:#555'>[{html.escape(range_text(array))}]</span>"
        if note:
            caption += f"<br><span style='color:#555'>{html.escape(note)}</span>"
        self.setStyleSheet(f"background: {background};" if background else "")
        self.setText(f"{caption}<table cellspacing='0' cellpadding='3' "
                     f"style='font-family: monospace;'>{cells}</table>")
