"""Optimizers: the book's defaults, first steps computed by hand, state and reset()."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnlab.optimizers import (
    OPTIMIZERS,
    SGD,
    AdaGrad,
    Adam,
    Momentum,
    Nesterov,
    Optimizer,
    RMSProp,
    make_optimizer,
)

P0 = (1.0, -2.0)
G1 = (0.5, 0.25)
G2 = (-1.0, 2.0)
EPS = 1e-7


def run(opt: Optimizer, *grads: tuple[float, float]) -> np.ndarray:
    """Apply one update per gradient to p = P0 and return p."""
    params = {"p": np.array(P0)}
    for g in grads:
        opt.update(params, {"p": np.array(g)})
    return params["p"]


def test_book_defaults() -> None:
    assert SGD().lr == 0.01
    assert (Momentum().lr, Momentum().momentum) == (0.01, 0.9)
    assert (Nesterov().lr, Nesterov().momentum) == (0.01, 0.9)
    assert AdaGrad().lr == 0.01
    assert (RMSProp().lr, RMSProp().decay_rate) == (0.01, 0.99)
    assert (Adam().lr, Adam().beta1, Adam().beta2) == (0.001, 0.9, 0.999)


def test_sgd_by_hand() -> None:
    np.testing.assert_allclose(run(SGD(lr=0.1), G1), [1.0 - 0.05, -2.0 - 0.025], rtol=1e-15)
    np.testing.assert_allclose(run(SGD(lr=0.1), G1, G2), [0.95 + 0.1, -2.025 - 0.2], rtol=1e-15)


def test_momentum_by_hand() -> None:
    # v1 = -lr·g1 = (-0.05, -0.025); p1 = p0 + v1
    np.testing.assert_allclose(run(Momentum(lr=0.1), G1), [0.95, -2.025], rtol=1e-15)
    # v2 = 0.9·v1 - lr·g2 = (-0.045 + 0.1, -0.0225 - 0.2) = (0.055, -0.2225)
    np.testing.assert_allclose(run(Momentum(lr=0.1), G1, G2), [0.95 + 0.055, -2.025 - 0.2225],
                               rtol=1e-14)


def test_nesterov_by_hand() -> None:
    # v1 = (-0.05, -0.025); p1 = p0 + 0.9·v1 - lr·g1 = p0 - 1.9·lr·g1
    np.testing.assert_allclose(run(Nesterov(lr=0.1), G1), [1.0 - 0.095, -2.0 - 0.0475],
                               rtol=1e-14)
    # v2 = (0.055, -0.2225); p2 = p1 + 0.9·v2 - lr·g2 = p1 + (0.0495 + 0.1, -0.20025 - 0.2)
    np.testing.assert_allclose(run(Nesterov(lr=0.1), G1, G2),
                               [0.905 + 0.1495, -2.0475 - 0.40025], rtol=1e-14)


def test_adagrad_by_hand() -> None:
    # h1 = g1²; p1 = p0 - lr·g1/(|g1| + eps)
    expected = [1.0 - 0.1 * 0.5 / (0.5 + EPS), -2.0 - 0.1 * 0.25 / (0.25 + EPS)]
    np.testing.assert_allclose(run(AdaGrad(lr=0.1), G1), expected, rtol=1e-15)
    # h2 = g1² + g2² = (1.25, 4.0625)
    second = [expected[0] + 0.1 * 1.0 / (math.sqrt(1.25) + EPS),
              expected[1] - 0.1 * 2.0 / (math.sqrt(4.0625) + EPS)]
    np.testing.assert_allclose(run(AdaGrad(lr=0.1), G1, G2), second, rtol=1e-12, atol=1e-15)


def test_rmsprop_by_hand() -> None:
    # h1 = 0.01·g1² = (0.0025, 0.000625); √h1 = (0.05, 0.025)
    expected = [1.0 - 0.1 * 0.5 / (0.05 + EPS), -2.0 - 0.1 * 0.25 / (0.025 + EPS)]
    np.testing.assert_allclose(run(RMSProp(lr=0.1), G1), expected, rtol=1e-12, atol=1e-15)
    # h2 = 0.99·h1 + 0.01·g2² = (0.012475, 0.04061875)
    second = [expected[0] + 0.1 * 1.0 / (math.sqrt(0.012475) + EPS),
              expected[1] - 0.1 * 2.0 / (math.sqrt(0.04061875) + EPS)]
    np.testing.assert_allclose(run(RMSProp(lr=0.1), G1, G2), second, rtol=1e-12, atol=1e-15)


def test_adam_by_hand() -> None:
    lr, b1, b2 = 0.1, 0.9, 0.999
    # Step 1: m = 0.1·g, v = 0.001·g², step size lr·√(1-b2)/(1-b1).
    m1 = [0.1 * 0.5, 0.1 * 0.25]
    v1 = [0.001 * 0.25, 0.001 * 0.0625]
    lr1 = lr * math.sqrt(1 - b2) / (1 - b1)
    p1 = [P0[k] - lr1 * m1[k] / (math.sqrt(v1[k]) + EPS) for k in range(2)]
    np.testing.assert_allclose(run(Adam(lr=lr), G1), p1, rtol=1e-14)
    # Adam's first step is about lr·sign(g), whatever the gradient's size.
    np.testing.assert_allclose(p1, [1.0 - lr, -2.0 - lr], rtol=1e-4)
    m2 = [b1 * m1[k] + (1 - b1) * G2[k] for k in range(2)]
    v2 = [b2 * v1[k] + (1 - b2) * G2[k] ** 2 for k in range(2)]
    lr2 = lr * math.sqrt(1 - b2 ** 2) / (1 - b1 ** 2)
    p2 = [p1[k] - lr2 * m2[k] / (math.sqrt(v2[k]) + EPS) for k in range(2)]
    np.testing.assert_allclose(run(Adam(lr=lr), G1, G2), p2, rtol=1e-14)


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_update_in_place_and_reset(name: str) -> None:
    opt = make_optimizer(name, lr=0.1)
    p = np.array(P0)
    params = {"p": p}
    opt.update(params, {"p": np.array(G1)})
    assert params["p"] is p  # the network's arrays (shared with its layers) must stay the same
    assert not np.array_equal(p, P0)
    second_without_reset = run_from(opt, p.copy())
    opt.reset()
    assert opt.state == {} and opt.t == 0
    fresh = make_optimizer(name, lr=0.1)
    np.testing.assert_array_equal(run_from(opt, np.array(P0)), run_from(fresh, np.array(P0)))
    if name != "SGD":  # stateful optimizers: a second step differs from a first one
        first_step = run_from(make_optimizer(name, lr=0.1), p.copy())
        assert not np.array_equal(second_without_reset, first_step)


def run_from(opt: Optimizer, p: np.ndarray) -> np.ndarray:
    opt.update({"p": p}, {"p": np.array(G1)})
    return p


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_keys_keep_separate_state_and_float32(name: str) -> None:
    opt = make_optimizer(name, lr=0.1)
    params = {"a": np.ones(3, dtype=np.float32), "b": np.ones((2, 2), dtype=np.float32)}
    grads = {"a": np.full(3, 0.5, dtype=np.float32), "b": np.full((2, 2), 0.5, dtype=np.float32)}
    for _ in range(3):
        opt.update(params, grads)
    assert params["a"].dtype == np.float32 and params["b"].dtype == np.float32
    np.testing.assert_allclose(params["a"], params["b"][0, 0], rtol=1e-6)
    assert set(opt.state) == {"a", "b"}


def test_every_optimizer_descends_a_bowl() -> None:
    for name, cls in OPTIMIZERS.items():
        opt = cls(lr=0.5 if name == "AdaGrad" else 0.05)  # AdaGrad's steps shrink as 1/√t
        params = {"w": np.array([3.0, -2.0])}
        for _ in range(200):
            opt.update(params, {"w": 2 * params["w"]})  # gradient of |w|²
        assert np.linalg.norm(params["w"]) < 0.5, name


def test_make_optimizer_and_registry() -> None:
    assert list(OPTIMIZERS) == ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"]
    assert isinstance(make_optimizer("adam"), Adam)
    assert make_optimizer("Adam").lr == 0.001
    assert make_optimizer("momentum", lr=0.5).lr == 0.5
    assert all(OPTIMIZERS[name].name == name for name in OPTIMIZERS)
    with pytest.raises(ValueError, match="unknown optimizer"):
        make_optimizer("LBFGS")
    assert repr(SGD(0.1)) == "SGD(lr=0.1)"


def test_nesterov_is_the_look_ahead_gradient_method_and_differs_from_momentum() -> None:
    """Nesterov's own form: v ← μ·v − lr·∇f(θ + μ·v), θ ← θ + v. The optimizer keeps p = θ + μ·v
    (Bengio et al.'s shifted variable), so its path, shifted back, must be that one; Momentum's
    path on the same valley must not be (the look-ahead damps the zig-zag)."""
    def grad(p: np.ndarray) -> np.ndarray:
        return np.array([p[0] / 10, 2 * p[1]])  # f = x²/20 + y², the book's valley

    lr, mu = 0.1, 0.9
    theta, v = np.array([-7.0, 2.0]), np.zeros(2)
    nesterov, momentum = Nesterov(lr=lr, momentum=mu), Momentum(lr=lr, momentum=mu)
    ours, mom = {"xy": theta.copy()}, {"xy": theta.copy()}
    for _ in range(40):
        v = mu * v - lr * grad(theta + mu * v)
        theta = theta + v
        nesterov.update(ours, {"xy": grad(ours["xy"])})
        momentum.update(mom, {"xy": grad(mom["xy"])})
        np.testing.assert_allclose(ours["xy"], theta + mu * v, rtol=1e-12, atol=1e-12)
    assert np.abs(mom["xy"] - ours["xy"]).max() > 0.1
