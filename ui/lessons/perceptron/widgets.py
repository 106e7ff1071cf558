"""Widgets shared by the first lessons: a labelled slider with a spin box, and the two-layer XOR diagram."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.lesson_math import xor_two_layer_rows
from nnlab.perceptron import GATES
from ui.retranslate import Retranslatable

ONE_COLOUR = QColor("#e66100")   # output 1
ZERO_COLOUR = QColor("#1a5fb4")  # output 0


class ValueSlider(QWidget):
    """A caption, a slider and a spin box showing the same float value."""

    value_changed = Signal(float)

    def __init__(self, minimum: float, maximum: float, step: float, value: float,
                 decimals: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step = step
        self.caption = QLabel(self)
        self.caption.setMinimumWidth(40)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(round(minimum / step), round(maximum / step))
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(minimum, maximum)
        self.spin.setSingleStep(step)
        self.spin.setDecimals(decimals)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.set_value(value)

    def value(self) -> float:
        """The current value (the spin box holds the exact one)."""
        return self.spin.value()

    def set_value(self, value: float) -> None:
        """Show ``value`` in both controls and emit value_changed once."""
        self.spin.setValue(value)

    def _on_slider_value_changed(self, position: int) -> None:
        self.spin.setValue(position * self._step)

    def _on_spin_value_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value / self._step))
        self.slider.blockSignals(False)
        self.value_changed.emit(value)


class XorDiagram(QWidget):
    """x1, x2 -> NAND, OR -> AND drawn with QPainter; node values of the selected input row are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(300, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.row: tuple[int, int, int, int, int] = xor_two_layer_rows()[1]

    def set_row(self, row: tuple[int, int, int, int, int]) -> None:
        """Show the values (x1, x2, s1, s2, y) of one input row on the nodes."""
        self.row = row
        self.update()

    def _nodes(self) -> dict[str, QPointF]:
        w, h = self.width(), self.height()
        return {
            "x1": QPointF(0.12 * w, 0.3 * h), "x2": QPointF(0.12 * w, 0.75 * h),
            "s1": QPointF(0.5 * w, 0.3 * h), "s2": QPointF(0.5 * w, 0.75 * h),
            "y": QPointF(0.86 * w, 0.52 * h),
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw edges, then nodes with their gate names and current values."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        nodes = self._nodes()
        painter.setPen(QPen(QColor("#555555"), 2))
        for src, dst in (("x1", "s1"), ("x1", "s2"), ("x2", "s1"), ("x2", "s2"), ("s1", "y"), ("s2", "y")):
            painter.drawLine(nodes[src], nodes[dst])
        x1, x2, s1, s2, y = self.row
        values = {"x1": x1, "x2": x2, "s1": s1, "s2": s2, "y": y}
        gates = {"s1": "NAND", "s2": "OR", "y": "AND"}
        radius = min(self.width(), self.height()) * 0.1
        font = QFont(self.font())
        font.setBold(True)
        for name, centre in nodes.items():
            painter.setPen(QPen(Qt.GlobalColor.black, 1.5))
            painter.setBrush(ONE_COLOUR.lighter(150) if values[name] else ZERO_COLOUR.lighter(190))
            painter.drawEllipse(centre, radius, radius)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{name}\n{values[name]}")
            if name in gates:
                painter.setFont(self.font())
                label = QRectF(centre.x() - 2 * radius, centre.y() - 2.2 * radius, 4 * radius, radius)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, gates[name])
        painter.end()


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its header or widest cell (the last takes any extra room), the
    table never narrower than that, and no scroll bars."""
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == last else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    needed = sum(max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in range(last + 1))
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setMinimumWidth(needed + 2 * table.frameWidth())


class XorPanel(Retranslatable, QWidget):
    """The two-layer XOR: diagram plus truth table x1, x2, s1 = NAND, s2 = OR, y = AND(s1, s2)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = xor_two_layer_rows()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.diagram = XorDiagram(self)
        self.table = QTableWidget(len(self.rows), 5, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.setMaximumHeight(self.table.verticalHeader().length()
                                    + self.table.horizontalHeader().sizeHint().height() + 6)
        self.weights_label = QLabel(self)
        self.weights_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.diagram, 1)
        layout.addWidget(self.table)
        layout.addWidget(self.weights_label)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.table.selectRow(1)
        self._retranslate()

    def _on_table_current_cell_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if 0 <= row < len(self.rows):
            self.diagram.set_row(self.rows[row])

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Two layers solve XOR: the first layer computes NAND and OR, the second takes their AND. "
            "Click a row to follow one input through the network."))
        self.table.setHorizontalHeaderLabels(["x1", "x2", "s1 = NAND", "s2 = OR", "y = AND(s1, s2)"])
        fit_columns(self.table)
        parts = [f"{name}: w1={number_text.number(w[0], 6)}, w2={number_text.number(w[1], 6)}, "
                 f"b={number_text.number(w[2], 6)}"
                 for name, w in GATES.items() if name in ("NAND", "OR", "AND")]
        self.weights_label.setText(self.tr("Weights used: {0}").format("; ".join(parts)))
