"""The restricted unpickler: hostile pickles run nothing and change nothing; NumPy pickles load."""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import subprocess

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnlab.data import DatasetError, import_path, safe_pickle
from nnlab.data.importers import load_pickle
from nnlab.data.safe_pickle import RestrictedUnpickler


class _Payload:
    """An object whose unpickling calls func(*args): what a malicious mnist.pkl contains."""

    def __init__(self, func, *args) -> None:
        self.func, self.args = func, args

    def __reduce__(self):
        return (self.func, self.args)


def _creates_file(target) -> list[_Payload]:
    return [
        _Payload(os.system, f"touch '{target}'"),
        _Payload(open, str(target), "w"),
        _Payload(subprocess.call, ["touch", str(target)]),
    ]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["os.system", "open", "subprocess.call"])
@pytest.mark.parametrize("protocol", [0, 2, 4])
def test_pickle_that_would_create_a_file_runs_nothing(tmp_path, which, protocol):
    control = tmp_path / "control-created"
    opened = pickle.loads(pickle.dumps(_creates_file(control)[which], protocol=protocol))
    if hasattr(opened, "close"):
        opened.close()
    assert control.exists()  # the payload is live: an ordinary unpickler runs it

    target = tmp_path / "must-not-exist"
    book = {"train_img": _creates_file(target)[which], "train_label": np.zeros(3, np.uint8)}
    path = tmp_path / "mnist.pkl"
    path.write_bytes(pickle.dumps(book, protocol=protocol))
    with pytest.raises(DatasetError, match=r"mnist\.pkl: refused: this pickle wants to call"):
        import_path(path, cache_dir=tmp_path / "cache")
    assert not target.exists()
    assert not (tmp_path / "cache").exists()


def _build_on(module: str, name: str, attr: str, value: bytes) -> bytes:
    """Protocol 0: push a global, then BUILD with slot state {attr: value} (i.e. setattr)."""
    return f"c{module}\n{name}\n((d(dV{attr}\n".encode() + value + b"stb."


@pytest.mark.parametrize(
    "raw",
    [
        _build_on("numpy._core.numeric", "_frombuffer", "__defaults__", b"(VF\nt"),
        _build_on("numpy", "ndarray", "foo", b"I1\n"),
        _build_on("numpy", "dtype", "resolve", b"cbuiltins\ndict\n"),
        b"cnumpy\nndarray\n(dVfoo\nI1\nsb.",  # BUILD with a plain dict state
    ],
    ids=["frombuffer-defaults", "ndarray-attr", "dtype-method", "ndarray-dict"],
)
def test_pickle_cannot_modify_nnlab_objects(raw):
    before = {key: (repr(value), getattr(value, "__dict__", None))
              for key, value in safe_pickle._SAFE_GLOBALS.items()}
    defaults = safe_pickle._frombuffer.__defaults__
    with pytest.raises(DatasetError, match="refused: this pickle tries to change nnlab's own objects"):
        RestrictedUnpickler(io.BytesIO(raw)).load()
    assert safe_pickle._frombuffer.__defaults__ == defaults == ("C",)
    assert not hasattr(safe_pickle._NDARRAY, "foo")
    assert {key: (repr(value), getattr(value, "__dict__", None))
            for key, value in safe_pickle._SAFE_GLOBALS.items()} == before


@pytest.mark.parametrize("protocol", range(0, pickle.HIGHEST_PROTOCOL + 1))
def test_numpy_values_round_trip(protocol):
    values = {
        "u8": np.arange(12, dtype=np.uint8).reshape(3, 4),
        "big": np.arange(6, dtype=">i4").reshape(2, 3),
        "fortran": np.asfortranarray(np.arange(6.0).reshape(2, 3)),
        "bool": np.array([True, False]),
        "scalar": np.float32(1.5),
        "plain": [1, 2.5, "text", (3, None)],
    }
    out = RestrictedUnpickler(io.BytesIO(pickle.dumps(values, protocol=protocol))).load()
    for key in ("u8", "big", "fortran", "bool"):
        np.testing.assert_array_equal(out[key], values[key])
        assert out[key].dtype == values[key].dtype.newbyteorder("=") and out[key].flags.writeable
    assert out["scalar"] == np.float32(1.5) and out["plain"] == [1, 2.5, "text", (3, None)]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (np.array(["a", "b"]), "asks for the data type"),
        (np.array([1 + 2j]), "asks for the data type"),
        (np.array([None, 1], dtype=object), "data type 'O8'"),
        (np.zeros(2, dtype=[("x", "u1")]), "data type"),
    ],
    ids=["strings", "complex", "objects", "structured"],
)
def test_unusual_arrays_are_refused(value, problem):
    with pytest.raises(DatasetError, match=problem):
        RestrictedUnpickler(io.BytesIO(pickle.dumps({"a": value}, protocol=2))).load()


def test_byte_count_must_match_shape():
    raw = pickle.dumps(np.arange(4, dtype=np.uint8), protocol=2)
    forged = raw.replace(b"K\x04\x85", b"M\x00\x01\x85")  # shape (4,) -> (256,), data still 4 bytes
    assert forged != raw
    with pytest.raises(DatasetError, match="declares 256 bytes of array data but holds 4"):
        RestrictedUnpickler(io.BytesIO(forged)).load()


# ---- fuzz: mutated pickles end in DatasetError or plain values, never anything else ----

_BOOK = {"train_img": np.arange(2 * 784, dtype=np.uint8).reshape(2, 784),
         "train_label": np.array([3, 7], dtype=np.uint8)}
_PICKLES = [pickle.dumps(_BOOK, protocol=p) for p in (2, 4, 5)]


@st.composite
def _mutated_pickle(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(_PICKLES)))
    kind = draw(st.sampled_from(["truncate", "flip", "set", "splice"]))
    if kind == "truncate":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if kind == "splice":
        at = draw(st.integers(0, len(data)))
        return bytes(data[:at] + draw(st.binary(min_size=1, max_size=12)) + data[at:])
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(data) - 1))
        data[index] = data[index] ^ (1 << draw(st.integers(0, 7))) if kind == "flip" \
            else draw(st.integers(0, 255))
    return bytes(data)


def test_fuzz_mutated_pickles(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "mnist.pkl"
    outcomes = {"refused": 0, "loaded": 0}

    @settings(max_examples=1000, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(_mutated_pickle())
    def check(data: bytes) -> None:
        path.write_bytes(data)
        try:
            load_pickle(path)
        except DatasetError as exc:
            assert str(exc).startswith(f"{path}: ")
            outcomes["refused"] += 1
        else:
            outcomes["loaded"] += 1
        with contextlib.suppress(DatasetError):  # the unpickler on its own keeps the same promise
            RestrictedUnpickler(io.BytesIO(data)).load()

    check()
    assert sum(outcomes.values()) >= 1000 and outcomes["refused"] > 100


def test_forged_length_is_caught_before_allocating():
    import struct
    import tracemalloc

    raw = pickle.dumps({"a": bytearray(b"abcd")}, protocol=5)
    at = raw.index(b"\x96")  # BYTEARRAY8, then its 8-byte length
    forged = raw[: at + 1] + struct.pack("<Q", 2**40) + raw[at + 9:]
    tracemalloc.start()
    try:
        with pytest.raises(DatasetError, match=r"not a readable pickle file \(damaged"):
            RestrictedUnpickler(io.BytesIO(forged)).load()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20


@pytest.mark.parametrize("raw", [b"\x80\x02\x82\x01.", b"\x80\x02P1\n.", b""],
                         ids=["EXT1", "PERSID", "empty"])
def test_registry_and_persistent_ids_are_refused(raw):
    with pytest.raises(DatasetError, match=r"EXT1 opcode|PERSID opcode|exhausted before seeing STOP"):
        RestrictedUnpickler(io.BytesIO(raw)).load()


def test_forged_memo_index_is_refused():
    # LONG_BINPUT 2**31 would make the C unpickler allocate a memo table of gigabytes
    raw = b"\x80\x04K\x01r\x00\x00\x00\x80."
    assert pickle.loads(b"\x80\x04K\x01r\x00\x00\x00\x00.") == 1  # index 0 is fine
    with pytest.raises(DatasetError, match="stores memo slot 2,147,483,648 after only 0"):
        RestrictedUnpickler(io.BytesIO(raw)).load()


@pytest.mark.parametrize("delta", [-23, -1, 5])
def test_forged_frame_length_is_refused(delta):
    import struct

    raw = pickle.dumps(_BOOK, protocol=5)
    assert raw[2:3] == b"\x95"  # FRAME, then its 8-byte length
    (length,) = struct.unpack("<Q", raw[3:11])
    forged = raw[:3] + struct.pack("<Q", length + delta) + raw[11:]
    with pytest.raises(DatasetError, match=r"not a readable pickle file \(damaged: .*frame"):
        RestrictedUnpickler(io.BytesIO(forged)).load()


def test_large_arrays_outside_frames_load():
    big = {"train_img": np.arange(100 * 784, dtype=np.uint32).reshape(100, 784).astype(np.uint8),
           "train_label": np.arange(100, dtype=np.uint8) % 10}
    for protocol in (4, 5):  # arrays ≥ 64 KiB are written between frames
        out = RestrictedUnpickler(io.BytesIO(pickle.dumps(big, protocol=protocol))).load()
        np.testing.assert_array_equal(out["train_img"], big["train_img"])
