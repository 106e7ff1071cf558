"""Saving and loading networks (.npz): round trips, and a clear ModelFileError for each bad file."""

from __future__ import annotations

import io
import json
import pickle
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nnlab.network import MultiLayerNet, NetSpec
from nnlab.serialize import ModelFileError, load_network, save_network

SPECS = [
    NetSpec(4, (5,), 3),
    NetSpec(4, (), 3, dtype="float64"),
    NetSpec(4, (5, 3), 2, activation="tanh", init="std:0.1", batch_norm=True, dropout=0.3,
            weight_decay_l2=0.01, weight_decay_l1=0.002),
]


def trained(spec: NetSpec) -> MultiLayerNet:
    """A network whose params and running statistics are no longer the initial ones."""
    net = MultiLayerNet(spec, np.random.default_rng(0))
    rng = np.random.default_rng(1)
    x = rng.standard_normal((8, spec.input_size))
    t = rng.integers(0, spec.output_size, 8)
    for _ in range(3):
        for key, g in net.gradient(x, t).items():
            net.params[key] -= 0.1 * g
    return net


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "model.npz"
    save_network(trained(SPECS[2]), path)
    return path


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.label())
def test_round_trip(spec: NetSpec, tmp_path: Path) -> None:
    net = trained(spec)
    path = tmp_path / "net.npz"
    save_network(net, path)
    loaded = load_network(path)
    assert loaded.spec == spec
    assert list(loaded.params) == list(net.params)
    for key, value in net.params.items():
        assert loaded.params[key].dtype == value.dtype
        np.testing.assert_array_equal(loaded.params[key], value)
    for key, value in net.running_stats().items():
        np.testing.assert_array_equal(loaded.running_stats()[key], value)
    x = np.random.default_rng(5).standard_normal((3, spec.input_size))
    np.testing.assert_array_equal(loaded.predict(x), net.predict(x))


def test_exact_path_and_no_leftovers(tmp_path: Path) -> None:
    path = tmp_path / "weights.bin"
    save_network(trained(SPECS[0]), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["weights.bin"]  # no .npz added, no temp
    assert load_network(str(path)).spec == SPECS[0]


def test_file_is_plain_npz_with_json_spec(saved: Path) -> None:
    with np.load(saved, allow_pickle=False) as archive:
        header = json.loads(str(archive["spec"]))
        assert header["format"] == "nnlab-network" and header["version"] == 1
        assert NetSpec.from_dict(header["spec"]) == SPECS[2]
        expected = {"W1", "b1", "gamma1", "beta1", "running_mean1", "running_var2"}
        assert expected <= set(archive.files)


def test_saving_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        save_network(trained(SPECS[0]), tmp_path / "missing" / "net.npz")


def test_overwrite_keeps_a_loadable_file(saved: Path) -> None:
    save_network(trained(SPECS[0]), saved)
    assert load_network(saved).spec == SPECS[0]


def expect_error(path: Path, *fragments: str) -> ModelFileError:
    with pytest.raises(ModelFileError) as info:
        load_network(path)
    message = str(info.value)
    assert str(path) in message
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message
    assert isinstance(info.value, ValueError)
    return info.value


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> Path:
    np.savez(path, **arrays)
    return path


def arrays_of(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as archive:
        return {name: archive[name] for name in archive.files}


def with_header(arrays: dict[str, np.ndarray], **changes) -> dict[str, np.ndarray]:
    header = json.loads(str(arrays["spec"]))
    header.update(changes)
    return arrays | {"spec": np.array(json.dumps(header))}


def test_missing_file_and_folder(tmp_path: Path) -> None:
    expect_error(tmp_path / "nothing.npz", "no such file")
    expect_error(tmp_path, "folder")


def test_empty_and_text_files(tmp_path: Path) -> None:
    (tmp_path / "empty.npz").write_bytes(b"")
    expect_error(tmp_path / "empty.npz", "empty")
    (tmp_path / "notes.npz").write_text("these are not weights")
    error = expect_error(tmp_path / "notes.npz", "not a readable nnlab model")
    assert "allow_pickle" not in str(error)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_file(saved: Path, keep: float) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[:int(len(data) * keep)])
    expect_error(saved)


def test_corrupted_bytes_are_caught_by_the_checksum(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    start = data.index(b"W2.npy")
    data[start + 150] ^= 0xFF  # inside W2's stored numbers
    saved.write_bytes(bytes(data))
    expect_error(saved, "CRC")


def test_single_npy_array(tmp_path: Path) -> None:
    path = tmp_path / "array.npy"
    np.save(path, np.zeros(3))
    expect_error(path, "single NumPy array")


class Boom:
    """Unpickling this would create a file: loading must never get that far."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))


def test_pickle_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.npz"
    path.write_bytes(pickle.dumps(Boom(str(marker))))
    expect_error(path)
    np.savez(tmp_path / "evil2.npz", spec=np.array([Boom(str(marker))], dtype=object))
    expect_error(tmp_path / "evil2.npz", "Python objects")
    assert not marker.exists()


def test_npz_from_elsewhere_has_no_spec(tmp_path: Path) -> None:
    path = write_npz(tmp_path / "mnist.npz", {"x_train": np.zeros((2, 3)), "y_train": np.zeros(2)})
    expect_error(path, "no network spec")


@pytest.mark.parametrize("spec, fragment", [
    (np.array(3.0), "not stored as text"),
    (np.array("{not json"), "not valid JSON"),
    (np.array(json.dumps({"spec": {}})), "format marker"),
])
def test_bad_spec_text(saved: Path, spec: np.ndarray, fragment: str) -> None:
    write_npz(saved, arrays_of(saved) | {"spec": spec})
    expect_error(saved, fragment)


def test_unsupported_version_and_invalid_spec(saved: Path) -> None:
    arrays = arrays_of(saved)
    write_npz(saved, with_header(arrays, version=99))
    expect_error(saved, "version 99")
    bad_spec = NetSpec(4, (5,), 3).to_dict() | {"activation": "softplus"}
    write_npz(saved, with_header(arrays, spec=bad_spec))
    expect_error(saved, "invalid network spec", "softplus")
    write_npz(saved, with_header(arrays, spec={"input_size": 4}))
    expect_error(saved, "invalid network spec")


def test_missing_array(saved: Path) -> None:
    arrays = arrays_of(saved)
    del arrays["W2"], arrays["running_var1"]
    write_npz(saved, arrays)
    expect_error(saved, "W2", "running_var1")


def test_unexpected_array(saved: Path) -> None:
    write_npz(saved, arrays_of(saved) | {"W9": np.zeros(2)})
    expect_error(saved, "W9")


def test_shape_mismatch(saved: Path) -> None:
    arrays = arrays_of(saved)
    arrays["W1"] = np.zeros((5, 4))
    write_npz(saved, arrays)
    expect_error(saved, "W1", "(4, 5)")


def test_non_float_array(saved: Path) -> None:
    arrays = arrays_of(saved)
    arrays["b1"] = np.zeros(5, dtype=np.int64)
    write_npz(saved, arrays)
    expect_error(saved, "b1")


def test_zip_with_a_damaged_member(saved: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("spec.npy", b"\x93NUMPY garbage")
    saved.write_bytes(buffer.getvalue())
    expect_error(saved)
