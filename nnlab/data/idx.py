"""Strict reader and writer for the IDX format of the MNIST family (``*-idx3-ubyte[.gz]``).

An IDX file is a 4-byte magic number ``00 00 <dtype code> <number of dims>``, one big-endian
uint32 per dimension, then the values in C order. The reader checks every part of that before
trusting it, decompresses gzip in bounded steps (never more than the header declares, plus one
byte to detect trailing data), and turns every kind of damage into a ``DatasetError`` that names
the file and the problem.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import numpy as np

from nnlab.data.errors import DatasetError
from nnlab.limits import MAX_DATASET_BYTES, Budget, read_exactly, size_text

# IDX dtype codes; all multi-byte types are big-endian.
IDX_DTYPES: dict[int, np.dtype] = {
    0x08: np.dtype("u1"),
    0x09: np.dtype("i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
MAX_NDIM = 8
# MNIST's biggest file holds 47 MB. One file, and the four files of a data set together, may
# hold MAX_DATASET_BYTES: a forged header cannot make a desktop computer swap.
MAX_IDX_BYTES = MAX_DATASET_BYTES
MAX_GZIP_MEMBERS = 64  # gzip tools write one; concatenated files a few
GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


class _RawReader:
    """Reads an uncompressed stream in bounded chunks."""

    def __init__(self, fh: BinaryIO, head: bytes = b"") -> None:
        self._fh = fh
        self._head = head  # bytes already peeked from fh

    def read(self, n: int) -> bytearray:
        """Return up to n bytes; fewer only at the end of the stream."""
        out = bytearray(self._head[:n])
        self._head = self._head[n:]
        while len(out) < n:
            chunk = self._fh.read(min(_CHUNK, n - len(out)))
            if not chunk:
                break
            out += chunk
        return out


class _GzipReader:
    """Decompresses a (multi-member) gzip stream, producing at most the bytes asked for."""

    def __init__(self, fh: BinaryIO, name: str, head: bytes = b"") -> None:
        self._fh = fh
        self._name = name
        self._dec = zlib.decompressobj(wbits=31)  # 31: gzip header + CRC32/ISIZE trailer check
        self._pending = head  # compressed bytes already taken from fh
        self._done = False
        self._members = 1

    def read(self, n: int) -> bytearray:
        """Return up to n decompressed bytes; fewer only when the gzip stream ended cleanly."""
        out = bytearray()
        while len(out) < n and not self._done:
            if self._dec.eof:
                self._start_next_member()
            else:
                out += self._step(n - len(out))
        return out

    def _step(self, want: int) -> bytes:
        data = self._dec.unconsumed_tail or self._pending or self._fh.read(_CHUNK)
        self._pending = b""
        try:
            out = self._dec.decompress(data, want)
        except zlib.error as exc:
            raise DatasetError(f"{self._name}: damaged gzip data ({exc})") from None
        if not data and not out and not self._dec.eof:
            raise DatasetError(f"{self._name}: the gzip data is truncated (file cut short?)")
        return out

    def _start_next_member(self) -> None:
        rest = self._dec.unused_data
        while len(rest) < 2:
            more = self._fh.read(_CHUNK)
            if not more:
                break
            rest += more
        if not rest:
            self._done = True
            return
        if rest[:2] != GZIP_MAGIC:
            raise DatasetError(f"{self._name}: unexpected bytes after the end of the gzip data")
        self._members += 1
        if self._members > MAX_GZIP_MEMBERS:
            raise DatasetError(
                f"{self._name}: more than {MAX_GZIP_MEMBERS} gzip members; the file is damaged")
        self._dec = zlib.decompressobj(wbits=31)
        self._pending = bytes(rest)


def _parse_header(reader: _RawReader | _GzipReader, name: str) -> tuple[np.dtype, tuple[int, ...]]:
    head = reader.read(4)
    if not head:
        raise DatasetError(f"{name}: the file is empty")
    if len(head) < 4:
        raise DatasetError(f"{name}: the file is too short to hold an IDX header")
    if head[0] != 0 or head[1] != 0:
        raise DatasetError(
            f"{name}: not an IDX file (wrong magic number 0x{bytes(head).hex()}; "
            "expected 0x0000 followed by a type code and the number of dimensions)"
        )
    code, ndim = head[2], head[3]
    if code not in IDX_DTYPES:
        raise DatasetError(f"{name}: unsupported IDX data type code 0x{code:02X}")
    if not 1 <= ndim <= MAX_NDIM:
        raise DatasetError(f"{name}: the header declares {ndim} dimensions (expected 1 to {MAX_NDIM})")
    raw_dims = reader.read(4 * ndim)
    if len(raw_dims) < 4 * ndim:
        raise DatasetError(f"{name}: the IDX header is truncated (file cut short?)")
    return IDX_DTYPES[code], struct.unpack(f">{ndim}I", bytes(raw_dims))


def _parse(reader: _RawReader | _GzipReader, name: str, budget: Budget) -> np.ndarray:
    dtype, dims = _parse_header(reader, name)
    n_values = 1
    for d in dims:
        n_values *= d  # Python ints: no overflow for absurd dimensions
    n_bytes = n_values * dtype.itemsize
    shape_text = " × ".join(str(d) for d in dims)
    if n_values == 0:
        raise DatasetError(f"{name}: the header declares {shape_text} values, an empty array")
    if n_bytes > budget.limit:
        raise DatasetError(
            f"{name}: the header declares {shape_text} values ({size_text(n_bytes)}), "
            f"more than the {size_text(budget.limit)} nnlab accepts; the file is damaged"
        )
    budget.take(n_bytes, f"{shape_text} values")
    return read_exactly(reader, dtype, dims, False, name, DatasetError)  # type: ignore[arg-type]


def read_idx_fileobj(fh: BinaryIO, name: str = "<stream>", budget: Budget | None = None) -> np.ndarray:
    """Read one IDX array from an open binary stream (gzip detected by its magic bytes).

    ``budget`` bounds the bytes of several files read together (a data set's four files).
    """
    budget = budget if budget is not None else Budget(MAX_IDX_BYTES, name, DatasetError)
    try:
        head = bytes(_RawReader(fh).read(2))
        if head == GZIP_MAGIC:
            return _parse(_GzipReader(fh, name, head), name, budget)
        return _parse(_RawReader(fh, head), name, budget)
    except OSError as exc:
        raise DatasetError(f"{name}: cannot read the file ({exc.strerror or exc})") from None


def parse_idx(data: bytes, name: str = "<bytes>") -> np.ndarray:
    """Read one IDX array from bytes already in memory (raw or gzip)."""
    return read_idx_fileobj(io.BytesIO(data), name)


def read_idx(path: str | os.PathLike[str], budget: Budget | None = None) -> np.ndarray:
    """Read one IDX file (``.gz`` or not, detected by content), checking everything."""
    path = Path(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - the `with` below closes it; only opening is guarded
    except OSError as exc:
        raise DatasetError(f"{path}: cannot open the file ({exc.strerror or exc})") from None
    with fh:
        return read_idx_fileobj(fh, str(path), budget)


def read_idx_pair(
    images_path: str | os.PathLike[str], labels_path: str | os.PathLike[str],
    budget: Budget | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Read an images file (N, H, W) uint8 and its labels file (N,) uint8, checking they agree."""
    budget = budget if budget is not None else Budget(MAX_IDX_BYTES, str(images_path), DatasetError)
    images, labels = read_idx(images_path, budget), read_idx(labels_path, budget)
    if images.ndim != 3 or images.dtype != np.uint8:
        raise DatasetError(
            f"{images_path}: expected images (an idx3-ubyte file: count × height × width, "
            f"uint8), found shape {images.shape} of type {images.dtype}"
        )
    if labels.ndim != 1 or labels.dtype != np.uint8:
        raise DatasetError(
            f"{labels_path}: expected labels (an idx1-ubyte file: one uint8 per image), "
            f"found shape {labels.shape} of type {labels.dtype}"
        )
    if len(images) == 0:
        raise DatasetError(f"{images_path}: the file holds no images")
    if len(images) != len(labels):
        raise DatasetError(
            f"{images_path} holds {len(images):,} images but {labels_path} holds "
            f"{len(labels):,} labels; the counts must agree"
        )
    return images, labels


_CODES = {np.dtype(dt).newbyteorder("="): code for code, dt in IDX_DTYPES.items()}


def _idx_header(array: np.ndarray) -> tuple[bytes, np.dtype]:
    """The IDX header of an array and the (big-endian) dtype its values are stored in."""
    code = _CODES.get(array.dtype.newbyteorder("="))
    if code is None or not 1 <= array.ndim <= MAX_NDIM:
        raise ValueError(f"cannot store {array.dtype} arrays with {array.ndim} dims as IDX")
    return bytes([0, 0, code, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape), IDX_DTYPES[code]


def encode_idx(array: np.ndarray) -> bytes:
    """Return the uncompressed IDX bytes of an array (dtype uint8, int8, int16, int32, float32/64)."""
    array = np.asarray(array)
    header, dtype = _idx_header(array)
    return header + np.ascontiguousarray(array, dtype=dtype).tobytes()


def write_idx(path: str | os.PathLike[str], array: np.ndarray, *, compress: bool | None = None,
              check: Callable[[], None] | None = None) -> None:
    """Write an array as an IDX file; gzip when ``compress`` (default: the name ends in .gz).

    The values are written in slices, so no second copy of a large array is made; ``check()``
    runs after each slice (it may raise to stop a long write, e.g. when the user cancels).
    """
    path = Path(path)
    array = np.asarray(array)
    header, dtype = _idx_header(array)
    with open(path, "wb") as raw:
        if compress if compress is not None else path.suffix == ".gz":
            # mtime=0: identical input gives identical files
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as fh:
                _write_values(fh, header, array, dtype, check)
        else:
            _write_values(raw, header, array, dtype, check)


def _write_values(fh: BinaryIO, header: bytes, array: np.ndarray, dtype: np.dtype,
                  check: Callable[[], None] | None) -> None:
    fh.write(header)
    rows = max(1, _CHUNK // max(1, array[:1].nbytes))
    for start in range(0, len(array), rows):
        fh.write(np.ascontiguousarray(array[start:start + rows], dtype=dtype).tobytes())
        if check is not None:
            check()
