"""NetworkDiagram: columns, ellipses, weight colours, clicks and toy heatmaps on real networks."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnlab.network import MultiLayerNet, NetSpec
from ui.training_worker import NetworkSnapshot
from ui.widgets.diagram_maps import MAX_SHOWN, NEGATIVE, POSITIVE, shown_indices
from ui.widgets.network_diagram import NetworkDiagram


@pytest.fixture
def diagram(qtbot) -> NetworkDiagram:
    view = NetworkDiagram()
    qtbot.addWidget(view)
    view.resize(700, 420)
    return view


def snapshot_of(spec: NetSpec, seed: int = 0, iteration: int = 1) -> tuple[MultiLayerNet, NetworkSnapshot]:
    net = MultiLayerNet(spec, rng=np.random.default_rng(seed))
    return net, NetworkSnapshot.of(net, iteration)


def test_mnist_sized_input_is_drawn_as_few_neurons_and_an_ellipsis(diagram: NetworkDiagram) -> None:
    diagram.set_spec(NetSpec(784, (50,), 10))
    assert len(diagram.columns) == 3
    first, hidden, out = diagram.columns
    assert first.ellipsis is not None and first.ellipsis.text() == "⋮ 784"
    assert hidden.ellipsis is not None and "50" in hidden.ellipsis.text()
    assert out.ellipsis is None and len(out.neurons) == 10
    assert all(len(col.neurons) <= MAX_SHOWN for col in diagram.columns)
    assert "784" in first.label.text() and "10" in out.label.text()
    assert all(len(lines) <= MAX_SHOWN * MAX_SHOWN for lines in diagram.connections)


def test_adding_a_hidden_layer_adds_a_column_and_a_label(diagram: NetworkDiagram) -> None:
    diagram.set_spec(NetSpec(784, (50,), 10))
    neurons_before = sum(len(col.neurons) for col in diagram.columns)
    diagram.set_spec(NetSpec(784, (50, 7), 10, batch_norm=True, dropout=0.5))
    assert len(diagram.columns) == 4
    assert sum(len(col.neurons) for col in diagram.columns) == neurons_before + 7
    labels = [col.label.text() for col in diagram.columns]
    assert "7" in labels[2] and "BatchNorm" in labels[2] and "0.5" in labels[2]
    assert len(diagram.connections) == 3


def test_shown_indices_are_deterministic_and_cover_both_ends() -> None:
    idx = shown_indices(784)
    np.testing.assert_array_equal(idx, shown_indices(784))
    assert idx[0] == 0 and idx[-1] == 783 and len(idx) <= MAX_SHOWN
    np.testing.assert_array_equal(shown_indices(5), np.arange(5))


def _line_colours(diagram: NetworkDiagram, k: int) -> set[tuple[int, int, int]]:
    return {line.pen().color().getRgb()[:3] for _, _, line in diagram.connections[k]}


def test_weight_sign_sets_connection_colour(diagram: NetworkDiagram) -> None:
    spec = NetSpec(4, (3,), 2)
    net, _ = snapshot_of(spec)
    net.params["W1"][...] = np.abs(net.params["W1"]) + 0.1
    diagram.update_snapshot(NetworkSnapshot.of(net, 1))
    assert _line_colours(diagram, 0) == {POSITIVE}
    net.params["W1"][...] = -net.params["W1"]
    items_before = len(diagram.scene().items())
    diagram.update_snapshot(NetworkSnapshot.of(net, 2))
    assert _line_colours(diagram, 0) == {NEGATIVE}
    assert len(diagram.scene().items()) == items_before  # recoloured, not rebuilt
    i, j, line = diagram.connections[0][0]
    assert f"{net.params['W1'][i, j]:.4g}".replace("-", "−") in line.toolTip()


def test_connection_width_grows_with_weight_magnitude(diagram: NetworkDiagram) -> None:
    net, _ = snapshot_of(NetSpec(2, (2,), 2))
    net.params["W1"][...] = np.array([[0.01, 1.0], [0.5, -0.2]])
    diagram.update_snapshot(NetworkSnapshot.of(net, 1))
    widths = {(i, j): line.pen().widthF() for i, j, line in diagram.connections[0]}
    assert widths[(0, 1)] > widths[(1, 0)] > widths[(1, 1)] > widths[(0, 0)]


@pytest.mark.parametrize(("column", "expected"), [(0, 0), (1, 0), (2, 1), (3, 2)])
def test_clicking_a_column_emits_its_layer_index(qtbot, diagram: NetworkDiagram,
                                                   column: int, expected: int) -> None:
    diagram.set_spec(NetSpec(64, (20, 12), 10))
    diagram.show()
    qtbot.waitExposed(diagram)
    centre = diagram.columns[column].neurons[0].sceneBoundingRect().center()
    point = diagram.mapFromScene(centre)
    with qtbot.waitSignal(diagram.layer_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [expected]


def test_toy_data_gives_heatmaps_and_decision_map(diagram: NetworkDiagram) -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(60, 2)).astype(np.float32)
    t = (x[:, 0] * x[:, 1] > 0).astype(np.int64)
    net, snapshot = snapshot_of(NetSpec(2, (5, 3), 2, activation="tanh"))
    diagram.set_toy_data(x, t)
    diagram.update_snapshot(snapshot)
    assert diagram.toy_mode
    assert [len(col.heatmaps) for col in diagram.columns] == [0, 5, 3, 2]
    assert all(not heat.pixmap().isNull() for col in diagram.columns for heat in col.heatmaps)
    assert diagram.decision_map is not None and diagram.decision_map.pixmap().width() > 50
    first = diagram.columns[1].heatmaps[0].pixmap().toImage()
    net.params["W1"][...] = -net.params["W1"]
    diagram.update_snapshot(NetworkSnapshot.of(net, 2))
    assert diagram.columns[1].heatmaps[0].pixmap().toImage() != first


def test_no_heatmaps_for_image_inputs(diagram: NetworkDiagram) -> None:
    diagram.set_toy_data(np.zeros((3, 2)), np.zeros(3, dtype=int))
    _, snapshot = snapshot_of(NetSpec(64, (5,), 10))
    diagram.update_snapshot(snapshot)
    assert not diagram.toy_mode and all(not col.heatmaps for col in diagram.columns)
