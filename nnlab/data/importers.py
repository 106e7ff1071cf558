"""Import MNIST-style data the user already has: an IDX folder, Keras' mnist.npz, the book's mnist.pkl.

A folder holding only the test pair (``t10k-images/labels``) is imported too: it is stored as
those two files and split into training and test images when loaded.

Whatever the format, the arrays are checked (shapes, types, label range, matching counts) and then
stored in the cache as the four canonical IDX gzip files, so ``load("mnist")`` finds them later.
Pickles are read by ``safe_pickle.RestrictedUnpickler``, which builds NumPy arrays and nothing else.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from nnlab.data import cache_check
from nnlab.data.download import Cancel, Progress, is_cancelled
from nnlab.data.errors import DatasetError, ImportCancelled
from nnlab.data.idx import GZIP_MAGIC, read_idx_pair, write_idx
from nnlab.data.safe_pickle import RestrictedUnpickler
from nnlab.data.sources import (
    IDX_SOURCES,
    IDX_STEMS,
    TEST_SET_SPLIT,
    TEST_STEMS,
    dataset_dir,
    find_idx_files,
    find_test_files,
    locate_test_set_only,
    read_idx_folder,
)
from nnlab.limits import (
    MAX_DATASET_BYTES,
    ZIP_READ_ERRORS,
    Budget,
    check_zip_member,
    declared_bytes,
    describe,
    open_zip,
    read_exactly,
    read_npy_header,
    shown,
    size_text,
)

log = logging.getLogger(__name__)

Arrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # x_train, t_train, x_test, t_test
# SHA-256 of the 10,000 test label bytes (IDX payload), which tell the two data sets apart.
_TEST_LABEL_SHA256 = {
    "ddeff807876a9661a1110d45c266c86239a3a1b7d37da0c3716a7a683c852ff5": "mnist",
    "3d0e6c6ea990b53b6f8f500a41cac93881d981b315f84578b7d915342ade01e9": "fashion-mnist",
}
_PICKLE_KEYS = ("train_img", "train_label", "test_img", "test_label")
_NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


def _read_limited(path: Path, limit: int = MAX_DATASET_BYTES + 2**20) -> bytes:
    """The whole file, refused unread when larger than ``limit`` (a pickle is read in memory)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise DatasetError(f"{path}: the file is larger than the {size_text(limit)} nnlab accepts")
    return data


def load_pickle(path: Path) -> Any:
    """Unpickle a file with RestrictedUnpickler; every failure becomes a DatasetError."""
    data = _read_limited(path)
    try:
        return RestrictedUnpickler(io.BytesIO(data)).load()
    except DatasetError as exc:
        raise DatasetError(f"{path}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - hostile pickles can raise almost anything
        raise DatasetError(
            f"{path}: not a readable pickle file ({type(exc).__name__}: {describe(exc)})") from None


def _book_pickle_arrays(path: Path) -> Arrays:
    content = load_pickle(path)
    if not isinstance(content, dict) or not all(k in content for k in _PICKLE_KEYS):
        raise DatasetError(
            f"{path}: not the book's mnist.pkl format (a dict with keys {', '.join(_PICKLE_KEYS)})"
        )
    return tuple(content[k] for k in _PICKLE_KEYS)  # type: ignore[return-value]


def read_npy_member(zf: zipfile.ZipFile, member: str, where: str, budget: Budget) -> np.ndarray:
    """Read one .npy member: sizes checked against the budget before anything is unpacked."""
    info = zf.getinfo(member)
    place = f"{where}: {member}"
    check_zip_member(info, place, DatasetError, budget)
    with zf.open(info) as fh:
        dtype, shape, fortran = read_npy_header(fh, place, DatasetError)
        n_bytes = declared_bytes(shape, dtype.itemsize)
        if n_bytes > info.file_size:
            raise DatasetError(f"{place}: declares {size_text(n_bytes)} of values but the member "
                               f"holds {size_text(info.file_size)}")
        budget.take(n_bytes, member)
        return read_exactly(fh, dtype, shape, fortran, place, DatasetError)


def _keras_npz_arrays(path: Path) -> Arrays:
    with open_zip(path, str(path), DatasetError, max_members=64, problem="damaged .npz file") as zf:
        names = set(zf.namelist())
        missing = [k for k in _NPZ_KEYS if f"{k}.npy" not in names]
        if missing:
            raise DatasetError(f"{path}: not Keras' mnist.npz (missing {', '.join(missing)})")
        budget = Budget(MAX_DATASET_BYTES, str(path), DatasetError)
        try:
            return tuple(read_npy_member(zf, f"{k}.npy", str(path), budget) for k in _NPZ_KEYS)  # type: ignore
        except ZIP_READ_ERRORS as exc:
            raise DatasetError(f"{path}: damaged .npz file ({type(exc).__name__}: {describe(exc)})") from None


def _as_images(x: Any, where: str) -> np.ndarray:
    """Check one image array and return it as (N, 28, 28) uint8."""
    if not isinstance(x, np.ndarray) or x.dtype.kind not in "ui":
        kind = x.dtype if isinstance(x, np.ndarray) else shown(type(x).__name__)
        raise DatasetError(f"{where}: expected an array of whole-number pixels 0–255, found {kind}")
    if x.ndim == 2 and x.shape[1] == 784:
        x = x.reshape(-1, 28, 28)
    if x.ndim != 3 or x.shape[1:] != (28, 28) or len(x) == 0:
        raise DatasetError(f"{where}: expected images of shape (N, 28, 28) or (N, 784), found {x.shape}")
    low, high = x.min(), x.max()
    if low < 0 or high > 255:
        raise DatasetError(f"{where}: pixel values must be 0–255, found {low}–{high}")
    if high == 0:
        raise DatasetError(f"{where}: every one of the {len(x):,} images is blank (all pixels 0)")
    return x.astype(np.uint8, copy=False)


def _as_labels(t: Any, n: int, where: str) -> np.ndarray:
    """Check one label array (N,) of class numbers 0–9 and return it as uint8."""
    if not isinstance(t, np.ndarray) or t.dtype.kind not in "ui" or t.ndim != 1:
        shape = t.shape if isinstance(t, np.ndarray) else type(t).__name__
        raise DatasetError(f"{where}: expected a 1-D array of class numbers, found {shape}")
    if len(t) != n:
        raise DatasetError(f"{where}: {n:,} images but {len(t):,} labels; the counts must agree")
    if t.min() < 0 or t.max() > 9:
        raise DatasetError(f"{where}: labels must be 0–9, found {t.min()}–{t.max()}")
    return t.astype(np.uint8, copy=False)


def validate_arrays(arrays: Arrays, where: str) -> Arrays:
    """Check and normalize (x_train, t_train, x_test, t_test) for an MNIST-shaped data set."""
    x_train = _as_images(arrays[0], f"{where} (training images)")
    t_train = _as_labels(arrays[1], len(x_train), f"{where} (training labels)")
    x_test = _as_images(arrays[2], f"{where} (test images)")
    t_test = _as_labels(arrays[3], len(x_test), f"{where} (test labels)")
    return x_train, t_train, x_test, t_test


def read_any(path: Path) -> Arrays:
    """Read arrays from an IDX folder, a Keras .npz or the book's .pkl (recognised by content)."""
    if path.is_dir():
        return read_idx_folder(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise DatasetError(f"{path}: cannot open ({exc.strerror or exc})") from None
    if head.startswith(b"PK"):
        return _keras_npz_arrays(path)
    if head[:1] == b"\x80" or path.suffix.lower() in (".pkl", ".pickle"):  # protocol 0/1: no marker
        return _book_pickle_arrays(path)
    hint = " (give the folder that holds all four IDX files)" if head[:2] in (b"\0\0", GZIP_MAGIC) else ""
    raise DatasetError(
        f"{path}: not a format nnlab can import{hint}; expected a folder of the four IDX files, "
        "Keras' mnist.npz or the book's mnist.pkl"
    )


def guess_name(t_test: np.ndarray) -> str:
    """Tell MNIST from Fashion-MNIST by their test labels; anything else is treated as MNIST."""
    digest = hashlib.sha256(np.ascontiguousarray(t_test, dtype=np.uint8).tobytes()).hexdigest()
    return _TEST_LABEL_SHA256.get(digest, "mnist")


def store_in_cache(name: str, arrays: Arrays | tuple[np.ndarray, np.ndarray],
                   cache_dir: str | os.PathLike[str] | None = None,
                   steps: _Steps | None = None) -> Path:
    """Write the arrays as the canonical IDX gzip files of a data set's cache folder.

    Four arrays are a whole data set; two are its test images and labels alone.
    """
    folder = dataset_dir(name, cache_dir)
    stems = IDX_STEMS if len(arrays) == len(IDX_STEMS) else TEST_STEMS
    temps = [folder / f".{stem}.gz.importing" for stem in stems]
    steps = steps or _Steps(None, None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for tmp, array in zip(temps, arrays, strict=True):
            write_idx(tmp, array, compress=True, check=steps.check)
            steps.advance()
        for tmp, stem in zip(temps, stems, strict=True):
            os.replace(tmp, folder / f"{stem}.gz")
        cache_check.record(folder, [folder / f"{stem}.gz" for stem in stems])
        cache_check.clear_leftovers(folder)
    except OSError as exc:
        raise DatasetError(f"{folder}: cannot store the imported files ({exc.strerror or exc})") from None
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
    return folder


class _Steps:
    """Progress of an import in steps (read, check, four files written) and its cancel request."""

    TOTAL = 6

    def __init__(self, progress: Progress | None, cancel: Cancel) -> None:
        self.done = 0
        self._progress = progress
        self._cancel = cancel

    def check(self) -> None:
        """Raise ImportCancelled when the user asked to stop."""
        if is_cancelled(self._cancel):
            raise ImportCancelled("import cancelled; the data already cached was kept")

    def advance(self) -> None:
        """One more step done: tell the callback, then honour a cancel request."""
        self.done += 1
        if self._progress is not None:
            self._progress(self.done, self.TOTAL)
        self.check()


def import_path(
    path: str | os.PathLike[str], *, name: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    progress: Progress | None = None, cancel: Cancel = None,
) -> str:
    """Import MNIST-style data from path into the cache; return the data set name it was stored as.

    ``progress(done, total)`` is called after each step; ``cancel`` (an Event or a callable)
    stops between steps and inside the writing, raising ImportCancelled with the cache unchanged.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise DatasetError(f"{path}: no such file or folder")
    if name is not None and name not in IDX_SOURCES:
        raise DatasetError(f"cannot import as {shown(name)}; choose one of {', '.join(IDX_SOURCES)}")
    steps = _Steps(progress, cancel)
    steps.check()
    if path.is_dir() and find_idx_files(path) is None and find_test_files(path) is not None:
        return _import_test_set_only(path, name, cache_dir, steps)
    raw = read_any(path)
    steps.advance()
    arrays = validate_arrays(raw, str(path))
    del raw
    steps.advance()
    name = name or guess_name(arrays[3])
    folder = store_in_cache(name, arrays, cache_dir, steps)
    log.info("imported %s from %s into %s", name, path, folder)
    return name


def _import_test_set_only(path: Path, name: str | None,
                          cache_dir: str | os.PathLike[str] | None, steps: _Steps) -> str:
    """Store a folder's t10k pair alone; loading splits it (sources.TEST_SET_SPLIT)."""
    images, labels = read_idx_pair(*find_test_files(path))  # type: ignore[misc]
    steps.advance()
    x = _as_images(images, f"{path} (test images)")
    t = _as_labels(labels, len(x), f"{path} (test labels)")
    if len(x) <= TEST_SET_SPLIT[0]:
        raise DatasetError(f"{path}: {len(x):,} test images are too few to split off "
                           f"{TEST_SET_SPLIT[0]:,} for testing")
    name = name or guess_name(t)
    steps.advance()
    folder = store_in_cache(name, (x, t), cache_dir, steps)
    log.info("imported the test set of %s alone from %s into %s", name, path, folder)
    return name


def imported_test_set_only(name: str, cache_dir: str | os.PathLike[str] | None = None) -> bool:
    """True when the data set on this computer is its test pair alone (split when loaded)."""
    return locate_test_set_only(name, cache_dir) is not None
