"""Lesson 1 (chapter 2): a perceptron as a logic gate, its decision line, and why XOR needs two layers."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsPolygonItem,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.lesson_math import half_plane_polygon, perceptron_table, table_mismatches
from nnlab.perceptron import AND, GATES, NAND, OR, XOR, decision_line, truth_table
from ui.lessons.perceptron.widgets import ONE_COLOUR, ValueSlider, XorPanel, fit_columns
from ui.retranslate import Retranslatable
from ui.sentences import join_sentences

TARGETS = {"AND": AND, "NAND": NAND, "OR": OR, "XOR": XOR}
BOX = (-0.5, 1.5, -0.5, 1.5)
MATCH_COLOUR = QColor("#c6efce")
MISS_COLOUR = QColor("#ffc7ce")


class GatePlot(pg.PlotWidget):
    """The unit square: the four inputs coloured by output, the decision line, the shaded 'y = 1' side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(260, 260)
        self.setAspectLocked(True)
        self.show_whole_square()
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.2)
        self.region = QGraphicsPolygonItem()
        self.region.setBrush(QBrush(QColor(230, 97, 0, 50)))
        self.region.setPen(QPen(Qt.PenStyle.NoPen))
        self.addItem(self.region)
        self.line = self.plot([], [], pen=pg.mkPen("#333333", width=2))
        self.points = pg.ScatterPlotItem(size=22, pen=pg.mkPen("k", width=1.5))
        self.addItem(self.points)
        self.labels = []
        for x1, x2 in ((0, 0), (1, 0), (0, 1), (1, 1)):
            label = pg.TextItem(f"({x1},{x2})", color="#222222", anchor=(0.5, -0.6))
            label.setPos(x1, x2)
            self.addItem(label)
            self.labels.append(label)

    def show_whole_square(self) -> None:
        """Show all of BOX: with the aspect locked, the longer side of the plot gets the extra room."""
        item = getattr(self, "plotItem", None)  # None while PlotWidget.__init__ is still running
        if item is not None:
            item.getViewBox().setRange(xRange=BOX[:2], yRange=BOX[2:], padding=0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_whole_square()

    def show_perceptron(self, w1: float, w2: float, b: float) -> None:
        """Redraw for the weights (w1, w2) and bias b."""
        polygon = half_plane_polygon(w1, w2, b, BOX)
        self.region.setPolygon(QPolygonF([QPointF(x, y) for x, y in polygon]))
        segment = decision_line(w1, w2, b, BOX)
        if segment is None:
            self.line.setData([], [])
        else:
            (xa, ya), (xb, yb) = segment
            self.line.setData([xa, xb], [ya, yb])
        rows = perceptron_table(w1, w2, b)
        self.points.setData(
            [r[0] for r in rows], [r[1] for r in rows],
            brush=[pg.mkBrush(ONE_COLOUR if r[2] else "w") for r in rows],
        )


class PerceptronLesson(Retranslatable, QWidget):
    """Sliders for w1, w2, b; presets; live truth table and decision line; the two-layer XOR tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_single_tab(), "")
        self.xor_panel = XorPanel(self)
        self.tabs.addTab(self.xor_panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._retranslate()
        self.apply_preset("AND")

    def _build_single_tab(self) -> QWidget:
        page = QWidget(self)
        self.formula = QLabel(page)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sliders = {
            "w1": ValueSlider(-1.0, 1.0, 0.05, 0.5, parent=page),
            "w2": ValueSlider(-1.0, 1.0, 0.05, 0.5, parent=page),
            "b": ValueSlider(-1.5, 1.5, 0.05, -0.7, parent=page),
        }
        for name, slider in self.sliders.items():
            slider.caption.setText(name)
            slider.value_changed.connect(self._refresh)
        self.preset_box = QGroupBox(page)
        presets = QHBoxLayout(self.preset_box)
        self.preset_buttons: dict[str, QPushButton] = {}
        for name in TARGETS:
            button = QPushButton(name, self.preset_box)
            button.clicked.connect(lambda _checked=False, n=name: self.apply_preset(n))
            presets.addWidget(button)
            self.preset_buttons[name] = button
        self.target_caption = QLabel(page)
        self.target_combo = QComboBox(page)
        self.target_combo.addItems(list(TARGETS))
        self.target_combo.currentTextChanged.connect(self._refresh)
        self.plot = GatePlot(page)
        self.plot_caption = QLabel(page)
        self.plot_caption.setWordWrap(True)
        self.table = self._make_table(page)
        self.verdict = QLabel(page)
        self.verdict.setWordWrap(True)
        self.show_xor_button = QPushButton(page)
        self.show_xor_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.xor_panel))
        grid = QGridLayout(page)
        grid.addWidget(self.formula, 0, 0, 1, 2)
        for row, slider in enumerate(self.sliders.values(), start=1):
            grid.addWidget(slider, row, 0, 1, 2)
        grid.addWidget(self.preset_box, 4, 0, 1, 2)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_caption)
        target_row.addWidget(self.target_combo, 1)
        grid.addLayout(target_row, 5, 0)
        grid.addWidget(self.plot, 6, 0, 3, 1)
        grid.addWidget(self.plot_caption, 9, 0)
        grid.addWidget(self.table, 6, 1)
        grid.addWidget(self.verdict, 7, 1)
        grid.addWidget(self.show_xor_button, 8, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(8, 1)
        return page

    @staticmethod
    def _make_table(parent: QWidget) -> QTableWidget:
        table = QTableWidget(4, 5, parent)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        for r in range(4):
            for c in range(5):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(table.verticalHeader().length() + header + 6)
        return table

    def weights(self) -> tuple[float, float, float]:
        """The current (w1, w2, b)."""
        return tuple(self.sliders[n].value() for n in ("w1", "w2", "b"))  # type: ignore[return-value]

    def apply_preset(self, name: str) -> None:
        """Load a gate's weights (AND, NAND, OR) or pick XOR as the target while keeping the weights."""
        if name in GATES:
            for key, value in zip(("w1", "w2", "b"), GATES[name], strict=True):
                slider = self.sliders[key]
                slider.blockSignals(True)
                slider.set_value(value)
                slider.blockSignals(False)
        self.target_combo.blockSignals(True)
        self.target_combo.setCurrentText(name)
        self.target_combo.blockSignals(False)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        w1, w2, b = self.weights()
        self.formula.setText(self.tr("y = 1  if  {0}·x1 {1}·x2 {2} > 0,   otherwise 0").format(
            number_text.fixed(w1, 2), number_text.signed_term(w2, 2), number_text.signed_term(b, 2)))
        self.plot.show_perceptron(w1, w2, b)
        table = perceptron_table(w1, w2, b)
        target_name = self.target_combo.currentText()
        target = truth_table(TARGETS[target_name])
        misses = table_mismatches(table, target)
        for r, ((x1, x2, y), (_, _, t)) in enumerate(zip(table, target, strict=True)):
            values = (x1, x2, y, t, "✓" if y == t else "✗")
            for c, value in enumerate(values):
                item = self.table.item(r, c)
                item.setText(str(value))
                item.setBackground(QBrush(MATCH_COLOUR if y == t else MISS_COLOUR))
        self._show_verdict(target_name, len(misses))

    def _show_verdict(self, target_name: str, n_misses: int) -> None:
        xor = target_name == "XOR"
        if n_misses == 0:
            text = self.tr("These weights compute {0} on all four inputs.").format(target_name)
        else:
            text = self.tr("Wrong on {0} of 4 inputs for {1}.").format(n_misses, target_name)
        if xor:
            text = join_sentences(text, self.tr(
                "No w1, w2, b can get all four XOR rows right: one straight line cannot put (0,1) and (1,0) "
                "on one side and (0,0) and (1,1) on the other. Two layers can."))
        self.verdict.setText(text)
        self.show_xor_button.setVisible(xor)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("One perceptron"))
        self.tabs.setTabText(1, self.tr("XOR with two layers"))
        self.preset_box.setTitle(self.tr("Presets"))
        self.target_caption.setText(self.tr("Compare with gate:"))
        self.show_xor_button.setText(self.tr("Show XOR with two layers →"))
        self.table.setHorizontalHeaderLabels(
            ["x1", "x2", self.tr("y (yours)"), self.tr("gate"), self.tr("match")])
        fit_columns(self.table)
        self.plot.setLabel("bottom", "x1")
        self.plot.setLabel("left", "x2")
        self.plot_caption.setText(self.tr("Orange: output 1 (shaded side); white: output 0"))
        if hasattr(self, "verdict") and self.table.item(0, 0).text():
            self._refresh()
