"""Numerical gradients and the gradient check: accuracy, progress reports and cancellation."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from nnlab.gradcheck import (
    GradientCheckCancelled,
    ParamError,
    compare_gradients,
    gradient_check,
    numerical_gradient,
)
from nnlab.layers import Affine
from nnlab.network import MultiLayerNet, NetSpec


def cubic(x: np.ndarray) -> float:
    return float(np.sum(x ** 3) + x.ravel()[0] * x.ravel()[-1])


def test_numerical_gradient_of_a_known_function() -> None:
    x = np.array([[1.0, -2.0], [0.5, 3.0]])
    before = x.copy()
    grad = numerical_gradient(cubic, x)
    expected = 3 * before ** 2
    expected[0, 0] += before[1, 1]
    expected[1, 1] += before[0, 0]
    np.testing.assert_allclose(grad, expected, rtol=1e-7)
    np.testing.assert_array_equal(x, before)  # perturbed in place, then restored exactly


def test_book_example_function() -> None:
    # The book's f(x0, x1) = x0² + x1² at (3, 4) has gradient (6, 8).
    grad = numerical_gradient(lambda x: float(np.sum(x ** 2)), np.array([3.0, 4.0]))
    np.testing.assert_allclose(grad, [6.0, 8.0], rtol=1e-9)


def test_integer_array_is_refused() -> None:
    with pytest.raises(TypeError):
        numerical_gradient(cubic, np.array([1, 2, 3]))


def test_progress_reports_about_every_percent() -> None:
    calls: list[tuple[int, int]] = []
    numerical_gradient(cubic, np.ones(1000), progress=lambda d, n: calls.append((d, n)))
    assert calls[0] == (0, 1000) and calls[-1] == (1000, 1000)
    assert all(total == 1000 for _, total in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert 50 <= len(calls) <= 105  # about 1 %, not one call per entry


def test_progress_on_a_tiny_array_reports_every_entry() -> None:
    calls: list[int] = []
    numerical_gradient(cubic, np.ones(3), progress=lambda done, total: calls.append(done))
    assert calls == [0, 1, 2, 3]


def test_cancel_with_an_event_from_another_thread() -> None:
    cancel = threading.Event()
    x = np.linspace(-1, 1, 500)
    before = x.copy()

    def progress(done: int, total: int) -> None:
        if done >= 100:  # a GUI's Cancel button, pressed from another thread
            worker = threading.Thread(target=cancel.set)
            worker.start()
            worker.join()

    with pytest.raises(GradientCheckCancelled, match="of 500"):
        numerical_gradient(cubic, x, progress=progress, cancel=cancel)
    np.testing.assert_array_equal(x, before)


def test_cancel_with_a_callable() -> None:
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 5

    x = np.ones(20)
    with pytest.raises(GradientCheckCancelled):
        numerical_gradient(cubic, x, cancel=cancel)
    assert len(asked) == 6
    np.testing.assert_array_equal(x, 1.0)


def test_network_numerical_gradient_passes_progress_and_cancel() -> None:
    net = MultiLayerNet(NetSpec(3, (4,), 2, dtype="float64"), np.random.default_rng(0))
    x = np.random.default_rng(1).standard_normal((2, 3))
    t = np.array([0, 1])
    calls: list[tuple[int, int]] = []
    net.numerical_gradient(x, t, progress=lambda d, n: calls.append((d, n)))
    n_params = sum(p.size for p in net.params.values())
    assert calls[-1] == (n_params, n_params)
    event = threading.Event()
    event.set()
    with pytest.raises(GradientCheckCancelled):
        net.numerical_gradient(x, t, cancel=event)


def test_gradient_check_passes_for_a_correct_network() -> None:
    net = MultiLayerNet(NetSpec(4, (5,), 3, batch_norm=True, dropout=0.2, activation="tanh"),
                        np.random.default_rng(0))
    x = np.random.default_rng(1).standard_normal((6, 4)).astype(np.float32)
    t = np.array([0, 1, 2, 0, 1, 2])
    errors = gradient_check(net, x, t)
    assert [e.name for e in errors] == list(net.params)
    assert all(isinstance(e, ParamError) for e in errors)
    assert max(e.max_rel for e in errors) < 1e-6
    assert net.params["W1"].dtype == np.float32  # the check ran on a float64 copy


def test_gradient_check_finds_a_broken_backward(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Affine.backward

    def wrong(self: Affine, dout: np.ndarray):
        dx = original(self, dout)
        self.dW = self.dW * 1.01  # a 1 % error in every weight gradient
        return dx

    monkeypatch.setattr(Affine, "backward", wrong)
    net = MultiLayerNet(NetSpec(3, (4,), 2, activation="sigmoid"), np.random.default_rng(0))
    errors = {e.name: e for e in gradient_check(net, np.ones((2, 3)), np.array([0, 1]))}
    assert errors["W1"].max_rel == pytest.approx(0.01 / 1.01, rel=0.05)
    assert errors["b1"].max_rel < 1e-6


def test_compare_gradients() -> None:
    e = compare_gradients("W", np.array([1.0, -2.0]), np.array([1.0, -1.9]))
    assert e == ParamError("W", pytest.approx(0.1), pytest.approx(0.05), pytest.approx(0.05))
    zero = compare_gradients("b", np.zeros(3), np.full(3, 1e-12))
    assert zero.max_rel < 1e-6  # relative to a floor, not to zero
