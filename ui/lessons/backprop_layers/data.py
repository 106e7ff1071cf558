"""The real images the backprop lesson puts through its network: the app's MNIST.

That is the full MNIST when it has been downloaded or imported, else the MNIST bundled with nnlab;
only when the bundled files are damaged do the 8×8 digits stand in, and the caption says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ui.lessons.comparison_runs import default_data


@dataclass(frozen=True)
class SampleImages:
    """A few test images, flattened to [0, 1], with their labels and where they came from."""

    x: np.ndarray  # (n, pixels)
    t: np.ndarray  # (n,) labels
    image_shape: tuple[int, ...]
    is_mnist: bool


def sample_images(n: int) -> SampleImages:
    """The first ``n`` test images of the app's data (MNIST, or the 8×8 digits as a fallback)."""
    data, _ = default_data()
    is_mnist = data.input_size == 784
    shape = (28, 28) if is_mnist else (tuple(data.image_shape) if data.image_shape
                                       else (data.input_size,))
    return SampleImages(np.asarray(data.x_test[:n], dtype=np.float64).reshape(n, -1),
                        np.asarray(data.t_test[:n]).astype(np.intp), shape, is_mnist)
