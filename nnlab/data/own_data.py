"""The learner's own data: a CSV of points or feature vectors with a class column, checked and split.

``read_csv(path)`` accepts any number of numeric feature columns and one class column (named
``label``, ``class``, ``target`` or ``y`` in a header row, else the last column). Two feature
columns make a set of 2-D points, which the playground draws with its decision map. Every problem
ends in a :class:`DatasetError` that names the file, and the row and column where it is known.
Sizes are bounded (bytes, rows, columns, classes) so a hostile or mistaken file cannot take the
app's memory. Folders of images are read by :mod:`nnlab.data.own_images`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnlab.data.dataset import Dataset
from nnlab.data.errors import DatasetError
from nnlab.data.importers import _read_limited as read_limited  # the bounded read of every importer

MAX_CSV_BYTES = 256 * 2**20
MAX_ROWS = 1_000_000
MAX_COLUMNS = 4096
MAX_VALUES = 50_000_000  # rows x columns: 200 MB of float32
MAX_CLASSES = 1000
MAX_ABS_VALUE = 1e30  # larger values overflow float32 arithmetic at once
LABEL_NAMES = ("label", "class", "target", "y")
Progress = Callable[[int, int], None]  # (done, total)


class ImportCancelled(DatasetError):
    """The learner cancelled an import; nothing was kept."""


@dataclass
class OwnData:
    """Samples read from the learner's file or folder, before they are split into train and test."""

    name: str
    kind: str  # "points", "features" or "images"
    x: np.ndarray  # (N, D) float32; images in [0, 1]
    t: np.ndarray  # (N,) int64 class indices
    class_names: list[str]
    location: Path
    image_shape: tuple[int, int] | None = None
    feature_names: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files that were not images (folders only)

    @property
    def counts(self) -> list[int]:
        """Samples per class, in class order."""
        return np.bincount(self.t, minlength=len(self.class_names)).tolist()

    @property
    def value_range(self) -> tuple[float, float]:
        """Smallest and largest input value."""
        return (float(self.x.min()), float(self.x.max())) if self.x.size else (0.0, 0.0)

    def split(self, test_fraction: float, seed: int = 0, standardize: bool = False) -> Dataset:
        """A Dataset with about ``test_fraction`` of each class held out for testing.

        ``standardize`` scales every input column to mean 0 and standard deviation 1, using the
        training part's statistics (points in metres or prices learn far better that way).
        """
        if not 0.0 < test_fraction < 1.0:
            raise DatasetError(
                f"{self.location}: the test share must be between 0 and 1, not {test_fraction}")
        rng = np.random.default_rng(seed)
        train_rows, test_rows = [], []
        for k in range(len(self.class_names)):
            rows = rng.permutation(np.flatnonzero(self.t == k))
            n_test = min(len(rows) - 1, max(1, round(test_fraction * len(rows)))) if len(rows) > 1 else 0
            test_rows.append(rows[:n_test])
            train_rows.append(rows[n_test:])
        train, test = np.sort(np.concatenate(train_rows)), np.sort(np.concatenate(test_rows))
        if len(test) == 0:
            raise DatasetError(f"{self.location}: too few samples to keep some for testing "
                               "(every class needs at least 2)")
        x_train, x_test = self.x[train], self.x[test]
        if standardize:
            mean, std = x_train.mean(axis=0), x_train.std(axis=0)
            std[std == 0] = 1.0
            x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
        return Dataset(name=self.name, x_train=x_train.astype(np.float32), t_train=self.t[train],
                       x_test=x_test.astype(np.float32), t_test=self.t[test],
                       image_shape=self.image_shape, class_names=list(self.class_names),
                       class_names_ja=list(self.class_names), source=f"imported from {self.location}",
                       location=self.location)


def class_indices(labels: list[str], where: str) -> tuple[np.ndarray, list[str]]:
    """Class numbers for label texts (numeric labels in numeric order), checking 2..MAX_CLASSES classes."""
    names = sorted(set(labels))
    with contextlib.suppress(ValueError):  # words stay in alphabetical order
        names.sort(key=float)
    if len(names) < 2:
        found = f" (only {names[0]!r})" if names else ""
        raise DatasetError(f"{where}: found one class{found}; at least 2 classes are needed to learn")
    if len(names) > MAX_CLASSES:
        raise DatasetError(f"{where}: found {len(names):,} classes; nnlab accepts at most {MAX_CLASSES:,}. "
                           "Is the class column the right one?")
    index = {name: k for k, name in enumerate(names)}
    return np.array([index[label] for label in labels], dtype=np.int64), names


def _read_text(path: Path) -> str:
    raw = read_limited(path, MAX_CSV_BYTES)
    if b"\0" in raw[:4096]:
        raise DatasetError(f"{path}: not a text file (a CSV file is text with one sample per row)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text (byte {exc.start:,} cannot be read)") from None


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _is_header(row: list[str]) -> bool:
    """A first row without a single number, or naming the class column, is a header."""
    return not any(_is_number(cell) for cell in row) or \
        any(cell.strip().lower() in LABEL_NAMES for cell in row)


def _label_column(header: list[str] | None, width: int) -> int:
    if header is not None:
        lowered = [cell.strip().lower() for cell in header]
        for name in LABEL_NAMES:
            if name in lowered:
                return lowered.index(name)
    return width - 1


def read_csv(path: str | Path, *, progress: Progress | None = None,
             cancel: threading.Event | None = None) -> OwnData:
    """Read a CSV of feature vectors (2 columns: points) and a class column; DatasetError when bad."""
    path = Path(path)
    text = _read_text(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    header: list[str] | None = None
    values: list[list[float]] = []
    labels: list[str] = []
    width = label_at = 0
    total = max(1, text.count("\n"))
    try:
        for number, row in enumerate(rows, start=1):
            if not row or all(not cell.strip() for cell in row):
                continue
            if not width:
                width = len(row)
                if width < 2:
                    raise DatasetError(f"{path}, row {number}: one column only; a CSV needs at least one "
                                       "feature column and a class column")
                if width > MAX_COLUMNS:
                    raise DatasetError(f"{path}, row {number}: {width:,} columns; at most {MAX_COLUMNS:,}")
                if _is_header(row):
                    header = [cell.strip() for cell in row]
                label_at = _label_column(header, width)
                if header is not None:
                    continue
            if len(row) != width:
                raise DatasetError(f"{path}, row {number}: {len(row)} cells, but the first row has {width}")
            if len(values) >= MAX_ROWS or len(values) * width >= MAX_VALUES:
                raise DatasetError(
                    f"{path}, row {number}: more than {len(values):,} rows; too large to import")
            values.append(_numbers(row, label_at, path, number))
            labels.append(row[label_at].strip())
            if number % 5000 == 0:
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled(f"{path}: import cancelled")
                if progress is not None:
                    progress(number, total)
    except csv.Error as exc:
        raise DatasetError(f"{path}, row {rows.line_num}: not readable as CSV ({exc})") from None
    if not values:
        raise DatasetError(f"{path}: no data rows found")
    t, names = class_indices(labels, str(path))
    x = np.asarray(values, dtype=np.float32)
    features = [c for k, c in enumerate(header) if k != label_at] if header else \
        [f"x{k + 1}" for k in range(width - 1)]
    return OwnData(name=path.stem, kind="points" if width == 3 else "features", x=x, t=t,
                   class_names=names, location=path, feature_names=features)


def _numbers(row: list[str], label_at: int, path: Path, number: int) -> list[float]:
    """The feature cells of one row as floats; the first bad cell is named."""
    out = []
    for column, cell in enumerate(row, start=1):
        if column - 1 == label_at:
            continue
        try:
            value = float(cell)
        except ValueError:
            shown = cell if len(cell) <= 40 else cell[:40] + "…"
            raise DatasetError(f"{path}, row {number}, column {column}: {shown!r} is not a number") from None
        if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
            raise DatasetError(f"{path}, row {number}, column {column}: {cell.strip()!r} is not a "
                               "number nnlab can learn from (too large or not finite)")
        out.append(value)
    return out
