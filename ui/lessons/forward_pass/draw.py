"""The forward-pass lesson's drawing tab: draw a digit for the book's trained network (§3.6)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnlab.book_network import load_book_network
from nnlab.data import DatasetError
from nnlab.data.dataset import DIGIT_NAMES
from ui.retranslate import Retranslatable
from ui.widgets.draw_canvas import DrawCanvas

log = logging.getLogger(__name__)


class BookDrawPanel(Retranslatable, QWidget):
    """Draw a digit for the book's network: the 28×28 image it sees and its ten probabilities."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.canvas = DrawCanvas(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.canvas, 1)
        try:
            self.canvas.set_model(load_book_network(), (28, 28), list(DIGIT_NAMES))
        except DatasetError as exc:
            log.error("the book's network cannot be drawn for: %s", exc)
        self._retranslate()

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Draw a digit with the mouse. Like the MNIST images, your drawing is scaled into a "
            "20×20 box and placed by its centre of mass in a 28×28 image: that small image is "
            "what the book's network sees."))
