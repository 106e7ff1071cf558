"""Tests for nnlab.experiments: the computations behind the chapter 4–6 lessons (no Qt)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnlab.experiments import (
    WEIGHT_QUANTILES,
    GradientTiming,
    activation_histograms,
    count_params,
    eta_seconds,
    final_gap,
    gradcheck_spec,
    histogram_limit,
    init_std,
    quantile_shares,
    split_duration,
    time_backprop,
    weight_quantiles,
    weight_scales,
    weight_shares,
    weight_values,
)
from nnlab.gradcheck import gradient_check
from nnlab.network import MultiLayerNet


def test_init_std_formulas() -> None:
    assert init_std("xavier", 100) == pytest.approx(0.1)
    assert init_std("he", 50) == pytest.approx(0.2)
    assert init_std("std:0.01", 100) == pytest.approx(0.01)
    with pytest.raises(ValueError):
        init_std("glorot-ish", 100)


def test_histograms_shape_and_determinism() -> None:
    a = activation_histograms("xavier", "tanh", n_layers=3, n_neurons=20, n_samples=50)
    b = activation_histograms("xavier", "tanh", n_layers=3, n_neurons=20, n_samples=50)
    assert [x.shape for x in a] == [(50, 20)] * 3
    for x, y in zip(a, b, strict=True):
        np.testing.assert_array_equal(x, y)


def test_small_std_sigmoid_concentrates_near_half() -> None:
    layers = activation_histograms("std:0.01", "sigmoid")
    for a in layers:
        assert np.mean(np.abs(a - 0.5) < 0.1) > 0.99
        assert a.std() < 0.05


def test_std_one_sigmoid_saturates_at_zero_and_one() -> None:
    layers = activation_histograms("std:1", "sigmoid")
    for a in layers:
        share_at_ends = np.mean((a < 0.1) | (a > 0.9))
        assert share_at_ends > 0.5


def test_xavier_keeps_sigmoid_spread_and_he_keeps_relu_spread() -> None:
    xavier = activation_histograms("xavier", "sigmoid")
    assert all(0.05 < a.std() < 0.3 for a in xavier)
    he = activation_histograms("he", "relu")
    small = activation_histograms("std:0.01", "relu")
    assert he[-1].std() > 0.3
    assert small[-1].std() < 1e-4  # vanishing: every layer shrinks the signal ~10x


def test_eta_and_duration_split() -> None:
    assert eta_seconds(0, 100, 5.0) is None
    assert eta_seconds(25, 100, 10.0) == pytest.approx(30.0)
    assert eta_seconds(100, 100, 10.0) == pytest.approx(0.0)
    assert split_duration(75 * 60 + 3) == (0, 1, 15, pytest.approx(3.0))
    assert split_duration(2 * 86_400 + 60)[:3] == (2, 0, 1)


def test_gradient_timing_ratio_and_estimate() -> None:
    timing = GradientTiming(n_params=1000, numerical_seconds=27.0, backprop_seconds=0.003)
    assert timing.ratio == pytest.approx(9000.0)
    numerical, backprop = timing.estimate(10_000)
    assert numerical == pytest.approx(270_000.0)
    assert backprop == pytest.approx(30.0)


def test_gradcheck_spec_small_net_agrees_in_float64() -> None:
    spec = gradcheck_spec(8, 3, "small")
    assert spec.dtype == "float64" and spec.hidden == (10,)
    assert gradcheck_spec(64, 10, "book").hidden == (50,)
    net = MultiLayerNet(spec, rng=np.random.default_rng(0))
    rng = np.random.default_rng(1)
    x, t = rng.random((5, 8)), rng.integers(0, 3, 5)
    errors = gradient_check(net, x, t)
    assert {e.name for e in errors} == set(net.params)
    assert max(e.max_rel for e in errors) < 1e-6
    assert count_params(net) == 8 * 10 + 10 + 10 * 3 + 3
    assert time_backprop(net, x, t, budget=0.01) > 0.0


def test_weight_scales_log_spaced() -> None:
    scales = weight_scales(4)
    np.testing.assert_allclose(scales, [1.0, 0.1, 0.01, 0.001])
    assert math.isclose(weight_scales(6)[0], 1.0)


def test_weight_values_and_gap() -> None:
    params = {"W1": np.ones((2, 3)), "b1": np.full(3, 5.0), "W2": np.zeros((3, 1))}
    values = weight_values(params)
    assert values.size == 9 and 5.0 not in values
    assert final_gap([0.5, 1.0], [0.4, 0.7]) == pytest.approx(0.3)
    assert math.isnan(final_gap([], []))


@pytest.mark.parametrize("draw", ["normal", "laplace", "zeros"])
def test_a_histogram_from_stored_quantiles_is_within_its_bound_of_the_exact_one(draw) -> None:
    rng = np.random.default_rng(3)
    values = {"normal": lambda: rng.normal(0, 0.1, 130_000),
              "laplace": lambda: rng.laplace(0.02, 0.05, 130_000),  # L1 decay: a sharp peak at 0
              "zeros": lambda: np.zeros(500)}[draw]()
    limit = histogram_limit([values])
    edges = np.linspace(-limit, limit, 61)
    exact = weight_shares(values, edges)
    quantiles = weight_quantiles(values)
    assert quantiles.dtype == np.float32 and quantiles.size == WEIGHT_QUANTILES
    approx = quantile_shares(quantiles, edges)
    assert approx.sum() == pytest.approx(1.0) and exact.sum() == pytest.approx(1.0)
    np.testing.assert_array_less(np.abs(approx - exact), 2 / (WEIGHT_QUANTILES - 1) + 1e-6)
    if draw == "zeros":
        assert limit == 1.0 and approx[30] == pytest.approx(1.0)


def test_weight_shares_count_outliers_in_the_end_bins() -> None:
    edges = np.linspace(-1, 1, 5)
    np.testing.assert_allclose(weight_shares(np.array([-5.0, -0.9, 0.1, 0.2, 7.0]), edges),
                               [0.4, 0.0, 0.4, 0.2])
    assert histogram_limit([np.array([0.0, 1.0]), np.array([-3.0])]) == pytest.approx(
        np.percentile([0.0, 1.0, 3.0], 99.5))


def test_batch_norm_helped_counts_a_diverged_plain_run_as_a_win() -> None:
    from nnlab.experiments import batch_norm_helped
    from nnlab.trainer import History

    def run(acc: float | None, status: str = "finished") -> History:
        return History(train_acc=[] if acc is None else [acc], status=status)

    assert batch_norm_helped(run(0.9), run(0.5)) is True
    assert batch_norm_helped(run(0.5), run(0.9)) is False
    assert batch_norm_helped(run(0.9), run(None, "diverged")) is True  # diverged: learned nothing
    assert batch_norm_helped(run(None, "diverged"), run(0.4)) is False
    assert batch_norm_helped(run(None, "diverged"), run(None, "diverged")) is False  # no winner
    assert batch_norm_helped(run(0.9), None) is None  # the pair is not complete yet
    assert batch_norm_helped(run(None), run(0.5)) is None  # no accuracy measured yet
