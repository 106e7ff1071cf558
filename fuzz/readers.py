"""The readers under fuzz: their seed files, how inputs are made for them, and how one input is run.

A reader's ``run(path)`` returns "accepted" or raises; the worker counts the project's own error
(ModelFileError, DatasetError) as "refused" and anything else as a crash. ``run`` also checks the
contract of what it accepted (finite weights, arrays only, MNIST-shaped arrays).
"""

from __future__ import annotations

import io
import logging
import random
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from fuzz.inputs import (
    BOMB_BYTES,
    INTERESTING,
    dumps_with_raw,
    forged_npy,
    gzip_zeros,
    mutate_bytes,
    mutate_gzip,
    mutate_zip,
    npy_bytes,
    npy_header,
    odd_json_value,
    pack_zip,
    pickled,
    seed_arrays,
    zip_bomb_member,
    zip_members,
)


@dataclass(frozen=True)
class Reader:
    """One entry point of the app that reads a file the user (or the network) supplies."""

    name: str
    suffix: str
    seeds: Callable[[], list[bytes]]
    mutate: Callable[[bytes, random.Random], bytes]
    generate: Callable[[random.Random], bytes]
    run: Callable[[Path], str]


# --- saved models (File ▸ Load model, nnlab.serialize.load_network) ---------------------------------
@cache
def model_seeds() -> list[bytes]:
    from nnlab.network import MultiLayerNet, NetSpec
    from nnlab.serialize import save_network

    specs = [NetSpec(4, (5,), 3), NetSpec(6, (4, 3), 2, batch_norm=True, dropout=0.2),
             NetSpec(3, (), 2, dtype="float64"), NetSpec(784, (8,), 10, activation="sigmoid")]
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for k, spec in enumerate(specs):
            path = Path(folder) / f"m{k}.npz"
            save_network(MultiLayerNet(spec, np.random.default_rng(k)), path)
            out.append(path.read_bytes())
    return out


def _model_header(spec: dict) -> bytes:
    return npy_bytes(np.array(dumps_with_raw({"format": "nnlab-network", "version": 1, "spec": spec})))


@cache
def _model_bomb() -> bytes:
    """A valid small model whose W1 member unpacks to 150 MiB (its header declares 4 × 5)."""
    members = zip_members(model_seeds()[0])
    header = members.pop("W1.npy")[:128]
    return zip_bomb_member("W1.npy", header, BOMB_BYTES, members)


def model_generate(rng: random.Random) -> bytes:
    from nnlab.network import NetSpec

    members = zip_members(rng.choice(model_seeds()))
    spec = NetSpec(4, (5,), 3).to_dict()
    kind = rng.randrange(6)
    if kind == 0:  # odd values in the spec
        for key in rng.sample(sorted(spec), rng.randint(1, 3)):
            spec[key] = odd_json_value(rng)
        members = zip_members(model_seeds()[0]) | {"spec.npy": _model_header(spec)}
    elif kind == 1:  # a hostile .npy header in one member
        members[rng.choice(list(members))] = forged_npy(rng)
    elif kind == 2:  # non-finite or negative values
        name = rng.choice([n for n in members if n != "spec.npy"])
        value = np.load(io.BytesIO(members[name]), allow_pickle=False).copy()
        value.flat[rng.randrange(value.size)] = rng.choice([np.nan, np.inf, -np.inf, -1.0, 1e38])
        members[name] = npy_bytes(value)
    elif kind == 3:  # a big network, declared by headers only
        spec["hidden"] = [rng.choice((3000, 4000, 20000, 2**20))] * rng.randint(1, 2)
        members = {"spec.npy": _model_header(spec)}
        sizes = [spec["input_size"], *spec["hidden"], spec["output_size"]]
        for k in range(1, len(sizes)):
            members[f"W{k}.npy"] = npy_header("<f4", (sizes[k - 1], sizes[k]))
            members[f"b{k}.npy"] = npy_header("<f4", (sizes[k],))
    elif kind == 4 and rng.random() < 0.05:
        return _model_bomb()
    else:  # dtype and shape changes that keep a valid .npy
        name = rng.choice([n for n in members if n != "spec.npy"])
        value = np.load(io.BytesIO(members[name]), allow_pickle=False)
        members[name] = npy_bytes(value.astype(rng.choice(["<i8", "<f2", ">f4", "|u1", "<f8"])).reshape(
            rng.choice([value.shape, value.shape[::-1], (value.size,), (1, value.size)])))
    return pack_zip(members, rng)


def model_run(path: Path) -> str:
    from nnlab.network_description import describe
    from nnlab.serialize import load_network

    net = load_network(path)
    for name, value in (net.params | net.running_stats()).items():
        if not np.isfinite(value).all():
            raise AssertionError(f"accepted non-finite values in {name}")
    describe(net, np.linspace(0, 1, 2 * net.spec.input_size).reshape(2, -1))  # what the diagram shows
    return "accepted"


# --- IDX (nnlab.data.idx.read_idx: the cache, `data import` of a folder) ----------------------------
def _idx(array: np.ndarray, gz: bool) -> bytes:
    from nnlab.data.idx import encode_idx

    raw = encode_idx(array)
    return gzip_compress(raw) if gz else raw


def gzip_compress(raw: bytes) -> bytes:
    import gzip

    return gzip.compress(raw, mtime=0)


@cache
def idx_seeds() -> list[bytes]:
    x, t, _, _ = seed_arrays()
    floats = np.linspace(-1, 1, 24, dtype=np.float32).reshape(2, 3, 4)
    return [_idx(x, True), _idx(t, True), _idx(x, False), _idx(t, False), _idx(floats, True),
            _idx(np.arange(10, dtype=np.int16), False)]


def idx_mutate(data: bytes, rng: random.Random) -> bytes:
    return mutate_gzip(data, rng) if data[:2] == b"\x1f\x8b" else mutate_bytes(data, rng)


def idx_generate(rng: random.Random) -> bytes:
    code = rng.choice((0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E, 0x00, 0x07, 0xFF))
    ndim = rng.choice((0, 1, 2, 3, 3, 4, 9, 255))
    dims = [rng.choice(INTERESTING) for _ in range(min(ndim, 12))]
    header = bytes([0, 0, code, ndim]) + struct.pack(f">{len(dims)}I", *dims)
    if rng.random() < 0.03:  # a gzip bomb: the header, then up to 150 MiB of zeros
        return gzip_compress(bytes([0, 0, 8, 3]) + struct.pack(">3I", BOMB_BYTES // 784, 28, 28)) \
            + gzip_zeros(BOMB_BYTES)
    payload = bytes(rng.randrange(256) for _ in range(rng.choice((0, 1, 7, 64, 784, 4096))))
    raw = header + payload
    if rng.random() < 0.1:  # many gzip members
        return b"".join(gzip_compress(raw[i:i + 3]) for i in range(0, len(raw), 3))
    return gzip_compress(raw) if rng.random() < 0.5 else raw


def idx_run(path: Path) -> str:
    from nnlab.data.idx import read_idx

    array = read_idx(path)
    if array.nbytes > 160 * 2**20 or array.size == 0:
        raise AssertionError(f"accepted an array of shape {array.shape}")
    return "accepted"


# --- Keras mnist.npz (`data import`, Import… in the window) ----------------------------------------
_NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


@cache
def npz_seeds() -> list[bytes]:
    arrays = seed_arrays()
    plain = {f"{k}.npy": npy_bytes(a) for k, a in zip(_NPZ_KEYS, arrays, strict=True)}
    wide = plain | {"y_train.npy": npy_bytes(arrays[1].astype(np.int64)),
                    "x_test.npy": npy_bytes(arrays[2].reshape(-1, 784))}
    return [pack_zip(plain), pack_zip(wide)]


@cache
def _npz_bomb() -> bytes:
    """Keras' layout whose x_train declares 150 MiB of blank images and unpacks to them."""
    n = BOMB_BYTES // 784
    header = npy_header("|u1", (n, 28, 28))
    arrays = seed_arrays()
    others = {"y_train.npy": npy_bytes(np.zeros(n, np.uint8)), "x_test.npy": npy_bytes(arrays[2]),
              "y_test.npy": npy_bytes(arrays[3])}
    return zip_bomb_member("x_train.npy", header, n * 784, others)


def npz_generate(rng: random.Random) -> bytes:
    members = zip_members(rng.choice(npz_seeds()))
    kind = rng.randrange(5)
    name = f"{rng.choice(_NPZ_KEYS)}.npy"
    if kind == 0:
        members[name] = forged_npy(rng)
    elif kind == 1:
        shape = tuple(rng.choice((0, 1, 5, 20, 28, 784)) for _ in range(rng.randint(0, 4)))
        if int(np.prod(shape)) > 2**20:  # keep the parent small: big arrays come from the bombs
            shape = shape[:2]
        dtype = rng.choice(["|u1", "<i8", "<f4", "|b1", ">u2", "<i2"])
        fill = rng.choice((0, 1, 9, 10, 255, 256, -1))
        members[name] = npy_bytes(np.full(shape, fill).astype(dtype))
    elif kind == 2:
        del members[name]
    elif kind == 3 and rng.random() < 0.15:
        return _npz_bomb()
    else:
        members[name] = npy_bytes(np.zeros((rng.choice((20, 8)), 28, 28), np.uint8))
    return pack_zip(members, rng)


def npz_run(path: Path) -> str:
    from nnlab.data.importers import read_any, validate_arrays

    arrays = validate_arrays(read_any(path), str(path))
    if sum(a.nbytes for a in arrays) > 160 * 2**20:
        raise AssertionError("accepted more than the data-set budget")
    return "accepted"


# --- the book's mnist.pkl (nnlab.data.importers.load_pickle) ----------------------------------------
@cache
def pkl_seeds() -> list[bytes]:
    x, t, xt, tt = seed_arrays()
    book = {"train_img": x.reshape(-1, 784), "train_label": t, "test_img": xt.reshape(-1, 784),
            "test_label": tt}
    return [pickled(book, random.Random(p)) for p in range(6)] + [
        __import__("pickle").dumps(book, protocol=p) for p in (0, 2, 5)]


class _Shared:
    """Pickles as numpy's _frombuffer over one memoized bytes object."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __reduce__(self) -> tuple[object, tuple]:
        from numpy._core.numeric import _frombuffer
        return _frombuffer, (self.data, np.dtype("u1"), (len(self.data),), "C")


def pkl_generate(rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:  # random nesting of containers, arrays and scalars
        def value(depth: int) -> object:
            if depth > 6 or rng.random() < 0.3:
                return rng.choice([np.arange(rng.randint(0, 5)), np.float32(1.5), 1, "x", None,
                                   np.zeros((2, 2), np.uint8), b"raw", 1e300])
            kind = rng.randrange(4)
            items = [value(depth + 1) for _ in range(rng.randint(0, 3))]
            return [list, tuple, set, dict][kind](
                items if kind < 2 else ({repr(i) for i in items} if kind == 2 else
                                        {f"k{i}": v for i, v in enumerate(items)}))
        return pickled(value(0), rng)
    if kind == 1:  # an opcode soup
        ops = b"N0()]}lte.ab(KJM\x88\x89\x94\x95cq\x85\x86\x87sR"
        body = bytes(rng.choice(ops) for _ in range(rng.randint(1, 400)))
        return b"\x80" + bytes([rng.randrange(6)]) + body + b"."
    if kind == 2:  # one buffer memoized and fed to many arrays
        shared = _Shared(bytes(rng.choice((1024, 2**20))))
        return pickled([shared] * rng.choice((2, 50, 300)), random.Random(5))
    if kind == 3:  # NONE/POP floods and long data type names
        if rng.random() < 0.5:
            return b"\x80\x02" + b"N0" * rng.choice((10, 10_000, 200_000)) + b"N."
        return pickled({"train_img": _LongDtype(rng.choice((10, 100_000)))}, random.Random(2))
    return mutate_bytes(rng.choice(pkl_seeds()), rng)


class _LongDtype:
    def __init__(self, n: int) -> None:
        self.n = n

    def __reduce__(self) -> tuple[object, tuple]:
        return np.dtype, ("x" * self.n, False, True)


def pkl_run(path: Path) -> str:
    from nnlab.data.importers import load_pickle, validate_arrays

    content = load_pickle(path)
    _check_arrays_only(content, 0)
    if isinstance(content, dict) and all(k in content for k in
                                         ("train_img", "train_label", "test_img", "test_label")):
        validate_arrays(tuple(content[k] for k in ("train_img", "train_label", "test_img",
                                                  "test_label")), str(path))
    return "accepted"


def _check_arrays_only(value: object, depth: int) -> None:
    if isinstance(value, (np.ndarray, np.generic, bool, int, float, str, bytes, type(None))):
        return
    if type(value) in (list, tuple) and depth < 8:
        for item in value:
            _check_arrays_only(item, depth + 1)
        return
    if type(value) is dict and depth < 8:
        for key, item in value.items():
            _check_arrays_only(key, depth + 1)
            _check_arrays_only(item, depth + 1)
        return
    raise AssertionError(f"the arrays-only contract broken by a {type(value).__name__}")


# --- the settings file (ui.settings, read at start-up) ---------------------------------------------
_SETTINGS_SEED = ("[General]\nui\\language=ja\n\n[progress]\ncompleted=\"[\\\"perceptron\\\"]\"\n"
                  "last_lesson=perceptron\n\n[quiz]\nperceptron=\"{\\\"0\\\": 1, \\\"1\\\": 0}\"\n")


def settings_seeds() -> list[bytes]:
    return [_SETTINGS_SEED.encode()]


def settings_generate(rng: random.Random) -> bytes:
    key = rng.choice(["progress]\ncompleted", "progress]\nlast_lesson", "General]\nui\\language",
                      "quiz]\nperceptron"])
    raw = rng.choice([dumps_with_raw(odd_json_value(rng)), "[" * rng.choice((10, 100_000)),
                      '{"0": 1e999}', '{"0": true}', "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x5)",
                      "@ByteArray(abc)", "a, b, c", "x" * 200_000, "\"unterminated",
                      "@Variant(" + "\\xff" * 64 + ")"])
    raw = raw.replace("\\", "\\\\").replace('"', '\\"') if rng.random() < 0.5 else raw
    section, name = key.split("]\n")
    return f"[{section}]\n{name}={raw}\n".encode("utf-8", "replace")


class _Resets(logging.Handler):
    """Counts the warnings ui.settings logs when it resets a malformed value."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def settings_run(path: Path) -> str:
    from PySide6.QtCore import qInstallMessageHandler

    from ui.settings import Progress, saved_language, use_settings_file

    qInstallMessageHandler(lambda *args: None)  # QVariant's complaints about @Variant(...) junk
    resets = _Resets()
    settings_log = logging.getLogger("ui.settings")
    settings_log.addHandler(resets)
    previous = logging.root.manager.disable
    logging.disable(logging.NOTSET)
    use_settings_file(path)
    try:
        progress = Progress()
        progress.completed()
        progress.last_lesson()
        progress.quiz_answers("perceptron")
        saved_language()
    finally:
        use_settings_file(None)
        logging.disable(previous)
        settings_log.removeHandler(resets)
    return "refused" if resets.count else "accepted"


READERS: dict[str, Reader] = {
    "model": Reader("model", ".npz", model_seeds, lambda d, r: mutate_zip(d, r) if r.random() < 0.7
                    else mutate_bytes(d, r), model_generate, model_run),
    "idx": Reader("idx", "-idx3-ubyte", idx_seeds, idx_mutate, idx_generate, idx_run),
    "npz": Reader("npz", ".npz", npz_seeds, mutate_zip, npz_generate, npz_run),
    "pkl": Reader("pkl", ".pkl", pkl_seeds, mutate_bytes, pkl_generate, pkl_run),
    "settings": Reader("settings", ".ini", settings_seeds, mutate_bytes, settings_generate, settings_run),
}


def make_input(reader: Reader, seed: int, index: int) -> bytes:
    """Input number ``index`` of a run: half mutated seed files, half structure-aware generation."""
    rng = random.Random(f"{seed}:{reader.name}:{index}")
    base = rng.choice(reader.seeds())
    try:
        return reader.mutate(base, rng) if rng.random() < 0.5 else reader.generate(rng)
    except (ValueError, IndexError, KeyError, OSError, EOFError, __import__("zipfile").BadZipFile):
        return mutate_bytes(base, rng)  # a generator that cannot build this one: plain mutation
