"""Every layer's backward against a central-difference gradient (float64), plus train/eval modes."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from nnlab.functions import cross_entropy_error, softmax
from nnlab.layers import Affine, BatchNormalization, Dropout, LeakyRelu, Relu, Sigmoid, SoftmaxWithLoss, Tanh

H = 1e-5
TOL = 1e-6


def numeric_grad(f: Callable[[], float], a: np.ndarray, h: float = H) -> np.ndarray:
    """Central differences of f() with respect to every entry of a (perturbed in place)."""
    grad = np.zeros_like(a)
    for idx in np.ndindex(a.shape):
        keep = a[idx]
        a[idx] = keep + h
        plus = f()
        a[idx] = keep - h
        minus = f()
        a[idx] = keep
        grad[idx] = (plus - minus) / (2 * h)
    return grad


def rel_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """Largest difference relative to the gradient's scale."""
    scale = max(np.abs(analytic).max(), np.abs(numeric).max(), 1e-8)
    return float(np.abs(analytic - numeric).max() / scale)


def check_layer(layer, x: np.ndarray, params: dict[str, np.ndarray] | None = None,
                train: bool = True, seed: int = 1) -> None:
    """Backward of a projection sum(forward(x)·R) against numerical gradients of x and params."""
    R = np.random.default_rng(seed).standard_normal(layer.forward(x.copy(), train).shape)

    def f() -> float:
        return float(np.sum(layer.forward(x, train) * R))

    layer.forward(x, train)
    dx = layer.backward(R.copy())  # copy: ReLU writes into its dout
    analytic = {"x": dx} | {name: grad.copy() for name, grad in layer.grads.items()}
    assert rel_error(analytic["x"], numeric_grad(f, x)) < TOL
    for name, array in (params or {}).items():
        assert rel_error(analytic[name], numeric_grad(f, array)) < TOL, name


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(0)


def away_from_zero(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Random values with |x| >= 0.1, so a difference quotient never straddles a kink."""
    x = rng.uniform(0.1, 2.0, shape)
    return x * rng.choice([-1.0, 1.0], shape)


def test_affine_gradients(rng: np.random.Generator) -> None:
    W, b = rng.standard_normal((4, 3)), rng.standard_normal(3)
    layer = Affine(W, b)
    check_layer(layer, rng.standard_normal((5, 4)), {"W": W, "b": b})


def test_affine_flattens_images_and_restores_shape(rng: np.random.Generator) -> None:
    W, b = rng.standard_normal((6, 2)), np.zeros(2)
    layer = Affine(W, b)
    x = rng.standard_normal((3, 2, 3))
    y = layer.forward(x)
    np.testing.assert_allclose(y, x.reshape(3, 6) @ W)
    assert layer.backward(np.ones((3, 2))).shape == (3, 2, 3)
    check_layer(layer, x, {"W": W})
    assert repr(layer) == "Affine(6, 2)"


def test_affine_without_dx_still_gives_weight_gradients(rng: np.random.Generator) -> None:
    W, b = rng.standard_normal((3, 2)), np.zeros(2)
    layer = Affine(W, b)
    layer.compute_dx = False
    x = rng.standard_normal((4, 3))
    layer.forward(x)
    assert layer.backward(np.ones((4, 2))) is None
    np.testing.assert_allclose(layer.dW, x.T @ np.ones((4, 2)))
    np.testing.assert_allclose(layer.db, [4.0, 4.0])


@pytest.mark.parametrize("make", [Relu, Sigmoid, Tanh, LeakyRelu, lambda: LeakyRelu(0.2)],
                         ids=["relu", "sigmoid", "tanh", "leaky_relu", "leaky_relu_0.2"])
def test_activation_layer_gradients(make, rng: np.random.Generator) -> None:
    check_layer(make(), away_from_zero(rng, (4, 5)))


def test_relu_blocks_negative_inputs_and_their_gradients() -> None:
    layer = Relu()
    y = layer.forward(np.array([[-1.0, 2.0], [3.0, -4.0]]))
    np.testing.assert_array_equal(y, [[0, 2], [3, 0]])
    np.testing.assert_array_equal(layer.backward(np.ones((2, 2))), [[0, 1], [1, 0]])


def test_sigmoid_backward_uses_output() -> None:
    layer = Sigmoid()
    y = layer.forward(np.array([[0.0]]))
    assert y[0, 0] == 0.5
    assert layer.backward(np.array([[1.0]]))[0, 0] == pytest.approx(0.25)


def test_dropout_with_fixed_mask_gradient(rng: np.random.Generator) -> None:
    layer = Dropout(0.5, rng)
    layer.set_mask(np.array([[True, False, True], [False, True, True]]))
    x = rng.standard_normal((2, 3))
    y = layer.forward(x, train=True)
    np.testing.assert_array_equal(y, x * layer.mask)
    check_layer(layer, x)


def test_dropout_train_drops_about_ratio_and_eval_scales() -> None:
    layer = Dropout(0.3, np.random.default_rng(5))
    x = np.ones((200, 50))
    y = layer.forward(x, train=True)
    assert set(np.unique(y)) == {0.0, 1.0}
    assert abs((y == 0).mean() - 0.3) < 0.02
    np.testing.assert_array_equal(layer.backward(np.ones_like(x)), y)
    np.testing.assert_allclose(layer.forward(x, train=False), 0.7)
    first = layer.forward(x, train=True)
    second = layer.forward(x, train=True)
    assert not np.array_equal(first, second)  # a fresh mask every training pass


def test_dropout_same_seed_same_mask_and_bad_ratio() -> None:
    x = np.ones((4, 6))
    a = Dropout(0.5, np.random.default_rng(7)).forward(x)
    b = Dropout(0.5, np.random.default_rng(7)).forward(x)
    np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError):
        Dropout(1.0)


def make_bn(rng: np.random.Generator, n: int = 3) -> tuple[BatchNormalization, dict]:
    gamma = rng.uniform(0.5, 1.5, n)
    beta = rng.standard_normal(n)
    return BatchNormalization(gamma, beta), {"gamma": gamma, "beta": beta}


def test_batchnorm_train_gradients(rng: np.random.Generator) -> None:
    layer, params = make_bn(rng)
    check_layer(layer, rng.standard_normal((6, 3)) * 2 + 1, params, train=True)


def test_batchnorm_eval_gradients(rng: np.random.Generator) -> None:
    layer, params = make_bn(rng)
    layer.running_mean[:] = [0.5, -0.2, 0.1]
    layer.running_var[:] = [2.0, 0.5, 1.5]
    check_layer(layer, rng.standard_normal((4, 3)), params, train=False)


def test_batchnorm_normalises_in_training(rng: np.random.Generator) -> None:
    layer = BatchNormalization(np.ones(4), np.zeros(4))
    y = layer.forward(rng.standard_normal((50, 4)) * 3 + 5, train=True)
    np.testing.assert_allclose(y.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(y.std(axis=0), 1, atol=1e-5)


def test_batchnorm_running_statistics(rng: np.random.Generator) -> None:
    layer = BatchNormalization(np.full(2, 2.0), np.full(2, 0.5), momentum=0.9)
    x = rng.standard_normal((8, 2)) * [1.0, 3.0] + [4.0, -1.0]
    layer.forward(x, train=True)
    np.testing.assert_allclose(layer.running_mean, 0.1 * x.mean(axis=0))
    np.testing.assert_allclose(layer.running_var, 0.9 + 0.1 * x.var(axis=0))
    layer.forward(x, train=True)
    np.testing.assert_allclose(layer.running_mean, 0.19 * x.mean(axis=0))
    before = (layer.running_mean.copy(), layer.running_var.copy())
    y = layer.forward(x, train=False)  # evaluation: uses, and never moves, the running averages
    expected = 2.0 * (x - before[0]) / np.sqrt(before[1] + layer.eps) + 0.5
    np.testing.assert_allclose(y, expected)
    np.testing.assert_array_equal(layer.running_mean, before[0])
    np.testing.assert_array_equal(layer.running_var, before[1])


def test_softmax_with_loss_matches_functions(rng: np.random.Generator) -> None:
    x = rng.standard_normal((4, 3))
    labels = np.array([2, 0, 1, 1])
    layer = SoftmaxWithLoss()
    loss = layer.forward(x, labels)
    np.testing.assert_allclose(layer.y, softmax(x), rtol=1e-12)
    # The layer computes log-softmax exactly; the function adds the 1e-7 guard.
    assert loss == pytest.approx(cross_entropy_error(softmax(x), labels), abs=1e-6)
    assert SoftmaxWithLoss().forward(x, np.eye(3)[labels]) == pytest.approx(loss, rel=1e-12)


@pytest.mark.parametrize("one_hot", [False, True])
def test_softmax_with_loss_gradient(one_hot: bool, rng: np.random.Generator) -> None:
    x = rng.standard_normal((5, 4))
    labels = np.array([0, 3, 1, 2, 3])
    t = np.eye(4)[labels] if one_hot else labels
    layer = SoftmaxWithLoss()
    layer.forward(x, t)
    dx = layer.backward(1.0)
    np.testing.assert_allclose(dx, (softmax(x) - np.eye(4)[labels]) / 5, rtol=1e-12)
    numeric = numeric_grad(lambda: SoftmaxWithLoss().forward(x, t), x)
    assert rel_error(dx, numeric) < TOL
    np.testing.assert_allclose(layer.backward(2.0), 2 * dx)


def test_softmax_with_loss_is_finite_for_huge_scores() -> None:
    layer = SoftmaxWithLoss()
    loss = layer.forward(np.array([[1000.0, -1000.0], [-1000.0, 1000.0]]), np.array([1, 1]))
    assert np.isfinite(loss)
    assert loss == pytest.approx(1000.0)  # (2000 + 0) / 2
    assert np.all(np.isfinite(layer.backward()))


def test_layers_keep_float32() -> None:
    x = np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32)
    W = np.ones((4, 2), dtype=np.float32)
    b = np.zeros(2, dtype=np.float32)
    for layer in (Affine(W, b), Relu(), Sigmoid(), Tanh(), LeakyRelu(), Dropout(0.5),
                  BatchNormalization(np.ones(4, np.float32), np.zeros(4, np.float32))):
        y = layer.forward(x.copy(), True)
        assert y.dtype == np.float32, layer
        assert layer.backward(np.ones_like(y)).dtype == np.float32, layer
    last = SoftmaxWithLoss()
    last.forward(x, np.array([0, 1, 2]))
    assert last.backward().dtype == np.float32


def test_reprs() -> None:
    assert repr(Relu()) == "Relu()"
    assert repr(Dropout(0.25)) == "Dropout(0.25)"
    assert repr(BatchNormalization(np.ones(7), np.zeros(7))) == "BatchNormalization(7)"
    assert repr(LeakyRelu(0.1)) == "LeakyRelu(0.1)"
