"""Hostile data files (issue 15): IDX, Keras npz and the book's pickle, each a small generated input."""

from __future__ import annotations

import gzip
import io
import pickle
import struct
from pathlib import Path

import numpy as np
import pytest

from fuzz.inputs import npy_bytes, write_zip
from nnlab.data import DatasetError, import_path, read_idx
from nnlab.data.importers import load_pickle
from nnlab.data.safe_pickle import RestrictedUnpickler
from nnlab.limits import MAX_MESSAGE_CHARS

from .conftest import tiny_arrays

NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


def refused(call, *fragments: str) -> str:
    with pytest.raises(DatasetError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message and len(message) <= MAX_MESSAGE_CHARS, message[:200]
    for fragment in fragments:
        assert fragment in message, message
    return message


def keras_members(arrays=None) -> dict[str, bytes]:
    return {f"{key}.npy": npy_bytes(a) for key, a in zip(NPZ_KEYS, arrays or tiny_arrays(), strict=True)}


def test_messages_are_valid_utf8_even_for_undecodable_names() -> None:
    from nnlab.data import DatasetError

    message = str(DatasetError("file \udcf0\udc9f: damaged"))
    assert message.encode("utf-8") and "\\udcf0" in message


# --- IDX -------------------------------------------------------------------------------------------
def test_idx_header_of_zero_by_huge_dims(tmp_path: Path) -> None:
    path = tmp_path / "zero-idx3-ubyte"
    path.write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3I", 0, 2**32 - 1, 2**32 - 1))
    refused(lambda: read_idx(path), "zero-idx3-ubyte", "empty array")


def test_idx_gz_declaring_a_million_images_is_refused_before_decompressing(tmp_path: Path) -> None:
    path = tmp_path / "bomb-idx3-ubyte.gz"
    header = bytes([0, 0, 8, 3]) + struct.pack(">3I", 1_369_000, 28, 28)
    path.write_bytes(gzip.compress(header + bytes(2**20)))
    refused(lambda: read_idx(path), "1369000 × 28 × 28", "more than")


def test_idx_flood_of_empty_gzip_members(tmp_path: Path) -> None:
    path = tmp_path / "flood-idx1-ubyte.gz"
    path.write_bytes(gzip.compress(bytes([0, 0, 8, 1]) + struct.pack(">I", 4) + bytes(4))
                     + gzip.compress(b"") * 5000)
    refused(lambda: read_idx(path), "gzip members")


def test_idx_folder_shares_one_budget(tmp_path: Path, monkeypatch) -> None:
    from nnlab.data import sources

    monkeypatch.setattr(sources, "MAX_DATASET_BYTES", 30 * 784)  # 30 training images fit, not 40
    folder = tmp_path / "set"
    from .conftest import write_idx_folder
    write_idx_folder(folder, tiny_arrays(n_train=30, n_test=10))
    refused(lambda: sources.read_idx_folder(folder), "more than")


# --- Keras mnist.npz ------------------------------------------------------------------------------
def test_npz_of_blank_images_is_refused(tmp_path: Path) -> None:
    x_train, t_train, x_test, t_test = tiny_arrays()
    path = write_zip(tmp_path / "mnist.npz", keras_members((np.zeros_like(x_train), t_train, x_test, t_test)))
    refused(lambda: import_path(path, cache_dir=tmp_path / "cache"), "blank")
    assert not (tmp_path / "cache").exists()


def test_npz_member_declaring_a_gigabyte_is_not_unpacked(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "mnist.npz", keras_members())
    data = bytearray(path.read_bytes())
    start = data.find(b"PK\x01\x02")  # first central directory entry: x_train.npy
    data[start + 24:start + 28] = struct.pack("<I", 2**30 + 5)
    path.write_bytes(bytes(data))
    refused(lambda: import_path(path, cache_dir=tmp_path), "x_train.npy", "GiB")


def test_npz_header_declaring_two_gigabytes_of_text(tmp_path: Path) -> None:
    bad = b"\x93NUMPY\x02\x00" + struct.pack("<I", 2**31) + b"{" * 100
    path = write_zip(tmp_path / "mnist.npz", keras_members() | {"x_train.npy": bad})
    refused(lambda: import_path(path, cache_dir=tmp_path), "header declares 2,147,483,648 bytes")


def test_npz_python2_header_gives_one_line_and_no_warning(tmp_path: Path, recwarn, capfd) -> None:
    bad = npy_bytes(np.zeros(30, np.uint8)).replace(b"(30,)", b"(30L,)")
    path = write_zip(tmp_path / "mnist.npz", keras_members() | {"y_train.npy": bad})
    refused(lambda: import_path(path, cache_dir=tmp_path), "header")
    assert len(recwarn) == 0 and capfd.readouterr().err == ""


def test_npz_header_with_an_odd_escape_warns_nothing(tmp_path: Path, recwarn) -> None:
    bad = npy_bytes(np.zeros(30, np.uint8)).replace(b"'|u1'", b"'\\s1'")  # found by the fuzz run
    path = write_zip(tmp_path / "mnist.npz", keras_members() | {"y_train.npy": bad})
    refused(lambda: import_path(path, cache_dir=tmp_path), "y_train.npy")
    assert len(recwarn) == 0


def test_npz_long_dtype_name_is_not_echoed(tmp_path: Path) -> None:
    text = "{'descr': '" + "x" * 50_000 + "', 'fortran_order': False, 'shape': (3,), }"
    bad = b"\x93NUMPY\x02\x00" + struct.pack("<I", len(text)) + text.encode()
    path = write_zip(tmp_path / "mnist.npz", keras_members() | {"x_test.npy": bad})
    refused(lambda: import_path(path, cache_dir=tmp_path), "x_test.npy")


# --- the book's mnist.pkl -------------------------------------------------------------------------
class SharedBuffer:
    """Pickles as numpy's _frombuffer on one bytes object the pickler memoizes once."""

    data = bytes(2**20)

    def __reduce__(self):
        from numpy._core.numeric import _frombuffer
        return _frombuffer, (self.data, np.dtype("u1"), (len(self.data),), "C")


def test_pickle_budget_across_memoized_arrays() -> None:
    raw = pickle.dumps([SharedBuffer() for _ in range(200)], protocol=5)
    assert len(raw) < 2 * 2**20  # 200 arrays of 1 MiB from a 1 MiB file
    refused(lambda: RestrictedUnpickler(io.BytesIO(raw)).load(), "more than")


def test_pickle_nested_arrays_come_back_as_arrays() -> None:
    raw = pickle.dumps({"a": {"b": [np.arange(3)]}}, protocol=2)
    value = RestrictedUnpickler(io.BytesIO(raw)).load()
    assert isinstance(value["a"]["b"][0], np.ndarray)
    deep = pickle.dumps([[[[[[np.arange(3)]]]]]], protocol=2)
    refused(lambda: RestrictedUnpickler(io.BytesIO(deep)).load(), "levels deep")


@pytest.mark.parametrize("value", [{1, 2}, frozenset({3})])
def test_pickle_sets_are_refused(value) -> None:
    raw = pickle.dumps({"train_img": value}, protocol=4)
    refused(lambda: RestrictedUnpickler(io.BytesIO(raw)).load(), "SET")


class LongDtype:
    def __reduce__(self):
        return np.dtype, ("x" * 5_000_000, False, True)


def test_pickle_long_dtype_name_is_not_echoed(tmp_path: Path) -> None:
    path = tmp_path / "mnist.pkl"
    path.write_bytes(pickle.dumps({"train_img": LongDtype()}, protocol=2))
    refused(lambda: load_pickle(path), "mnist.pkl", "data type")


def test_pickle_flood_of_none_pop_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "mnist.pkl"
    path.write_bytes(b"\x80\x02" + b"N0" * 5_000_000 + b"N.")
    refused(lambda: load_pickle(path), "opcodes")


# --- Import… runs in the background: progress and cancel --------------------------------------
def test_import_reports_steps_and_cancel_keeps_the_cache(tmp_path: Path) -> None:
    import threading

    from nnlab.data import load
    from nnlab.data.errors import ImportCancelled

    from .conftest import write_idx_folder

    first, second = tmp_path / "first", tmp_path / "second"
    write_idx_folder(first, tiny_arrays(seed=1))
    write_idx_folder(second, tiny_arrays(seed=2))
    steps: list[tuple[int, int]] = []
    import_path(first, cache_dir=tmp_path / "cache", progress=lambda d, t: steps.append((d, t)))
    assert steps == [(d, 6) for d in range(1, 7)]
    before = load("mnist", cache_dir=tmp_path / "cache").t_train.copy()
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 3:  # two of the four files written
            cancel.set()

    with pytest.raises(ImportCancelled):
        import_path(second, cache_dir=tmp_path / "cache", progress=progress, cancel=cancel)
    np.testing.assert_array_equal(load("mnist", cache_dir=tmp_path / "cache").t_train, before)
    assert not list((tmp_path / "cache" / "mnist").glob(".*importing"))
