"""The book's gradient check (ch. 5.7.3) with the engine: 784-50-10 ReLU on 3 real MNIST images.

The book prints mean absolute differences of about 1e-13 for W1, b1 and W2 and about 1e-10 for b2;
the engine's exact log-softmax loss gives the same orders of magnitude on the real t10k images.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nnlab.data.idx import read_idx_pair
from nnlab.experiments import BOOK_CHECK_IMAGES, book_check_spec
from nnlab.gradcheck import gradient_check
from nnlab.network import MultiLayerNet


def test_book_figures_have_the_books_order_of_magnitude(mnist_t10k: Path) -> None:
    images, labels = read_idx_pair(mnist_t10k / "t10k-images-idx3-ubyte.gz",
                                   mnist_t10k / "t10k-labels-idx1-ubyte.gz")
    x = images[:BOOK_CHECK_IMAGES].reshape(BOOK_CHECK_IMAGES, -1) / 255.0
    t = labels[:BOOK_CHECK_IMAGES].astype(np.intp)
    net = MultiLayerNet(book_check_spec(), rng=np.random.default_rng(0))
    figures = {e.name: e.mean_abs for e in gradient_check(net, x, t)}
    assert list(figures) == ["W1", "b1", "W2", "b2"]
    for key in ("W1", "b1", "W2"):
        assert 1e-15 < figures[key] < 1e-11, (key, figures[key])
    assert 1e-12 < figures["b2"] < 1e-8, figures["b2"]
