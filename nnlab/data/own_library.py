"""Imported data sets remembered between sessions, so the learner can pick them again.

Each import is two files in ``<user data>/imported/``: ``<key>.npz`` (the samples: uint8 pixels or
float32 features, int64 classes; read back with ``allow_pickle=False``) and ``<key>.json`` (name,
kind, classes, where it came from, and the chosen split). The JSON is written last, each file
through a temporary name and a rename, so an entry is either complete or not listed at all.
Importing the same file or folder again replaces its entry.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from nnlab.data.dataset import Dataset
from nnlab.data.errors import DatasetError
from nnlab.data.own_data import MAX_CLASSES, OwnData, Progress, read_csv
from nnlab.data.own_images import IMAGE_SIZE, read_image_folder
from nnlab.user_data import user_data_dir

log = logging.getLogger(__name__)

MAX_META_BYTES = 1 * 2**20
RESERVED_NAMES = {"mnist", "fashion-mnist", "digits", "circle", "xor", "gauss", "spiral", "moons"}


@dataclass(frozen=True)
class ImportedSet:
    """One remembered import: what it is and how it is split."""

    key: str
    name: str
    kind: str  # points, features or images
    location: str
    class_names: tuple[str, ...]
    samples: int
    input_size: int
    test_fraction: float
    standardize: bool
    seed: int = 0
    created: float = 0.0


def read_own(path: str | os.PathLike[str], *, progress: Progress | None = None,
             cancel: threading.Event | None = None) -> OwnData:
    """Read the learner's data: a folder of class sub-folders of images, or a CSV file."""
    path = Path(path).expanduser()
    if path.is_dir():
        return read_image_folder(path, progress=progress, cancel=cancel)
    if not path.is_file():
        raise DatasetError(f"{path}: no such file or folder")
    return read_csv(path, progress=progress, cancel=cancel)


def library_dir() -> Path:
    """Where remembered imports live."""
    return user_data_dir() / "imported"


def _key(own: OwnData) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", own.name).strip("-")[:40] or "data"
    digest = hashlib.sha1(str(own.location.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def remember(own: OwnData, test_fraction: float, standardize: bool, seed: int = 0,
             folder: Path | None = None) -> ImportedSet:
    """Keep ``own`` and its split choice for the next sessions; returns its entry."""
    folder = folder or library_dir()
    name = own.name if own.name.lower() not in RESERVED_NAMES else f"{own.name}-own"
    entry = ImportedSet(key=_key(own), name=name, kind=own.kind, location=str(own.location),
                        class_names=tuple(own.class_names), samples=len(own.x),
                        input_size=int(own.x.shape[1]), test_fraction=float(test_fraction),
                        standardize=bool(standardize), seed=int(seed), created=time.time())
    x = np.round(own.x * 255).astype(np.uint8) if own.kind == "images" else own.x.astype(np.float32)

    def write_npz(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            np.savez(fh, x=x, t=own.t.astype(np.int64))

    def write_json(tmp: Path) -> None:
        tmp.write_text(json.dumps(asdict(entry), ensure_ascii=False, indent=1), encoding="utf-8")

    try:
        folder.mkdir(parents=True, exist_ok=True)
        _replace_atomically(folder / f"{entry.key}.npz", write_npz)
        _replace_atomically(folder / f"{entry.key}.json", write_json)
    except OSError as exc:
        raise DatasetError(f"{folder}: cannot keep the imported data ({exc.strerror or exc})") from None
    return entry


def _entry_of(path: Path) -> ImportedSet:
    if path.stat().st_size > MAX_META_BYTES:
        raise ValueError("too large")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["class_names"] = tuple(str(c) for c in data["class_names"])
    entry = ImportedSet(**data)
    if entry.key != path.stem or not 2 <= len(entry.class_names) <= MAX_CLASSES:
        raise ValueError("inconsistent entry")
    return entry


def remembered(folder: Path | None = None) -> list[ImportedSet]:
    """Every remembered import, oldest first; damaged entries are left out (and logged)."""
    folder = folder or library_dir()
    entries = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            entry = _entry_of(path)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("ignoring the damaged import entry %s: %s", path, exc)
            continue
        if (folder / f"{entry.key}.npz").is_file():
            entries.append(entry)
    return sorted(entries, key=lambda e: e.created)


def forget(entry: ImportedSet, folder: Path | None = None) -> None:
    """Remove a remembered import (its two files)."""
    folder = folder or library_dir()
    for suffix in (".json", ".npz"):
        (folder / f"{entry.key}{suffix}").unlink(missing_ok=True)


def load_remembered(entry: ImportedSet, folder: Path | None = None) -> Dataset:
    """The Dataset of a remembered import, split as chosen when it was imported."""
    path = (folder or library_dir()) / f"{entry.key}.npz"
    try:
        with np.load(path, allow_pickle=False) as npz:
            x, t = npz["x"], npz["t"]
    except (OSError, ValueError, KeyError) as exc:
        raise DatasetError(f"{path}: the kept copy of {entry.name!r} cannot be read ({exc}); "
                           f"import {entry.location} again") from None
    if x.ndim != 2 or t.shape != (len(x),) or x.shape[1] != entry.input_size or \
            (t.size and (t.min() < 0 or t.max() >= len(entry.class_names))):
        raise DatasetError(f"{path}: the kept copy of {entry.name!r} does not match its description; "
                           f"import {entry.location} again")
    images = entry.kind == "images"
    own = OwnData(name=entry.name, kind=entry.kind,
                  x=x.astype(np.float32) / np.float32(255) if images else x.astype(np.float32),
                  t=t.astype(np.int64), class_names=list(entry.class_names),
                  location=Path(entry.location), image_shape=(IMAGE_SIZE, IMAGE_SIZE) if images else None)
    return own.split(entry.test_fraction, entry.seed, entry.standardize)
