"""One entry point for every data set: load(name), is_available(name), load_default_digits()."""

from __future__ import annotations

import logging
import os

from nnlab.data.dataset import Dataset
from nnlab.data.download import Cancel, Progress
from nnlab.data.errors import DatasetError
from nnlab.data.offline import load_digits
from nnlab.data.sources import IDX_SOURCES, load_idx_dataset, locate
from nnlab.data.toy import TOY_NAMES, make_toy

log = logging.getLogger(__name__)

DATASET_NAMES = ["mnist", "fashion-mnist", "digits", *TOY_NAMES]


def load(
    name: str,
    *,
    normalize: bool = True,
    flatten: bool = True,
    one_hot: bool = False,
    cache_dir: str | os.PathLike[str] | None = None,
    download: bool = False,
    progress: Progress | None = None,
    cancel: Cancel = None,
) -> Dataset:
    """Load a data set by name; MNIST-style sets come from the cache (downloaded if allowed).

    Raises DatasetNotAvailable when MNIST or Fashion-MNIST is not on this computer and
    download is False, and DatasetError for anything wrong with the files.
    """
    if name in IDX_SOURCES:
        return load_idx_dataset(
            name, cache_dir=cache_dir, download_missing=download, progress=progress,
            cancel=cancel, normalize=normalize, flatten=flatten, one_hot=one_hot,
        )
    if name == "digits":
        return load_digits(normalize=normalize, flatten=flatten, one_hot=one_hot)
    if name in TOY_NAMES:
        data = make_toy(name)
        return data.one_hot() if one_hot else data
    raise DatasetError(f"unknown data set {name!r}; choose one of {', '.join(DATASET_NAMES)}")


def is_available(name: str, cache_dir: str | os.PathLike[str] | None = None) -> bool:
    """True when load(name) can work without the network (files present; not yet validated)."""
    if name in IDX_SOURCES:
        return locate(name, cache_dir) is not None
    return name in DATASET_NAMES


def load_default_digits(
    *, normalize: bool = True, flatten: bool = True, one_hot: bool = False,
    cache_dir: str | os.PathLike[str] | None = None,
) -> tuple[Dataset, str]:
    """Return (MNIST if it is on this computer, else the bundled 8×8 digits; a note saying which)."""
    options = {"normalize": normalize, "flatten": flatten, "one_hot": one_hot}
    if locate("mnist", cache_dir) is not None:
        try:
            data = load("mnist", cache_dir=cache_dir, **options)
        except DatasetError as exc:
            log.warning("cached MNIST could not be read, using the offline digits: %s", exc)
            note = f"Using the offline 8×8 digits because the MNIST files could not be read: {exc}"
            return load_digits(**options), note
        return data, f"Using MNIST ({len(data.x_train):,} training images) from {data.location}."
    return load_digits(**options), (
        "Using the offline 8×8 digits (1,797 images bundled with nnlab); "
        "MNIST has not been downloaded or imported yet."
    )
