"""The Dataset every lesson trains on, and the book's preprocessing options (normalize, flatten, one-hot)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnlab.data.errors import DatasetError

DIGIT_NAMES = [str(d) for d in range(10)]


@dataclass(repr=False)
class Dataset:
    """Training and test arrays plus what a learner needs to know about them.

    x_*: (N, input_size) float32 in [0, 1] with the default options, (N, 1, H, W) when not
    flattened, or the raw integer pixels when not normalized. t_*: (N,) int64 labels, or
    (N, n_classes) float32 one-hot rows.
    """

    name: str
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray
    image_shape: tuple[int, int] | None
    class_names: list[str]
    class_names_ja: list[str]
    source: str
    location: Path | None = None  # folder or file the data was read from; None when generated

    @property
    def n_classes(self) -> int:
        """Number of classes (length of the label vocabulary)."""
        return len(self.class_names)

    @property
    def input_size(self) -> int:
        """Number of inputs per sample (784 for MNIST, 64 for the 8×8 digits, 2 for toys)."""
        return int(np.prod(self.x_train.shape[1:]))

    @property
    def is_one_hot(self) -> bool:
        """True when the labels are one-hot rows instead of class indices."""
        return self.t_train.ndim == 2

    def subset(self, n_train: int) -> Dataset:
        """Keep only the first n_train training samples (the test set stays whole)."""
        if not 1 <= n_train <= len(self.x_train):
            raise DatasetError(
                f"{self.name}: cannot take {n_train} training samples; "
                f"choose between 1 and {len(self.x_train)}"
            )
        return dataclasses.replace(
            self,
            x_train=self.x_train[:n_train],
            t_train=self.t_train[:n_train],
            source=f"{self.source}; first {n_train:,} training samples",
        )

    def one_hot(self) -> Dataset:
        """Return a copy whose labels are one-hot rows (unchanged if they already are)."""
        if self.is_one_hot:
            return self
        return dataclasses.replace(
            self,
            t_train=to_one_hot(self.t_train, self.n_classes),
            t_test=to_one_hot(self.t_test, self.n_classes),
        )

    def __repr__(self) -> str:
        return (
            f"Dataset({self.name!r}, train={len(self.x_train)}, test={len(self.x_test)}, "
            f"input_size={self.input_size}, classes={self.n_classes})"
        )


def to_one_hot(t: np.ndarray, n_classes: int) -> np.ndarray:
    """Turn (N,) class indices into (N, n_classes) float32 one-hot rows."""
    rows = np.zeros((len(t), n_classes), dtype=np.float32)
    rows[np.arange(len(t)), t] = 1.0
    return rows


def check_labels(labels: np.ndarray, n_classes: int, where: str) -> None:
    """Raise DatasetError unless every label is an integer class index below n_classes."""
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise DatasetError(
            f"{where}: labels must be class numbers 0 to {n_classes - 1}, "
            f"found values from {labels.min()} to {labels.max()}"
        )


def prepare_images(
    images: np.ndarray, max_value: int, *, normalize: bool, flatten: bool
) -> np.ndarray:
    """Apply the book's options to (N, H, W) integer images: scale to [0, 1] float32, flatten."""
    if normalize:
        x = images.astype(np.float32)
        x /= np.float32(max_value)  # in place: one float copy of the data set, not two
    else:
        x = images
    n = len(images)
    return x.reshape(n, -1) if flatten else x.reshape(n, 1, *images.shape[1:])


def image_dataset(
    name: str,
    arrays: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    *,
    max_value: int,
    class_names: list[str],
    class_names_ja: list[str],
    source: str,
    location: Path | None,
    normalize: bool = True,
    flatten: bool = True,
    one_hot: bool = False,
) -> Dataset:
    """Build a Dataset from (x_train, t_train, x_test, t_test) integer image arrays (N, H, W)."""
    x_train, t_train, x_test, t_test = arrays
    for labels, part in ((t_train, "training"), (t_test, "test")):
        check_labels(labels, len(class_names), f"{name} {part} labels")
    data = Dataset(
        name=name,
        x_train=prepare_images(x_train, max_value, normalize=normalize, flatten=flatten),
        t_train=t_train.astype(np.int64),
        x_test=prepare_images(x_test, max_value, normalize=normalize, flatten=flatten),
        t_test=t_test.astype(np.int64),
        image_shape=(int(x_train.shape[1]), int(x_train.shape[2])),
        class_names=list(class_names),
        class_names_ja=list(class_names_ja),
        source=source,
        location=location,
    )
    return data.one_hot() if one_hot else data
