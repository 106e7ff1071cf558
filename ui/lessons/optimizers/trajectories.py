"""Lesson 7 (a): optimizer paths on 2-D functions, animated step by step on a contour map."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.landscapes import LANDSCAPES, Landscape, OptimizerPath, trace_path
from nnlab.optimizers import make_optimizer
from nnlab.run import OPTIMIZER_NAMES
from ui.lessons.comparison_runs import colour, setup_plot_defaults
from ui.retranslate import Retranslatable
from ui.widgets.axes import readable_axes

MAP_MIN_HEIGHT = 220  # px: below this the paths on the map run together
BOOK_FOUR = ("SGD", "Momentum", "AdaGrad", "Adam")
LANDSCAPE_NAMES: tuple[str, ...] = ("book", "rosenbrock", "saddle", "beale")
GRID = 160  # contour grid resolution per axis


def contour_field(landscape: Landscape) -> tuple[np.ndarray, bool]:
    """Grid values to colour and contour: log10 of the height above the minimum when there is one."""
    xs = np.linspace(*landscape.x_range, GRID)
    ys = np.linspace(*landscape.y_range, GRID)
    X, Y = np.meshgrid(xs, ys, indexing="ij")  # image[x, y], pyqtgraph's default axis order
    z = np.asarray(landscape.f(X, Y), dtype=float)
    if landscape.minimum is None:
        return z, False
    z_min = float(landscape.f(*landscape.minimum))
    return np.log10(np.maximum(z - z_min, 0.0) + 1e-3), True


class TrajectoryView(Retranslatable, QWidget):
    """Contour map with one animated path per optimizer, a draggable start and f-versus-step curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.landscape: Landscape = LANDSCAPES["book"]
        self.start_point: tuple[float, float] = self.landscape.default_start
        self.paths: dict[str, OptimizerPath] = {}
        self.step_index = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._build_controls()
        self._build_plots()
        self._retranslate()
        self._load_landscape("book")

    # --- construction -------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.landscape_combo = QComboBox()
        for name in LANDSCAPE_NAMES:
            self.landscape_combo.addItem(LANDSCAPES[name].formula, name)
        self.landscape_combo.currentIndexChanged.connect(self._on_landscape_combo_changed)
        # Sized to the shown formula, not the longest one, so the lesson fits a small screen.
        self.landscape_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.landscape_combo.setMinimumContentsLength(16)
        self.checks: dict[str, QCheckBox] = {}
        self.lr_spins: dict[str, QDoubleSpinBox] = {}
        self.state_labels: dict[str, QLabel] = {}
        self.optimizer_grid = QGridLayout()
        for row, name in enumerate(OPTIMIZER_NAMES):
            check = QCheckBox(name)
            check.setChecked(name in BOOK_FOUR)
            check.setStyleSheet(f"QCheckBox {{ color: {colour(row)}; font-weight: bold; }}")
            check.toggled.connect(self._redraw)
            spin = QDoubleSpinBox()
            spin.setDecimals(4)
            spin.setRange(0.0001, 10.0)
            spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
            spin.valueChanged.connect(self._recompute)
            state = QLabel()
            self.checks[name], self.lr_spins[name], self.state_labels[name] = check, spin, state
            self.optimizer_grid.addWidget(check, row + 1, 0)
            self.optimizer_grid.addWidget(spin, row + 1, 1)
            self.optimizer_grid.addWidget(state, row + 1, 2)
        self.header_labels = [QLabel(), QLabel(), QLabel()]
        for col, label in enumerate(self.header_labels):
            self.optimizer_grid.addWidget(label, 0, col)
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(1, 2000)
        self.steps_spin.setValue(30)
        self.steps_spin.valueChanged.connect(self._recompute)
        self.play_button = QPushButton()
        self.step_button = QPushButton()
        self.reset_button = QPushButton()
        self.default_start_button = QPushButton()
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button.clicked.connect(self.step)
        self.reset_button.clicked.connect(self.reset)
        self.default_start_button.clicked.connect(self._on_default_start_clicked)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(1, 60)
        self.speed_slider.setValue(10)
        self.speed_slider.valueChanged.connect(self._on_speed_changed)
        self.step_label = QLabel()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.small_labels = [QLabel(), QLabel(), QLabel()]

    def _build_plots(self) -> None:
        self.map_plot = pg.PlotWidget(axisItems=readable_axes())
        # To scale: the ellipses of x²/20 + y² look as stretched as they are.
        self.map_plot.setAspectLocked(True)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.ColorMap([0.0, 1.0], [(255, 255, 255), (150, 185, 225)]))
        self.map_plot.addItem(self.image)
        self.isocurves: list[pg.IsocurveItem] = []
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.loss_curves: dict[str, pg.PlotDataItem] = {}
        self.loss_plot = pg.PlotWidget(axisItems=readable_axes())
        self.loss_plot.showGrid(x=True, y=True, alpha=0.3)
        for i, name in enumerate(OPTIMIZER_NAMES):
            pen = pg.mkPen(colour(i), width=2)
            self.curves[name] = self.map_plot.plot([], [], pen=pen, symbol="o", symbolSize=5,
                                                   symbolBrush=colour(i), symbolPen=None)
            self.loss_curves[name] = self.loss_plot.plot([], [], pen=pen)
        self.minimum_marker = pg.ScatterPlotItem(symbol="star", size=16, brush="#333333")
        self.map_plot.addItem(self.minimum_marker)
        self.target = pg.TargetItem(pos=self.start_point, size=16, movable=True,
                                    pen=pg.mkPen("k", width=2))
        self.target.sigPositionChanged.connect(self._on_target_moved)
        self.map_plot.addItem(self.target)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.small_labels[0])
        top.addWidget(self.landscape_combo, 1)
        top.addWidget(self.small_labels[1])
        top.addWidget(self.steps_spin)
        play = QHBoxLayout()
        for w in (self.play_button, self.step_button, self.reset_button, self.small_labels[2],
                  self.speed_slider):
            play.addWidget(w)
        play.addStretch(1)
        self.speed_slider.setMinimumWidth(60)
        side = QVBoxLayout()
        side.addWidget(self.step_label)
        side.addLayout(self.optimizer_grid)
        side.addWidget(self.hint_label)
        side.addWidget(self.default_start_button)
        side.addStretch(1)
        below = QHBoxLayout()
        below.addLayout(side)
        below.addWidget(self.loss_plot, 1)
        # The map drawn to scale is wider than tall (x²/20 + y²): it gets the whole width.
        body = QVBoxLayout()
        self.map_plot.setMinimumHeight(MAP_MIN_HEIGHT)  # on a short screen the page scrolls instead
        body.addWidget(self.map_plot, 3)
        body.addLayout(below, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(play)
        layout.addLayout(body, 1)

    # --- language -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        for label, text in zip(self.header_labels, [self.tr("Optimizer"), self.tr("Learning rate"),
                                                    self.tr("Now")], strict=True):
            label.setText(f"<b>{text}</b>")
        for label, text in zip(self.small_labels, [self.tr("Function:"), self.tr("Steps:"),
                                                   self.tr("Speed:")], strict=True):
            label.setText(text)
        self.step_button.setText(self.tr("Step"))
        self.reset_button.setText(self.tr("Reset"))
        self.default_start_button.setText(self.tr("Back to the default start"))
        self.hint_label.setText(self.tr("Drag the black cross on the map to start from elsewhere."))
        self.map_plot.setLabel("bottom", "x")
        self.map_plot.setLabel("left", "y")
        self.loss_plot.setLabel("bottom", self.tr("step"))
        self._update_axis_label()
        self._update_play_text()
        self._redraw()

    def _update_axis_label(self) -> None:
        has_minimum = self.landscape.minimum is not None
        self.loss_plot.setLabel("left", self.tr("f(x, y) − minimum") if has_minimum else "f(x, y)")

    def _update_play_text(self) -> None:
        self.play_button.setText(self.tr("Pause") if self._timer.isActive() else self.tr("Play"))

    # --- model changes ------------------------------------------------------------------------
    def _load_landscape(self, name: str) -> None:
        """Show a landscape: contours, its learning rates, its default start."""
        self.stop()
        self.landscape = LANDSCAPES[name]
        for opt, spin in self.lr_spins.items():
            spin.blockSignals(True)
            spin.setValue(self.landscape.learning_rates.get(opt, 0.01))
            spin.blockSignals(False)
        self.steps_spin.blockSignals(True)
        self.steps_spin.setValue(self.landscape.steps)
        self.steps_spin.blockSignals(False)
        self._draw_contours()
        has_minimum = self.landscape.minimum is not None
        self.minimum_marker.setData([self.landscape.minimum[0]] if has_minimum else [],
                                    [self.landscape.minimum[1]] if has_minimum else [])
        self.loss_plot.setLogMode(False, has_minimum)
        self._update_axis_label()
        self.set_start(self.landscape.default_start)

    def _draw_contours(self) -> None:
        field, _ = contour_field(self.landscape)
        x0, x1 = self.landscape.x_range
        y0, y1 = self.landscape.y_range
        self.image.setImage(field, autoLevels=True)
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        for iso in self.isocurves:
            iso.setParentItem(None)
            self.map_plot.getPlotItem().vb.removeItem(iso)
        self.isocurves = []
        low, high = float(field.min()), float(np.percentile(field, 97))
        for level in np.linspace(low, high, 16)[1:]:
            iso = pg.IsocurveItem(data=field, level=level, pen=pg.mkPen((90, 110, 140), width=1))
            iso.setParentItem(self.image)
            self.isocurves.append(iso)
        self.map_plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def set_start(self, point: tuple[float, float]) -> None:
        """Move the start point (and the draggable cross) and recompute every path."""
        self.start_point = (float(point[0]), float(point[1]))
        self.target.blockSignals(True)
        self.target.setPos(*self.start_point)
        self.target.blockSignals(False)
        self._recompute()

    @Slot()
    def _recompute(self) -> None:
        """Trace every optimizer's path with its current learning rate from the start point."""
        steps = self.steps_spin.value()
        for name in OPTIMIZER_NAMES:
            optimizer = make_optimizer(name, self.lr_spins[name].value())
            self.paths[name] = trace_path(self.landscape, optimizer, self.start_point, steps)
        if not self._timer.isActive():
            self.step_index = steps
        self.step_index = min(self.step_index, steps)
        self._redraw()

    @Slot()
    def _redraw(self) -> None:
        """Show each checked optimizer's path up to the current step."""
        if not self.paths:
            return
        k = self.step_index
        minimum = self.landscape.minimum
        offset = float(self.landscape.f(*minimum)) if minimum is not None else 0.0
        for name in OPTIMIZER_NAMES:
            path = self.paths[name]
            shown = self.checks[name].isChecked()
            points = path.points[: k + 1]
            self.curves[name].setVisible(shown)
            self.loss_curves[name].setVisible(shown)
            self.curves[name].setData(points[:, 0], points[:, 1])
            heights = np.asarray(self.landscape.f(points[:, 0], points[:, 1]), dtype=float) - offset
            if minimum is not None:
                heights = np.maximum(heights, 1e-16)
            self.loss_curves[name].setData(np.arange(len(points)), heights)
            self.state_labels[name].setText(self._state_text(path, k, heights[-1]))
        self.step_label.setText(self.tr("step %1 / %2").replace("%1", str(k))
                                .replace("%2", str(self.steps_spin.value())))

    def _state_text(self, path: OptimizerPath, k: int, height: float) -> str:
        if path.diverged and path.diverged_at is not None and k >= path.diverged_at:
            return self.tr("diverged at step %1").replace("%1", str(path.diverged_at))
        x, y = path.points[k]
        return f"({number_text.fixed(x, 2)}, {number_text.fixed(y, 2)})"

    # --- animation ----------------------------------------------------------------------------
    @Slot()
    def toggle_play(self) -> None:
        """Play from the start (or from the current step) / pause."""
        if self._timer.isActive():
            self.stop()
            return
        if self.step_index >= self.steps_spin.value():
            self.step_index = 0
        self._timer.start(int(1000 / self.speed_slider.value()))
        self._update_play_text()
        self._redraw()

    def stop(self) -> None:
        """Pause the animation."""
        self._timer.stop()
        self._update_play_text()

    @Slot()
    def step(self) -> None:
        """Advance the animation by one step (restarting at 0 after the end)."""
        self.stop()
        self.step_index = 0 if self.step_index >= self.steps_spin.value() else self.step_index + 1
        self._redraw()

    @Slot()
    def reset(self) -> None:
        """Go back to step 0."""
        self.stop()
        self.step_index = 0
        self._redraw()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.step_index += 1
        if self.step_index >= self.steps_spin.value():
            self.step_index = self.steps_spin.value()
            self.stop()
        self._redraw()

    @Slot(int)
    def _on_speed_changed(self, value: int) -> None:
        if self._timer.isActive():
            self._timer.setInterval(int(1000 / value))

    @Slot(int)
    def _on_landscape_combo_changed(self, index: int) -> None:
        self._load_landscape(self.landscape_combo.itemData(index))

    @Slot()
    def _on_target_moved(self) -> None:
        pos = self.target.pos()
        self.start_point = (float(pos.x()), float(pos.y()))
        self._recompute()

    @Slot()
    def _on_default_start_clicked(self) -> None:
        self.set_start(self.landscape.default_start)

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop the animation timer when the lesson is not visible."""
        self.stop()
        super().hideEvent(event)


def optimizer_colour(name: str) -> QColor:
    """The colour an optimizer has in both plots."""
    return QColor(colour(OPTIMIZER_NAMES.index(name)))
