"""Hostile model files (issue 15): each a small generated file that once crashed, froze or was accepted."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from fuzz.inputs import npy_bytes, write_zip
from nnlab.limits import MAX_MESSAGE_CHARS
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.serialize import (
    LARGE_MODEL_PARAMS,
    ModelFileError,
    ModelTooLarge,
    expected_shapes,
    inspect_model,
    load_network,
)

SMALL = NetSpec(4, (5,), 3, batch_norm=False)
BN = NetSpec(4, (5,), 3, batch_norm=True)


def npy_header(descr: str, shape: tuple, fortran: bool = False) -> bytes:
    """The bytes NumPy writes before an array's data (format 1.0)."""
    text = f"{{'descr': {descr!r}, 'fortran_order': {fortran}, 'shape': {shape!r}, }}"
    text += " " * (63 - (len(text) + 10) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text.encode("latin-1")


def spec_member(spec: dict | str) -> bytes:
    text = spec if isinstance(spec, str) else json.dumps(
        {"format": "nnlab-network", "version": 1, "spec": spec})
    return npy_bytes(np.array(text))


def saved_members(spec: NetSpec = SMALL) -> dict[str, bytes]:
    """The members of a model file as nnlab saves it: the spec and every array."""
    net = MultiLayerNet(spec, np.random.default_rng(0))
    arrays = {f"{name}.npy": npy_bytes(value) for name, value in (net.params | net.running_stats()).items()}
    return {"spec.npy": spec_member(spec.to_dict())} | arrays


def refused(path: Path, *fragments: str) -> str:
    with pytest.raises(ModelFileError) as info:
        load_network(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message and len(message) <= MAX_MESSAGE_CHARS
    for fragment in fragments:
        assert fragment in message, message
    return message


def patch_headers(data: bytes, *, flags: int | None = None, method: int | None = None,
                  size: int | None = None) -> bytes:
    """Change the flag bits, compression method or uncompressed size of every zip member."""
    out = bytearray(data)
    for signature, flag_at, method_at, size_at in ((b"PK\x03\x04", 6, 8, 22), (b"PK\x01\x02", 8, 10, 24)):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            if flags is not None:
                out[start + flag_at:start + flag_at + 2] = struct.pack("<H", flags)
            if method is not None:
                out[start + method_at:start + method_at + 2] = struct.pack("<H", method)
            if size is not None:
                out[start + size_at:start + size_at + 4] = struct.pack("<I", size)
            start += 4
    return bytes(out)


def test_expected_shapes_match_a_built_network() -> None:
    for spec in (SMALL, BN, NetSpec(3, (), 2), NetSpec(6, (4, 4, 3), 2, batch_norm=True)):
        net = MultiLayerNet(spec, np.random.default_rng(0))
        built = {k: v.shape for k, v in (net.params | net.running_stats()).items()}
        assert expected_shapes(spec) == built


def test_a_member_that_is_not_npy(tmp_path: Path) -> None:
    members = saved_members() | {"notes.txt": b"hello"}
    refused(write_zip(tmp_path / "m.npz", members), "notes.txt", "not a NumPy array")


@pytest.mark.parametrize("patch, fragment", [
    ({"flags": 1}, "encrypted"), ({"method": 99}, "compression method 99")])
def test_encrypted_and_unknown_compression(tmp_path: Path, patch: dict, fragment: str) -> None:
    path = write_zip(tmp_path / "m.npz", saved_members())
    path.write_bytes(patch_headers(path.read_bytes(), **patch))
    refused(path, fragment)


def test_npy_header_that_fails_the_tokenizer(tmp_path: Path) -> None:
    bad = b"\x93NUMPY\x01\x00" + struct.pack("<H", 20) + b"{'descr': '''<f4\n   "
    refused(write_zip(tmp_path / "m.npz", saved_members() | {"W1.npy": bad}), "header")


def test_python2_header_is_refused_quietly(tmp_path: Path, recwarn) -> None:
    bad = npy_header("<f4", (4, 5)).replace(b"(4, 5)", b"(4L, 5L)")
    refused(write_zip(tmp_path / "m.npz", saved_members() | {"W1.npy": bad}), "header")
    assert len(recwarn) == 0


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_deeply_nested_spec_json(tmp_path: Path, depth: int) -> None:
    members = saved_members() | {"spec.npy": spec_member("[" * depth + "]" * depth)}
    refused(write_zip(tmp_path / "m.npz", members), "spec")


@pytest.mark.parametrize("key, raw, fragment", [
    ("hidden", "[1e400]", "hidden"),
    ("hidden", "[" + "9" * 5000 + "]", "spec"),
    ("output_size", "true", "output_size"),
    ("init", "{}", "init"),
    ("weight_decay_l2", "NaN", "spec"),
    ("dropout", "1e400", "dropout"),
    ("hidden", "[0]", "hidden"),
])
def test_spec_values_that_passed_the_checks(tmp_path: Path, key: str, raw: str, fragment: str) -> None:
    spec = SMALL.to_dict() | {key: "@VALUE@"}
    text = json.dumps({"format": "nnlab-network", "version": 1, "spec": spec})
    members = saved_members() | {"spec.npy": spec_member(text.replace('"@VALUE@"', raw))}
    refused(write_zip(tmp_path / "m.npz", members), fragment)


def test_header_declaring_a_terabyte_is_refused_before_allocating(tmp_path: Path) -> None:
    members = saved_members() | {"W1.npy": npy_header("<f4", (2**20, 2**20)) + b"\0" * 2000}
    path = write_zip(tmp_path / "m.npz", members)
    assert path.stat().st_size < 5000
    refused(path, "W1", "expected shape (4, 5)")


def test_huge_spec_is_refused_before_weights_are_drawn(tmp_path: Path) -> None:
    spec = SMALL.to_dict() | {"hidden": [20000, 20000]}
    members = {"spec.npy": spec_member(spec)}
    refused(write_zip(tmp_path / "m.npz", members), "400,")


def test_large_network_asks_first(tmp_path: Path) -> None:
    spec = NetSpec(784, (4000, 3000), 10)
    members = {"spec.npy": spec_member(spec.to_dict())}
    members |= {f"{name}.npy": npy_header("<f4", shape) for name, shape in expected_shapes(spec).items()}
    path = write_zip(tmp_path / "m.npz", members)
    with pytest.raises(ModelTooLarge) as info:
        load_network(path)
    assert info.value.info.n_params > LARGE_MODEL_PARAMS
    assert "15,1" in str(info.value) and "MiB" in str(info.value)
    assert inspect_model(path).n_params == info.value.info.n_params
    with pytest.raises(ModelFileError, match=r"truncated|declares"):  # the weights are not there
        load_network(path, allow_large=True)


@pytest.mark.parametrize("member", ["W1.npy", "spec.npy"])
def test_member_declaring_a_gigabyte_is_not_unpacked(tmp_path: Path, member: str) -> None:
    path = write_zip(tmp_path / "m.npz", saved_members())
    data = bytearray(path.read_bytes())
    # the central directory entry of one member: say it unpacks to 1 GiB
    start = data.find(b"PK\x01\x02")
    while start >= 0:
        name_len = struct.unpack("<H", data[start + 28:start + 30])[0]
        if data[start + 46:start + 46 + name_len].decode() == member:
            data[start + 24:start + 28] = struct.pack("<I", 2**30)
        start = data.find(b"PK\x01\x02", start + 4)
    path.write_bytes(bytes(data))
    refused(path, "GiB")


@pytest.mark.parametrize("name, value, fragment", [
    ("W1", np.full((4, 5), np.nan, np.float32), "NaN"),
    ("b1", np.array([np.inf, 0, 0, 0, 0], np.float32), "not finite"),
])
def test_nan_and_inf_weights(tmp_path: Path, name: str, value: np.ndarray, fragment: str) -> None:
    refused(write_zip(tmp_path / "m.npz", saved_members() | {f"{name}.npy": npy_bytes(value)}), fragment)


def test_negative_batch_norm_variance(tmp_path: Path) -> None:
    members = saved_members(BN) | {"running_var1.npy": npy_bytes(-np.ones(5, np.float32))}
    refused(write_zip(tmp_path / "m.npz", members), "negative variances")


def test_long_dtype_name_is_not_echoed(tmp_path: Path) -> None:
    text = "{'descr': '" + "x" * 5000 + "', 'fortran_order': False, 'shape': (4, 5), }"
    bad = b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text.encode()
    refused(write_zip(tmp_path / "m.npz", saved_members() | {"W1.npy": bad}), "only plain numbers")
