"""Validation split and random hyperparameter search (book §6.5), without Qt."""

from __future__ import annotations

import math
import threading
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from nnlab.data import load_digits, read_idx
from nnlab.hyperparameter_search import (
    BOOK_SPACE,
    LogRange,
    SearchSettings,
    SearchSpace,
    Trial,
    narrow,
    rank,
    run_search,
    run_trial,
    split_validation,
    trial_spec,
    validation_count,
)

# A quick set-up for tests: the book's network shape on 200 digits, 3 epochs.
QUICK = SearchSettings(train_size=200, epochs=3, hidden=(20, 20), batch_size=20)


@pytest.fixture(scope="module")
def digits():
    return load_digits()


def test_book_settings():
    # hyperparameter_optimization.py: first 500 images, 20 % validation, 6 x 100, 50 epochs of 100
    settings = SearchSettings()
    assert settings.train_size == 500 and settings.validation_rate == 0.2
    assert validation_count(500, 0.2) == 100
    assert settings.hidden == (100,) * 6 and settings.epochs == 50 and settings.batch_size == 100
    assert BOOK_SPACE.lr == LogRange(-6, -2) and BOOK_SPACE.weight_decay == LogRange(-8, -4)
    spec = trial_spec(settings, 784, 10, 1e-6)
    assert spec.sizes == (784, 100, 100, 100, 100, 100, 100, 10)
    assert spec.activation == "relu" and spec.init == "he" and spec.weight_decay_l2 == 1e-6


def test_split_is_disjoint_complete_and_deterministic():
    x = np.arange(500, dtype=np.float32).reshape(500, 1)
    t = np.arange(500) % 10
    a = split_validation(x, t, 0.2, np.random.default_rng(7))
    b = split_validation(x, t, 0.2, np.random.default_rng(7))
    c = split_validation(x, t, 0.2, np.random.default_rng(8))
    assert len(a.x_val) == 100 and len(a.x_train) == 400
    assert not set(a.val_index) & set(a.train_index)
    assert sorted([*a.val_index, *a.train_index]) == list(range(500))
    np.testing.assert_array_equal(a.x_val[:, 0], a.val_index)  # rows really come from those indices
    np.testing.assert_array_equal(a.t_train, t[a.train_index])
    np.testing.assert_array_equal(a.val_index, b.val_index)
    assert not np.array_equal(a.val_index, c.val_index)
    assert a.val_index.tolist() != list(range(100))  # shuffled, not simply the first 100
    assert a.x_test is a.x_val and a.t_test is a.t_val  # what the Trainer measures is validation


@pytest.mark.parametrize("n, rate, expected", [(500, 0.2, 100), (10, 0.01, 1), (3, 0.99, 2)])
def test_validation_count_keeps_both_parts_non_empty(n, rate, expected):
    assert validation_count(n, rate) == expected


def test_split_refuses_impossible_rates():
    with pytest.raises(ValueError):
        split_validation(np.zeros((10, 1)), np.zeros(10), 1.0, np.random.default_rng(0))
    with pytest.raises(ValueError):
        SearchSettings(validation_rate=0.0)


def test_log_range_samples_stay_inside_and_spread_over_decades():
    rng = np.random.default_rng(0)
    values = np.array([BOOK_SPACE.lr.sample(rng) for _ in range(2000)])
    assert values.min() >= 1e-6 and values.max() <= 1e-2
    exponents = np.log10(values)
    counts, _ = np.histogram(exponents, bins=4, range=(-6, -2))
    assert counts.min() > 400  # about 500 per decade: uniform on the log scale, not on the values
    assert BOOK_SPACE.lr.bounds() == pytest.approx((1e-6, 1e-2))
    assert BOOK_SPACE.weight_decay.contains(1e-8) and not BOOK_SPACE.weight_decay.contains(1e-3)
    with pytest.raises(ValueError):
        LogRange(-2, -6)


def test_search_reports_each_trial_and_is_reproducible(digits):
    seen: list[Trial] = []
    result = run_search(digits, 4, settings=QUICK, seed=3, on_trial=seen.append)
    again = run_search(digits, 4, settings=QUICK, seed=3)
    assert result.status == "finished" and [tr.index for tr in seen] == [0, 1, 2, 3]
    assert seen == result.trials
    for trial, other in zip(result.trials, again.trials, strict=True):
        assert (trial.lr, trial.weight_decay, trial.val_acc) == (other.lr, other.weight_decay,
                                                                  other.val_acc)
        assert BOOK_SPACE.lr.contains(trial.lr)
        assert BOOK_SPACE.weight_decay.contains(trial.weight_decay)
        assert len(trial.val_acc) == len(trial.train_acc) == QUICK.epochs
    assert len(result.split.x_val) == 40 and len(result.split.x_train) == 160
    different = run_search(digits, 4, settings=QUICK, seed=4)
    assert [tr.lr for tr in different.trials] != [tr.lr for tr in result.trials]


def test_trial_measures_validation_not_test_accuracy(digits):
    split = split_validation(digits.x_train[:200], digits.t_train[:200], 0.2,
                             np.random.default_rng(0))
    settings = SearchSettings(train_size=200, epochs=10, hidden=(20, 20), batch_size=20)
    trial = run_trial(split, settings, 10, 0.1, 1e-6, np.random.default_rng(0))
    assert trial is not None and trial.status == "finished"
    # 40 validation images: every accuracy is a multiple of 1/40 (the 360 test images would not be)
    for acc in trial.val_acc:
        assert acc * 40 == pytest.approx(round(acc * 40))
    assert len(trial.val_acc) == 10
    assert trial.final_val_acc == trial.val_acc[-1] > 0.5  # a good rate learns in 80 iterations


def test_search_space_reaches_the_trials(digits):
    space = SearchSpace(lr=LogRange(-1.5, -1.4), weight_decay=LogRange(-5, -5))
    result = run_search(digits, 3, space=space, settings=QUICK, seed=0)
    for trial in result.trials:
        assert 10**-1.5 <= trial.lr <= 10**-1.4
        assert trial.weight_decay == pytest.approx(1e-5)


def make_trial(index: int, acc: float, lr: float, wd: float, status: str = "finished") -> Trial:
    return Trial(index, lr, wd, val_acc=[acc], train_acc=[acc], status=status)


def test_rank_puts_best_first_and_diverged_last():
    trials = [make_trial(0, 0.5, 1e-3, 1e-6), make_trial(1, 0.9, 1e-2, 1e-7),
              make_trial(2, 0.99, 1e-1, 1e-5, "diverged"), make_trial(3, 0.5, 1e-4, 1e-8)]
    assert [tr.index for tr in rank(trials)] == [1, 0, 3, 2]
    assert trials[2].final_val_acc == 0.0  # a diverged run learned nothing


def test_narrow_spans_the_best_trials():
    trials = [make_trial(0, 0.9, 10**-2.3, 10**-7.2), make_trial(1, 0.8, 10**-2.9, 10**-6.1),
              make_trial(2, 0.1, 10**-5.5, 10**-4.2), make_trial(3, 0.95, 1e-1, 1e-5, "diverged")]
    space = narrow(trials, best=2)
    assert space.lr == LogRange(-3.0, -2.2)
    assert space.weight_decay == LogRange(-7.3, -6.0)
    for trial in trials[:2]:
        assert space.lr.contains(trial.lr) and space.weight_decay.contains(trial.weight_decay)
    assert not space.lr.contains(trials[2].lr)


def test_narrow_keeps_a_minimum_width_and_needs_a_finished_trial():
    space = narrow([make_trial(0, 0.9, 1e-3, 1e-6)], best=5)
    assert space.lr.high - space.lr.low >= 0.5 and space.lr.contains(1e-3)
    with pytest.raises(ValueError):
        narrow([make_trial(0, 0.9, 1e-3, 1e-6, "diverged")])


def test_cancel_before_start_runs_nothing(digits):
    cancel = threading.Event()
    cancel.set()
    result = run_search(digits, 5, settings=QUICK, seed=0, cancel=cancel)
    assert result.trials == [] and result.status == "cancelled"


def test_cancel_during_a_trial_drops_it_and_stops(digits):
    cancel = threading.Event()
    seen: list[Trial] = []

    def on_trial(trial: Trial) -> None:
        seen.append(trial)
        if len(seen) == 2:
            cancel.set()

    result = run_search(digits, 10, settings=QUICK, seed=0, on_trial=on_trial, cancel=cancel)
    assert result.status == "cancelled" and len(result.trials) == 2


def test_cancel_inside_a_trial_stops_within_an_iteration(digits):
    cancel = threading.Event()
    split = split_validation(digits.x_train[:200], digits.t_train[:200], 0.2,
                             np.random.default_rng(0))
    long = SearchSettings(train_size=200, epochs=100_000, hidden=(10,))
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    assert run_trial(split, long, 10, 0.01, 1e-6, np.random.default_rng(0), cancel=cancel) is None
    timer.join()


def test_bad_trial_count():
    with pytest.raises(ValueError):
        run_search(SimpleNamespace(x_train=np.zeros((4, 2)), t_train=np.zeros(4, int)), -1)


@pytest.mark.realdata
def test_book_search_on_real_digits_prefers_the_books_learning_rates(mnist_t10k: Path):
    """The book finds good learning rates between about 0.001 and 0.01 on 500 MNIST images."""
    images = read_idx(mnist_t10k / "t10k-images-idx3-ubyte.gz").reshape(-1, 784)
    labels = read_idx(mnist_t10k / "t10k-labels-idx1-ubyte.gz").astype(np.int64)
    data = SimpleNamespace(x_train=(images[:500] / 255.0).astype(np.float32),
                           t_train=labels[:500], n_classes=10)
    result = run_search(data, 12, seed=1)
    best = result.ranked()[:2]
    assert all(1e-3 < tr.lr <= 1e-2 and tr.final_val_acc > 0.5 for tr in best)
    # the smallest rates hardly move the weights in 200 iterations: no better than guessing
    assert all(tr.final_val_acc < 0.3 for tr in result.trials if tr.lr < 1e-4)
    assert math.isfinite(sum(tr.seconds for tr in result.trials))


def test_the_best_trials_network_is_kept_and_tested_once(digits):
    result = run_search(digits, 4, settings=QUICK, seed=3)
    best = result.ranked()[0]
    net = result.best_network
    assert net is not None and net.spec.weight_decay_l2 == best.weight_decay
    # the kept network is the one that scored best: its validation accuracy is the trial's
    assert net.accuracy(result.split.x_val, result.split.t_val) == pytest.approx(best.final_val_acc)
    test_acc = result.test_accuracy(digits.x_test, digits.t_test)
    assert test_acc == pytest.approx(net.accuracy(digits.x_test, digits.t_test))
    assert test_acc * 360 == pytest.approx(round(test_acc * 360))  # the 360 test images
    with pytest.raises(ValueError):
        run_search(digits, 0, settings=QUICK, seed=3).test_accuracy(digits.x_test, digits.t_test)
