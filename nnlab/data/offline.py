"""The bundled offline default: 1,797 8×8 handwritten digits (UCI optdigits, CC BY 4.0)."""

from __future__ import annotations

import zipfile

import numpy as np

from nnlab.data.dataset import DIGIT_NAMES, Dataset, image_dataset
from nnlab.data.errors import DatasetError
from nnlab.resources import resource_path

DIGITS_FILE = ("data", "digits_8x8.npz")
DIGITS_SOURCE = (
    "8×8 handwritten digits bundled with nnlab (UCI optdigits by E. Alpaydin and C. Kaynak, "
    "as distributed by scikit-learn; CC BY 4.0)"
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
