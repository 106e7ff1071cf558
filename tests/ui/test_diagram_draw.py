"""DrawCanvas: drawing with the mouse feeds a dataset-like image to the network."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from nnlab.drawn_digit import area_resize, to_network_input
from nnlab.network import MultiLayerNet, NetSpec
from ui.widgets.draw_canvas import CANVAS, DrawCanvas


@pytest.fixture
def canvas(qtbot) -> DrawCanvas:
    widget = DrawCanvas()
    qtbot.addWidget(widget)
    net = MultiLayerNet(NetSpec(784, (20,), 10), rng=np.random.default_rng(0))
    widget.set_model(net, (28, 28), [str(i) for i in range(10)])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw_line(qtbot, canvas: DrawCanvas, start: QPoint, end: QPoint, steps: int = 12) -> None:
    area = canvas.area
    qtbot.mousePress(area, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, steps + 1):
        qtbot.mouseMove(area, start + (end - start) * (k / steps))
    qtbot.mouseRelease(area, Qt.MouseButton.LeftButton, pos=end)


def test_area_resize_averages_areas() -> None:
    image = np.arange(36, dtype=float).reshape(6, 6)
    small = area_resize(image, 2, 2)
    np.testing.assert_allclose(small, [[7.0, 10.0], [25.0, 28.0]])
    np.testing.assert_allclose(area_resize(np.ones((10, 10)), 3, 3), np.ones((3, 3)))


def test_network_input_is_boxed_and_centred_like_mnist() -> None:
    ink = np.zeros((CANVAS, CANVAS))
    ink[10:60, 200:215] = 1.0  # a small bar in the top-right corner
    image = to_network_input(ink, (28, 28))
    rows, _ = np.nonzero(image > 0.05)
    assert rows.max() - rows.min() + 1 <= 21  # fitted into the 20-pixel box
    cy = (image.sum(axis=1) @ np.arange(28)) / image.sum()
    cx = (image.sum(axis=0) @ np.arange(28)) / image.sum()
    assert abs(cy - 13.5) <= 1 and abs(cx - 13.5) <= 1
    assert to_network_input(np.zeros((CANVAS, CANVAS)), (8, 8)).shape == (8, 8)


def test_drawing_changes_the_input_and_gives_probabilities(qtbot, canvas: DrawCanvas) -> None:
    assert canvas.x is None and canvas.probabilities is None
    with qtbot.waitSignal(canvas.probabilities_changed, timeout=2000):
        draw_line(qtbot, canvas, QPoint(140, 50), QPoint(140, 230))
    assert canvas.x is not None and canvas.x.shape == (1, 784) and canvas.x.max() > 0.5
    assert canvas.probabilities.sum() == pytest.approx(1.0)
    first = canvas.x.copy()
    draw_line(qtbot, canvas, QPoint(60, 140), QPoint(220, 140))
    assert not np.array_equal(first, canvas.x)  # a cross is not a bar
    assert canvas.probabilities.sum() == pytest.approx(1.0)
    assert str(int(np.argmax(canvas.probabilities))) in canvas.answer.text()


def test_moving_with_the_button_held_draws_a_stroke(qtbot, canvas: DrawCanvas) -> None:
    qtbot.mousePress(canvas.area, Qt.MouseButton.LeftButton, pos=QPoint(50, 140))
    dot = canvas.area.ink().sum()
    draw_line(qtbot, canvas, QPoint(50, 140), QPoint(230, 140))
    assert canvas.area.ink().sum() > 3 * dot


def test_clear_button_wipes_the_drawing(qtbot, canvas: DrawCanvas) -> None:
    draw_line(qtbot, canvas, QPoint(100, 60), QPoint(180, 220))
    qtbot.mouseClick(canvas.clear_button, Qt.MouseButton.LeftButton)
    assert canvas.x is None and canvas.probabilities is None
    assert canvas.area.ink().sum() == 0


def test_digits_model_uses_an_8x8_input(qtbot, canvas: DrawCanvas) -> None:
    net = MultiLayerNet(NetSpec(64, (10,), 10), rng=np.random.default_rng(1))
    canvas.set_model(net, (8, 8), list("0123456789"))
    draw_line(qtbot, canvas, QPoint(140, 40), QPoint(140, 240))
    assert canvas.x.shape == (1, 64)
    assert canvas.probabilities.shape == (10,) and canvas.probabilities.sum() == pytest.approx(1.0)


def test_narrow_canvas_puts_the_probabilities_below_the_drawing(qtbot, canvas: DrawCanvas) -> None:
    from PySide6.QtWidgets import QBoxLayout

    canvas.show()
    canvas.resize(900, 400)
    qtbot.waitUntil(lambda: canvas._layout.direction() == QBoxLayout.Direction.LeftToRight)
    canvas.resize(450, 700)
    qtbot.waitUntil(lambda: canvas._layout.direction() == QBoxLayout.Direction.TopToBottom)
    assert canvas.area.width() <= canvas.width()
