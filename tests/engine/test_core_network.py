"""MultiLayerNet and NetSpec: backprop vs numerical gradient for every option, spec round trip."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from nnlab.functions import sigmoid
from nnlab.layers import BatchNormalization, Dropout
from nnlab.lesson_math import fixed_weight_example
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.network_description import describe

TOL = 1e-6


def rel_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """Largest difference relative to the gradient's scale.

    The floor keeps round-off (about 1e-11 here) from counting when the true gradient is 0,
    as for a bias right before batch norm.
    """
    scale = max(np.abs(analytic).max(), np.abs(numeric).max(), 1e-4)
    return float(np.abs(analytic - numeric).max() / scale)


def tiny_batch(spec: NetSpec, n: int = 4, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, spec.input_size))
    t = rng.integers(0, spec.output_size, n)
    return x, t


def assert_backprop_matches(spec: NetSpec, seed: int = 0) -> None:
    net = MultiLayerNet(spec, np.random.default_rng(seed))
    # Random biases: with all biases 0 a dead unit's input can sit exactly on ReLU's kink.
    rng = np.random.default_rng(seed + 100)
    net.set_params({k: rng.normal(0, 0.3, v.shape) for k, v in net.params.items()
                    if k.startswith(("b", "beta"))})
    x, t = tiny_batch(spec)
    with net.frozen_dropout():  # the numerical passes reuse the backprop pass's dropout mask
        analytic = {k: v.copy() for k, v in net.gradient(x, t).items()}
        numeric = net.numerical_gradient(x, t, h=1e-5)
    assert set(analytic) == set(net.params) == set(numeric)
    for key in analytic:
        assert analytic[key].shape == net.params[key].shape
        assert rel_error(analytic[key], numeric[key]) < TOL, key


BASE = dict(input_size=3, output_size=3, dtype="float64")


@pytest.mark.parametrize("hidden", [(), (4,), (4, 3), (3, 3, 2)])
def test_backprop_any_depth(hidden: tuple[int, ...]) -> None:
    assert_backprop_matches(NetSpec(hidden=hidden, **BASE))


@pytest.mark.parametrize("activation", ["relu", "sigmoid", "tanh", "leaky_relu", "identity"])
def test_backprop_every_activation(activation: str) -> None:
    assert_backprop_matches(NetSpec(hidden=(4, 3), activation=activation, **BASE))


@pytest.mark.parametrize("init", ["he", "xavier", "std:0.5"])
def test_backprop_every_init(init: str) -> None:
    assert_backprop_matches(NetSpec(hidden=(4,), init=init, activation="tanh", **BASE))


def test_backprop_with_batch_norm() -> None:
    assert_backprop_matches(NetSpec(hidden=(4, 3), batch_norm=True, activation="tanh", **BASE))


def test_backprop_with_dropout() -> None:
    assert_backprop_matches(NetSpec(hidden=(5, 4), dropout=0.3, activation="sigmoid", **BASE))


@pytest.mark.parametrize("l2, l1", [(0.1, 0.0), (0.0, 0.05), (0.2, 0.1)])
def test_backprop_with_weight_decay(l2: float, l1: float) -> None:
    assert_backprop_matches(NetSpec(hidden=(4,), activation="tanh", weight_decay_l2=l2,
                                    weight_decay_l1=l1, **BASE))


def test_backprop_with_everything_on() -> None:
    assert_backprop_matches(NetSpec(hidden=(5, 4), activation="tanh", batch_norm=True,
                                    dropout=0.2, weight_decay_l2=0.05, weight_decay_l1=0.01,
                                    **BASE))


def test_input_gradient_matches_numerical() -> None:
    spec = NetSpec(hidden=(4,), activation="tanh", **BASE)
    net = MultiLayerNet(spec, np.random.default_rng(1))
    x, t = tiny_batch(spec)
    analytic = net.input_gradient(x, t)
    numeric = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        keep = x[idx]
        x[idx] = keep + 1e-5
        plus = net.loss(x, t)
        x[idx] = keep - 1e-5
        minus = net.loss(x, t)
        x[idx] = keep
        numeric[idx] = (plus - minus) / 2e-5
    assert rel_error(analytic, numeric) < TOL


def test_weight_decay_terms_in_the_loss() -> None:
    spec = NetSpec(hidden=(4,), **BASE)
    x, t = tiny_batch(spec)
    plain = MultiLayerNet(spec, np.random.default_rng(2))
    W = [plain.params["W1"], plain.params["W2"]]
    for kind, lam, term in (("weight_decay_l2", 0.3, sum(0.5 * 0.3 * (w ** 2).sum() for w in W)),
                            ("weight_decay_l1", 0.2, sum(0.2 * np.abs(w).sum() for w in W))):
        decayed = MultiLayerNet(NetSpec(hidden=(4,), **{kind: lam}, **BASE),
                                params=plain.params)
        assert decayed.loss(x, t) - plain.loss(x, t) == pytest.approx(term, rel=1e-12)


def test_layer_order_and_params() -> None:
    net = MultiLayerNet(NetSpec(5, (4, 3), 2, batch_norm=True, dropout=0.1),
                        np.random.default_rng(0))
    assert net.layer_names == ["Affine1", "BatchNorm1", "Activation1", "Dropout1",
                               "Affine2", "BatchNorm2", "Activation2", "Dropout2", "Affine3"]
    assert list(net.params) == ["W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2",
                                "W3", "b3"]
    assert net.n_affine == 3
    assert net.params["W2"].shape == (4, 3) and net.params["b3"].shape == (2,)
    assert all(v.dtype == np.float32 for v in net.params.values())  # float32 by default
    assert repr(net) == "MultiLayerNet(5-4-3-2 relu +BN dropout 0.1)"


@pytest.mark.parametrize("init, expected", [("he", math.sqrt(2 / 400)),
                                            ("xavier", math.sqrt(1 / 400)),
                                            ("std:0.01", 0.01)])
def test_initial_weight_scale(init: str, expected: float) -> None:
    net = MultiLayerNet(NetSpec(400, (300,), 2, init=init), np.random.default_rng(0))
    assert net.params["W1"].std() == pytest.approx(expected, rel=0.02)
    assert net.params["W1"].mean() == pytest.approx(0.0, abs=expected * 0.02)
    np.testing.assert_array_equal(net.params["b1"], 0.0)


def test_same_seed_same_net_in_both_dtypes() -> None:
    spec = NetSpec(6, (5,), 3)
    a = MultiLayerNet(spec, np.random.default_rng(9))
    b = MultiLayerNet(spec, np.random.default_rng(9))
    c = MultiLayerNet(NetSpec(6, (5,), 3, dtype="float64"), np.random.default_rng(9))
    for key in a.params:
        np.testing.assert_array_equal(a.params[key], b.params[key])
        np.testing.assert_array_equal(a.params[key], c.params[key].astype(np.float32))
    other = MultiLayerNet(spec, np.random.default_rng(10))
    assert not np.array_equal(a.params["W1"], other.params["W1"])


def test_params_are_shared_with_the_layers() -> None:
    net = MultiLayerNet(NetSpec(2, (), 2, dtype="float64"), np.random.default_rng(0))
    x = np.array([[1.0, 2.0]])
    net.params["W1"][...] = [[1.0, 0.0], [0.0, 1.0]]
    net.params["b1"] += 0.5
    np.testing.assert_allclose(net.predict(x), [[1.5, 2.5]])


def test_accuracy_with_labels_one_hot_and_chunks() -> None:
    net = MultiLayerNet(NetSpec(2, (), 2, dtype="float64"), np.random.default_rng(0))
    net.set_params({"W1": np.eye(2), "b1": np.zeros(2)})
    x = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 1.0], [0.0, 3.0], [5.0, 4.0]])
    labels = np.array([0, 1, 1, 1, 0])  # the third is predicted as 0: 4 of 5 right
    assert net.accuracy(x, labels) == pytest.approx(0.8)
    assert net.accuracy(x, np.eye(2)[labels]) == pytest.approx(0.8)
    assert net.accuracy(x, labels, batch_size=2) == pytest.approx(0.8)
    with pytest.raises(ValueError):
        net.accuracy(x[:0], labels[:0])


def test_set_params_checks_shapes_and_names() -> None:
    net = MultiLayerNet(NetSpec(3, (2,), 2), np.random.default_rng(0))
    with pytest.raises(ValueError, match="W1"):
        net.set_params({"W1": np.zeros((2, 3))})
    with pytest.raises(KeyError):
        net.set_params({"W9": np.zeros((2, 3))})
    W1 = net.params["W1"]
    net.set_params({"W1": np.full((3, 2), 0.25)})
    assert net.params["W1"] is W1 and np.all(W1 == 0.25)


def test_batch_norm_running_stats_train_vs_eval() -> None:
    spec = NetSpec(3, (4,), 2, batch_norm=True, dtype="float64")
    net = MultiLayerNet(spec, np.random.default_rng(0))
    x, t = tiny_batch(spec, n=8)
    before = net.running_stats()
    np.testing.assert_array_equal(before["running_mean1"], 0.0)
    np.testing.assert_array_equal(before["running_var1"], 1.0)
    y_eval = net.predict(x, train=False)
    net.loss(x, t, train=False)
    np.testing.assert_array_equal(net.running_stats()["running_mean1"], 0.0)  # eval: unchanged
    net.numerical_gradient(x, t)  # thousands of training passes must not move them either
    np.testing.assert_array_equal(net.running_stats()["running_mean1"], 0.0)
    net.loss(x, t, train=True)
    moved = net.running_stats()
    assert not np.allclose(moved["running_mean1"], 0.0)
    assert not np.allclose(net.predict(x, train=False), y_eval)
    net.set_running_stats(before)
    np.testing.assert_allclose(net.predict(x, train=False), y_eval)


def test_dropout_only_in_training() -> None:
    spec = NetSpec(4, (50,), 3, dropout=0.5, dtype="float64")
    net = MultiLayerNet(spec, np.random.default_rng(0))
    x, _ = tiny_batch(spec)
    np.testing.assert_array_equal(net.predict(x), net.predict(x))  # eval: deterministic
    assert not np.allclose(net.predict(x, train=True), net.predict(x, train=True))
    assert len([layer for layer in net.layers if isinstance(layer, Dropout)]) == 1
    assert len([layer for layer in net.layers if isinstance(layer, BatchNormalization)]) == 0


def test_loss_and_gradient_equals_separate_calls() -> None:
    spec = NetSpec(3, (4,), 3, dtype="float64")
    net = MultiLayerNet(spec, np.random.default_rng(0))
    x, t = tiny_batch(spec)
    loss, grads = net.loss_and_gradient(x, t)
    assert loss == net.loss(x, t)
    for key, g in net.gradient(x, t).items():
        np.testing.assert_array_equal(g, grads[key])


def test_float32_network_numerical_gradient_runs_in_float64() -> None:
    spec = NetSpec(3, (3,), 2, activation="tanh")
    net = MultiLayerNet(spec, np.random.default_rng(0))
    x, t = tiny_batch(spec)
    numeric = net.numerical_gradient(x, t)
    assert numeric["W1"].dtype == np.float64
    analytic = net.astype("float64").gradient(x, t)
    assert rel_error(analytic["W1"], numeric["W1"]) < TOL
    assert net.params["W1"].dtype == np.float32


def test_describe_summaries() -> None:
    net = MultiLayerNet(NetSpec(4, (3,), 2, activation="tanh"), np.random.default_rng(0))
    before = describe(net)
    assert [s.name for s in before] == ["Affine1", "Affine2"]
    assert [(s.n_in, s.n_out, s.activation) for s in before] == [(4, 3, "tanh"), (3, 2, "softmax")]
    assert math.isnan(before[0].grad_norm) and math.isnan(before[0].activation_mean)
    assert before[0].weights is None
    x, t = tiny_batch(net.spec, n=5)
    grads = net.gradient(x, t)
    after = describe(net, x, include_arrays=True)
    assert after[0].grad_norm == pytest.approx(float(np.linalg.norm(grads["W1"])))
    assert after[0].activations.shape == (5, 3)
    np.testing.assert_allclose(after[1].activations.sum(axis=1), 1.0, rtol=1e-6)  # softmax rows
    after[0].weights[...] = 99.0  # a copy: the network is untouched
    assert not np.any(net.params["W1"] == 99.0)


def test_spec_round_trip_and_label() -> None:
    spec = NetSpec(784, (100, 50), 10, activation="tanh", init="std:0.01", batch_norm=True,
                   dropout=0.2, weight_decay_l2=0.01, weight_decay_l1=0.001, dtype="float64")
    d = json.loads(json.dumps(spec.to_dict()))
    assert d["hidden"] == [100, 50]
    assert NetSpec.from_dict(d) == spec
    assert NetSpec(784, [50], 10).hidden == (50,)
    assert NetSpec(784, (50,), 10).label() == "784-50-10 relu"
    assert spec.label() == "784-100-50-10 tanh +BN dropout 0.2 L2 0.01 L1 0.001"


@pytest.mark.parametrize("bad", [{"unknown": 1}, {"input_size": None}])
def test_spec_from_bad_dict(bad: dict) -> None:
    d = NetSpec(4, (3,), 2).to_dict()
    if "unknown" in bad:
        d.update(bad)
    else:
        del d["input_size"]
    with pytest.raises(ValueError):
        NetSpec.from_dict(d)


@pytest.mark.parametrize("kwargs", [dict(activation="softplus"), dict(init="gauss"),
                                    dict(init="std:-1"), dict(init="std:abc"),
                                    dict(dropout=1.0), dict(dropout=-0.1),
                                    dict(weight_decay_l2=-1.0), dict(dtype="float16"),
                                    dict(hidden=(0,)), dict(output_size=0)])
def test_spec_rejects_bad_values(kwargs: dict) -> None:
    args = dict(input_size=4, hidden=(3,), output_size=2) | kwargs
    with pytest.raises(ValueError):
        NetSpec(**args)


def test_fixed_weight_example_book_output() -> None:
    example = fixed_weight_example()
    np.testing.assert_array_equal(example.x, [1.0, 0.5])
    np.testing.assert_allclose(example.y, [0.31682708, 0.69627909], atol=1e-7)
    assert example.output == "identity"
    p = example.params
    np.testing.assert_array_equal(p["W3"], [[0.1, 0.3], [0.2, 0.4]])
    # The same numbers by hand, layer by layer.
    a1 = example.x @ p["W1"] + p["b1"]
    np.testing.assert_allclose(a1, [0.3, 0.7, 1.1])
    z2 = sigmoid(sigmoid(a1) @ p["W2"] + p["b2"])
    np.testing.assert_allclose(z2 @ p["W3"] + p["b3"], example.y, rtol=1e-12)
    assert example.net.spec.label() == "2-3-2-2 sigmoid"


def test_fixed_weight_example_sigmoid_output() -> None:
    example = fixed_weight_example("sigmoid")
    np.testing.assert_allclose(example.y, [0.57855079, 0.66736228], atol=1e-7)
    np.testing.assert_allclose(example.y, sigmoid(fixed_weight_example().y), rtol=1e-12)
    with pytest.raises(ValueError):
        fixed_weight_example("softmax")


def test_fixed_weight_example_agrees_with_the_lessons_step_by_step_pass() -> None:
    from nnlab.functions import identity
    from nnlab.lesson_math import forward_steps

    example = fixed_weight_example()
    steps = forward_steps(example.x, example.params, sigmoid, identity)
    assert [s.name for s in steps] == ["x", "a1", "z1", "a2", "z2", "a3", "y"]
    np.testing.assert_allclose(steps[-1].value, example.y, rtol=1e-12)
