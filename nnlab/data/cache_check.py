"""Verify the cached data files at every load: SHA-256 against what was downloaded or imported.

The gzip CRC inside each file already catches random damage; the SHA-256 catches a file whose
content was replaced by other valid data (a labels file re-encoded with every label 7). Each
cache folder keeps ``.nnlab-checksums.json``: the digest of every file nnlab wrote there (a
download records the canonical digest, an import the digest of the files it wrote). A file
matches when its digest is the recorded one or the canonical one. A file nnlab never recorded
(copied in by hand, or cached by an older nnlab) is recorded the first time it is used.

Hashing MNIST's four files (11.6 MB) costs a few tens of milliseconds, small beside decoding
them, so every load verifies (measured in benchmarks/cache_verify.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

MANIFEST_NAME = ".nnlab-checksums.json"
DAMAGED_SUFFIX = ".damaged"
_MAX_MANIFEST_BYTES = 64 * 1024


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """{file name: hex SHA-256} recorded in folder; empty when missing or unreadable."""
    path = folder / MANIFEST_NAME
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_MANIFEST_BYTES + 1)
        value = json.loads(raw) if len(raw) <= _MAX_MANIFEST_BYTES else None
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError):
        value = None
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        log.warning("ignoring the unreadable checksum list %s", path)
        return {}
    return value


def record(folder: Path, paths: Iterable[Path], digests: dict[str, str] | None = None) -> None:
    """Remember the digests of files nnlab just put into folder (computed unless given)."""
    manifest = read_manifest(folder)
    for path in paths:
        manifest[path.name] = (digests or {}).get(path.name) or file_sha256(path)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".checksums.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, indent=1, sort_keys=True)
        os.replace(tmp, folder / MANIFEST_NAME)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        log.warning("could not record checksums in %s: %s", folder, exc)


def damaged_files(paths: Iterable[Path], canonical: dict[str, str], *,
                  record_new: bool = True) -> list[Path]:
    """The files whose SHA-256 is neither the recorded nor the canonical one.

    Files never recorded are recorded now (when ``record_new``), so later changes are caught.
    """
    paths = list(paths)
    if not paths:
        return []
    folder = paths[0].parent
    manifest = read_manifest(folder)
    damaged, new = [], {}
    for path in paths:
        digest = file_sha256(path)
        expected = manifest.get(path.name)
        if digest == canonical.get(path.name) or digest == expected:
            continue
        if expected is None:
            new[path.name] = digest
        else:
            damaged.append(path)
    if new and record_new:
        log.info("recorded the checksums of %s in %s", ", ".join(sorted(new)), folder)
        record(folder, [folder / name for name in new], new)
    return damaged


def move_aside(paths: Iterable[Path]) -> list[Path]:
    """Rename damaged files to ``<name>.damaged`` (the loader no longer sees them); return the new paths."""
    moved = []
    for path in paths:
        target = path.with_name(path.name + DAMAGED_SUFFIX)
        try:
            os.replace(path, target)
        except OSError as exc:
            log.warning("could not move the damaged file %s aside: %s", path, exc)
            continue
        log.warning("moved the damaged file %s aside to %s", path, target)
        moved.append(target)
    return moved


def leftovers(folder: Path) -> list[Path]:
    """Files moved aside as damaged in folder (until a download or import replaces them)."""
    try:
        return sorted(folder.glob("*" + DAMAGED_SUFFIX))
    except OSError:
        return []


def clear_leftovers(folder: Path) -> None:
    """Delete the damaged copies once good files are in place."""
    for path in leftovers(folder):
        path.unlink(missing_ok=True)
