"""DrawCanvas: draw a digit with the mouse and watch the network's class probabilities change."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from nnlab.drawn_digit import to_network_input
from nnlab.functions import softmax
from ui.retranslate import Retranslatable

log = logging.getLogger(__name__)

CANVAS = 280  # drawing resolution in pixels (square)
STACK_BELOW_PX = 730  # narrower than this, the probabilities go below the drawing


class _PaintArea(QWidget):
    """A square white sheet drawn on with a thick round pen."""

    stroke_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(CANVAS, CANVAS)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.image = QImage(CANVAS, CANVAS, QImage.Format.Format_Grayscale8)
        self.pen_width = 20.0
        self._last: QPointF | None = None
        self.clear()

    def clear(self) -> None:
        """Blank sheet."""
        self.image.fill(QColor("white"))
        self.update()

    def ink(self) -> np.ndarray:
        """(CANVAS, CANVAS) floats: 0 paper, 1 ink."""
        ptr = self.image.constBits()
        stride = self.image.bytesPerLine()
        raw = np.frombuffer(ptr, dtype=np.uint8, count=stride * CANVAS).reshape(CANVAS, stride)
        return 1.0 - raw[:, :CANVAS].astype(np.float64) / 255.0

    def _draw_to(self, point: QPointF) -> None:
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("black"), self.pen_width, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawLine(self._last if self._last is not None else point, point)
        painter.end()
        self._last = point
        self.update()
        self.stroke_changed.emit()

    def mousePressEvent(self, event: Any) -> None:
        """Start a stroke."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = None
            self._draw_to(event.position())

    def mouseMoveEvent(self, event: Any) -> None:
        """Continue the stroke while the button is held."""
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._draw_to(event.position())

    def mouseReleaseEvent(self, event: Any) -> None:
        """End the stroke."""
        self._last = None

    def paintEvent(self, event: Any) -> None:
        """Show the sheet with a thin frame."""
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.setPen(QPen(QColor("#90a4ae"), 1))
        painter.drawRect(0, 0, CANVAS - 1, CANVAS - 1)
        painter.end()


class _ProbabilityPlot(pg.PlotWidget):
    """The bar chart, whose natural size is its minimum: the layout gives it the room left over.

    Stacked below the drawing, a box layout takes a word-wrapped column's height for width as
    its minimum; with pyqtgraph's large size hint that would exceed the page and squeeze the
    drawing's Clear button onto the sheet.
    """

    def sizeHint(self) -> QSize:
        """The minimum size."""
        return self.minimumSize()


class DrawCanvas(Retranslatable, QWidget):
    """Draw a digit; the network's softmax probabilities update as a bar chart while you draw."""

    probabilities_changed = Signal(object)  # np.ndarray (n_classes,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Any = None
        self.image_shape: tuple[int, int] = (28, 28)
        self.class_names: list[str] = []
        self.x: np.ndarray | None = None  # (1, h*w) the last input given to the network
        self.probabilities: np.ndarray | None = None
        self.area = _PaintArea()
        self.area.stroke_changed.connect(self._on_area_stroke_changed)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.preview = QLabel()
        self.preview.setFixedSize(84, 84)
        self.preview.setStyleSheet("QLabel { border: 1px solid #b0bec5; background: white; }")
        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.answer.setWordWrap(True)
        self.plot = _ProbabilityPlot(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setYRange(0, 1, padding=0.02)
        self.plot.setMinimumSize(320, 160)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#1f77b4")
        self.plot.addItem(self.bars)
        self._layout_widgets()
        self._retranslate()
        self._show_probabilities()

    def _layout_widgets(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.area)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addStretch(1)  # the sheet stays at the top when the probabilities are tall
        side = QVBoxLayout()
        side.addWidget(self.preview_caption)
        side.addWidget(self.preview)
        side.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.answer)
        right.addWidget(self.plot, 1)
        # The sheet and its Clear button in a box of fixed height, so the plot never takes their room.
        drawing_box = QWidget()
        drawing_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        drawing = QHBoxLayout(drawing_box)
        drawing.setContentsMargins(0, 0, 0, 0)
        drawing.addLayout(left)
        drawing.addLayout(side)
        drawing.addStretch(1)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.addWidget(drawing_box, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(right, 1)
        # The widget's minimum is that of the stacked arrangement (minimumSizeHint), so a lesson
        # page keeps room for its text; resizeEvent puts the probabilities beside the drawing
        # when the width allows it.  The layout must not impose its side-by-side minimum.
        self._layout.setSizeConstraint(QBoxLayout.SizeConstraint.SetNoConstraint)
        self._drawing, self._right = drawing_box, right
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight)

    def minimumSizeHint(self) -> QSize:
        """The stacked arrangement's minimum, from the current texts (so nothing overlaps)."""
        margins = self._layout.contentsMargins()
        drawing, right = self._drawing.minimumSizeHint(), self._right.minimumSize()
        width = max(drawing.width(), right.width())
        # At its narrowest the wrapped texts take the most lines.
        height = max(drawing.height(), self._drawing.heightForWidth(width))
        height += self._layout.spacing() + max(right.height(), self._right.heightForWidth(width))
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The probabilities beside the drawing when there is room, else below it."""
        narrow = event.size().width() < STACK_BELOW_PX
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                  else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    # ----- public API -----
    def set_model(self, net: Any, image_shape: tuple[int, int], class_names: list[str]) -> None:
        """Use ``net`` (anything with predict) on images of ``image_shape`` with these class names."""
        self.net = net
        self.image_shape = (int(image_shape[0]), int(image_shape[1]))
        self.class_names = list(class_names)
        fraction = 0.075 if min(self.image_shape) >= 16 else 0.11  # 8x8 digits have thick strokes
        self.area.pen_width = CANVAS * fraction
        ticks = [(i, name) for i, name in enumerate(self.class_names)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setXRange(-0.6, max(len(ticks), 1) - 0.4, padding=0)
        self._on_area_stroke_changed()

    def forget_model(self) -> None:
        """Drop the network (new data: its answers no longer mean anything) and wipe the drawing."""
        self.net = None
        self.clear()

    def clear(self) -> None:
        """Wipe the drawing and the probabilities."""
        self.area.clear()
        self._on_area_stroke_changed()

    # ----- updates -----
    def _on_area_stroke_changed(self) -> None:
        image = to_network_input(self.area.ink(), self.image_shape)
        self._show_preview(image)
        if not image.any() or self.net is None:
            self.x, self.probabilities = None, None
        else:
            self.x = image.reshape(1, -1).astype(np.float32)
            scores = np.asarray(self.net.predict(self.x, train=False), dtype=np.float64)
            self.probabilities = softmax(scores)[0]
        self._show_probabilities()
        self.probabilities_changed.emit(self.probabilities)

    def _show_preview(self, image: np.ndarray) -> None:
        gray = np.ascontiguousarray((255 * (1 - image)).astype(np.uint8))
        h, w = gray.shape
        qimage = QImage(gray.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        self.preview.setPixmap(QPixmap.fromImage(qimage).scaled(82, 82))

    def _show_probabilities(self) -> None:
        n = len(self.class_names)
        p = self.probabilities if self.probabilities is not None else np.zeros(n)
        if len(p) == 0:
            self.bars.setOpts(x=[], height=[])
        else:
            best = int(np.argmax(p))
            brushes = [pg.mkBrush("#d9480f" if i == best and p[i] > 0 else "#1f77b4")
                       for i in range(len(p))]
            self.bars.setOpts(x=np.arange(len(p)), height=p, brushes=brushes)
        self._update_answer()

    def _update_answer(self) -> None:
        if self.net is None:
            self.answer.setText(self.tr("Train a network on an image dataset first."))
        elif self.probabilities is None:
            self.answer.setText(self.tr("Draw a digit in the white box."))
        else:
            best = int(np.argmax(self.probabilities))
            name = self.class_names[best] if best < len(self.class_names) else str(best)
            self.answer.setText(self.tr("The network says: {0} ({1}%)").format(
                name, f"{100 * self.probabilities[best]:.0f}"))

    # ----- translation -----
    def _retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.preview_caption.setText(self.tr("What the network sees:"))
        self.plot.setLabel("left", self.tr("probability"))
        self.plot.setLabel("bottom", self.tr("class"))
        self._update_answer()
        self.updateGeometry()  # the texts set the minimum size
