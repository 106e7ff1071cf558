"""Bounds every reader of nnlab shares: message length, array sizes, a budget across arrays, .npy headers.

A file is hostile until checked. The readers (model files, IDX, Keras ``.npz``, the book's pickle,
own-data imports) use these helpers so that sizes are checked *before* anything is decompressed
or allocated, and every refusal is one line of bounded length that names the file:

* :class:`BoundedError` — base of the project's reader errors; it keeps its message to one line
  of at most :data:`MAX_MESSAGE_CHARS` characters, whatever the file fed into it.
* :class:`Budget` — bytes allowed across all arrays of one file (or of one data set).
* :func:`read_npy_header` — NumPy's ``.npy`` header parsed by a strict reader of our own (bounded
  header length, plain numeric or text dtypes only, no Python evaluation, no NumPy warnings).
* :func:`read_exactly` — fills a preallocated array from a stream in bounded chunks.
* :func:`check_zip_member` — refuses encrypted, oddly compressed or oversized ``.npz`` members.
"""

from __future__ import annotations

import ast
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from typing import BinaryIO

import numpy as np

MAX_MESSAGE_CHARS = 1000  # room for three mirror URLs and the import hint
SHOWN_VALUE_CHARS = 60
# MNIST and Fashion-MNIST hold 55 MB of pixels; 160 MiB leaves room for three times that while
# keeping a whole data set, its float32 copy and the reader's buffers under 1 GiB.
MAX_DATASET_BYTES = 160 * 2**20
MAX_NPY_HEADER = 10_000  # NumPy's own default limit for a .npy header
_CHUNK = 1 << 20
_NPY_MAGIC = b"\x93NUMPY"
_NUMERIC_DTYPES = re.compile(r"^[<>|=]?(b1|u1|u2|u4|u8|i1|i2|i4|i8|f2|f4|f8)$")
_TEXT_DTYPE = re.compile(r"^[<>|=]?U([0-9]{1,7})$")


def bounded(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` on one line, cut in the middle with '…' when longer than ``limit`` characters."""
    line = " ".join(part.strip() for part in str(text).splitlines() if part.strip())
    # lone surrogates (undecodable bytes of a name) would break a UTF-8 log or a pipe
    line = line.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(line) <= limit:
        return line
    keep = limit - 1
    return line[: keep * 2 // 3] + "…" + line[len(line) - (keep - keep * 2 // 3):]


def shown(value: object, limit: int = SHOWN_VALUE_CHARS) -> str:
    """A short repr of a value read from a file, safe to put into a message."""
    try:
        short = not isinstance(value, str) or len(value) <= 4 * limit
        text = repr(value) if short else repr(value[: 4 * limit])
    except (RecursionError, ValueError):  # deep nesting, or an int too long to print
        text = f"<{type(value).__name__}>"
    return bounded(text, limit)


class BoundedError(Exception):
    """An error whose message is always one line of bounded length (it often quotes a file)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(bounded(str(message)))


def size_text(n: int) -> str:
    """``n`` bytes as '12.3 MiB' or '4.0 GiB' (a forged header can declare any Python int)."""
    if n >= 2**40 * 1024:
        return f"more than {2**10:,} TiB"
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("kB", 1024)):
        if n >= scale:
            return f"{n / scale:,.1f} {unit}"
    return f"{n:,} bytes"


def declared_bytes(shape: tuple[int, ...], itemsize: int) -> int:
    """Bytes an array of ``shape`` needs (Python ints: no overflow for absurd shapes)."""
    n = itemsize
    for d in shape:
        n *= d
    return n


class Budget:
    """Bytes still allowed across every array of one file; :meth:`take` raises once exceeded."""

    def __init__(self, limit: int, where: str, error: type[Exception]) -> None:
        self.limit = limit
        self.used = 0
        self._where = where
        self._error = error

    def take(self, n_bytes: int, what: str) -> None:
        """Reserve ``n_bytes`` for ``what`` (an array about to be allocated), or raise."""
        if self.used + n_bytes > self.limit:
            raise self._error(
                f"{self._where}: {what} needs {size_text(n_bytes)}, which brings the file to "
                f"{size_text(self.used + n_bytes)}, more than the {size_text(self.limit)} nnlab "
                "accepts (the file is damaged or not meant for nnlab)")
        self.used += n_bytes


def check_shape(shape: object, where: str, error: type[Exception]) -> tuple[int, ...]:
    """A shape of whole non-negative numbers, or ``error``; huge dimensions are refused too."""
    if not isinstance(shape, tuple) or len(shape) > 32 or not all(
            type(d) is int and 0 <= d < 2**48 for d in shape):
        raise error(f"{where}: malformed or impossible shape {shown(shape)}")
    return shape


def read_npy_header(fh: BinaryIO, where: str, error: type[Exception], *,
                    allow_text: bool = False) -> tuple[np.dtype, tuple[int, ...], bool]:
    """Parse a ``.npy`` header from ``fh``: (dtype, shape, fortran_order), never more than 10 kB read.

    Only the dict NumPy writes is accepted ('descr', 'fortran_order', 'shape'), with a plain
    numeric dtype (or Unicode text when ``allow_text``); anything else raises ``error``.
    """
    magic = fh.read(8)
    if len(magic) < 8 or magic[:6] != _NPY_MAGIC:
        raise error(f"{where}: not a NumPy array (.npy magic missing)")
    major = magic[6]
    if major not in (1, 2, 3):
        raise error(f"{where}: unsupported .npy format version {major}.{magic[7]}")
    size_field = fh.read(2 if major == 1 else 4)
    if len(size_field) < (2 if major == 1 else 4):
        raise error(f"{where}: the .npy header is truncated")
    header_len = int.from_bytes(size_field, "little")
    if header_len > MAX_NPY_HEADER:
        raise error(f"{where}: the .npy header declares {header_len:,} bytes of text "
                    f"(at most {MAX_NPY_HEADER:,} are accepted)")
    raw = fh.read(header_len)
    if len(raw) < header_len:
        raise error(f"{where}: the .npy header is truncated")
    return _parse_header_text(raw, major, where, error, allow_text)


def _parse_header_text(raw: bytes, major: int, where: str, error: type[Exception],
                       allow_text: bool) -> tuple[np.dtype, tuple[int, ...], bool]:
    try:
        text = raw.decode("latin-1" if major < 3 else "utf-8")
        with warnings.catch_warnings():  # odd escapes ('\s') warn; the header is refused anyway
            warnings.simplefilter("ignore")
            header = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError, UnicodeDecodeError):
        raise error(f"{where}: the .npy header is not readable") from None
    if not isinstance(header, dict) or set(header) != {"descr", "fortran_order", "shape"}:
        raise error(f"{where}: the .npy header is not the one NumPy writes")
    descr, fortran, shape = header["descr"], header["fortran_order"], header["shape"]
    if isinstance(descr, str) and "O" in descr:
        raise error(f"{where}: it holds Python objects, which nnlab never loads (they could run code)")
    text_match = _TEXT_DTYPE.match(descr) if isinstance(descr, str) else None
    if not isinstance(descr, str) or not (_NUMERIC_DTYPES.match(descr) or (allow_text and text_match)):
        raise error(f"{where}: the array holds {shown(descr)} values; only plain numbers are read")
    if not isinstance(fortran, bool):
        raise error(f"{where}: malformed fortran_order {shown(fortran)} in the .npy header")
    return np.dtype(descr), check_shape(shape, where, error), fortran


def read_exactly(fh: BinaryIO, dtype: np.dtype, shape: tuple[int, ...], fortran: bool,
                 where: str, error: type[Exception],
                 on_chunk: Callable[[int], None] | None = None) -> np.ndarray:
    """Read exactly the array's bytes (allocated once, filled in 1 MiB chunks), then expect the end.

    ``on_chunk(bytes_read)`` is called after each chunk (progress and cancel for long reads).
    """
    n_bytes = declared_bytes(shape, dtype.itemsize)
    buffer = np.empty(n_bytes, dtype=np.uint8)
    view = memoryview(buffer)
    done = 0
    while done < n_bytes:
        chunk = fh.read(min(_CHUNK, n_bytes - done))
        if not chunk:
            raise error(f"{where}: truncated: the header declares {_shape_text(shape)} values "
                        f"({n_bytes:,} bytes) but only {done:,} bytes follow")
        view[done:done + len(chunk)] = chunk
        done += len(chunk)
        if on_chunk is not None:
            on_chunk(done)
    if fh.read(1):
        raise error(f"{where}: unexpected trailing data after the {n_bytes:,} bytes the header declares")
    array = buffer.view(dtype).reshape(shape, order="F" if fortran else "C")
    return array if dtype.isnative or dtype.itemsize == 1 else array.astype(dtype.newbyteorder("="))


def _shape_text(shape: tuple[int, ...]) -> str:
    return " × ".join(str(d) for d in shape) if shape else "1"


def check_zip_member(info: zipfile.ZipInfo, where: str, error: type[Exception], budget: Budget) -> None:
    """Refuse an encrypted, unusually compressed or oversized member before decompressing it."""
    name = shown(info.filename)
    if info.flag_bits & 0x1:
        raise error(f"{where}: member {name} is encrypted; nnlab reads only plain archives")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise error(f"{where}: member {name} uses compression method {info.compress_type}; "
                    "only stored or deflated members are read")
    if info.file_size > budget.limit - budget.used + MAX_NPY_HEADER + 128:
        raise error(f"{where}: member {name} would unpack to {size_text(info.file_size)}, more than "
                    f"the {size_text(budget.limit)} nnlab accepts")


def open_zip(path: object, where: str, error: type[Exception], max_members: int,
             problem: str = "not a readable archive") -> zipfile.ZipFile:
    """Open a zip archive whose member list is short and has no duplicate names."""
    try:
        archive = zipfile.ZipFile(path)  # type: ignore[arg-type]
    except ZIP_READ_ERRORS as exc:
        raise error(f"{where}: {problem} ({describe(exc)})") from None
    names = archive.namelist()
    if len(names) > max_members:
        archive.close()
        raise error(f"{where}: the archive holds {len(names):,} members (at most {max_members} expected)")
    if len(set(names)) != len(names):
        archive.close()
        raise error(f"{where}: the archive holds two members with the same name")
    return archive


# What zipfile, zlib and a damaged stream can raise while a member is opened or read.
ZIP_READ_ERRORS = (OSError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError,
                   RuntimeError, OverflowError, zlib.error, struct.error)


def describe(exc: BaseException) -> str:
    """The first line of an exception's text (bounded), or its type name when it has none."""
    text = str(exc).split("\n")[0].strip()
    return bounded(text or type(exc).__name__, 200)
