"""The MNIST test set bundled with nnlab: checksums, the fixed stratified split, the fallback."""

from __future__ import annotations

import hashlib
import shutil

import numpy as np
import pytest

from nnlab.data import (
    DatasetError,
    import_path,
    imported_test_set_only,
    is_available,
    load,
    load_default_digits,
    load_offline_mnist,
    offline,
    read_mnist_test_set,
)
from nnlab.data.split import class_quotas, stratified_split
from tests.data.conftest import tiny_arrays, write_idx_folder

# The md5 the MNIST site and ../shared/data/README.md publish for the two files.
PUBLISHED_MD5 = {"t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
                 "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c"}
CLASS_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def test_the_bundled_files_are_the_published_ones():
    folder = offline.offline_mnist_folder()
    for name, md5 in PUBLISHED_MD5.items():
        assert hashlib.md5((folder / name).read_bytes()).hexdigest() == md5
    assert (folder / "LICENSE.md").read_text().count("CC BY-SA 3.0") >= 1


def test_the_test_set_is_read_in_its_own_order():
    x, t = read_mnist_test_set()
    assert x.shape == (10_000, 28, 28) and x.dtype == np.uint8
    assert np.bincount(t).tolist() == CLASS_COUNTS
    assert t[:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]  # the book's first test labels


def test_offline_mnist_is_8000_to_train_and_2000_to_test():
    data = load_offline_mnist()
    assert (len(data.x_train), len(data.x_test)) == (8_000, 2_000)
    assert data.input_size == 784 and data.image_shape == (28, 28) and data.n_classes == 10
    assert data.x_train.dtype == np.float32 and data.x_train.max() == 1.0
    assert "8,000 to train / 2,000 to test" in data.source and "CC BY-SA 3.0" in data.source
    assert load("mnist-offline").name == "mnist-offline" and is_available("mnist-offline")


def test_the_split_is_stratified_deterministic_and_disjoint():
    _x, t = read_mnist_test_set()
    train, test = stratified_split(t, 2_000, 0)
    again_train, again_test = stratified_split(t, 2_000, 0)
    assert np.array_equal(train, again_train) and np.array_equal(test, again_test)
    assert len(np.intersect1d(train, test)) == 0
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(10_000))
    shares = np.bincount(t[test], minlength=10) / np.array(CLASS_COUNTS)
    assert np.all(np.abs(shares - 0.2) < 0.001)  # every digit gives a fifth of its images
    assert len(np.unique(t[train[:300]])) == 10  # the first 300 training images hold every digit
    other_train, _ = stratified_split(t, 2_000, 1)
    assert not np.array_equal(train, other_train)  # the seed decides, nothing else


def test_quotas_add_up_exactly():
    counts = np.array(CLASS_COUNTS)
    for n_test in (1, 7, 2_000, 3_333, 9_999):
        quotas = class_quotas(counts, n_test)
        assert quotas.sum() == n_test and np.all(np.abs(quotas - counts * n_test / 10_000) < 1)


def test_offline_training_and_test_images_come_from_the_test_set_once():
    x, _t = read_mnist_test_set()
    data = load_offline_mnist(normalize=False)
    rows = {bytes(r) for r in x.reshape(10_000, -1)}
    used = [bytes(r) for r in np.concatenate([data.x_train, data.x_test])]
    assert len(used) == 10_000 and set(used) <= rows


@pytest.fixture
def tampered(tmp_path, monkeypatch):
    """A copy of the bundled files with one pixel changed, used as the bundled folder."""
    folder = tmp_path / "bundled"
    shutil.copytree(offline.offline_mnist_folder(), folder)
    import gzip

    victim = folder / "t10k-images-idx3-ubyte.gz"
    raw = bytearray(gzip.decompress(victim.read_bytes()))
    raw[5000] ^= 0xFF
    victim.write_bytes(gzip.compress(bytes(raw)))  # a valid gzip and IDX file, wrong contents
    monkeypatch.setattr(offline, "offline_mnist_folder", lambda: folder)
    return folder


def test_a_tampered_file_is_refused_with_a_clear_message(tampered):
    with pytest.raises(DatasetError, match=r"damaged .*SHA-256.*reinstall nnlab"):
        load_offline_mnist()


def test_a_tampered_file_falls_back_to_the_8x8_digits(tampered, tmp_path):
    data, note = load_default_digits(cache_dir=tmp_path / "empty")
    assert data.name == "digits" and data.input_size == 64
    assert "8×8 digits because the MNIST files could not be read" in note
    assert "t10k-images-idx3-ubyte.gz" in note and "SHA-256" in note


def test_a_missing_bundled_file_falls_back_too(tmp_path, monkeypatch):
    monkeypatch.setattr(offline, "offline_mnist_folder", lambda: tmp_path)
    data, note = load_default_digits(cache_dir=tmp_path / "empty")
    assert data.name == "digits" and "cannot be read" in note


def test_full_mnist_wins_over_the_offline_set(tmp_path):
    write_idx_folder(tmp_path / "mnist", tiny_arrays(n_train=40, n_test=10))
    data, _note = load_default_digits(cache_dir=tmp_path)
    assert data.name == "mnist" and len(data.x_train) == 40


def test_a_folder_with_only_the_test_pair_is_imported_and_split(tmp_path):
    source = tmp_path / "downloads"
    source.mkdir()
    for name in PUBLISHED_MD5:
        shutil.copy(offline.offline_mnist_folder() / name, source / name)
    cache = tmp_path / "cache"
    assert import_path(source, cache_dir=cache) == "mnist"
    assert imported_test_set_only("mnist", cache) and is_available("mnist", cache)
    data = load("mnist", cache_dir=cache)
    assert (len(data.x_train), len(data.x_test)) == (8_000, 2_000)
    assert "only its test images" in data.source
    offline_data = load_offline_mnist()
    assert np.array_equal(data.t_test, offline_data.t_test)  # the same split as the bundled set
    # the default data is still the offline set (a test pair alone is not the full MNIST)
    assert load_default_digits(cache_dir=cache)[0].name == "mnist-offline"


def test_a_test_pair_too_small_to_split_is_refused(tmp_path):
    x_train, t_train, x_test, t_test = tiny_arrays(n_train=5, n_test=50)
    folder = tmp_path / "small"
    write_idx_folder(folder, (x_train, t_train, x_test, t_test))
    for path in folder.glob("train-*"):
        path.unlink()
    with pytest.raises(DatasetError, match="too few to split"):
        import_path(folder, cache_dir=tmp_path / "cache")
