"""A drawing is prepared as MNIST was made (20×20 box, centre of mass in the middle of 28×28)."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.book_network import load_book_network, load_test_images
from nnlab.drawn_digit import to_network_input

CANVAS = 280


@pytest.fixture(scope="module")
def book():
    return load_book_network(), *load_test_images()


def drawn_like(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """An MNIST digit's strokes drawn on a big canvas: enlarged 5-9 times, anywhere on it."""
    scale = int(rng.integers(5, 10))
    big = np.kron(image.reshape(28, 28), np.ones((scale, scale)))
    canvas = np.zeros((CANVAS, CANVAS))
    top, left = rng.integers(0, CANVAS - big.shape[0] + 1, size=2)
    canvas[top:top + big.shape[0], left:left + big.shape[1]] = big
    return canvas


@pytest.mark.parametrize("digit", [0, 1])
def test_a_drawn_digit_made_from_mnist_strokes_is_recognised(book, digit):
    net, x, t = book
    rng = np.random.default_rng(digit)
    for index in np.flatnonzero(t == digit)[:20]:
        seen = to_network_input(drawn_like(x[index], rng), (28, 28))
        answer = int(net.predict(seen.reshape(1, -1).astype(np.float32)).argmax())
        assert answer == digit, f"test image {index} drawn on the canvas was read as {answer}"


def test_the_ink_fits_a_20x20_box_centred_by_its_centre_of_mass():
    ink = np.zeros((CANVAS, CANVAS))
    ink[20:60, 200:270] = 1.0  # a wide blob in the top right corner
    seen = to_network_input(ink, (28, 28))
    rows, cols = np.nonzero(seen > 0.05)
    assert cols.max() - cols.min() + 1 == 20 and rows.max() - rows.min() + 1 <= 20
    cy = (seen.sum(axis=1) @ np.arange(28)) / seen.sum()
    cx = (seen.sum(axis=0) @ np.arange(28)) / seen.sum()
    assert abs(cy - 13.5) <= 0.5 and abs(cx - 13.5) <= 0.5
    assert seen.max() <= 1.0 and seen.min() >= 0.0


def test_an_empty_canvas_gives_an_empty_image():
    assert not to_network_input(np.zeros((CANVAS, CANVAS)), (28, 28)).any()
