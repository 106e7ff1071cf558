"""Build digits_8x8.npz, nnlab's offline default data set, from scikit-learn's copy of UCI optdigits.

Run once by a maintainer (``python resources/data/make_digits_npz.py``); the app only reads the
.npz and never needs scikit-learn. The output is deterministic: same input, same seed, same file.

Source: "Optical Recognition of Handwritten Digits" by E. Alpaydin and C. Kaynak, UCI Machine
Learning Repository, https://doi.org/10.24432/C50P49, licensed CC BY 4.0. scikit-learn ships its
1,797-image test part as ``sklearn.datasets.load_digits`` (8×8 images, pixel values 0–16).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits

SEED = 20160928  # fixed: the split must never change between releases
N_TEST = 360  # 1,437 training + 360 test images (about 80/20)
OUT = Path(__file__).with_name("digits_8x8.npz")
PROVENANCE = (
    "UCI ML 'Optical Recognition of Handwritten Digits' (E. Alpaydin, C. Kaynak, 1998; "
    "https://doi.org/10.24432/C50P49), the 1,797-image copy distributed by scikit-learn "
    "(sklearn.datasets.load_digits). 8x8 images, pixel values 0-16. Converted by "
    "resources/data/make_digits_npz.py with a stratified train/test split (seed stored in 'seed')."
)
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); attribution: E. Alpaydin, C. Kaynak"


def stratified_split(labels: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return sorted (train_indices, test_indices) keeping each class's share in both parts."""
    counts = np.bincount(labels, minlength=10)
    quotas = counts * N_TEST / len(labels)
    n_test = np.floor(quotas).astype(int)
    # largest remainders get the leftover places, so the test set has exactly N_TEST images
    for digit in np.argsort(-(quotas - n_test), kind="stable")[: N_TEST - n_test.sum()]:
        n_test[digit] += 1
    test_parts = []
    for digit in range(10):
        members = np.flatnonzero(labels == digit)
        test_parts.append(rng.choice(members, size=n_test[digit], replace=False))
    test = np.sort(np.concatenate(test_parts))
    train = np.setdiff1d(np.arange(len(labels)), test)
    return train, test


def build() -> dict[str, np.ndarray]:
    """Load the digits, check them, split them, and return the arrays to store."""
    digits = load_digits()
    images = digits.images
    assert images.shape == (1797, 8, 8) and images.min() == 0 and images.max() == 16
    assert np.array_equal(images, np.round(images)), "pixels must be whole numbers"
    pixels = images.astype(np.uint8)
    labels = digits.target.astype(np.uint8)
    train, test = stratified_split(labels, np.random.default_rng(SEED))
    # shuffle the training order once, so "the first N images" contain every digit
    train = np.random.default_rng(SEED + 1).permutation(train)
    return {
        "x_train": pixels[train], "t_train": labels[train],
        "x_test": pixels[test], "t_test": labels[test],
        "seed": np.array(SEED, dtype=np.int64),
        "provenance": np.array(PROVENANCE), "licence": np.array(LICENCE),
    }


def write_deterministic(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write an .npz whose bytes depend only on the arrays (fixed zip timestamps)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key, value in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, value, allow_pickle=False)
            info = zipfile.ZipInfo(f"{key}.npy", date_time=(1998, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buffer.getvalue(), compresslevel=9)


if __name__ == "__main__":
    data = build()
    write_deterministic(OUT, data)
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes): "
          f"{len(data['x_train'])} training + {len(data['x_test'])} test images")
