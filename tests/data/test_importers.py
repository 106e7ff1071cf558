"""Importing data the user already has: IDX folders, Keras' mnist.npz, the book's mnist.pkl."""

from __future__ import annotations

import gzip
import io
import os
import pickle
import zipfile

import numpy as np
import pytest

from nnlab.data import DatasetError, import_path, is_available, load
from nnlab.data.importers import guess_name, load_pickle
from nnlab.data.safe_pickle import RestrictedUnpickler

from .conftest import STEMS, folder_names, tiny_arrays, write_idx_folder


def _book_dict(arrays) -> dict:
    x_train, t_train, x_test, t_test = arrays
    return {"train_img": x_train.reshape(len(x_train), -1), "train_label": t_train,
            "test_img": x_test.reshape(len(x_test), -1), "test_label": t_test}


class _Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned > /tmp/nnlab-should-not-exist",))


def test_restricted_unpickler_refuses_os_system(tmp_path, monkeypatch):
    path = tmp_path / "mnist.pkl"
    payload = pickle.dumps({"train_img": _Evil()}, protocol=4)  # refers to os.system by name
    path.write_bytes(payload)
    calls = []
    recorder = lambda command: calls.append(command) or 0  # noqa: E731
    pickled_module = os.system.__module__  # "posix" (or "nt"): the name the pickle refers to
    monkeypatch.setattr(os, "system", recorder)
    monkeypatch.setattr(f"{pickled_module}.system", recorder)
    pickle.loads(payload)  # control: an ordinary unpickler really would call it
    assert calls == ["echo pwned > /tmp/nnlab-should-not-exist"]
    calls.clear()
    with pytest.raises(DatasetError) as info:
        import_path(path, cache_dir=tmp_path / "cache")
    assert "refused: this pickle wants to call os.system" in str(info.value)
    assert "mnist.pkl" in str(info.value)
    assert calls == []
    assert not (tmp_path / "cache" / "mnist").exists()


@pytest.mark.parametrize("target", [("builtins", "eval"), ("subprocess", "Popen"),
                                    ("numpy", "load"), ("builtins", "getattr")])
def test_restricted_unpickler_refuses_other_globals(target):
    module, name = target
    raw = f"c{module}\n{name}\n.".encode()  # protocol-0 GLOBAL opcode, then STOP
    with pytest.raises(DatasetError, match=f"refused: this pickle wants to call {module}.{name}"):
        RestrictedUnpickler(io.BytesIO(raw)).load()


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_book_pickle_is_accepted(tmp_path, protocol):
    arrays = tiny_arrays()
    path = tmp_path / "mnist.pkl"
    path.write_bytes(pickle.dumps(_book_dict(arrays), protocol=protocol))
    name = import_path(path, cache_dir=tmp_path / "cache")
    assert name == "mnist"
    data = load("mnist", cache_dir=tmp_path / "cache", normalize=False)
    np.testing.assert_array_equal(data.x_train.reshape(-1, 28, 28), arrays[0])
    np.testing.assert_array_equal(data.t_test, arrays[3])
    assert folder_names(tmp_path / "cache" / "mnist") == \
        sorted(f"{s}.gz" for s in STEMS)


def test_pickle_with_wrong_content(tmp_path):
    path = tmp_path / "other.pkl"
    path.write_bytes(pickle.dumps([np.zeros(3)], protocol=4))
    with pytest.raises(DatasetError, match=r"other\.pkl: not the book's mnist\.pkl format"):
        import_path(path, cache_dir=tmp_path)
    path.write_bytes(pickle.dumps({"x": 1}, protocol=4)[:-5])
    with pytest.raises(DatasetError, match=r"other\.pkl: not a readable pickle"):
        load_pickle(path)


def test_pickle_with_float_images_is_refused(tmp_path):
    book = _book_dict(tiny_arrays())
    book["train_img"] = book["train_img"] / 255.0
    path = tmp_path / "mnist.pkl"
    path.write_bytes(pickle.dumps(book, protocol=4))
    with pytest.raises(DatasetError, match=r"training images.*whole-number pixels"):
        import_path(path, cache_dir=tmp_path)


def test_keras_npz_import(tmp_path):
    arrays = tiny_arrays(seed=3)
    path = tmp_path / "mnist.npz"
    np.savez_compressed(path, x_train=arrays[0], y_train=arrays[1], x_test=arrays[2], y_test=arrays[3])
    assert import_path(path, cache_dir=tmp_path / "cache") == "mnist"
    data = load("mnist", cache_dir=tmp_path / "cache")
    assert data.x_train.shape == (30, 784) and data.x_train.dtype == np.float32
    np.testing.assert_allclose(data.x_test.reshape(-1, 28, 28), arrays[2] / 255.0, rtol=1e-6)


def test_keras_npz_problems(tmp_path):
    arrays = tiny_arrays()
    path = tmp_path / "mnist.npz"
    np.savez(path, x_train=arrays[0], y_train=arrays[1])
    with pytest.raises(DatasetError, match=r"mnist\.npz: not Keras' mnist\.npz \(missing x_test, y_test\)"):
        import_path(path, cache_dir=tmp_path)
    np.savez(path, x_train=arrays[0], y_train=arrays[1][:5], x_test=arrays[2], y_test=arrays[3])
    with pytest.raises(DatasetError, match="counts must agree"):
        import_path(path, cache_dir=tmp_path)
    np.savez(path, x_train=arrays[0], y_train=arrays[1] + 10, x_test=arrays[2], y_test=arrays[3])
    with pytest.raises(DatasetError, match="labels must be 0–9"):
        import_path(path, cache_dir=tmp_path)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(DatasetError, match=r"mnist\.npz: damaged \.npz file"):
        import_path(path, cache_dir=tmp_path)


def test_npz_with_objects_or_huge_header_is_refused(tmp_path):
    path = tmp_path / "evil.npz"
    arrays = tiny_arrays()
    np.savez(path, x_train=np.array([{"a": 1}], dtype=object), y_train=arrays[1],
             x_test=arrays[2], y_test=arrays[3])
    with pytest.raises(DatasetError, match="holds Python objects"):
        import_path(path, cache_dir=tmp_path)
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "|u1", "fortran_order": False,
                                                  "shape": (10**12, 28, 28)})
    with zipfile.ZipFile(path, "w") as zf:
        for key in ("x_train", "y_train", "x_test", "y_test"):
            zf.writestr(f"{key}.npy", header.getvalue() + b"\0" * 10)
    with pytest.raises(DatasetError, match=r"too large|declares"):
        import_path(path, cache_dir=tmp_path)
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "|u1", "fortran_order": False,
                                                  "shape": (-1, 28, 28)})
    with zipfile.ZipFile(path, "w") as zf:
        for key in ("x_train", "y_train", "x_test", "y_test"):
            zf.writestr(f"{key}.npy", header.getvalue() + b"\0" * 10)
    with pytest.raises(DatasetError, match=r"impossible shape \(-1, 28, 28\)"):
        import_path(path, cache_dir=tmp_path)


@pytest.mark.parametrize("gz", [True, False])
def test_idx_folder_import(tmp_path, gz):
    arrays = tiny_arrays(seed=5)
    write_idx_folder(tmp_path / "from-a-friend", arrays, gz=gz)
    assert not is_available("mnist", cache_dir=tmp_path / "cache")
    assert import_path(tmp_path / "from-a-friend", cache_dir=tmp_path / "cache") == "mnist"
    assert is_available("mnist", cache_dir=tmp_path / "cache")
    data = load("mnist", cache_dir=tmp_path / "cache", normalize=False, flatten=False)
    assert data.x_train.shape == (30, 1, 28, 28)
    np.testing.assert_array_equal(data.x_train[:, 0], arrays[0])


def test_kaggle_style_names_and_explicit_name(tmp_path):
    folder = tmp_path / "kaggle"
    folder.mkdir()
    for stem, array in zip(STEMS, tiny_arrays(), strict=True):
        (folder / stem.replace("-idx", ".idx")).write_bytes(
            gzip.decompress(_idx_gz(array)))  # "train-images.idx3-ubyte", uncompressed
    assert import_path(folder, name="fashion-mnist", cache_dir=tmp_path / "cache") == "fashion-mnist"
    assert load("fashion-mnist", cache_dir=tmp_path / "cache").class_names[0] == "T-shirt/top"


def _idx_gz(array) -> bytes:
    from nnlab.data.idx import encode_idx

    return gzip.compress(encode_idx(array))


def test_import_problems_are_named(tmp_path):
    with pytest.raises(DatasetError, match="no such file or folder"):
        import_path(tmp_path / "missing")
    half = tmp_path / "half"
    write_idx_folder(half, tiny_arrays())
    (half / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DatasetError, match="expected the four files"):
        import_path(half, cache_dir=tmp_path)
    single = half / "train-images-idx3-ubyte.gz"
    with pytest.raises(DatasetError, match="give the folder that holds all four IDX files"):
        import_path(single, cache_dir=tmp_path)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(DatasetError, match=r"notes\.txt: not a format nnlab can import"):
        import_path(text, cache_dir=tmp_path)
    with pytest.raises(DatasetError, match="cannot import as 'cifar'"):
        import_path(half, name="cifar", cache_dir=tmp_path)


def test_damaged_folder_import_leaves_cache_untouched(tmp_path):
    folder = tmp_path / "damaged"
    write_idx_folder(folder, tiny_arrays())
    path = folder / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:-20])
    with pytest.raises(DatasetError, match=r"t10k-images-idx3-ubyte\.gz"):
        import_path(folder, cache_dir=tmp_path / "cache")
    assert not (tmp_path / "cache" / "mnist").exists()


@pytest.mark.realdata
def test_guess_name_from_real_test_labels(mnist_t10k):
    from nnlab.data import read_idx

    assert guess_name(read_idx(mnist_t10k / "t10k-labels-idx1-ubyte.gz")) == "mnist"


@pytest.mark.fashion
def test_guess_name_fashion(fashion_mnist_dir):
    from nnlab.data import read_idx

    assert guess_name(read_idx(fashion_mnist_dir / "t10k-labels-idx1-ubyte.gz")) == "fashion-mnist"
