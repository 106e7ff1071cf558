"""StatusLine: the playground's status ("Iteration 300 / 300 · loss 0.21 · train acc. 98.1 % …").

A word-wrapping QLabel breaks it anywhere, leaving "98.1" at the end of one line and "%" on the
next, or splitting a Japanese word between two characters.  Here each part is its own one-line
label in a FlowLayout, so lines break only between parts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.flow_layout import FlowLayout
from ui.widgets.run_notes import STATUS_SEPARATOR


class StatusLine(QWidget):
    """Shows a status text made of parts joined by STATUS_SEPARATOR; ``text()`` returns it whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._layout = FlowLayout(self)
        self._layout.setSpacing(0)
        self.part_labels: list[QLabel] = []

    def text(self) -> str:
        """The whole status text."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text``, one label per part."""
        self._text = text
        parts = text.split(STATUS_SEPARATOR) if text else []
        while len(self.part_labels) < len(parts):
            label = QLabel(self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(label)
            self.part_labels.append(label)
        for index, label in enumerate(self.part_labels):
            if index < len(parts):
                last = index == len(parts) - 1
                label.setText(parts[index] + ("" if last else STATUS_SEPARATOR.rstrip()) + " ")
                label.show()
            else:
                label.hide()
        self._layout.invalidate()
