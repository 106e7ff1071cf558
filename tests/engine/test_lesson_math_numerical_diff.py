"""Numerical differentiation lesson math: every value the book prints in ch. 4.3–4.4, as it prints it.

The expected figures come from running the book's ch04 scripts (gradient_1d.py, gradient_2d.py,
gradient_method.py) and its simpleNet with the W printed in its text.
"""

from __future__ import annotations

import numpy as np
import pytest

from nnlab import number_text
from nnlab.numerical_diff import (
    BOOK_DESCENT_START,
    BOOK_FIELD_TICKS,
    BOOK_SIMPLE_NET_T,
    BOOK_SIMPLE_NET_X,
    DESCENT_PRESETS,
    SimpleNet,
    central_difference,
    difference_errors,
    forward_difference,
    forward_truncation_error,
    function_1,
    function_1_derivative,
    gradient_2,
    gradient_descent,
    gradient_field,
    partial_derivatives,
    tangent_line,
)


def test_book_numerical_diff_values_at_5_and_10():
    assert repr(central_difference(function_1, 5.0)) == "0.1999999999990898"
    assert repr(central_difference(function_1, 10.0)) == "0.2999999999986347"
    slope, intercept = tangent_line(function_1, 5.0)
    assert slope == 0.1999999999990898
    assert slope * 5.0 + intercept == pytest.approx(function_1(5.0), abs=1e-15)


def test_tiny_h_rounds_to_zero_and_errors_trade_truncation_for_round_off():
    assert central_difference(function_1, 5.0, 1e-50) == 0.0  # 5 + 1e-50 == 5 in float64
    assert forward_difference(function_1, 5.0, 1e-50) == 0.0
    errors = difference_errors(5.0, np.arange(-1, -51, -1))
    true = function_1_derivative(5.0)
    assert errors.forward[-1] == errors.central[-1] == pytest.approx(true)
    best_forward = int(np.argmin(errors.forward))
    assert 4 <= best_forward + 1 <= 10  # the best h lies in the middle, not at either end
    assert errors.forward[0] > errors.forward[best_forward] < errors.forward[12]
    # truncation: the forward error is 0.01·h exactly in theory; the central one is ~0 here
    assert errors.forward[0] == pytest.approx(forward_truncation_error(0.1), rel=1e-6)
    assert errors.forward[2] == pytest.approx(forward_truncation_error(1e-3), rel=1e-3)
    assert errors.forward[11] > 100 * forward_truncation_error(1e-12)  # round-off rules there
    assert errors.central[0] < 1e-12


def test_book_partial_derivatives_and_gradients():
    d0, d1 = partial_derivatives(3.0, 4.0)
    assert repr(d0) == "6.00000000000378" and repr(d1) == "7.999999999999119"
    printed = [[6.0, 8.0], [0.0, 4.0], [6.0, 0.0]]  # the book prints [6. 8.], [0. 4.], [6. 0.]
    for p, book in zip(((3.0, 4.0), (0.0, 2.0), (3.0, 0.0)), printed, strict=True):
        np.testing.assert_allclose(gradient_2(p), book, atol=5e-9)  # 8 digits, as printed
    assert number_text.array(gradient_2((3.0, 4.0))) == "[6, 8]"


def test_gradient_field_is_the_books_grid_with_gradient_2x():
    points, grads = gradient_field()
    assert points.shape == grads.shape == (BOOK_FIELD_TICKS.size**2, 2)
    assert BOOK_FIELD_TICKS[0] == -2.0 and BOOK_FIELD_TICKS[-1] == 2.25
    np.testing.assert_allclose(grads, 2 * points, atol=1e-8)


@pytest.mark.parametrize("key, printed", [
    ("good", [-6.11110793e-10, 8.14814391e-10]),
    ("too_large", [-2.58983747e+13, -1.29524862e+12]),
    ("too_small", [-2.99999994, 3.99999992]),
])
def test_book_gradient_descent_end_points(key, printed):
    preset = next(p for p in DESCENT_PRESETS if p.key == key)
    path = gradient_descent(BOOK_DESCENT_START, preset.lr, preset.step_num)
    assert path.shape == (preset.step_num + 1, 2)
    np.testing.assert_array_equal(path[0], BOOK_DESCENT_START)
    np.testing.assert_allclose(path[-1], printed, rtol=5e-9)  # the book prints 8 digits


def test_gradient_descent_rejects_negative_steps_and_zero_steps_stay_put():
    with pytest.raises(ValueError):
        gradient_descent((1.0, 1.0), 0.1, -1)
    assert gradient_descent((1.0, 2.0), 0.1, 0).tolist() == [[1.0, 2.0]]


def test_book_simple_net_prediction_and_numerical_gradient():
    net = SimpleNet()
    p = net.predict(BOOK_SIMPLE_NET_X)
    np.testing.assert_allclose(p, [1.05414809, 0.63071653, 1.1328074], atol=5e-9)
    assert int(np.argmax(p)) == 2
    assert round(net.loss(BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T), 8) == 0.92806854
    dW = net.numerical_gradient(BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T)
    np.testing.assert_allclose(dW, [[0.21924763, 0.14356247, -0.36281009],
                                    [0.32887144, 0.2153437, -0.54421514]], atol=5e-9)
    assert number_text.array(dW) == ("[[0.21924763, 0.14356247, −0.36281009],\n"
                                     " [0.32887144, 0.2153437, −0.54421514]]")
    w_before = net.W.copy()
    net.numerical_gradient(BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T)
    np.testing.assert_array_equal(net.W, w_before)  # perturbed and restored exactly


def test_simple_net_gradient_matches_the_analytic_one():
    net = SimpleNet(np.random.default_rng(0).standard_normal((2, 3)))
    x, t = BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T
    z = net.predict(x)
    y = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
    np.testing.assert_allclose(net.numerical_gradient(x, t), np.outer(x, y - t), atol=1e-8)
