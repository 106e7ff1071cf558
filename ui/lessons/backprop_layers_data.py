"""The real images the backprop lesson puts through its network: MNIST when it can, else the 8×8 digits.

MNIST comes from the app's data (when it has been downloaded or imported) or from the shared MNIST
test set next to a source checkout (``$NNLAB_SHARED_DATA/mnist-t10k``, as the tests and benchmarks
use it); without either, the bundled 8×8 digits stand in, and the caption says so.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnlab.data.errors import DatasetError
from nnlab.data.idx import read_idx_pair
from ui.lessons.lessons_b_common import default_data

log = logging.getLogger(__name__)

T10K = ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")


@dataclass(frozen=True)
class SampleImages:
    """A few test images, flattened to [0, 1], with their labels and where they came from."""

    x: np.ndarray  # (n, pixels)
    t: np.ndarray  # (n,) labels
    image_shape: tuple[int, ...]
    is_mnist: bool


def _t10k_folder() -> Path | None:
    """The shared MNIST test set, when it is on this computer."""
    roots = [Path(os.environ["NNLAB_SHARED_DATA"])] if os.environ.get("NNLAB_SHARED_DATA") else []
    roots.append(Path(__file__).resolve().parents[3] / "shared" / "data")
    for root in roots:
        folder = root / "mnist-t10k"
        if all((folder / name).is_file() for name in T10K):
            return folder
    return None


def sample_images(n: int) -> SampleImages:
    """The first ``n`` test images: the app's MNIST, else the shared t10k set, else the 8×8 digits."""
    data, _ = default_data()
    if data.input_size == 784:
        return SampleImages(np.asarray(data.x_test[:n], dtype=np.float64),
                          np.asarray(data.t_test[:n]).astype(np.intp), (28, 28), True)
    folder = _t10k_folder()
    if folder is not None:
        try:
            images, labels = read_idx_pair(folder / T10K[0], folder / T10K[1])
            x = images[:n].reshape(n, -1).astype(np.float64) / 255.0
            return SampleImages(x, labels[:n].astype(np.intp), (28, 28), True)
        except (OSError, DatasetError) as exc:
            log.warning("could not read the MNIST test set in %s: %s", folder, exc)
    shape = tuple(data.image_shape) if data.image_shape else (data.input_size,)
    return SampleImages(np.asarray(data.x_test[:n], dtype=np.float64),
                      np.asarray(data.t_test[:n]).astype(np.intp), shape, False)
