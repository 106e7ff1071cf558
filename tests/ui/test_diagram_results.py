"""ResultsView: confusion matrix and misclassified images from a real network and dataset."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.data import load, make_toy
from nnlab.network import MultiLayerNet, NetSpec
from ui.widgets.results import MAX_MISTAKES, ResultsView, confusion_matrix


@pytest.fixture
def view(qtbot) -> ResultsView:
    widget = ResultsView()
    qtbot.addWidget(widget)
    return widget


def briefly_trained(dataset, hidden: tuple[int, ...] = (16,), steps: int = 60) -> MultiLayerNet:
    rng = np.random.default_rng(0)
    net = MultiLayerNet(NetSpec(dataset.input_size, hidden, dataset.n_classes), rng=rng)
    for _ in range(steps):
        idx = rng.integers(0, len(dataset.x_train), 32)
        grads = net.gradient(dataset.x_train[idx], dataset.t_train[idx])
        for key in net.params:
            net.params[key] -= 0.1 * grads[key]
    return net


def test_confusion_matrix_by_hand() -> None:
    t = np.array([0, 0, 1, 2, 2, 2])
    y = np.array([0, 1, 1, 2, 0, 2])
    np.testing.assert_array_equal(confusion_matrix(t, y, 3), [[1, 1, 0], [0, 1, 0], [1, 0, 2]])


def test_digits_matrix_sums_to_test_size_and_matches_accuracy(view: ResultsView) -> None:
    dataset = load("digits")
    net = briefly_trained(dataset)
    view.set_results(net, dataset)
    n = len(dataset.t_test)
    assert view.matrix.shape == (10, 10) and view.matrix.sum() == n
    assert np.trace(view.matrix) / n == pytest.approx(net.accuracy(dataset.x_test, dataset.t_test))
    assert view.table.rowCount() == 10 and view.table.item(3, 3).text() == str(view.matrix[3, 3])
    wrong = n - int(np.trace(view.matrix))
    assert view.tile_count() == min(wrong, MAX_MISTAKES) > 0
    assert view.table.horizontalHeaderItem(7).text() == dataset.class_names[7]
    assert f"{np.trace(view.matrix)}" in view.summary.text()


def test_toy_dataset_shows_a_note_instead_of_images(view: ResultsView) -> None:
    dataset = make_toy("moons", n_samples=200)
    net = briefly_trained(dataset, hidden=(8,))
    view.set_results(net, dataset)
    assert view.matrix.sum() == len(dataset.t_test)
    assert view.tile_count() == 0
    texts = [view.grid.itemAt(i).widget().text() for i in range(view.grid.count())]
    assert any("toy" in text for text in texts)


def test_clear_returns_to_the_empty_state(view: ResultsView) -> None:
    dataset = make_toy("xor", n_samples=100)
    view.set_results(briefly_trained(dataset, hidden=(4,), steps=5), dataset)
    view.clear()
    assert view.matrix is None and view.table.rowCount() == 0
    assert "Train" in view.summary.text()


def test_narrow_view_puts_the_mistakes_below_the_matrix(qtbot, view: ResultsView) -> None:
    from PySide6.QtCore import Qt

    view.show()
    view.resize(1000, 600)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Horizontal)
    view.resize(450, 700)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)
