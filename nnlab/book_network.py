"""The book's trained network of §3.6: its sample weights, and inference on the MNIST test set.

``resources/book_network/sample_weight.npz`` holds the arrays of the book's
``ch03/sample_weight.pkl`` (MIT licence, Copyright (c) 2016 Koki Saitoh), converted once without
running the pickle (``convert_sample_weights.py`` beside it). They form a 784-50-100-10 network
with sigmoid hidden layers; on the 10,000 MNIST test images it gets the accuracy the book
prints, 0.9352, whether the images go through one at a time or in batches (§3.6.3).
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnlab.blas_threads import engine_blas_threads
from nnlab.data.errors import DatasetError
from nnlab.functions import softmax
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.resources import resource_path

BOOK_KEYS = ("W1", "b1", "W2", "b2", "W3", "b3")
BOOK_SPEC = NetSpec(input_size=784, hidden=(50, 100), output_size=10, activation="sigmoid",
                    init="std:0", dtype="float32")
BOOK_WEIGHTS_FILE = ("book_network", "sample_weight.npz")
BOOK_ACCURACY = 0.9352  # what the book prints for ch03/neuralnet_mnist.py
BOOK_BATCH_SIZE = 100  # the batch size of ch03/neuralnet_mnist_batch.py
# SHA-256 of the arrays' names, dtypes, shapes and bytes (weights_digest), so the check does not
# depend on the zip's time stamps.
BOOK_WEIGHTS_SHA256 = "2a734f22acfe9226bd2e1119c937008cb8963e42612eb043f95f53bb0857eebc"
Progress = Callable[[int, int], None]  # images done, images in all


def weights_digest(arrays: dict[str, np.ndarray]) -> str:
    """Content checksum of the book's arrays, in BOOK_KEYS order."""
    digest = hashlib.sha256()
    for key in BOOK_KEYS:
        array = np.ascontiguousarray(arrays[key])
        digest.update(f"{key}:{array.dtype.str}:{array.shape};".encode())
        digest.update(array.tobytes())
    return digest.hexdigest()


def book_weights_path() -> Path:
    """Where the converted sample weights live (source tree, wheel or bundle)."""
    return resource_path(*BOOK_WEIGHTS_FILE)


def load_book_weights(path: Path | None = None) -> dict[str, np.ndarray]:
    """The six arrays of the book's network, checked against BOOK_WEIGHTS_SHA256."""
    path = path if path is not None else book_weights_path()
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in BOOK_KEYS}
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DatasetError(f"{path}: the book's sample weights are missing or damaged ({exc}); "
                           "reinstall nnlab") from None
    if weights_digest(arrays) != BOOK_WEIGHTS_SHA256:
        raise DatasetError(f"{path}: the book's sample weights are damaged (their SHA-256 "
                           "checksum does not match); reinstall nnlab")
    return arrays


def load_book_network(path: Path | None = None) -> MultiLayerNet:
    """The book's 784-50-100-10 sigmoid network with its trained weights."""
    return MultiLayerNet(BOOK_SPEC, rng=np.random.default_rng(0), params=load_book_weights(path))


@dataclass(frozen=True)
class Inference:
    """The network's answers on a test set, and how long it took."""

    batch_size: int
    seconds: float
    probabilities: np.ndarray  # (N, 10) softmax outputs
    t: np.ndarray  # (N,) the true labels

    @property
    def predictions(self) -> np.ndarray:
        """(N,) the class with the highest probability."""
        return self.probabilities.argmax(axis=1)

    @property
    def accuracy(self) -> float:
        """Share of images whose most probable class is the label."""
        return float(np.mean(self.predictions == self.t))

    @property
    def n_correct(self) -> int:
        """How many images it gets right."""
        return int(np.count_nonzero(self.predictions == self.t))

    def wrong(self) -> np.ndarray:
        """Indices of the images it gets wrong, in test-set order."""
        return np.flatnonzero(self.predictions != self.t)


def infer(
    net: MultiLayerNet, x: np.ndarray, t: np.ndarray, batch_size: int = BOOK_BATCH_SIZE,
    progress: Progress | None = None, should_stop: Callable[[], bool] | None = None,
) -> Inference:
    """Run net on x (N, 784) batch_size images at a time (1: one by one, as §3.6.2), timed.

    The time counts only the forward passes; ``progress`` is called about 20 times in all.
    ``should_stop`` is asked between batches; when it says yes, an InterruptedError is raised.
    """
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    n = len(x)
    scores = np.empty((n, BOOK_SPEC.output_size), dtype=np.float32)
    report_every = max(batch_size, (n // 20) // batch_size * batch_size)
    seconds = 0.0
    with engine_blas_threads():  # one BLAS thread: small products, a busy second core
        for start in range(0, n, batch_size):
            seconds += _forward(net, x, scores, start, batch_size)
            done = min(start + batch_size, n)
            if progress is not None and (done % report_every == 0 or done == n):
                progress(done, n)
            if should_stop is not None and should_stop():
                raise InterruptedError("inference cancelled")
    return Inference(batch_size=batch_size, seconds=seconds, probabilities=softmax(scores),
                     t=np.asarray(t))


def _forward(net: MultiLayerNet, x: np.ndarray, scores: np.ndarray, start: int, size: int) -> float:
    """Write the scores of x[start:start + size] into scores; return the seconds it took."""
    begun = time.perf_counter()
    scores[start:start + size] = net.predict(x[start:start + size])
    return time.perf_counter() - begun



def load_test_images() -> tuple[np.ndarray, np.ndarray]:
    """The 10,000 MNIST test images as the book feeds them (normalize, flatten) and their labels."""
    from nnlab.data.offline import read_mnist_test_set

    images, t = read_mnist_test_set()
    return images.reshape(len(images), -1).astype(np.float32) / np.float32(255), t.astype(np.int64)


def probabilities_of(net: MultiLayerNet, x: np.ndarray) -> np.ndarray:
    """The ten softmax outputs for one image x (784,)."""
    return softmax(net.predict(x.reshape(1, -1)))[0]
