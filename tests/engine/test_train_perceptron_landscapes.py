"""Perceptron gates (book ch. 2) and optimizer landscapes (book ch. 6)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from nnlab.landscapes import BOOK_LEARNING_RATES, LANDSCAPES, optimizer_path, trace_path
from nnlab.optimizers import OPTIMIZERS, SGD, make_optimizer
from nnlab.perceptron import AND, GATES, NAND, OR, XOR, decision_line, perceptron, truth_table


def test_truth_tables() -> None:
    assert truth_table(AND) == [(0, 0, 0), (1, 0, 0), (0, 1, 0), (1, 1, 1)]
    assert truth_table(NAND) == [(0, 0, 1), (1, 0, 1), (0, 1, 1), (1, 1, 0)]
    assert truth_table(OR) == [(0, 0, 0), (1, 0, 1), (0, 1, 1), (1, 1, 1)]
    assert truth_table(XOR) == [(0, 0, 0), (1, 0, 1), (0, 1, 1), (1, 1, 0)]


def test_xor_is_nand_or_then_and() -> None:
    for x1, x2 in itertools.product((0, 1), repeat=2):
        assert XOR(x1, x2) == AND(NAND(x1, x2), OR(x1, x2)) == (x1 ^ x2)


def test_gates_are_perceptrons_with_their_weights() -> None:
    for name, gate in (("AND", AND), ("NAND", NAND), ("OR", OR)):
        w1, w2, b = GATES[name]
        for x1, x2 in itertools.product((0, 1), repeat=2):
            assert gate(x1, x2) == perceptron(x1, x2, w1, w2, b)
    assert perceptron(1, 1, 0.5, 0.5, -1.0) == 0  # exactly 0 does not fire


def test_no_single_perceptron_computes_xor() -> None:
    grid = np.linspace(-1, 1, 21)
    xor = truth_table(XOR)
    for w1, w2, b in itertools.product(grid, repeat=3):
        table = [(x1, x2, perceptron(x1, x2, w1, w2, b)) for x1, x2, _ in xor]
        assert table != xor


def test_decision_line_lies_on_the_boundary() -> None:
    w1, w2, b = GATES["AND"]
    (xa, ya), (xb, yb) = decision_line(w1, w2, b)
    for x, y in ((xa, ya), (xb, yb)):
        assert w1 * x + w2 * y + b == pytest.approx(0.0, abs=1e-12)
        assert -0.5 <= x <= 1.5 and -0.5 <= y <= 1.5
    assert decision_line(0.0, 0.0, 1.0) is None  # no line: the output is the same everywhere
    assert decision_line(1.0, 1.0, 10.0) is None  # the line misses the box
    (xa, ya), (xb, yb) = decision_line(1.0, 0.0, -0.5)  # vertical line x = 0.5
    assert xa == xb == pytest.approx(0.5) and {ya, yb} == {-0.5, 1.5}


@pytest.mark.parametrize("name", sorted(LANDSCAPES))
def test_landscape_gradient_matches_finite_differences(name: str) -> None:
    land = LANDSCAPES[name]
    h = 1e-6
    for x, y in [(0.3, -0.7), (1.2, 0.4), (-1.5, 1.1), land.default_start]:
        dx, dy = land.grad(x, y)
        assert dx == pytest.approx((land.f(x + h, y) - land.f(x - h, y)) / (2 * h), rel=1e-6,
                                   abs=1e-6)
        assert dy == pytest.approx((land.f(x, y + h) - land.f(x, y - h)) / (2 * h), rel=1e-6,
                                   abs=1e-6)


@pytest.mark.parametrize("name", sorted(LANDSCAPES))
def test_landscape_minimum_and_meshgrid(name: str) -> None:
    land = LANDSCAPES[name]
    if land.minimum is not None:
        np.testing.assert_allclose(land.grad(*land.minimum), (0.0, 0.0), atol=1e-12)
    X, Y = np.meshgrid(np.linspace(*land.x_range, 5), np.linspace(*land.y_range, 4))
    assert np.shape(land.f(X, Y)) == (4, 5)


def test_book_landscape_is_the_books() -> None:
    land = LANDSCAPES["book"]
    assert land.default_start == (-7.0, 2.0)
    assert land.f(-7.0, 2.0) == pytest.approx(49 / 20 + 4)
    assert land.grad(-7.0, 2.0) == pytest.approx((-0.7, 4.0))
    assert set(BOOK_LEARNING_RATES) == set(OPTIMIZERS)
    assert (BOOK_LEARNING_RATES["SGD"], BOOK_LEARNING_RATES["Momentum"],
            BOOK_LEARNING_RATES["AdaGrad"], BOOK_LEARNING_RATES["Adam"]) == (0.95, 0.1, 1.5, 0.3)


@pytest.mark.parametrize("name", sorted(BOOK_LEARNING_RATES))
def test_every_optimizer_converges_on_the_book_landscape(name: str) -> None:
    land = LANDSCAPES["book"]
    path = optimizer_path("book", make_optimizer(name, BOOK_LEARNING_RATES[name]), steps=100)
    assert path.shape == (101, 2)
    np.testing.assert_array_equal(path[0], land.default_start)
    assert land.f(*path[-1]) < 1e-3 * land.f(*path[0])
    assert np.all(np.isfinite(path))


def test_sgd_path_by_hand() -> None:
    path = optimizer_path("book", SGD(lr=0.95), start=(-7.0, 2.0), steps=2)
    # x ← x - 0.95·x/10 ; y ← y - 0.95·2y
    np.testing.assert_allclose(path, [[-7.0, 2.0], [-6.335, -1.8], [-5.733175, 1.62]])


def test_names_and_reset_between_paths() -> None:
    opt = make_optimizer("Momentum", 0.1)
    first = optimizer_path("book", opt, steps=10)
    again = optimizer_path(LANDSCAPES["book"], opt, steps=10)  # state reset, same path
    np.testing.assert_array_equal(first, again)
    np.testing.assert_array_equal(first, optimizer_path("book", "Momentum", steps=10))


def test_divergence_freezes_the_path() -> None:
    result = trace_path("book", SGD(lr=5.0), steps=60)  # |1 - 5·2| > 1: y explodes
    assert result.diverged and result.diverged_at is not None
    assert result.points.shape == (61, 2)
    assert np.all(np.isfinite(result.points))
    np.testing.assert_array_equal(result.points[-1], result.points[result.diverged_at - 1])
    assert not trace_path("book", SGD(lr=0.95), steps=60).diverged


def test_every_landscape_shows_each_optimizer_moving() -> None:
    """With its own step count and rates, every optimizer leaves the start on every landscape
    (on Rosenbrock nothing used to move in 30 steps)."""
    from nnlab.landscapes import LANDSCAPES, trace_path
    from nnlab.optimizers import make_optimizer

    for landscape in LANDSCAPES.values():
        span = min(landscape.x_range[1] - landscape.x_range[0], landscape.y_range[1] - landscape.y_range[0])
        for name, lr in landscape.learning_rates.items():
            points = trace_path(landscape, make_optimizer(name, lr), None, landscape.steps).points
            assert np.linalg.norm(points[-1] - points[0]) > 0.1 * span, (landscape.name, name)
