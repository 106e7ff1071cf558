"""Read NumPy arrays from a pickle without ever letting the pickle run code or feed NumPy raw state.

``RestrictedUnpickler.find_class`` answers only the handful of names a pickled NumPy array uses,
and answers each with a stand-in from this module, never the real NumPy function: the stand-ins
collect the pickle's arguments, check them (known numeric dtype, shape of whole numbers, byte
count matching the shape) and only then build the array with ``np.frombuffer``. Anything else
(``os.system``, ``builtins.eval``, ...) is refused before it is even imported, and what is handed
out cannot be modified by the pickle (no attributes, BUILD refused).
"""

from __future__ import annotations

import contextvars
import pickle
import pickletools
import re
import warnings
from typing import Any, BinaryIO

import numpy as np

from nnlab.data.errors import DatasetError
from nnlab.limits import MAX_DATASET_BYTES, Budget, shown

MAX_ARRAY_BYTES = MAX_DATASET_BYTES
MAX_OPCODES = 100_000  # the book's mnist.pkl has 40; a pickle of nothing but NONE/POP is refused fast
MAX_DEPTH = 4  # a dict of arrays is depth 2
# The bytes the arrays of the pickle being read may still take (one budget per load()).
_budget: contextvars.ContextVar[Budget] = contextvars.ContextVar("nnlab_pickle_budget")
_DTYPE_SPEC = re.compile(r"^[<>|=]?[uifb][1248]$")  # plain numbers and booleans only


def _refuse(what: str) -> DatasetError:
    return DatasetError(f"refused: this pickle {what}; nnlab reads only plain numeric NumPy arrays")


class _DType:
    """Stand-in for ``numpy.dtype(spec, align, copy)`` followed by ``__setstate__``."""

    def __init__(self, spec: object = None, align: object = False, copy: object = True) -> None:
        if not isinstance(spec, str) or not _DTYPE_SPEC.match(spec):
            raise _refuse(f"asks for the data type {shown(spec)}")
        self.spec = spec
        self.byteorder = "="

    def __setstate__(self, state: object) -> None:
        """Keep only the byte order from NumPy's dtype state tuple."""
        if not isinstance(state, tuple) or len(state) < 2 or state[1] not in ("<", ">", "|", "="):
            raise _refuse("gives a malformed data type")
        self.byteorder = state[1]

    def resolve(self) -> np.dtype:
        """Return the real, checked dtype."""
        dtype = np.dtype(self.spec)
        return dtype if self.byteorder == "|" else dtype.newbyteorder(self.byteorder)


def _build(data: object, dtype: object, shape: object, fortran: object = False) -> np.ndarray:
    """Make an array from raw bytes after checking every argument."""
    if not isinstance(dtype, _DType):
        raise _refuse("builds an array without a plain data type")
    if isinstance(data, str):  # protocol ≤ 2 without _codecs: bytes pickled as latin-1 text
        data = data.encode("latin-1")
    if isinstance(data, memoryview):
        data = data.tobytes()
    if not isinstance(data, (bytes, bytearray)):
        raise _refuse("stores array data that is not raw bytes")
    if not isinstance(shape, tuple) or not all(type(d) is int and d >= 0 for d in shape):
        raise _refuse("gives a malformed array shape")
    real = dtype.resolve()
    n_bytes = real.itemsize * int(np.prod(shape, dtype=object))
    if n_bytes > MAX_ARRAY_BYTES or n_bytes != len(data):
        raise _refuse(f"declares {n_bytes:,} bytes of array data but holds {len(data):,}")
    _budget.get().take(n_bytes, "an array")  # memoized bytes may feed many arrays
    array = np.frombuffer(bytes(data), dtype=real).reshape(shape, order="F" if fortran else "C")
    return array.astype(real.newbyteorder("="))  # native byte order, writable copy


class _ArrayShell:
    """Stand-in for ``_reconstruct(ndarray, (0,), b'b')``; ``__setstate__`` fills it in."""

    def __init__(self) -> None:
        self.array: np.ndarray | None = None

    def __setstate__(self, state: object) -> None:
        """Accept NumPy's (version, shape, dtype, is_fortran, rawdata) state."""
        if not isinstance(state, tuple) or len(state) != 5:
            raise _refuse("gives a malformed array state")
        _version, shape, dtype, fortran, raw = state
        self.array = _build(raw, dtype, shape, bool(fortran))


class _Frozen:
    """Base of every object find_class hands out: no __dict__, and BUILD/setattr are refused.

    Without this a pickle could use the BUILD opcode to set attributes on module-level objects
    (e.g. a stand-in's ``__defaults__``) and so change how later, honest files are read.
    """

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise _refuse("tries to change nnlab's own objects")

    def __setstate__(self, state: object) -> None:
        """Refuse the BUILD opcode on a constructor."""
        raise _refuse("tries to change nnlab's own objects")


class _Constructor(_Frozen):
    """A callable the pickle may use through REDUCE; calls are passed to one allowed function."""

    __slots__ = ("_make",)

    def __init__(self, make: Any) -> None:
        object.__setattr__(self, "_make", make)

    def __call__(self, *args: object) -> Any:
        """Build one allowed value (positional arguments only, as REDUCE passes them)."""
        return self._make(*args)

    def __repr__(self) -> str:
        return f"_Constructor({getattr(self._make, '__name__', self._make)!r})"


class _NdarrayMarker(_Frozen):
    """What the pickle gets for ``numpy.ndarray``: usable only as _reconstruct's first argument."""

    __slots__ = ()


_NDARRAY = _NdarrayMarker()


def _reconstruct(subtype: object, shape: object = None, typecode: object = None) -> _ArrayShell:
    if subtype is not _NDARRAY:
        raise _refuse("reconstructs something other than a plain NumPy array")
    return _ArrayShell()


def _frombuffer(buffer: object, dtype: object, shape: object, order: object = "C") -> np.ndarray:
    return _build(buffer, dtype, shape, order == "F")


def _scalar(dtype: object, data: object = b"") -> np.generic:
    return _build(data, dtype, (1,))[0]


def _latin1_encode(text: object, encoding: str = "latin1", errors: str = "strict") -> bytes:
    """The one use a protocol-2 NumPy pickle makes of _codecs.encode: bytes stored as latin-1 text."""
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1"):
        raise _refuse("uses _codecs.encode in an unusual way")
    return text.encode("latin-1")


_SAFE_GLOBALS: dict[tuple[str, str], Any] = {
    ("numpy", "ndarray"): _NDARRAY,
    ("numpy", "dtype"): _Constructor(_DType),
    ("builtins", "dict"): _Constructor(dict),
    ("builtins", "list"): _Constructor(list),
    ("builtins", "tuple"): _Constructor(tuple),
    ("_codecs", "encode"): _Constructor(_latin1_encode),
}
for _core in ("numpy.core", "numpy._core"):  # NumPy 1 and NumPy 2 name the module differently
    _SAFE_GLOBALS[(f"{_core}.multiarray", "_reconstruct")] = _Constructor(_reconstruct)
    _SAFE_GLOBALS[(f"{_core}.multiarray", "scalar")] = _Constructor(_scalar)
    _SAFE_GLOBALS[(f"{_core}.numeric", "_frombuffer")] = _Constructor(_frombuffer)


class RestrictedUnpickler:
    """Unpickles dicts, lists, tuples and NumPy arrays; refuses every other global by name.

    Every problem, hostile or accidental, ends in a DatasetError.

    ``fh`` must be seekable: the opcodes are checked once before anything is built.
    """

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh

    def load(self, max_bytes: int = MAX_DATASET_BYTES) -> Any:
        """Return the unpickled object with every array stand-in replaced by its ndarray.

        ``max_bytes`` bounds the arrays' bytes all together.
        """
        token = _budget.set(Budget(max_bytes, "this pickle", DatasetError))
        try:
            return self._load()
        finally:
            _budget.reset(token)

    def _load(self) -> Any:
        start = self._fh.tell()
        with warnings.catch_warnings():
            # protocol-0 strings with odd escapes warn in both readers; the data is checked anyway
            warnings.simplefilter("ignore", DeprecationWarning)
            _prescan(self._fh)
            self._fh.seek(start)
            try:
                return _finish(_Unpickler(self._fh).load())
            except DatasetError:
                raise
            except Exception as exc:  # noqa: BLE001 - damaged pickles raise almost anything
                raise DatasetError(f"not a readable pickle file ({type(exc).__name__}: {exc})") from None


def _prescan(fh: BinaryIO) -> None:
    """Walk the opcodes without building anything, so sizes are checked against the data.

    The C unpickler allocates before it reads: a BYTEARRAY8 of the declared length, a memo
    table as large as a PUT index. A forged number in a small file would ask for gigabytes (and
    can trip a CPython error on the way out), so lengths, memo indices and frame boundaries are
    checked here: pickletools reads each argument before trusting it, picklers number memo
    slots 0, 1, 2..., and no opcode may straddle the end of a frame.
    """
    n_memo = 0
    frame_end: int | None = None
    try:
        for count, (opcode, arg, pos) in enumerate(pickletools.genops(fh)):
            if count >= MAX_OPCODES:
                raise _refuse(f"has more than {MAX_OPCODES:,} opcodes")
            if opcode.name in _NEVER_IN_NUMPY_PICKLES:
                raise _refuse(f"uses the {opcode.name} opcode")
            if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT") and not 0 <= arg <= n_memo:
                raise _refuse(f"stores memo slot {arg:,} after only {n_memo:,}")
            n_memo += opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE")
            frame_end = _check_frame(opcode.name, arg, pos, frame_end)
    except ValueError as exc:
        raise DatasetError(f"not a readable pickle file (damaged: {exc})") from None


def _check_frame(name: str, arg: Any, pos: int, frame_end: int | None) -> int | None:
    """Return the end of the current frame after the opcode at pos; raise if it breaks framing."""
    if frame_end is not None and pos > frame_end:
        raise ValueError(f"an opcode crosses the end of the frame at byte {frame_end}")
    if name == "FRAME":
        if frame_end is not None and pos != frame_end:
            raise ValueError(f"a new frame starts at byte {pos} inside the previous one")
        return pos + 9 + arg  # opcode byte, 8-byte length, then the frame
    if name == "STOP" and frame_end is not None and pos + 1 != frame_end:
        raise ValueError(f"the frame ends at byte {frame_end}, the pickle at byte {pos + 1}")
    return None if frame_end == pos else frame_end


# Opcodes that reach outside the data (persistent ids, the copyreg extension registry,
# out-of-band buffers) or build sets; an array pickle written by NumPy never contains them.
_NEVER_IN_NUMPY_PICKLES = frozenset(
    {"PERSID", "BINPERSID", "EXT1", "EXT2", "EXT4", "NEXT_BUFFER", "READONLY_BUFFER",
     "EMPTY_SET", "ADDITEMS", "FROZENSET"}
)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        allowed = _SAFE_GLOBALS.get((module, name))
        if allowed is None:
            shown = "os" if module in ("posix", "nt") else module
            raise DatasetError(f"refused: this pickle wants to call {shown}.{name}")
        return allowed


_PLAIN = (bool, int, float, str, bytes, type(None))


def _finish(obj: Any, depth: int = 0) -> Any:
    """Replace array shells by their arrays inside dicts, lists and tuples (a few levels deep).

    What comes back holds only arrays, plain numbers, text and containers of them: the
    "arrays only" contract; nnlab's own stand-ins never leave this module.
    """
    if depth > MAX_DEPTH:
        raise _refuse(f"nests containers more than {MAX_DEPTH} levels deep")
    if isinstance(obj, _ArrayShell):
        if obj.array is None:
            raise _refuse("leaves an array without data")
        return obj.array
    if isinstance(obj, (np.ndarray, np.generic)) or type(obj) in _PLAIN:
        return obj
    if type(obj) is dict:
        return {_key(key): _finish(value, depth + 1) for key, value in obj.items()}
    if type(obj) in (list, tuple):
        return type(obj)(_finish(value, depth + 1) for value in obj)
    if isinstance(obj, (_DType, _Frozen)):
        raise _refuse("holds a bare NumPy type or constructor")
    raise _refuse(f"holds a {type(obj).__name__}, not arrays")


def _key(key: Any) -> Any:
    if type(key) not in _PLAIN:
        raise _refuse(f"uses a {type(key).__name__} as a dictionary key")
    return key
