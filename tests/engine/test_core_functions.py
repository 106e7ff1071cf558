"""Activation functions, their derivatives, softmax and the two losses (nnlab.functions)."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.functions import (
    ACTIVATIONS,
    cross_entropy_error,
    identity,
    leaky_relu,
    mean_squared_error,
    relu,
    sigmoid,
    softmax,
    step_function,
    tanh,
)

# The book's ch.4 example: the right class is 2 and the prediction gives it 0.6.
BOOK_T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], dtype=float)
BOOK_Y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])


def central_difference(f, x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """Element-wise derivative of an element-wise function."""
    return (f(x + h) - f(x - h)) / (2 * h)


def test_activation_values() -> None:
    x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
    np.testing.assert_array_equal(step_function(x), [0, 0, 0, 1, 1])
    np.testing.assert_array_equal(relu(x), [0, 0, 0, 0.5, 2.0])
    np.testing.assert_allclose(leaky_relu(x), [-0.02, -0.005, 0, 0.5, 2.0])
    np.testing.assert_allclose(leaky_relu(x, alpha=0.1), [-0.2, -0.05, 0, 0.5, 2.0])
    np.testing.assert_allclose(sigmoid(x), 1 / (1 + np.exp(-x)), rtol=1e-15)
    np.testing.assert_allclose(tanh(x), np.tanh(x))
    np.testing.assert_array_equal(identity(x), x)


def test_sigmoid_does_not_overflow() -> None:
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        y = sigmoid(np.array([-1000.0, -50.0, 50.0, 1000.0]))
    assert y[0] == 0.0 and y[-1] == 1.0
    np.testing.assert_allclose(y[1], np.exp(-50.0), rtol=1e-12)


@pytest.mark.parametrize("name", ["sigmoid", "relu", "leaky_relu", "tanh", "identity"])
def test_derivative_matches_finite_difference(name: str) -> None:
    f, df = ACTIVATIONS[name]
    # Values away from 0, where ReLU and leaky ReLU have their kink.
    x = np.array([-3.0, -1.2, -0.3, 0.2, 0.9, 2.5])
    np.testing.assert_allclose(df(x), central_difference(f, x), rtol=1e-7, atol=1e-9)


def test_step_derivative_is_zero() -> None:
    f, df = ACTIVATIONS["step"]
    assert f is step_function
    np.testing.assert_array_equal(df(np.array([-1.0, 0.5, 2.0])), 0.0)


def test_activations_table_keys() -> None:
    assert set(ACTIVATIONS) == {"step", "sigmoid", "relu", "leaky_relu", "tanh", "identity"}


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_float32_stays_float32(name: str) -> None:
    f, df = ACTIVATIONS[name]
    x = np.linspace(-2, 2, 7, dtype=np.float32)
    assert f(x).dtype == np.float32
    assert df(x).dtype == np.float32


def test_softmax_rows_sum_to_one_and_keep_order() -> None:
    a = np.array([0.3, 2.9, 4.0])
    y = softmax(a)
    np.testing.assert_allclose(y, np.exp(a) / np.exp(a).sum(), rtol=1e-15)
    assert y.sum() == pytest.approx(1.0)
    assert list(np.argsort(y)) == list(np.argsort(a))
    batch = np.array([[0.3, 2.9, 4.0], [1.0, 1.0, 1.0]])
    yb = softmax(batch)
    np.testing.assert_allclose(yb.sum(axis=1), 1.0)
    np.testing.assert_allclose(yb[0], y)
    np.testing.assert_allclose(yb[1], 1 / 3)


def test_softmax_is_finite_for_huge_inputs() -> None:
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        y = softmax(np.array([[1000.0, 1010.0, 990.0], [-1000.0, -1000.0, -990.0]]))
    assert np.all(np.isfinite(y))
    np.testing.assert_allclose(y.sum(axis=1), 1.0)
    np.testing.assert_allclose(y[0], softmax(np.array([10.0, 20.0, 0.0])))


def test_softmax_ignores_a_shift() -> None:
    a = np.array([[0.5, -1.0, 2.0]])
    np.testing.assert_allclose(softmax(a + 123.0), softmax(a), rtol=1e-12)


def test_cross_entropy_of_book_example() -> None:
    assert cross_entropy_error(BOOK_Y, BOOK_T) == pytest.approx(-np.log(0.6 + 1e-7), rel=1e-12)
    assert cross_entropy_error(BOOK_Y, BOOK_T) == pytest.approx(0.510825457, rel=1e-6)


def test_cross_entropy_of_a_perfect_prediction_is_about_zero() -> None:
    t = np.eye(3)
    assert abs(cross_entropy_error(t.copy(), t)) < 1e-6
    assert abs(cross_entropy_error(t.copy(), np.array([0, 1, 2]))) < 1e-6


def test_cross_entropy_guard_keeps_zero_probability_finite() -> None:
    loss = cross_entropy_error(np.array([1.0, 0.0]), np.array([0.0, 1.0]))
    assert loss == pytest.approx(-np.log(1e-7))


def test_cross_entropy_labels_equal_one_hot_and_average_over_batch() -> None:
    rng = np.random.default_rng(0)
    y = softmax(rng.standard_normal((5, 4)))
    labels = np.array([0, 3, 1, 1, 2])
    one_hot = np.eye(4)[labels]
    expected = -np.mean(np.log(y[np.arange(5), labels] + 1e-7))
    assert cross_entropy_error(y, labels) == pytest.approx(expected, rel=1e-12)
    assert cross_entropy_error(y, one_hot) == pytest.approx(expected, rel=1e-12)


def test_mean_squared_error_book_example_and_batch_mean() -> None:
    assert mean_squared_error(BOOK_Y, BOOK_T) == pytest.approx(0.0975)
    y = np.stack([BOOK_Y, BOOK_T])
    t = np.stack([BOOK_T, BOOK_T])
    assert mean_squared_error(y, t) == pytest.approx(0.0975 / 2)
