"""LayerPanel: histograms from snapshots, bounded gradient history, first-layer weight images."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from nnlab.network import MultiLayerNet, NetSpec
from ui.training_worker import NetworkSnapshot
from ui.widgets.layer_panel import BoundedHistory, LayerPanel, weight_mosaic


@pytest.fixture
def panel(qtbot) -> LayerPanel:
    widget = LayerPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    return widget


def trained_snapshot(spec: NetSpec, iteration: int = 1) -> tuple[MultiLayerNet, NetworkSnapshot]:
    rng = np.random.default_rng(0)
    net = MultiLayerNet(spec, rng=rng)
    x = rng.random((30, spec.input_size)).astype(np.float32)
    net.gradient(x, rng.integers(0, spec.output_size, 30))
    return net, NetworkSnapshot.of(net, iteration, x)


def test_empty_panel_explains_itself(panel: LayerPanel) -> None:
    for section in panel.sections.values():
        assert section.currentIndex() == 0
        assert "training" in section.message.text() or "image" in section.message.text()


def test_histograms_receive_the_layer_data(panel: LayerPanel) -> None:
    net, snapshot = trained_snapshot(NetSpec(6, (5,), 3))
    panel.update_snapshot(snapshot)
    assert panel.weight_curve.yData.sum() == net.params["W1"].size
    assert panel.act_curve.yData.sum() == snapshot.layers[0].activations.size
    assert panel.sections["weights"].currentIndex() == 1
    assert panel.sections["activations"].currentIndex() == 1
    assert panel.sections["gradient"].currentIndex() == 1
    panel.show_layer(1)
    assert panel.weight_curve.yData.sum() == net.params["W2"].size
    assert "Affine2" in panel.title.text()


def test_bounded_history_keeps_memory_flat_and_spans_the_run() -> None:
    history = BoundedHistory(capacity=2000)
    for i in range(25_000):
        history.append(i, 1.0 / (i + 1))
    xs, ys = history.data()
    assert 1000 <= len(history) <= 2000
    assert xs[0] == 0 and xs[-1] > 23_000
    assert np.all(np.diff(xs) > 0)
    np.testing.assert_allclose(ys, 1.0 / (xs + 1))


def test_gradient_history_in_the_panel_stays_bounded(panel: LayerPanel) -> None:
    _, snapshot = trained_snapshot(NetSpec(4, (3,), 2))
    panel.history_capacity = 50
    for i in range(400):
        panel.update_snapshot(dataclasses.replace(snapshot, iteration=i))
    history = panel.histories[snapshot.layers[0].index]
    assert len(history) <= 50
    xs, _ = panel.grad_curve.getData()
    assert len(xs) == len(history) and xs[-1] >= 350


def test_first_layer_weight_images_for_an_image_dataset(qtbot, panel: LayerPanel) -> None:
    net, snapshot = trained_snapshot(NetSpec(64, (20,), 10))
    panel.set_image_shape((8, 8))
    panel.update_snapshot(snapshot)
    assert panel.sections["images"].currentIndex() == 1
    image = panel.image_item.image
    assert image.shape == (4 * 9 + 1, 5 * 9 + 1, 4)  # 20 tiles: 5 per row, 4 rows, 1-pixel gaps
    panel.show()
    qtbot.waitExposed(panel)
    pos = panel.image_item.mapToScene(QPointF(1 + 9 + 2.5, 1 + 3.5))  # tile 2, row 3, column 2
    panel.image_view.scene().sigMouseMoved.emit(pos)
    assert "neuron 2" in panel.hover.text()
    assert f"{net.params['W1'][3 * 8 + 2, 1]:.4g}".replace("-", "−") in panel.hover.text()
    panel.show_layer(1)  # the second layer's inputs are not pixels
    assert panel.sections["images"].currentIndex() == 0


def test_weight_mosaic_limits_and_colours() -> None:
    W = np.zeros((784, 100))
    W[0, 0] = 1.0
    W[0, 1] = -1.0
    mosaic, per_row = weight_mosaic(W, (28, 28))
    assert per_row == 8 and mosaic.shape[0] == 8 * 29 + 1  # only 64 of 100 neurons
    assert tuple(mosaic[1, 1, :3]) == (31, 119, 180)
    assert tuple(mosaic[1, 30, :3]) == (217, 72, 15)
