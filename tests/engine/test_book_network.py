"""The book's trained network (§3.6): its converted weights and its accuracy on the MNIST test set."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from nnlab import book_network
from nnlab.book_network import (
    BOOK_ACCURACY,
    BOOK_KEYS,
    infer,
    load_book_network,
    load_book_weights,
    load_test_images,
    probabilities_of,
    weights_digest,
)
from nnlab.cli import main
from nnlab.data import DatasetError


@pytest.fixture(scope="module")
def test_set() -> tuple[np.ndarray, np.ndarray]:
    return load_test_images()


@pytest.mark.parametrize("batch_size", [1, 100])
def test_the_book_network_gets_the_accuracy_the_book_prints(test_set, batch_size):
    result = infer(load_book_network(), *test_set, batch_size=batch_size)
    assert round(result.accuracy, 4) == BOOK_ACCURACY == 0.9352
    assert result.n_correct == 9352 and len(result.wrong()) == 648
    assert result.probabilities.shape == (10_000, 10)
    assert np.allclose(result.probabilities.sum(axis=1), 1.0, atol=1e-5)
    assert result.seconds > 0


def test_the_book_network_has_the_book_shapes():
    net = load_book_network()
    shapes = {key: net.params[key].shape for key in BOOK_KEYS}
    assert shapes == {"W1": (784, 50), "b1": (50,), "W2": (50, 100), "b2": (100,),
                      "W3": (100, 10), "b3": (10,)}
    assert net.spec.activation == "sigmoid" and net.params["W1"].dtype == np.float32


def test_the_weights_load_without_pickle():
    with zipfile.ZipFile(book_network.book_weights_path()) as zf:
        assert sorted(zf.namelist()) == sorted(f"{k}.npy" for k in BOOK_KEYS)
    with np.load(book_network.book_weights_path(), allow_pickle=False) as npz:
        assert all(npz[k].dtype == np.float32 for k in BOOK_KEYS)


@pytest.mark.realdata
def test_the_npz_holds_the_arrays_of_the_books_pickle(shared_data_dir):
    from nnlab.data.safe_pickle import RestrictedUnpickler

    pickle_path = shared_data_dir / "book-sample-weights" / "sample_weight.pkl"
    if not pickle_path.is_file():
        pytest.skip(f"the book's sample_weight.pkl is not in {pickle_path.parent}")
    original = RestrictedUnpickler(io.BytesIO(pickle_path.read_bytes())).load()
    converted = load_book_weights()
    for key in BOOK_KEYS:
        assert np.array_equal(original[key], converted[key])


def test_tampered_weights_are_refused_with_a_clear_message(tmp_path):
    arrays = load_book_weights()
    arrays["W2"] = arrays["W2"].copy()
    arrays["W2"][3, 7] += 0.5
    np.savez(tmp_path / "tampered.npz", **arrays)
    assert weights_digest(arrays) != book_network.BOOK_WEIGHTS_SHA256
    with pytest.raises(DatasetError, match=r"damaged .*SHA-256.*reinstall nnlab"):
        load_book_network(tmp_path / "tampered.npz")
    (tmp_path / "cut.npz").write_bytes((tmp_path / "tampered.npz").read_bytes()[:1000])
    with pytest.raises(DatasetError, match="missing or damaged"):
        load_book_weights(tmp_path / "cut.npz")


def test_progress_and_stop(test_set):
    x, t = test_set
    seen = []
    infer(load_book_network(), x[:1000], t[:1000], batch_size=100,
          progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1000, 1000) and len(seen) >= 5
    with pytest.raises(InterruptedError):
        infer(load_book_network(), x[:1000], t[:1000], should_stop=lambda: True)


def test_cli_infer_prints_the_books_accuracy(capsys):
    assert main(["infer", "--weights", "book"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Accuracy:0.9352" and "9,352 of 10,000" in out


def test_cli_infer_json_and_batch_size(capsys):
    assert main(["infer", "--weights", "book", "--batch-size", "1000", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["accuracy"] == 0.9352 and record["batch_size"] == 1000
    assert record["images"] == 10_000 and record["network"] == "784-50-100-10 sigmoid"


def test_cli_infer_bad_input_is_one_line(capsys, tmp_path):
    assert main(["infer", "--weights", str(tmp_path / "missing.npz")]) == 2
    assert main(["infer", "--weights", "book", "--batch-size", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("error: ") for line in err)


def test_one_image_gives_ten_probabilities(test_set):
    x, t = test_set
    p = probabilities_of(load_book_network(), x[0])
    assert p.shape == (10,) and abs(p.sum() - 1) < 1e-5 and p.argmax() == t[0] == 7
