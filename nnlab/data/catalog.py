"""One entry point for every data set: load(name), is_available(name), load_default_digits()."""

from __future__ import annotations

import logging
import os

from nnlab.data.dataset import Dataset
from nnlab.data.download import Cancel, Progress
from nnlab.data.errors import DatasetError
from nnlab.data.offline import OFFLINE_MNIST, load_digits, load_offline_mnist
from nnlab.data.sources import IDX_SOURCES, load_idx_dataset, locate, locate_test_set_only
from nnlab.data.toy import TOY_NAMES, make_toy

log = logging.getLogger(__name__)

DATASET_NAMES = ["mnist", OFFLINE_MNIST, "fashion-mnist", "digits", *TOY_NAMES]


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
    options = {"normalize": normalize, "flatten": flatten, "one_hot": one_hot}
    if name in IDX_SOURCES:
        return load_idx_dataset(name, cache_dir=cache_dir, download_missing=download,
                                progress=progress, cancel=cancel, **options)
    if name == OFFLINE_MNIST:
        return load_offline_mnist(**options)
    if name == "digits":
        return load_digits(**options)
    if name in TOY_NAMES:
        data = make_toy(name)
        return data.one_hot() if one_hot else data
    raise DatasetError(f"unknown data set {name!r}; choose one of {', '.join(DATASET_NAMES)}")


def is_available(name: str, cache_dir: str | os.PathLike[str] | None = None) -> bool:
    """True when load(name) can work without the network (files present; not yet validated)."""
    if name in IDX_SOURCES:
        return (locate(name, cache_dir) is not None
                or locate_test_set_only(name, cache_dir) is not None)
    return name in DATASET_NAMES


def load_default_digits(
    *, normalize: bool = True, flatten: bool = True, one_hot: bool = False,
    cache_dir: str | os.PathLike[str] | None = None,
) -> tuple[Dataset, str]:
    """Return (the digits every lesson starts with, a note saying which set and why).

    The full MNIST (60,000 + 10,000) when it has been downloaded or imported, else the MNIST
    test set bundled with nnlab (8,000 + 2,000), else — only if those files are damaged — the
    bundled 8×8 digits, with a note saying what went wrong.
    """
    options = {"normalize": normalize, "flatten": flatten, "one_hot": one_hot}
    problems = []
    if locate("mnist", cache_dir) is not None:
        try:
            data = load("mnist", cache_dir=cache_dir, **options)
        except DatasetError as exc:
            log.warning("the MNIST files on this computer could not be read: %s", exc)
            problems.append(str(exc))
        else:
            return data, f"Using MNIST ({len(data.x_train):,} training images) from {data.location}."
    try:
        data = load_offline_mnist(**options)
    except DatasetError as exc:
        log.error("the bundled MNIST could not be read, using the 8×8 digits: %s", exc)
        problems.append(str(exc))
        return load_digits(**options), (
            "Using the 8×8 digits because the MNIST files could not be read: " + " ".join(problems))
    note = ("Using the offline MNIST bundled with nnlab "
            "(the 10,000 test digits, 8,000 to train / 2,000 to test).")
    if problems:
        note += " The MNIST files on this computer could not be read: " + " ".join(problems)
    return data, note
