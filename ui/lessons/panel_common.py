"""What the chapter 4–5 lesson panels share: retranslation, plots, arrows, a dragged point, Step's key."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QWidget

from ui.retranslate import Retranslatable

ERROR_STYLE = "color: #c01c28;"
FORWARD_COLOUR = "#1a5fb4"
CENTRAL_COLOUR = "#e66100"
POINT_COLOUR = "#c01c28"
STEP_SHORTCUT = QKeySequence("Ctrl+Right")  # every Step button of these lessons


class Panel(Retranslatable, QWidget):
    """A tab page whose texts are set in ``_retranslate`` (again on every language change)."""

    def _retranslate(self) -> None:
        raise NotImplementedError


def wrapped_label(parent: QWidget) -> QLabel:
    """A word-wrapped label whose text can be selected and copied."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StatusLine(QWidget):
    """A word-wrapped label of a fixed number of lines whose text changes never re-lay out the page.

    A QLabel that changes its text asks its layout to recompute the page, and the page then
    repaints whole (a plot included) on every Step. Here the label has a fixed size, set from this
    container's own size, so a new text only repaints the label.
    """

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._lines = lines
        self._fit_height()

    def _fit_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 4)

    def text(self) -> str:
        """The text shown."""
        return self.label.text()

    def setText(self, text: str) -> None:
        """Show ``text`` (unchanged texts cost nothing)."""
        if self.label.text() != text:
            self.label.setText(text)

    def styleSheet(self) -> str:
        """The label's style sheet (a colour for errors)."""
        return self.label.styleSheet()

    def setStyleSheet(self, style: str) -> None:
        """Colour the text; unchanged styles cost nothing."""
        if self.label.styleSheet() != style:
            self.label.setStyleSheet(style)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the label exactly the size of this line."""
        self.label.setFixedSize(event.size())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow font changes (its height is counted in lines; not a retranslation)."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)


def make_plot(parent: QWidget, square: bool = False, grid: bool = True) -> pg.PlotWidget:
    """A plot without mouse zoom (the learner drags points, not the view), grid on unless asked.

    The grid belongs to the axes, whose whole picture is replayed whenever anything in the view
    changes: a plot redrawn on every Step goes without it.
    """
    plot = pg.PlotWidget(parent)
    plot.setMinimumSize(240, 200)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    if grid:
        plot.showGrid(x=True, y=True, alpha=0.2)
    if square:
        plot.setAspectLocked(True)
    return plot


def spin_box(minimum: float, maximum: float, step: float, value: float, parent: QWidget,
             decimals: int = 2) -> QDoubleSpinBox:
    """A double spin box with its range, step and value set."""
    spin = QDoubleSpinBox(parent)
    spin.setRange(minimum, maximum)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setValue(value)
    return spin


def arrow_segments(points: np.ndarray, vectors: np.ndarray,
                   head: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    """x and y of line pairs (for ``connect="pairs"``) drawing an arrow from each point along its vector.

    Each arrow is a shaft and two head strokes, ``head`` times the arrow's length, at ±25°.
    """
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    vectors = np.asarray(vectors, dtype=float).reshape(-1, 2)
    tips = points + vectors
    angle = np.deg2rad(25.0)
    back = -vectors * head
    cos, sin = np.cos(angle), np.sin(angle)
    left = np.column_stack([back[:, 0] * cos - back[:, 1] * sin, back[:, 0] * sin + back[:, 1] * cos])
    right = np.column_stack([back[:, 0] * cos + back[:, 1] * sin, -back[:, 0] * sin + back[:, 1] * cos])
    segments = np.stack([points, tips, tips, tips + left, tips, tips + right], axis=1).reshape(-1, 2)
    return segments[:, 0], segments[:, 1]


class DraggedPoint(pg.TargetItem):
    """A point the learner drags; ``dragged`` reports where, ``place`` moves it without echo."""

    dragged = Signal(float, float)

    def __init__(self, colour: str = POINT_COLOUR) -> None:
        super().__init__(pos=(0, 0), size=14, movable=True, symbol="o",
                         pen=pg.mkPen("k", width=1), brush=pg.mkBrush(colour),
                         hoverBrush=pg.mkBrush(colour))
        self._placing = False
        self.sigPositionChanged.connect(self._on_position_changed)

    def place(self, x: float, y: float) -> None:
        """Move the point (from a spin box or a preset) without emitting ``dragged``."""
        self._placing = True
        try:
            self.setPos(QPointF(x, y))
        finally:
            self._placing = False

    def _on_position_changed(self, _item: object) -> None:
        if not self._placing:
            pos = self.pos()
            self.dragged.emit(float(pos.x()), float(pos.y()))
