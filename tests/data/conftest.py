"""Small generated MNIST-like files for the data tests (never the network, never the user's cache)."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.data.idx import write_idx

STEMS = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
         "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")


def tiny_arrays(n_train: int = 30, n_test: int = 10, seed: int = 0) -> tuple[np.ndarray, ...]:
    """Random uint8 28×28 images and labels 0–9 shaped like MNIST."""
    rng = np.random.default_rng(seed)
    return (
        rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        rng.integers(0, 10, n_train, dtype=np.uint8),
        rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        rng.integers(0, 10, n_test, dtype=np.uint8),
    )


def write_idx_folder(folder, arrays, *, gz: bool = True) -> None:
    """Write the four IDX files (canonical names) into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, array in zip(STEMS, arrays):
        write_idx(folder / (stem + (".gz" if gz else "")), array)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    """Point the default cache at a temporary folder so no test touches the real per-user one."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "default-cache"))
