"""Dataset options, the bundled digits, toy sets, the default choice, real files and the CLI."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np
import platformdirs
import pytest

from nnlab.data import (
    DATASET_NAMES,
    TOY_NAMES,
    DatasetError,
    DatasetNotAvailable,
    cache_root,
    cli_data,
    is_available,
    load,
    load_default_digits,
    make_toy,
)

from .conftest import tiny_arrays, write_idx_folder


def test_bundled_digits():
    data = load("digits")
    assert len(data.x_train) + len(data.x_test) == 1797
    assert (len(data.x_train), len(data.x_test)) == (1437, 360)
    assert data.x_train.shape[1] == 64 and data.input_size == 64 and data.image_shape == (8, 8)
    assert data.x_train.dtype == np.float32 and data.x_train.min() == 0.0 and data.x_train.max() == 1.0
    assert set(np.unique(data.t_test)) == set(range(10)) and data.t_train.dtype == np.int64
    assert "CC BY 4.0" in data.source
    raw = load("digits", normalize=False, flatten=False)
    assert raw.x_train.shape == (1437, 1, 8, 8) and raw.x_train.dtype == np.uint8
    assert raw.x_train.max() == 16
    np.testing.assert_allclose(data.x_train, raw.x_train.reshape(1437, 64) / 16.0)


def test_digits_file_provenance():
    from nnlab.resources import resource_path

    with np.load(resource_path("data", "digits_8x8.npz"), allow_pickle=False) as npz:
        assert "CC BY 4.0" in str(npz["licence"]) and "Alpaydin" in str(npz["provenance"])
        assert int(npz["seed"]) > 0
    assert resource_path("data", "digits_8x8.npz").stat().st_size < 100_000


def test_one_hot_and_subset():
    data = load("digits", one_hot=True)
    assert data.t_train.shape == (1437, 10) and data.t_train.dtype == np.float32
    np.testing.assert_array_equal(data.t_train.sum(axis=1), 1.0)
    np.testing.assert_array_equal(data.t_train.argmax(axis=1), load("digits").t_train)
    small = load("digits").subset(300)
    assert len(small.x_train) == 300 and len(small.x_test) == 360
    np.testing.assert_array_equal(small.x_train, load("digits").x_train[:300])
    assert "first 300" in small.source and small.n_classes == 10
    with pytest.raises(DatasetError, match="between 1 and 1437"):
        load("digits").subset(5000)
    assert "Dataset('digits', train=1437" in repr(data)


@pytest.mark.parametrize("name", TOY_NAMES)
def test_toy_sets(name):
    data = make_toy(name, n_samples=200, noise=0.1, test_ratio=0.25, seed=7)
    assert data.x_train.shape == (150, 2) and data.x_test.shape == (50, 2)
    assert data.x_train.dtype == np.float32 and data.t_train.dtype == np.int64
    labels = np.concatenate([data.t_train, data.t_test])
    assert set(labels) == {0, 1} and 80 <= labels.sum() <= 120
    assert np.abs(np.concatenate([data.x_train, data.x_test])).max() < 1.6
    again = make_toy(name, n_samples=200, noise=0.1, test_ratio=0.25, seed=7)
    np.testing.assert_array_equal(data.x_train, again.x_train)
    other = make_toy(name, n_samples=200, noise=0.1, test_ratio=0.25, seed=8)
    assert not np.array_equal(data.x_train, other.x_train)
    assert data.n_classes == 2 and data.image_shape is None and len(data.class_names_ja) == 2


def test_toy_shapes_without_noise_are_separable_as_described():
    circle = make_toy("circle", noise=0.0)
    radius = np.linalg.norm(circle.x_train, axis=1)
    assert np.all(radius[circle.t_train == 1] <= 0.5) and np.all(radius[circle.t_train == 0] >= 0.7)
    xor = make_toy("xor", noise=0.0)
    np.testing.assert_array_equal(xor.t_train, (xor.x_train.prod(axis=1) > 0).astype(int))


@pytest.mark.parametrize("name", ["circle", "xor", "spiral", "moons"])
@pytest.mark.parametrize("noise", [0.05, 0.3])
def test_toy_noise_is_gaussian_jitter_of_the_given_size(name, noise):
    clean = make_toy(name, n_samples=2000, noise=0.0, seed=3)
    noisy = make_toy(name, n_samples=2000, noise=noise, seed=3)  # same points, same order
    np.testing.assert_array_equal(clean.t_train, noisy.t_train)
    jitter = noisy.x_train - clean.x_train
    assert abs(jitter.std() - noise) < 0.1 * noise and abs(jitter.mean()) < 0.1 * noise


def test_gauss_noise_widens_the_clouds():
    spread = [make_toy("gauss", n_samples=2000, noise=n, seed=1).x_train[:, 0].std() for n in (0.0, 0.4)]
    assert spread[1] > spread[0] + 0.2


@pytest.mark.parametrize(("ratio", "n_test"), [(0.1, 20), (0.3, 60), (0.5, 100), (0.9, 180)])
def test_toy_test_ratio(ratio, n_test):
    data = make_toy("spiral", n_samples=200, test_ratio=ratio)
    assert (len(data.x_train), len(data.x_test)) == (200 - n_test, n_test)
    assert set(data.t_test) == {0, 1}  # shuffled before the split: both classes in both parts


def test_toy_one_hot_through_load():
    data = load("moons", one_hot=True)
    assert data.t_train.shape == (len(data.x_train), 2) and data.is_one_hot


def test_toy_and_name_errors():
    with pytest.raises(DatasetError, match="unknown toy data set 'donut'"):
        make_toy("donut")
    with pytest.raises(DatasetError, match="test_ratio"):
        make_toy("xor", test_ratio=1.5)
    with pytest.raises(DatasetError, match="unknown data set 'cifar10'"):
        load("cifar10")
    assert set(TOY_NAMES) <= set(DATASET_NAMES) and {"mnist", "fashion-mnist", "digits"} <= set(DATASET_NAMES)


def test_cache_location_order(tmp_path, monkeypatch):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "env"))
    assert cache_root() == tmp_path / "env"
    assert cache_root(tmp_path / "arg") == tmp_path / "arg"
    monkeypatch.setenv("NNLAB_DATA_DIR", "")  # empty: ignored
    assert cache_root() == Path(platformdirs.user_data_dir("nnlab", appauthor=False)) / "datasets"
    monkeypatch.delenv("NNLAB_DATA_DIR")
    assert cache_root().parts[-2:] == ("nnlab", "datasets")
    # the setting (cache_dir argument) wins over the environment for every entry point
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "env"))
    write_idx_folder(tmp_path / "setting" / "mnist", tiny_arrays())
    assert is_available("mnist", cache_dir=tmp_path / "setting") and not is_available("mnist")
    assert load("mnist", cache_dir=tmp_path / "setting").location == tmp_path / "setting" / "mnist"


def test_mnist_options_from_the_cache(tmp_path):
    arrays = tiny_arrays(n_train=30, n_test=10, seed=4)
    write_idx_folder(tmp_path / "mnist", arrays)
    data = load("mnist", cache_dir=tmp_path, one_hot=True)
    assert data.x_train.shape == (30, 784) and data.x_train.dtype == np.float32
    np.testing.assert_allclose(data.x_train, arrays[0].reshape(30, 784) / 255.0, rtol=1e-6)
    assert data.x_train.min() >= 0.0 and data.x_train.max() <= 1.0
    assert data.t_train.shape == (30, 10) and data.t_test.shape == (10, 10)
    np.testing.assert_array_equal(data.t_train.argmax(axis=1), arrays[1])
    raw = load("mnist", cache_dir=tmp_path, normalize=False, flatten=False)
    assert raw.x_test.shape == (10, 1, 28, 28) and raw.x_test.dtype == np.uint8
    np.testing.assert_array_equal(raw.t_test, arrays[3])
    assert raw.t_test.dtype == np.int64
    first = raw.subset(7)
    np.testing.assert_array_equal(first.x_train[:, 0], arrays[0][:7])
    assert len(first.x_test) == 10 and raw.image_shape == (28, 28) and raw.class_names[3] == "3"


def test_mnist_not_available_without_download(tmp_path):
    assert not is_available("mnist", cache_dir=tmp_path)
    with pytest.raises(DatasetNotAvailable, match="not on this computer"):
        load("mnist", cache_dir=tmp_path)


def test_default_digits_prefers_cached_mnist(tmp_path):
    data, note = load_default_digits(cache_dir=tmp_path)
    assert data.name == "mnist-offline" and "offline MNIST" in note
    write_idx_folder(tmp_path / "mnist", tiny_arrays())
    data, note = load_default_digits(cache_dir=tmp_path)
    assert data.name == "mnist" and "Using MNIST" in note and str(tmp_path) in note


def test_default_digits_falls_back_when_cache_is_damaged(tmp_path):
    write_idx_folder(tmp_path / "mnist", tiny_arrays())
    victim = tmp_path / "mnist" / "train-labels-idx1-ubyte.gz"
    victim.write_bytes(victim.read_bytes()[:10])
    data, note = load_default_digits(cache_dir=tmp_path)
    assert data.name == "mnist-offline" and "could not be read" in note and "train-labels" in note


def test_label_out_of_range_in_cache(tmp_path):
    arrays = list(tiny_arrays())
    arrays[1] = arrays[1] + 20
    write_idx_folder(tmp_path / "mnist", arrays)
    with pytest.raises(DatasetError, match="labels must be class numbers 0 to 9"):
        load("mnist", cache_dir=tmp_path)


@pytest.mark.realdata
def test_real_mnist_t10k(mnist_t10k):
    from nnlab.data import read_idx_pair

    images, labels = read_idx_pair(mnist_t10k / "t10k-images-idx3-ubyte.gz",
                                   mnist_t10k / "t10k-labels-idx1-ubyte.gz")
    x = images.reshape(len(images), -1)
    assert x.shape == (10_000, 784) and labels.shape == (10_000,)
    assert np.bincount(labels).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    from nnlab.data.dataset import image_dataset

    digits = list("0123456789")
    data = image_dataset("mnist", (images, labels, images, labels), max_value=255, class_names=digits,
                         class_names_ja=digits, source="t10k", location=mnist_t10k, one_hot=True)
    assert data.x_test.shape == (10_000, 784) and data.x_test.dtype == np.float32
    assert data.x_test.min() == 0.0 and data.x_test.max() == 1.0 and data.t_test.sum() == 10_000


@pytest.mark.fashion
def test_real_fashion_mnist(fashion_mnist_dir, tmp_path):
    data = load("fashion-mnist", cache_dir=tmp_path)  # empty cache: read in place, read-only
    assert data.x_train.shape == (60_000, 784) and data.x_test.shape == (10_000, 784)
    assert data.location == fashion_mnist_dir and data.class_names[9] == "Ankle boot"
    assert data.class_names_ja[0] == "Tシャツ/トップス"
    assert np.bincount(data.t_test).tolist() == [1000] * 10
    assert not (tmp_path / "fashion-mnist").exists()


# ---- command line ----

def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nnlab")
    cli_data.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_list_and_info(tmp_path, capsys):
    assert _run(["data", "--cache-dir", str(tmp_path), "list"]) == 0
    out = capsys.readouterr().out
    assert "mnist" in out and "not downloaded" in out and "bundled" in out
    assert _run(["data", "info", "digits"]) == 0
    out = capsys.readouterr().out
    assert "(1437, 64)" in out and "CC BY 4.0" in out


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert _run(["data", "--cache-dir", str(tmp_path), "info", "mnist"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert _run(["data", "--cache-dir", str(tmp_path), "import", str(tmp_path / "nope")]) == 2
    assert "error: " in capsys.readouterr().err


def test_cli_import_then_list(tmp_path, capsys):
    write_idx_folder(tmp_path / "mine", tiny_arrays())
    assert _run(["data", "--cache-dir", str(tmp_path / "c"), "import", str(tmp_path / "mine")]) == 0
    assert "imported" in capsys.readouterr().out
    assert _run(["data", "--cache-dir", str(tmp_path / "c"), "list"]) == 0
    assert "cached" in capsys.readouterr().out


def test_cli_download_ctrl_c(tmp_path, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_data, "download", interrupted)
    assert _run(["data", "--cache-dir", str(tmp_path), "download", "mnist"]) == 130
    assert "cancelled" in capsys.readouterr().err


def test_importing_nnlab_data_uses_no_qt_and_no_network(tmp_path):
    code = ("import socket, sys\n"
            "def refuse(*a, **k): raise AssertionError('network at import time')\n"
            "socket.socket.connect = refuse\n"
            "import nnlab.data, nnlab.data.cli_data\n"
            "assert 'PySide6' not in sys.modules\n"
            "data, note = nnlab.data.load_default_digits()\n"  # a machine that never had network
            "assert data.name == 'mnist-offline' and 'offline MNIST' in note, note\n"
            "assert nnlab.data.load('digits').input_size == 64\n")
    env = {**__import__("os").environ, "NNLAB_DATA_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
