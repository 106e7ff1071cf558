"""Save and load a MultiLayerNet as one ``.npz`` file (NumPy arrays only, never pickles).

Inside the archive: ``spec`` is a 0-d text array holding JSON
``{"format": "nnlab-network", "version": 1, "spec": NetSpec.to_dict()}``; every parameter is an
array under its own name ("W1", "b1", "gamma1", ...), and batch-norm running statistics are
"running_mean1", "running_var1", ... .

Loading never trusts the file: the archive is read by nnlab's own bounded ``.npy`` reader (no
pickles, no NumPy header evaluation), the spec is checked strictly, and the arrays' declared
shapes are compared with the spec *before* anything is decompressed or a weight is drawn. Every
way a file can be wrong ends in one ModelFileError (one line, bounded) that names the file; a
network larger than :data:`LARGE_MODEL_PARAMS` raises ModelTooLarge so the app can ask first.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nnlab.limits import (
    ZIP_READ_ERRORS,
    BoundedError,
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
from nnlab.net_spec import ACTIVATION_NAMES, DTYPES, NetSpec
from nnlab.network import MultiLayerNet

__all__ = ["FORMAT", "VERSION", "LARGE_MODEL_PARAMS", "MAX_MODEL_PARAMS", "ModelFileError",
           "ModelTooLarge", "ModelInfo", "save_network", "load_network", "inspect_model"]

FORMAT = "nnlab-network"
VERSION = 1
SPEC_KEY = "spec"
MAX_SPEC_CHARS = 16_384  # a spec is ~250 characters
MAX_MEMBERS = 512
MAX_LAYERS = 100
MAX_WIDTH = 1_000_000
# Loading draws, reads and copies the weights (about 3 × their bytes in float64): 32 million
# parameters stay under 1 GiB. Above 10 million (40 MB in float32) the app asks first.
LARGE_MODEL_PARAMS = 10_000_000
MAX_MODEL_PARAMS = 32_000_000
MAX_ABS_VALUE = 1e10  # trained weights stay far below; beyond this the statistics overflow float32


class ModelFileError(BoundedError, ValueError):
    """A model file that cannot be read or is not a usable nnlab network; the message names it."""


class ModelTooLarge(ModelFileError):
    """A valid-looking model file whose network is large enough to ask the user before loading."""

    def __init__(self, message: str, info: ModelInfo) -> None:
        super().__init__(message)
        self.info = info


@dataclass(frozen=True)
class ModelInfo:
    """What a model file declares, read without loading its weights."""

    spec: NetSpec
    n_params: int
    n_bytes: int


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


def inspect_model(path: str | os.PathLike[str]) -> ModelInfo:
    """The spec and size of a model file, checked against its arrays' headers (no weights read)."""
    path = Path(path)
    with _open(path) as archive:
        return _inspect(path, archive)[0]


def load_network(path: str | os.PathLike[str], *, allow_large: bool = False) -> MultiLayerNet:
    """Read a network written by save_network(); ModelFileError when the file is not one.

    A network of more than LARGE_MODEL_PARAMS parameters raises ModelTooLarge unless
    ``allow_large``; more than MAX_MODEL_PARAMS is always refused.
    """
    path = Path(path)
    with _open(path) as archive:
        info, members, shapes = _inspect(path, archive)
        if info.n_params > LARGE_MODEL_PARAMS and not allow_large:
            raise ModelTooLarge(f"{path}: the network {info.spec.label()} has {info.n_params:,} "
                                f"parameters ({size_text(info.n_bytes)})", info)
        arrays = {name: _read_member(path, archive, members[name], name) for name in shapes}
    for name, value in arrays.items():
        _check_values(path, name, value)
    net = MultiLayerNet(info.spec, rng=np.random.default_rng(0))
    net.set_params({key: arrays[key] for key in net.params})
    net.set_running_stats({key: arrays[key] for key in net.running_stats()})
    return net


def expected_shapes(spec: NetSpec) -> dict[str, tuple[int, ...]]:
    """Name and shape of every array a network of ``spec`` saves (params, then running statistics)."""
    sizes = spec.sizes
    n_affine = len(sizes) - 1
    params: dict[str, tuple[int, ...]] = {}
    stats: dict[str, tuple[int, ...]] = {}
    for k in range(1, n_affine + 1):
        params[f"W{k}"] = (sizes[k - 1], sizes[k])
        params[f"b{k}"] = (sizes[k],)
        if spec.batch_norm and k < n_affine:
            params[f"gamma{k}"] = params[f"beta{k}"] = (sizes[k],)
            stats[f"running_mean{k}"] = stats[f"running_var{k}"] = (sizes[k],)
    return params | stats


# --- reading -----------------------------------------------------------------------------------------
def _open(path: Path) -> zipfile.ZipFile:
    try:
        if not path.exists():
            raise ModelFileError(f"{path}: no such file")
        if path.is_dir():
            raise ModelFileError(f"{path}: is a folder, not a model file")
        if not path.is_file():
            raise ModelFileError(f"{path}: is not a regular file")
        if path.stat().st_size == 0:
            raise ModelFileError(f"{path}: the file is empty")
        with open(path, "rb") as fh:
            head = fh.read(6)
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read the file ({exc.strerror or describe(exc)})") from None
    if head == b"\x93NUMPY":
        raise ModelFileError(f"{path}: is a single NumPy array, not an nnlab model (.npz)")
    return open_zip(path, str(path), ModelFileError, MAX_MEMBERS,
                    problem="not a readable nnlab model file (.npz)")


def _inspect(path: Path, archive: zipfile.ZipFile
             ) -> tuple[ModelInfo, dict[str, zipfile.ZipInfo], dict[str, tuple[int, ...]]]:
    members: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        if not info.filename.endswith(".npy"):
            raise ModelFileError(f"{path}: member {shown(info.filename)} is not a NumPy array (.npy)")
        members[info.filename[:-4]] = info
    if SPEC_KEY not in members:
        raise ModelFileError(f"{path}: not an nnlab model file (it has no network spec)")
    spec = _read_spec(path, archive, members.pop(SPEC_KEY))
    shapes = expected_shapes(spec)
    n_params = sum(declared_bytes(shape, 1) for shape in shapes.values())
    n_bytes = n_params * np.dtype(spec.dtype).itemsize
    if n_params > MAX_MODEL_PARAMS:
        raise ModelFileError(f"{path}: the network {spec.label()} would have {n_params:,} parameters "
                             f"({size_text(n_bytes)}), more than the {MAX_MODEL_PARAMS:,} nnlab loads")
    missing = sorted(set(shapes) - set(members), key=_natural)
    if missing:
        raise ModelFileError(f"{path}: the file lacks the arrays {', '.join(missing)} "
                             f"needed by a {spec.label()} network (the file is damaged)")
    unknown = sorted(set(members) - set(shapes), key=_natural)
    if unknown:
        raise ModelFileError(f"{path}: unexpected arrays {shown(', '.join(unknown))} for a "
                             f"{spec.label()} network")
    for name, shape in shapes.items():
        dtype, declared, _ = _member_header(path, archive, members[name], name)
        if dtype.kind != "f":
            raise ModelFileError(f"{path}: array {name} holds {dtype} values, not numbers "
                                 f"with a decimal point")
        if declared != shape:
            raise ModelFileError(f"{path}: does not match its own network spec ({spec.label()}): "
                                 f"{name}: expected shape {shape}, got {declared}")
    return ModelInfo(spec, n_params, n_bytes), members, shapes


def _member_header(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
                   allow_text: bool = False) -> tuple[np.dtype, tuple[int, ...], bool]:
    where = f"{path}: array {name}"
    check_zip_member(info, where, ModelFileError, Budget(MAX_MODEL_PARAMS * 8, where, ModelFileError))
    try:
        with archive.open(info) as fh:
            return read_npy_header(fh, where, ModelFileError, allow_text=allow_text)
    except ModelFileError:
        raise
    except ZIP_READ_ERRORS as exc:
        raise ModelFileError(f"{where}: not readable ({describe(exc)})") from None


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
                 allow_text: bool = False) -> np.ndarray:
    where = f"{path}: array {name}"
    try:
        with archive.open(info) as fh:
            dtype, shape, fortran = read_npy_header(fh, where, ModelFileError, allow_text=allow_text)
            if declared_bytes(shape, dtype.itemsize) > info.file_size:
                raise ModelFileError(f"{where}: declares {size_text(declared_bytes(shape, dtype.itemsize))} "
                                     f"but the member holds {size_text(info.file_size)}")
            return read_exactly(fh, dtype, shape, fortran, where, ModelFileError)
    except ModelFileError:
        raise
    except ZIP_READ_ERRORS as exc:
        raise ModelFileError(f"{where}: not readable ({describe(exc)})") from None


def _read_spec(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> NetSpec:
    """The NetSpec from the JSON text stored under 'spec' (size checked before it is unpacked)."""
    if info.file_size > 4 * MAX_SPEC_CHARS + 256:
        raise ModelFileError(f"{path}: the network spec would unpack to {size_text(info.file_size)}; "
                             "a real one is a few hundred bytes")
    dtype, shape, _ = _member_header(path, archive, info, SPEC_KEY, allow_text=True)
    if shape != () or dtype.kind != "U":
        raise ModelFileError(f"{path}: the network spec is not stored as text")
    text = str(_read_member(path, archive, info, SPEC_KEY, allow_text=True)[()])
    try:
        header: Any = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else describe(exc)
        raise ModelFileError(f"{path}: the network spec is not valid JSON ({reason})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ModelFileError(f"{path}: not an nnlab model file (format marker missing)")
    version = header.get("version")
    if version != VERSION or type(version) is not int:
        raise ModelFileError(f"{path}: model file version {shown(version)} is not supported "
                             f"(this nnlab reads version {VERSION})")
    spec = header.get("spec")
    if not isinstance(spec, dict):
        raise ModelFileError(f"{path}: the network spec is missing")
    try:
        _check_spec_values(spec)
        return NetSpec.from_dict(spec)
    except (ValueError, TypeError, OverflowError) as exc:
        raise ModelFileError(f"{path}: invalid network spec: {describe(exc)}") from None


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def _check_spec_values(spec: dict) -> None:
    """Strict types and ranges for the values NetSpec takes (before NetSpec sees them)."""
    def width(value: object, key: str) -> None:
        if type(value) is not int or not 1 <= value <= MAX_WIDTH:
            raise ValueError(f"{key} must be a whole number from 1 to {MAX_WIDTH:,}, got {shown(value)}")

    def number(key: str, low: float, high: float) -> None:
        value = spec.get(key, 0.0)
        if type(value) not in (int, float) or not math.isfinite(value) or not low <= value < high:
            raise ValueError(f"{key} must be a number in [{low:g}, {high:g}), got {shown(value)}")

    for key in ("input_size", "output_size"):
        if key in spec:
            width(spec[key], key)
    hidden = spec.get("hidden", [])
    if not isinstance(hidden, list) or len(hidden) > MAX_LAYERS:
        raise ValueError(f"hidden must be a list of at most {MAX_LAYERS} layer widths, got {shown(hidden)}")
    for n in hidden:
        width(n, "every hidden layer width")
    for key, allowed in (("activation", ACTIVATION_NAMES), ("dtype", DTYPES)):
        if key in spec and spec[key] not in allowed:
            raise ValueError(f"unknown {key} {shown(spec[key])}; choose one of {', '.join(allowed)}")
    if "init" in spec and (not isinstance(spec["init"], str) or len(spec["init"]) > 40):
        raise ValueError(f"init must be 'he', 'xavier' or 'std:<number>', got {shown(spec['init'])}")
    if "batch_norm" in spec and type(spec["batch_norm"]) is not bool:
        raise ValueError(f"batch_norm must be true or false, got {shown(spec['batch_norm'])}")
    number("dropout", 0.0, 1.0)
    number("weight_decay_l2", 0.0, 1e6)
    number("weight_decay_l1", 0.0, 1e6)


def _check_values(path: Path, name: str, value: np.ndarray) -> None:
    """Weights must be finite numbers; batch-norm variances must not be negative."""
    if not np.isfinite(value).all():
        bad = int(value.size - np.count_nonzero(np.isfinite(value)))
        raise ModelFileError(f"{path}: array {name} holds {bad:,} values that are not finite "
                             "numbers (NaN or infinity); the model is damaged")
    if value.size and float(np.abs(value).max()) > MAX_ABS_VALUE:
        raise ModelFileError(f"{path}: array {name} holds values beyond ±{MAX_ABS_VALUE:g}; "
                             "the model is damaged")
    if name.startswith("running_var") and (value < 0).any():
        raise ModelFileError(f"{path}: array {name} holds negative variances; the model is damaged")


def _natural(name: str) -> tuple[str, int]:
    """Sort key that puts W2 before W10."""
    head = name.rstrip("0123456789")
    tail = name[len(head):]
    return head, int(tail) if tail and len(tail) < 10 else 0
