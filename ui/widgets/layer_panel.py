"""LayerPanel: histograms, gradient size over time and first-layer weight images for one layer."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from nnlab import number_text
from ui.engine_names import activation_text
from ui.retranslate import Retranslatable
from ui.widgets.axes import readable_axes
from ui.widgets.diagram_maps import diverging_rgba

MAX_HISTORY = 2000  # points kept per layer for the gradient-size curve
MAX_WEIGHT_IMAGES = 64
HIST_BINS = 40


class BoundedHistory:
    """(iteration, value) pairs in fixed memory: when full, keep every other point, sample half as often."""

    def __init__(self, capacity: int = MAX_HISTORY) -> None:
        self.capacity = capacity
        self._x = np.empty(capacity, dtype=np.float64)
        self._y = np.empty(capacity, dtype=np.float64)
        self._n = 0
        self._stride = 1
        self._seen = 0

    def append(self, x: float, y: float) -> None:
        """Record one point (some are skipped once the history has been thinned)."""
        self._seen += 1
        if (self._seen - 1) % self._stride:
            return
        if self._n == self.capacity:
            half = self.capacity // 2
            self._x[:half] = self._x[: self.capacity : 2]
            self._y[:half] = self._y[: self.capacity : 2]
            self._n = half
            self._stride *= 2
        self._x[self._n] = x
        self._y[self._n] = y
        self._n += 1

    def __len__(self) -> int:
        return self._n

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """Views of the stored iterations and values."""
        return self._x[: self._n], self._y[: self._n]


def weight_mosaic(W: np.ndarray, image_shape: tuple[int, int], limit: int = MAX_WEIGHT_IMAGES
                  ) -> tuple[np.ndarray, int]:
    """Tile each hidden neuron's incoming weights (columns of W) as an image; RGBA mosaic + tiles per row."""
    h, w = image_shape
    n = min(W.shape[1], limit)
    per_row = max(1, math.ceil(math.sqrt(n)))
    rows = math.ceil(n / per_row)
    mosaic = np.full((rows * (h + 1) + 1, per_row * (w + 1) + 1, 4), 200, dtype=np.uint8)
    mosaic[..., 3] = 255
    for j in range(n):
        tile = np.asarray(W[:, j], dtype=np.float64).reshape(h, w)
        r, c = divmod(j, per_row)
        y, x = 1 + r * (h + 1), 1 + c * (w + 1)
        mosaic[y : y + h, x : x + w] = diverging_rgba(tile, float(np.max(np.abs(tile))))
    return mosaic, per_row


class _Section(QStackedWidget):
    """A plot with an explanatory text shown instead while there is nothing to draw."""

    def __init__(self, plot: QWidget) -> None:
        super().__init__()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #455a64; background: #fafafa; "
                                   "border: 1px dashed #b0bec5; padding: 12px; }")
        self.addWidget(self.message)
        self.addWidget(plot)

    def show_plot(self, visible: bool) -> None:
        """Switch between the plot and the message."""
        self.setCurrentIndex(1 if visible else 0)


class LayerPanel(Retranslatable, QWidget):
    """Per-layer view: weight and activation histograms, gradient size over time, weight images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = 0
        self.image_shape: tuple[int, int] | None = None
        self.histories: dict[int, BoundedHistory] = {}  # LayerSummary.index -> gradient sizes
        self.history_capacity = MAX_HISTORY
        self._snapshot: Any = None
        self._mosaic: tuple[np.ndarray, np.ndarray, int] | None = None  # W, rgba, tiles per row
        self.title = QLabel()
        self.title.setStyleSheet("QLabel { font-weight: bold; font-size: 13px; }")
        self.hover = QLabel()
        self._hover_hint = ""  # the hint as shown, in the language it was set in
        self.hover.setStyleSheet("QLabel { color: #37474f; }")
        self.weight_plot = self._plot()
        self.weight_curve = self.weight_plot.plot(stepMode="center", fillLevel=0,
                                                  brush=(31, 119, 180, 120), pen=pg.mkPen("#1f77b4"))
        self.act_plot = self._plot()
        self.act_curve = self.act_plot.plot(stepMode="center", fillLevel=0,
                                            brush=(46, 125, 50, 110), pen=pg.mkPen("#2e7d32"))
        self.grad_plot = self._plot()
        self.grad_curve = self.grad_plot.plot(pen=pg.mkPen("#6a1b9a", width=2))
        self.image_view = pg.GraphicsLayoutWidget()
        self.image_box = self.image_view.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_box.addItem(self.image_item)
        self.sections = {key: _Section(widget) for key, widget in (
            ("weights", self.weight_plot), ("activations", self.act_plot),
            ("gradient", self.grad_plot), ("images", self.image_view))}
        self._layout_widgets()
        for plot in (self.weight_plot, self.act_plot, self.grad_plot):
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_plot_hover(p, pos))
        self.image_view.scene().sigMouseMoved.connect(self._on_image_hover)
        self._retranslate()
        self._refresh()

    def _plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(background="w", axisItems=readable_axes())
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMenuEnabled(False)
        plot.setMinimumHeight(120)
        for axis in ("bottom", "left"):
            plot.getAxis(axis).enableAutoSIPrefix(False)  # "0.001" reads better than "(x0.001)"
        return plot

    def _layout_widgets(self) -> None:
        grid = QGridLayout()
        self.captions = {key: QLabel() for key in self.sections}
        for n, key in enumerate(("weights", "activations", "gradient", "images")):
            box = QVBoxLayout()
            box.addWidget(self.captions[key])
            box.addWidget(self.sections[key], 1)
            grid.addLayout(box, n // 2, n % 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addLayout(grid, 1)
        outer.addWidget(self.hover)

    # ----- public API -----
    def show_layer(self, index: int) -> None:
        """Show layer ``index`` (0 = first Affine layer, as in net.describe())."""
        self.index = index
        self._mosaic = None
        self._refresh()

    def set_image_shape(self, shape: tuple[int, int] | None) -> None:
        """Image datasets: (28, 28) or (8, 8) enables first-layer weight images; None for toy data."""
        self.image_shape = tuple(shape) if shape is not None else None
        self._mosaic = None
        self._refresh()

    def update_snapshot(self, snapshot: Any) -> None:
        """Record gradient sizes of every layer and redraw the shown layer from a NetworkSnapshot."""
        self.record_snapshot(snapshot)
        self.refresh()

    def record_snapshot(self, snapshot: Any) -> None:
        """Keep a NetworkSnapshot and its gradient sizes without drawing (the panel is hidden)."""
        for layer in snapshot.layers:
            if np.isfinite(layer.grad_norm):
                history = self.histories.get(layer.index)
                if history is None:
                    history = self.histories[layer.index] = BoundedHistory(self.history_capacity)
                history.append(float(snapshot.iteration), float(layer.grad_norm))
        self._snapshot = snapshot
        self._mosaic = None

    def refresh(self) -> None:
        """Redraw the shown layer from the last snapshot kept."""
        self._refresh()

    def clear(self) -> None:
        """Forget the snapshot and gradient histories (new run or new architecture)."""
        self._snapshot = None
        self._mosaic = None
        self.histories.clear()
        self._refresh()

    def layer(self) -> Any:
        """The LayerSummary shown now, or None."""
        layers = getattr(self._snapshot, "layers", None) or []
        return layers[self.index] if 0 <= self.index < len(layers) else None

    # ----- drawing -----
    def _refresh(self) -> None:
        layer = self.layer()
        self._update_title(layer)
        self._set_histogram("weights", self.weight_curve,
                            None if layer is None else layer.weights)
        self._set_histogram("activations", self.act_curve,
                            None if layer is None else layer.activations)
        history = self.histories.get(layer.index) if layer is not None else None
        has_history = history is not None and len(history) > 0
        if has_history:
            few = len(history) < 40  # a handful of points is easier to see with markers
            self.grad_curve.setData(*history.data(), symbol="o" if few else None, symbolSize=5,
                                    symbolBrush="#6a1b9a", symbolPen=None)
        self.sections["gradient"].show_plot(has_history)
        self._set_images(layer)

    def _set_histogram(self, key: str, curve: pg.PlotDataItem, values: np.ndarray | None) -> None:
        data = None if values is None else np.asarray(values, dtype=np.float64).ravel()
        data = None if data is None else data[np.isfinite(data)]
        if data is None or data.size == 0:
            self.sections[key].show_plot(False)
            return
        lo, hi = float(data.min()), float(data.max())
        if hi <= lo:
            lo, hi = lo - 0.5, hi + 0.5
        counts, edges = np.histogram(data, bins=HIST_BINS, range=(lo, hi))
        curve.setData(edges, counts)
        self.sections[key].show_plot(True)

    def _set_images(self, layer: Any) -> None:
        shape = self.image_shape
        W = None if layer is None else layer.weights
        ok = (shape is not None and W is not None and np.ndim(W) == 2
              and W.shape[0] == shape[0] * shape[1])
        if ok and self._mosaic is None:
            rgba, per_row = weight_mosaic(np.asarray(W), shape)
            self._mosaic = (np.asarray(W), rgba, per_row)
            self.image_item.setImage(rgba, levels=(0, 255))
            self.image_box.autoRange(padding=0.02)
        self.sections["images"].show_plot(ok)

    def _update_title(self, layer: Any) -> None:
        if layer is None:
            self.title.setText(self.tr("Layer {0}").format(self.index + 1))
            return
        text = self.tr("{0}: {1} → {2} ({3}), iteration {4}").format(
            layer.name, layer.n_in, layer.n_out, activation_text(layer.activation), self._snapshot.iteration)
        self.title.setText(text)

    # ----- hover -----
    def _on_plot_hover(self, plot: pg.PlotWidget, pos: QPointF) -> None:
        box = plot.getPlotItem().vb
        if not box.sceneBoundingRect().contains(pos):
            return
        point = box.mapSceneToView(pos)
        x = point.x()
        if plot is self.grad_plot:
            text = self.tr("iteration {0}: gradient size {1}")
            self.hover.setText(text.format(f"{x:.0f}", self._history_value(x)))
            return
        curve = self.weight_curve if plot is self.weight_plot else self.act_curve
        edges, counts = curve.xData, curve.yData
        if edges is None or len(edges) < 2:
            return
        k = int(np.clip(np.searchsorted(edges, x) - 1, 0, len(counts) - 1))
        self.hover.setText(self.tr("values {0} … {1}: {2} entries").format(
            number_text.number(edges[k], 3), number_text.number(edges[k + 1], 3), int(counts[k])))

    def _history_value(self, x: float) -> str:
        layer = self.layer()
        history = self.histories.get(layer.index) if layer is not None else None
        if history is None or len(history) == 0:
            return "—"
        xs, ys = history.data()
        return number_text.number(ys[int(np.argmin(np.abs(xs - x)))], 4)

    def _on_image_hover(self, pos: QPointF) -> None:
        if self._mosaic is None or self.image_shape is None:
            return
        W, rgba, per_row = self._mosaic
        point = self.image_item.mapFromScene(pos)
        px, py = math.floor(point.x()), math.floor(point.y())
        h, w = self.image_shape
        tile_r, r = divmod(py - 1, h + 1)
        tile_c, c = divmod(px - 1, w + 1)
        j = tile_r * per_row + tile_c
        inside = 0 <= px < rgba.shape[1] and 0 <= py < rgba.shape[0] and r < h and c < w
        if not inside or not 0 <= j < min(W.shape[1], MAX_WEIGHT_IMAGES) or px < 1 or py < 1:
            return
        self.hover.setText(self.tr("neuron {0}, pixel (row {1}, column {2}): weight {3}").format(
            j + 1, r, c, number_text.number(W[r * w + c, j], 4)))

    # ----- translation -----
    def _retranslate(self) -> None:
        self.captions["weights"].setText(self.tr("Weights (histogram)"))
        self.captions["activations"].setText(self.tr("Activations after this layer (histogram)"))
        self.captions["gradient"].setText(self.tr("Gradient size ‖∂L/∂W‖ over iterations"))
        self.captions["images"].setText(self.tr("Each hidden neuron's weights as an image"))
        self.sections["weights"].message.setText(self.tr("Start training to see the weights."))
        self.sections["activations"].message.setText(self.tr("Start training to see activations."))
        self.sections["gradient"].message.setText(
            self.tr("Start training to see how large the gradients are."))
        self.sections["images"].message.setText(self.tr(
            "Weight images appear for the first layer of an image dataset (MNIST, digits): "
            "blue pixels push the neuron up, orange ones push it down."))
        self.weight_plot.setLabel("bottom", self.tr("weight value"))
        self.act_plot.setLabel("bottom", self.tr("activation value"))
        self.grad_plot.setLabel("bottom", self.tr("iteration"))
        hint = self.tr("Move the mouse over a plot to read its values.")
        if self.hover.text() in ("", self._hover_hint):  # the hint, not a value read by the mouse
            self.hover.setText(hint)
        self._hover_hint = hint
        self._update_title(self.layer())
