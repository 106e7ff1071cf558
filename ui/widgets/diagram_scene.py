"""The network diagram's drawing: columns of neurons, their connections, labels and the 2-D map frame.

Scene geometry only, in scene units (the view scales the drawing to fit): where each neuron, line
and label goes. Colours that follow the weights, and everything the learner clicks or reads in a
tooltip, are :class:`ui.widgets.network_diagram.NetworkDiagram`'s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from ui.widgets.diagram_maps import shown_indices

COL_SPACING = 165.0
MAP_SIZE = 200.0  # the decision-region map, in scene units
LABEL_DESIGN_PX = 15  # scene units of the texts when the drawing is shown at full size
MARK_MAX_PX = 24  # a "⋮ n" mark must fit between two neurons
LABEL_ROOM = 64  # below the neurons: the label rows of every column
MAP_CAPTION = "map_caption"  # item data(1) of the map's caption, which the diagram translates


def scene_font(pixels: int, bold: bool = False) -> QFont:
    """Scene font sized in scene units (the view scales it with the drawing)."""
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@dataclass
class Column:
    """Scene items of one column of neurons."""

    size: int
    indices: np.ndarray
    neurons: list[QGraphicsEllipseItem] = field(default_factory=list)
    heatmaps: list[QGraphicsPixmapItem] = field(default_factory=list)
    rect: QRectF = field(default_factory=QRectF)
    label: QGraphicsSimpleTextItem | None = None
    ellipsis: QGraphicsSimpleTextItem | None = None


def add_columns(scene: QGraphicsScene, sizes: list[int], toy: bool) -> list[Column]:
    """One column per layer size, with an empty label row under all of them."""
    radius = 22.0 if toy else 13.0  # room for a heatmap in each neuron of a 2-D net
    gap = 2 * radius + (10.0 if toy else 8.0)
    columns = [add_column(scene, c, n, radius, gap) for c, n in enumerate(sizes)]
    label_y = max(col.rect.bottom() for col in columns) + 6
    for col in columns:
        col.rect.setBottom(label_y + LABEL_ROOM)
    return columns


def add_column(scene: QGraphicsScene, c: int, n: int, radius: float, gap: float) -> Column:
    """Column ``c`` of ``n`` neurons; a tall one shows its first and last few around a "⋮ n" mark."""
    col = Column(size=n, indices=shown_indices(n))
    slots = len(col.indices) + (1 if n > len(col.indices) else 0)
    x = c * COL_SPACING
    y0 = -(slots - 1) * gap / 2
    half = len(col.indices) // 2
    pen = QPen(QColor("#37474f"), 1.4)
    for s, i in enumerate(col.indices):
        slot = s + (1 if n > len(col.indices) and s >= half else 0)
        y = y0 + slot * gap
        item = scene.addEllipse(x - radius, y - radius, 2 * radius, 2 * radius, pen, QBrush(QColor("white")))
        item.setZValue(2)
        item.setData(0, int(i))
        col.neurons.append(item)
    if n > len(col.indices):
        col.ellipsis = scene.addSimpleText(f"⋮ {n}")
        col.ellipsis.setFont(scene_font(LABEL_DESIGN_PX, bold=True))
        col.ellipsis.setBrush(QBrush(QColor("#37474f")))
        br = col.ellipsis.boundingRect()
        col.ellipsis.setPos(x - br.width() / 2 + 4, y0 + half * gap - br.height() / 2)
        col.ellipsis.setData(2, y0 + half * gap)  # the height it is centred on
        col.ellipsis.setZValue(3)
    col.label = scene.addSimpleText("")
    col.label.setFont(scene_font(LABEL_DESIGN_PX))
    col.label.setBrush(QBrush(QColor("#212121")))
    top = y0 - radius - 8
    col.rect = QRectF(x - COL_SPACING / 2 + 8, top, COL_SPACING - 16, -2 * y0 + 2 * radius + 16)
    return col


def add_connections(scene: QGraphicsScene, a: Column, b: Column) -> list[tuple[int, int, QGraphicsLineItem]]:
    """A line from every shown neuron of ``a`` to every shown neuron of ``b``: (i, j, line)."""
    lines = []
    pen = QPen(QColor(170, 170, 170, 120), 0.8)
    for na in a.neurons:
        for nb in b.neurons:
            p, q = na.rect().center(), nb.rect().center()
            line = scene.addLine(p.x(), p.y(), q.x(), q.y(), pen)
            line.setZValue(1)
            lines.append((int(na.data(0)), int(nb.data(0)), line))
    return lines


def add_decision_map(scene: QGraphicsScene, out: Column) -> QGraphicsPixmapItem:
    """The framed decision-region map right of the output column, with an empty caption."""
    x = out.rect.right() + 24
    decision_map = scene.addPixmap(QPixmap())
    decision_map.setPos(x, -MAP_SIZE / 2)
    decision_map.setZValue(2)
    frame = scene.addRect(QRectF(x, -MAP_SIZE / 2, MAP_SIZE, MAP_SIZE), QPen(QColor("#90a4ae")))
    frame.setZValue(3)
    caption = scene.addSimpleText("")
    caption.setFont(scene_font(LABEL_DESIGN_PX))
    caption.setData(1, MAP_CAPTION)
    caption.setPos(x, MAP_SIZE / 2 + 6)
    return decision_map


def add_highlight(scene: QGraphicsScene, col: Column) -> QGraphicsPathItem:
    """A rounded background behind ``col`` (the selected layer)."""
    path = QPainterPath()
    path.addRoundedRect(col.rect, 12, 12)
    highlight = scene.addPath(path, QPen(QColor("#90caf9"), 1.5), QBrush(QColor(227, 242, 253)))
    highlight.setZValue(-1)
    return highlight


def centre_label(col: Column, y: float) -> None:
    """Put the column's label at height ``y``, centred on the column."""
    br = col.label.boundingRect()
    col.label.setPos(col.rect.center().x() - br.width() / 2, y)


def place_texts(columns: list[Column]) -> None:
    """Centre labels and marks on their columns; labels wider than a column take turns on
    as many rows as it needs for neighbours on one row to stay apart."""
    labels = [col.label for col in columns if col.label is not None]
    widest = max((label.boundingRect().width() for label in labels), default=0.0)
    rows = max(1, min(len(labels), math.ceil(widest / (COL_SPACING - 8))))
    row_height = max((label.boundingRect().height() for label in labels), default=0) + 4
    for index, col in enumerate(columns):
        centre = col.neurons[0].rect().center().x() if col.neurons else col.rect.center().x()
        if col.label is not None:
            base = col.rect.bottom() - LABEL_ROOM  # the label row under the columns
            col.label.setPos(centre - col.label.boundingRect().width() / 2,
                             base + (index % rows) * row_height)
        if col.ellipsis is not None:
            br = col.ellipsis.boundingRect()
            col.ellipsis.setPos(centre - br.width() / 2 + 4, float(col.ellipsis.data(2)) - br.height() / 2)
