"""The data bundled with nnlab, readable with no network: the MNIST test set and the 8×8 digits.

* MNIST offline: the canonical 10,000 MNIST test images and labels (Y. LeCun, C. Cortes,
  C. J. C. Burges; CC BY-SA 3.0), byte for byte the published ``t10k-*.gz`` files so their
  published SHA-256 checks them, split once (stratified, fixed seed) into 8,000 to train and
  2,000 to test. This is the default whenever the full MNIST is not on the computer.
* The 8×8 digits (UCI optdigits, CC BY 4.0): small and always there, the fallback if the MNIST
  files are damaged.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import numpy as np

from nnlab.data.dataset import DIGIT_NAMES, Dataset, image_dataset
from nnlab.data.errors import DatasetError
from nnlab.data.idx import parse_idx
from nnlab.data.sources import MNIST, TEST_SET_SPLIT
from nnlab.data.split import split_test_set
from nnlab.resources import resource_path

OFFLINE_MNIST = "mnist-offline"
OFFLINE_MNIST_DIR = ("data", "mnist-t10k")
OFFLINE_MNIST_FILES = MNIST.files[2:]  # the t10k images and labels, with their SHA-256
OFFLINE_MNIST_SOURCE = (
    "MNIST (offline: the 10,000 test digits, 8,000 to train / 2,000 to test, a stratified split "
    "with seed {seed}; Y. LeCun, C. Cortes, C. J. C. Burges; CC BY-SA 3.0), bundled with nnlab"
)

DIGITS_FILE = ("data", "digits_8x8.npz")
DIGITS_SOURCE = (
    "8×8 handwritten digits bundled with nnlab (UCI optdigits by E. Alpaydin and C. Kaynak, "
    "as distributed by scikit-learn; CC BY 4.0)"
)


def offline_mnist_folder() -> Path:
    """Where the bundled MNIST test files live (source tree, wheel or frozen bundle)."""
    return resource_path(*OFFLINE_MNIST_DIR)


def _read_checked(path: Path, expected_sha256: str) -> bytes:
    """The file's bytes, after checking them against the SHA-256 published for that file."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise DatasetError(f"{path}: the bundled MNIST file cannot be read "
                           f"({exc.strerror or exc}); reinstall nnlab") from None
    if hashlib.sha256(content).hexdigest() != expected_sha256:
        raise DatasetError(f"{path}: the bundled MNIST file is damaged (its SHA-256 checksum "
                           "does not match the published one); reinstall nnlab")
    return content


def read_mnist_test_set(folder: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The 10,000 MNIST test images (10000, 28, 28) uint8 and labels (10000,) in their own order.

    Both files are checked against their published SHA-256 before they are parsed.
    """
    folder = folder if folder is not None else offline_mnist_folder()
    images_file, labels_file = OFFLINE_MNIST_FILES
    images = parse_idx(_read_checked(folder / images_file.filename, images_file.digest),
                       str(folder / images_file.filename))
    labels = parse_idx(_read_checked(folder / labels_file.filename, labels_file.digest),
                       str(folder / labels_file.filename))
    return images, labels


def load_offline_mnist(
    *, normalize: bool = True, flatten: bool = True, one_hot: bool = False,
    folder: Path | None = None,
) -> Dataset:
    """The bundled MNIST test set split into 8,000 training and 2,000 test images (checksums verified)."""
    folder = folder if folder is not None else offline_mnist_folder()
    arrays = split_test_set(*read_mnist_test_set(folder), n_test=TEST_SET_SPLIT[0],
                            seed=TEST_SET_SPLIT[1])
    return image_dataset(
        OFFLINE_MNIST, arrays, max_value=255,
        class_names=DIGIT_NAMES, class_names_ja=DIGIT_NAMES,
        source=OFFLINE_MNIST_SOURCE.format(seed=TEST_SET_SPLIT[1]), location=folder,
        normalize=normalize, flatten=flatten, one_hot=one_hot,
    )


def load_digits(*, normalize: bool = True, flatten: bool = True, one_hot: bool = False) -> Dataset:
    """Load the bundled 8×8 digits: 1,437 training and 360 test images, pixels 0–16 scaled to [0, 1]."""
    path = resource_path(*DIGITS_FILE)
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = tuple(npz[k] for k in ("x_train", "t_train", "x_test", "t_test"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DatasetError(f"{path}: the bundled digits file is missing or damaged ({exc}); "
                           "reinstall nnlab") from None
    return image_dataset(
        "digits", arrays, max_value=16,  # type: ignore[arg-type]
        class_names=DIGIT_NAMES, class_names_ja=DIGIT_NAMES,
        source=DIGITS_SOURCE, location=path,
        normalize=normalize, flatten=flatten, one_hot=one_hot,
    )
