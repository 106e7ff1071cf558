"""NetworkDiagram: the network drawn as columns of neurons, recoloured live while it trains.

The scene's geometry is :mod:`ui.widgets.diagram_scene`; this view colours it from the weights and
activations of a snapshot, draws the 2-D heatmaps, fits the drawing and reacts to clicks.
"""

from __future__ import annotations

import logging
import math
from itertools import pairwise
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontInfo, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from nnlab import number_text
from nnlab.functions import softmax
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.network_description import layer_outputs
from ui.engine_names import activation_text
from ui.retranslate import Retranslatable
from ui.widgets.diagram_maps import (
    CLASS_COLORS,
    NEGATIVE,
    POSITIVE,
    diverging_rgba,
    network_of,
    plane_grid,
    region_rgba,
    to_pixmap,
)
from ui.widgets.diagram_scene import (
    LABEL_DESIGN_PX,
    LABEL_ROOM,
    MAP_CAPTION,
    MAP_SIZE,
    MARK_MAX_PX,
    Column,
    add_columns,
    add_connections,
    add_decision_map,
    add_highlight,
    centre_label,
    place_texts,
)

log = logging.getLogger(__name__)

TOY_GRID = 24  # hidden-neuron heatmaps are TOY_GRID x TOY_GRID
MAP_GRID = 72  # the decision-region map


class NetworkDiagram(Retranslatable, QGraphicsView):
    """Columns of neurons (input, hidden..., output) joined by weight-coloured connections."""

    layer_clicked = Signal(int)  # index into net.describe() / snapshot.layers (0 = first Affine)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(320, 220)
        self.spec: NetSpec | None = None
        self.columns: list[Column] = []
        self.connections: list[list[tuple[int, int, QGraphicsLineItem]]] = []
        self.decision_map: QGraphicsPixmapItem | None = None
        self._highlight: QGraphicsPathItem | None = None
        self._selected = -1
        self._toy: tuple[np.ndarray, np.ndarray] | None = None
        self._snapshot: Any = None
        self._empty_text: QGraphicsSimpleTextItem | None = None
        self._set_labels()

    # ----- public API -----
    def set_spec(self, spec: NetSpec) -> None:
        """Redraw the scene for a new architecture (weights unknown until update_snapshot)."""
        self.spec = spec
        self._snapshot = None
        self._rebuild()

    def set_toy_data(self, x: np.ndarray | None, t: np.ndarray | None) -> None:
        """Give 2-D data (n, 2) and labels so neurons show heatmaps over the plane; None turns it off."""
        if x is None or t is None:
            self._toy = None
        else:
            labels = np.asarray(t)
            labels = labels.argmax(axis=1) if labels.ndim == 2 else labels
            self._toy = (np.asarray(x, dtype=np.float64), labels.astype(int))
        snapshot = self._snapshot
        self._rebuild()
        if snapshot is not None:
            self.update_snapshot(snapshot)

    def update_snapshot(self, snapshot: Any) -> None:
        """Recolour connections, neurons and heatmaps from a NetworkSnapshot (no scene rebuild)."""
        if self.spec != snapshot.spec:
            self.set_spec(snapshot.spec)
        self._snapshot = snapshot
        for k, lines in enumerate(self.connections):
            self._colour_connections(k, snapshot.params[f"W{k + 1}"], lines)
        self._colour_neurons(snapshot)
        if self.toy_mode:
            try:
                self._update_heatmaps(network_of(snapshot))
            except (ValueError, KeyError) as exc:  # mismatching data; keep drawing the rest
                log.warning("toy heatmaps skipped: %s", exc)

    def set_selected_layer(self, index: int) -> None:
        """Highlight the column produced by layer ``index`` (-1: none)."""
        self._selected = index
        self._place_highlight()

    @property
    def toy_mode(self) -> bool:
        """True when neurons show heatmaps over a 2-D input plane."""
        return self._toy is not None and self.spec is not None and self.spec.input_size == 2

    def column_rect(self, column: int) -> QRectF:
        """Scene rectangle of a column (0 = input), the area that reacts to clicks."""
        return QRectF(self.columns[column].rect)

    # ----- building the scene -----
    def _rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self.columns, self.connections = [], []
        self.decision_map = self._highlight = self._empty_text = None
        if self.spec is None:
            self._empty_text = scene.addSimpleText("")
            self._set_labels()
            self._fit()
            return
        sizes = [self.spec.input_size, *self.spec.hidden, self.spec.output_size]
        self.columns = add_columns(scene, sizes, self.toy_mode)
        label_y = self.columns[0].rect.bottom() - LABEL_ROOM
        for a, b in pairwise(self.columns):
            self.connections.append(add_connections(scene, a, b))
        if self.toy_mode:
            self.decision_map = add_decision_map(scene, self.columns[-1])
        self._place_highlight()
        self._set_labels()
        for col in self.columns:
            centre_label(col, label_y)
        self._fit()

    def _place_highlight(self) -> None:
        if self._highlight is not None:
            self.scene().removeItem(self._highlight)
            self._highlight = None
        column = self._selected + 1 if self._selected >= 0 else -1
        if 0 < column < len(self.columns):
            self._highlight = add_highlight(self.scene(), self.columns[column])

    def _fit(self) -> None:
        """Fit the drawing in the view, with its texts at least the widget's font size on screen.

        A tall network is scaled down to fit, which would shrink 15-unit labels to a few pixels;
        the labels are enlarged in scene units instead, and the drawing is fitted again."""
        for _ in range(4):
            rect = self.scene().itemsBoundingRect().adjusted(-16, -16, 16, 16)
            self.setSceneRect(rect)
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if not self._enlarge_texts():
                break

    def text_items(self) -> list[QGraphicsSimpleTextItem]:
        """The scene's texts: column labels, "⋮ n" marks, the map caption, the empty message."""
        return [item for item in self.scene().items() if isinstance(item, QGraphicsSimpleTextItem)]

    def _enlarge_texts(self) -> bool:
        """Give every text the pixel size that shows it at the widget's font size; True if any changed.

        The "⋮ n" marks sit between two neurons, so they grow only up to that gap; column labels
        too wide for their column alternate between two rows so that neighbours never overlap."""
        scale = self.transform().m11()
        if scale <= 0 or not self.isVisible():
            return False
        wanted = max(LABEL_DESIGN_PX, math.ceil(QFontInfo(self.font()).pixelSize() / scale))
        marks = {id(col.ellipsis) for col in self.columns if col.ellipsis is not None}
        changed = False
        for item in self.text_items():
            size = min(wanted, MARK_MAX_PX) if id(item) in marks else wanted
            font = item.font()
            if font.pixelSize() != size:
                font.setPixelSize(size)
                item.setFont(font)
                changed = True
        if changed:
            place_texts(self.columns)
        return changed

    # ----- colouring -----
    def _colour_connections(self, k: int, W: np.ndarray,
                            lines: list[tuple[int, int, QGraphicsLineItem]]) -> None:
        if not lines:
            return
        rows = np.array([i for i, _, _ in lines])
        cols = np.array([j for _, j, _ in lines])
        w = np.asarray(W, dtype=np.float64)[rows, cols]
        scale = float(np.max(np.abs(w))) or 1.0
        for (i, j, line), value in zip(lines, w, strict=True):
            mag = min(abs(value) / scale, 1.0)
            colour = QColor(*(POSITIVE if value >= 0 else NEGATIVE), int(50 + 205 * mag))
            line.setPen(QPen(colour, 0.6 + 3.4 * mag))
            line.setToolTip(
                self.tr("Weight W{0}[{1}, {2}] = {3}").format(k + 1, i, j, number_text.number(value, 4)))

    def _colour_neurons(self, snapshot: Any) -> None:
        for col in self.columns[:1]:
            for item in col.neurons:
                item.setBrush(QBrush(QColor("#eceff1")))
                item.setToolTip(self.tr("Input {0} of {1}").format(int(item.data(0)) + 1, col.size))
        for k, col in enumerate(self.columns[1:]):
            b = np.asarray(snapshot.params.get(f"b{k + 1}", np.zeros(col.size)), dtype=np.float64)
            acts = self._activation_means(snapshot, k, col.size)
            scale = float(np.nanmax(np.abs(acts))) if np.isfinite(acts).any() else 0.0
            for item in col.neurons:
                i = int(item.data(0))
                mean = acts[i]
                shade = min(abs(mean) / scale, 1.0) if scale > 0 and np.isfinite(mean) else 0.0
                item.setBrush(QBrush(QColor(255, int(255 - 70 * shade), int(255 - 190 * shade))))
                mean_text = number_text.number(mean, 4) if np.isfinite(mean) else "—"
                item.setToolTip(self.tr("Neuron {0} of {1}\nbias: {2}\nmean activation: {3}").format(
                    i + 1, col.size, number_text.number(b[i], 4), mean_text))

    @staticmethod
    def _activation_means(snapshot: Any, k: int, n: int) -> np.ndarray:
        layers = getattr(snapshot, "layers", None) or []
        acts = layers[k].activations if k < len(layers) else None
        if acts is None or np.size(acts) == 0:
            return np.full(n, np.nan)
        return np.asarray(acts, dtype=np.float64).reshape(-1, n).mean(axis=0)

    def _update_heatmaps(self, net: MultiLayerNet) -> None:
        points, _ = plane_grid(self._toy[0], TOY_GRID)
        outputs = layer_outputs(net, points)
        probs = softmax(outputs[-1])
        for k, col in enumerate(self.columns[1:]):
            values = probs if k == len(self.columns) - 2 else outputs[k]
            for s, item in enumerate(col.neurons):
                v = values[:, int(item.data(0))].reshape(TOY_GRID, TOY_GRID)
                scale = float(np.max(np.abs(v)))
                pixmap = to_pixmap(diverging_rgba(v, scale), item.rect().width() - 2, True)
                if s >= len(col.heatmaps):
                    heat = self.scene().addPixmap(pixmap)
                    heat.setZValue(2.5)
                    heat.setAcceptHoverEvents(False)
                    col.heatmaps.append(heat)
                col.heatmaps[s].setPixmap(pixmap)
                col.heatmaps[s].setPos(item.rect().topLeft() + QPointF(1.0, 1.0))
                col.heatmaps[s].setToolTip(item.toolTip())
        self._draw_decision_map(net)

    def _draw_decision_map(self, net: MultiLayerNet) -> None:
        points, (x0, y0, x1, y1) = plane_grid(self._toy[0], MAP_GRID)
        probs = softmax(np.asarray(net.predict(points), dtype=np.float64))
        pixmap = to_pixmap(region_rgba(probs).reshape(MAP_GRID, MAP_GRID, 4), MAP_SIZE, False)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#263238"), 0.8))
        x, labels = self._toy
        px = (x[:, 0] - x0) / (x1 - x0) * MAP_SIZE
        py = (y1 - x[:, 1]) / (y1 - y0) * MAP_SIZE
        for u, v, c in zip(px, py, labels, strict=True):
            painter.setBrush(QBrush(QColor(CLASS_COLORS[c % len(CLASS_COLORS)])))
            painter.drawEllipse(QRectF(u - 2.6, v - 2.6, 5.2, 5.2))
        painter.end()
        self.decision_map.setPixmap(pixmap)

    # ----- Qt events -----
    def mousePressEvent(self, event: Any) -> None:
        """Emit layer_clicked for the column under the mouse."""
        pos = self.mapToScene(event.position().toPoint())
        for c, col in enumerate(self.columns):
            if col.rect.contains(pos):
                index = max(c - 1, 0)  # the input column belongs to the first layer's weights
                self.set_selected_layer(index)
                self.layer_clicked.emit(index)
                break
        super().mousePressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        """Keep the whole network in view."""
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: Any) -> None:
        """Fit once the widget has its real size."""
        super().showEvent(event)
        self._fit()

    def _retranslate(self) -> None:
        self._set_labels()
        if self._snapshot is not None:
            self.update_snapshot(self._snapshot)  # the tooltips are texts too

    def _set_labels(self) -> None:
        if self._empty_text is not None:
            self._empty_text.setText(self.tr("Choose an architecture to see the network"))
        for item in self.scene().items():
            if item.data(1) == MAP_CAPTION:
                item.setText(self.tr("Decision regions (dots: data)"))
        if self.spec is None or not self.columns:
            return
        for c, col in enumerate(self.columns):
            col.label.setText(self._label_text(c))
            centre_label(col, col.label.pos().y())

    def _label_text(self, c: int) -> str:
        spec = self.spec
        last = len(self.columns) - 1
        if c == 0:
            return self.tr("Input\n{0} values").format(spec.input_size)
        if c == last:
            return self.tr("Output\n{0} · softmax").format(spec.output_size)
        lines = [self.tr("Hidden {0}").format(c),
                 self.tr("{0} · {1}").format(spec.hidden[c - 1], activation_text(spec.activation))]
        if spec.batch_norm:
            lines.append(self.tr("BatchNorm"))
        if spec.dropout > 0:
            lines.append(self.tr("dropout {0}").format(f"{spec.dropout:g}"))
        return "\n".join(lines)
