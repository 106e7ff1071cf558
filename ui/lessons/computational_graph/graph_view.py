"""GraphView: a computational graph drawn with QPainter, forward values above each edge, derivatives below.

The view only draws a :class:`nnlab.computational_graph.GraphRun`: node circles (×, +, ²), edges
as arrows from left to right, and the node the last step processed outlined, its local rule in a box above it.
Positions are in grid units per example, scaled to the widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab.computational_graph import GraphRun, Node, format_number

VALUE_COLOUR = QColor("#222222")
GRAD_COLOUR = QColor("#c01c28")
FORWARD_HIGHLIGHT = QColor("#1a5fb4")
BACKWARD_HIGHLIGHT = QColor("#c01c28")
NODE_FILL = QColor("#ffffff")
SYMBOLS = {"multiply": "×", "add": "+", "square": "**2"}  # the book writes the square node "**2"

# Grid positions (column, row): every input's start, every node, and where the output ends.
LAYOUTS: dict[str, dict[str, tuple[float, float]]] = {
    "apple": {"apple": (0, 0), "apple_num": (0, 1.4), "mul_apple": (0.9, 0.7),
              "tax": (0.9, 2.2), "mul_tax": (2.0, 1.45), "price": (2.9, 1.45)},
    "apple_orange": {"apple": (0, 0), "apple_num": (0, 1), "orange": (0, 2.2), "orange_num": (0, 3.2),
                     "mul_apple": (0.8, 0.5), "mul_orange": (0.8, 2.7), "add_apple_orange": (1.9, 1.6),
                     "tax": (1.9, 3.5), "mul_tax": (3.0, 2.5), "price": (3.8, 2.5)},
    "chain_rule": {"x": (0, 0), "y": (0, 1.4), "add": (1.0, 0.7), "square": (2.2, 0.7), "z": (3.1, 0.7)},
}


@dataclass(frozen=True)
class EdgeDrawing:
    """One edge as drawn: its name, start and end in widget pixels."""

    name: str
    start: QPointF
    end: QPointF
    from_node: bool  # False for an input, whose line starts at its caption


class GraphView(QWidget):
    """Draws the nodes and edges of a run; ``highlight`` is the node the last step processed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.run: GraphRun | None = None
        self.highlight: Node | None = None
        self.highlight_phase = ""
        self.rule_text = ""  # short local rule drawn under the highlighted node
        self.labels: dict[str, str] = {}  # edge name -> caption (translated by the lesson)
        self._painting_scale: tuple[float, float, float, float] | None = None
        self._occupied: list[QRectF] = []

    def show_run(self, run: GraphRun, highlight: Node | None, phase: str, rule_text: str) -> None:
        """Draw ``run`` with ``highlight`` outlined (the node of the step just done)."""
        self.run, self.highlight, self.highlight_phase, self.rule_text = run, highlight, phase, rule_text
        self.update()

    # --- geometry ---------------------------------------------------------------------------------
    def _layout(self) -> dict[str, tuple[float, float]]:
        return LAYOUTS[self.run.graph.key]

    def _scale(self) -> tuple[float, float, float, float]:
        """Pixels per grid unit across and down (down at most 1.6 × across), and the offsets."""
        if self._painting_scale is not None:  # one paint asks this for every point: work it out once
            return self._painting_scale
        grid = self._layout().values()
        max_col = max(c for c, _ in grid)
        max_row = max(r for _, r in grid)
        left, right = self._margins()
        margin_y = 45.0
        unit_x = (self.width() - left - right) / max(max_col, 1.0)
        unit_y = min((self.height() - 2 * margin_y) / max(max_row, 1.0), 1.6 * unit_x)
        offset_y = (self.height() - unit_y * max_row) / 2
        return unit_x, unit_y, left, offset_y

    def _margins(self) -> tuple[float, float]:
        """Room left of the first column for the inputs' captions, right of the output for its own."""
        metrics = QFontMetricsF(self.graph_font())
        layout = self._layout()
        inputs = [e for e in self.run.graph.defaults if layout[e][0] == 0]
        left = max(metrics.horizontalAdvance(self.caption(e)) for e in inputs) + 14
        right = metrics.horizontalAdvance(f"{self.labels.get(self.run.graph.output, '')} = 0000000.00") + 14
        return left, right

    def graph_font(self) -> QFont:
        """The widget's font, up to 1.4 times larger on a large canvas."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * max(1.0, min(1.4, self.width() / 700)))
        return font

    def caption(self, edge: str) -> str:
        """"name = value" ("name = ?" before forward reaches it) for an input or the output."""
        value = self.run.values.get(edge)
        return f"{self.labels.get(edge, edge)} = {format_number(value) if value is not None else '?'}"

    def point(self, name: str) -> QPointF:
        """Pixel position of an input start, a node centre or the output end."""
        unit_x, unit_y, ox, oy = self._scale()
        col, row = self._layout()[name]
        return QPointF(ox + col * unit_x, oy + row * unit_y)

    def node_radius(self) -> float:
        """Node radius in pixels: a fraction of the grid unit, within readable bounds."""
        unit_x, unit_y, _, _ = self._scale()
        return max(16.0, min(28.0, min(unit_x, unit_y) * 0.2))

    def edges(self) -> list[EdgeDrawing]:
        """Every edge from where its value comes from to the node (or end) it goes to."""
        graph = self.run.graph
        producer = {node.output: node.name for node in graph.nodes}
        drawings = []
        for node in graph.nodes:
            for edge in node.inputs:
                drawings.append(EdgeDrawing(edge, self.point(producer.get(edge, edge)),
                                            self.point(node.name), edge in producer))
        drawings.append(EdgeDrawing(graph.output, self.point(graph.nodes[-1].name),
                                    self.point(graph.output), True))
        return drawings

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        """Edges first (under the nodes), then nodes, then the highlighted node's rule."""
        if self.run is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.graph_font())
        self._painting_scale = None
        self._painting_scale = self._scale()
        try:
            self._paint(painter)
        finally:
            self._painting_scale = None
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        radius = self.node_radius()
        self._occupied = []  # edge labels and nodes, which the rule box must not cover
        for node in self.run.graph.nodes:
            centre = self.point(node.name)
            self._occupied.append(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
        for edge in self.edges():
            self._draw_edge(painter, edge, radius if edge.from_node else 0.0, radius)
        for node in self.run.graph.nodes:
            self._draw_node(painter, node, radius)

    def _draw_edge(self, painter: QPainter, edge: EdgeDrawing, start_gap: float, node_radius: float) -> None:
        start, end = edge.start, edge.end
        is_output = edge.name == self.run.graph.output
        end_gap = 0.0 if is_output else node_radius
        line = end - start
        length = max((line.x() ** 2 + line.y() ** 2) ** 0.5, 1e-6)
        unit = QPointF(line.x() / length, line.y() / length)
        a, b = start + unit * start_gap, end - unit * end_gap
        active = self.highlight is not None and (
            edge.name == self.highlight.output if self.highlight_phase == "forward"
            else edge.name in self.highlight.inputs)
        colour = (FORWARD_HIGHLIGHT if self.highlight_phase == "forward" else BACKWARD_HIGHLIGHT) \
            if active else QColor("#555555")
        painter.setPen(QPen(colour, 2.5 if active else 1.5))
        painter.drawLine(a, b)
        self._draw_arrow_head(painter, b, unit, colour)
        self._draw_edge_texts(painter, edge, a, b, start_gap == 0.0)

    @staticmethod
    def _draw_arrow_head(painter: QPainter, tip: QPointF, unit: QPointF, colour: QColor) -> None:
        normal = QPointF(-unit.y(), unit.x())
        path = QPainterPath(tip)
        path.lineTo(tip - unit * 10 + normal * 4.5)
        path.lineTo(tip - unit * 10 - normal * 4.5)
        path.closeSubpath()
        painter.fillPath(path, colour)

    def _draw_edge_texts(self, painter: QPainter, edge: EdgeDrawing, a: QPointF, b: QPointF,
                         is_input: bool) -> None:
        """The forward value above the edge and its derivative (red) below it.

        Inner edges show numbers at their middle, as the book's figures do; an input's caption
        stands left of where its line starts, the output's right of where its arrow ends.
        """
        metrics = QFontMetricsF(painter.font())
        is_output = edge.name == self.run.graph.output
        value = self.run.values.get(edge.name)
        top = self.caption(edge.name) if is_input or is_output else (
            format_number(value) if value is not None else "?")
        grad = self.run.grads.get(edge.name)
        bottom = format_number(grad) if grad is not None else ""
        height = metrics.height()
        for text, colour, below in ((top, VALUE_COLOUR, False), (bottom, GRAD_COLOUR, True)):
            if not text:
                continue
            box = QRectF(0, 0, metrics.horizontalAdvance(text) + 6, height)
            if is_input:
                box.moveCenter(a + QPointF(0, height * (0.55 if below else -0.45)))
                box.moveRight(a.x() - 4)
            elif is_output:
                box.moveCenter(b + QPointF(0, height * (0.55 if below else -0.45)))
                box.moveLeft(b.x() + 4)
            else:
                box.moveCenter((a + b) / 2 + QPointF(0, height * (0.75 if below else -0.75)))
            self._occupied.append(box)
            painter.fillRect(box, QColor(255, 255, 255, 220))
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_node(self, painter: QPainter, node: Node, radius: float) -> None:
        centre = self.point(node.name)
        highlighted = self.highlight is not None and node.name == self.highlight.name
        colour = (FORWARD_HIGHLIGHT if self.highlight_phase == "forward" else BACKWARD_HIGHLIGHT)
        painter.setPen(QPen(colour if highlighted else QColor("#333333"), 3.5 if highlighted else 1.8))
        painter.setBrush(QColor("#fff4e5") if highlighted else NODE_FILL)
        painter.drawEllipse(centre, radius, radius)
        symbol_font = QFont(painter.font())
        symbol = SYMBOLS[node.layer.rule]
        symbol_font.setPointSizeF(painter.font().pointSizeF() * (1.6 if len(symbol) == 1 else 1.05))
        symbol_font.setBold(True)
        painter.save()
        painter.setFont(symbol_font)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, symbol)
        painter.restore()
        if highlighted and self.rule_text:
            box = self._rule_box(centre, radius, QFontMetricsF(painter.font()))
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.rule_text)

    def _rule_box(self, centre: QPointF, radius: float, metrics: QFontMetricsF) -> QRectF:
        """Where the rule goes: above, below or beside the node, the first place no label covers."""
        width, height = metrics.horizontalAdvance(self.rule_text) + 10, metrics.height() + 4
        gap = radius + 6
        candidates = [
            QPointF(centre.x() - width / 2, centre.y() - gap - height),  # above
            QPointF(centre.x() - width / 2, centre.y() + gap),  # below
            QPointF(centre.x() + radius * 0.6, centre.y() - gap - height),  # above right
            QPointF(centre.x() + radius * 0.6, centre.y() + gap),  # below right
            QPointF(centre.x() - radius * 0.6 - width, centre.y() - gap - height),  # above left
            QPointF(centre.x() - radius * 0.6 - width, centre.y() + gap),  # below left
        ]
        bounds = QRectF(self.rect())
        boxes = [QRectF(corner.x(), corner.y(), width, height) for corner in candidates]
        for box in boxes:
            if bounds.contains(box) and not any(box.intersects(o) for o in self._occupied):
                return box
        return boxes[0]
