"""Save and load a MultiLayerNet as one ``.npz`` file (NumPy arrays only, never pickles).

Inside the archive: ``spec`` is a 0-d text array holding JSON
``{"format": "nnlab-network", "version": 1, "spec": NetSpec.to_dict()}``; every parameter is an
array under its own name ("W1", "b1", "gamma1", ...), and batch-norm running statistics are
"running_mean1", "running_var1", ... . Loading uses ``allow_pickle=False``, so a file can never
run code, and every way a file can be wrong ends in one ModelFileError that names the file.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from nnlab.network import MultiLayerNet, NetSpec

__all__ = ["FORMAT", "VERSION", "ModelFileError", "save_network", "load_network"]

FORMAT = "nnlab-network"
VERSION = 1
SPEC_KEY = "spec"

# What reading a damaged or foreign file can raise inside NumPy and zipfile.
_READ_ERRORS = (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile, zlib.error)


class ModelFileError(ValueError):
    """A model file that cannot be read or is not a usable nnlab network; the message names it."""


def save_network(net: MultiLayerNet, path: str | os.PathLike[str]) -> None:
    """Write ``net`` (spec, params, running statistics) to ``path`` exactly (no suffix is added)."""
    path = Path(path)
    header = {"format": FORMAT, "version": VERSION, "spec": net.spec.to_dict()}
    arrays: dict[str, np.ndarray] = {SPEC_KEY: np.array(json.dumps(header))}
    arrays.update(net.params)
    arrays.update(net.running_stats())
    # Write next to the target and rename, so a failed save never leaves half a file behind.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def load_network(path: str | os.PathLike[str]) -> MultiLayerNet:
    """Read a network written by save_network(); ModelFileError when the file is not one."""
    path = Path(path)
    arrays = _read_arrays(path)
    spec = _read_spec(path, arrays.pop(SPEC_KEY, None))
    net = MultiLayerNet(spec, rng=np.random.default_rng(0))
    expected = set(net.params) | set(net.running_stats())
    missing = sorted(expected - set(arrays), key=_natural)
    if missing:
        raise ModelFileError(f"{path}: the file lacks the arrays {', '.join(missing)} "
                             f"needed by a {spec.label()} network (the file is damaged)")
    unknown = sorted(set(arrays) - expected, key=_natural)
    if unknown:
        raise ModelFileError(f"{path}: unexpected arrays {', '.join(unknown)} for a "
                             f"{spec.label()} network")
    for name, value in arrays.items():
        if value.dtype.kind != "f":
            raise ModelFileError(f"{path}: array {name} holds {value.dtype} values, not numbers "
                                 f"with a decimal point")
    try:
        net.set_params({key: arrays[key] for key in net.params})
        net.set_running_stats({key: arrays[key] for key in net.running_stats()})
    except (ValueError, TypeError) as exc:  # shapes that do not fit the spec
        raise ModelFileError(f"{path}: does not match its own network spec "
                             f"({spec.label()}): {exc}") from None
    return net


def _read_arrays(path: Path) -> dict[str, np.ndarray]:
    """Every array of the archive, fully read (so a truncated member fails here)."""
    if not path.exists():
        raise ModelFileError(f"{path}: no such file")
    if path.is_dir():
        raise ModelFileError(f"{path}: is a folder, not a model file")
    if path.stat().st_size == 0:
        raise ModelFileError(f"{path}: the file is empty")
    try:
        archive = np.load(path, allow_pickle=False)
        if not isinstance(archive, np.lib.npyio.NpzFile):
            raise ModelFileError(f"{path}: is a single NumPy array, not an nnlab model (.npz)")
        with archive:
            return {name: archive[name] for name in archive.files}
    except ModelFileError:
        raise
    except _READ_ERRORS as exc:
        raise ModelFileError(f"{path}: not a readable nnlab model file (.npz): "
                             f"{_describe(exc)}") from None


def _read_spec(path: Path, raw: np.ndarray | None) -> NetSpec:
    """The NetSpec from the JSON text stored under 'spec'."""
    if raw is None:
        raise ModelFileError(f"{path}: not an nnlab model file (it has no network spec)")
    if raw.ndim != 0 or raw.dtype.kind != "U":
        raise ModelFileError(f"{path}: the network spec is not stored as text")
    try:
        header: Any = json.loads(str(raw))
    except json.JSONDecodeError as exc:
        raise ModelFileError(f"{path}: the network spec is not valid JSON ({exc.msg})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ModelFileError(f"{path}: not an nnlab model file (format marker missing)")
    version = header.get("version")
    if version != VERSION:
        raise ModelFileError(f"{path}: model file version {version!r} is not supported "
                             f"(this nnlab reads version {VERSION})")
    spec = header.get("spec")
    if not isinstance(spec, dict):
        raise ModelFileError(f"{path}: the network spec is missing")
    try:
        return NetSpec.from_dict(spec)
    except (ValueError, TypeError) as exc:
        raise ModelFileError(f"{path}: invalid network spec: {exc}") from None


def _describe(exc: BaseException) -> str:
    """A short reason without NumPy's advice about allow_pickle (which must stay off)."""
    text = str(exc).split("\n")[0].strip() or type(exc).__name__
    if text.startswith("Object arrays"):
        return "it holds Python objects, which nnlab never loads (they could run code)"
    if "allow_pickle" in text or "pickled" in text:
        return "it is neither a NumPy archive nor a NumPy array"
    return text


def _natural(name: str) -> tuple[str, int]:
    """Sort key that puts W2 before W10."""
    head = name.rstrip("0123456789")
    tail = name[len(head):]
    return head, int(tail) if tail else 0
