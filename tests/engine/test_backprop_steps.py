"""The backprop stepper: the values each layer records, and what the gradient check says of each mistake."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.backprop_mistakes import (
    MISSING_TRANSPOSE,
    MISTAKES,
    NO_BATCH_DIVIDE,
    RELU_FORGETS_MASK,
    SIGN_ERROR,
    applies_to,
    break_layers,
)
from nnlab.backprop_steps import BackpropStepper, image_example, toy_example
from nnlab.functions import sigmoid, softmax
from nnlab.layers import Affine, Relu, SoftmaxWithLoss


def by_step(stepper: BackpropStepper) -> dict[tuple[str, str], object]:
    return {(r.phase, r.layer): r for r in stepper.run_to_end()}


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
def test_records_match_the_rules_written_out(activation: str) -> None:
    ex = toy_example()
    x, t, p = ex.x, ex.t, ex.params
    a1 = x @ p["W1"] + p["b1"]
    z1 = np.maximum(a1, 0) if activation == "relu" else sigmoid(a1)
    a2 = z1 @ p["W2"] + p["b2"]
    y = softmax(a2)
    onehot = np.eye(2)[t]
    da2 = (y - onehot) / 2
    dz1 = da2 @ p["W2"].T
    da1 = dz1 * (a1 > 0) if activation == "relu" else dz1 * z1 * (1 - z1)

    stepper = BackpropStepper(ex, activation)
    assert stepper.n_steps == 8
    records = by_step(stepper)
    act = "Relu" if activation == "relu" else "Sigmoid"
    assert [r.layer for r in stepper.records] == ["Affine1", act, "Affine2", "SoftmaxWithLoss",
                                                  "SoftmaxWithLoss", "Affine2", act, "Affine1"]
    np.testing.assert_allclose(records["forward", "Affine1"].array("out"), a1)
    np.testing.assert_allclose(records["forward", act].array("out"), z1)
    np.testing.assert_allclose(records["forward", "SoftmaxWithLoss"].array("y"), y)
    assert stepper.loss == pytest.approx(-np.mean(np.log(y[[0, 1], t])))
    np.testing.assert_allclose(records["backward", "SoftmaxWithLoss"].array("dx"), da2)
    back2 = records["backward", "Affine2"]
    np.testing.assert_allclose(back2.array("dout"), da2)
    np.testing.assert_allclose(back2.array("dx"), dz1)
    np.testing.assert_allclose(back2.array("dW"), z1.T @ da2)
    np.testing.assert_allclose(back2.array("db"), da2.sum(axis=0))
    back_act = records["backward", act]
    np.testing.assert_allclose(back_act.array("dout"), dz1)  # kept although ReLU writes into it
    np.testing.assert_allclose(back_act.array("dx"), da1)
    if activation == "relu":
        np.testing.assert_array_equal(back_act.array("mask"), a1 > 0)
        assert not back_act.array("mask").all()  # the toy batch has negative inputs to ReLU
    back1 = records["backward", "Affine1"]
    np.testing.assert_allclose(back1.array("dW"), x.T @ da1)
    np.testing.assert_allclose(back1.array("dx"), da1 @ p["W1"].T)
    assert stepper.done() and stepper.step() is None


def test_reset_starts_again_and_the_example_is_not_changed() -> None:
    ex = toy_example()
    before = {k: v.copy() for k, v in ex.params.items()}
    stepper = BackpropStepper(ex)
    first = stepper.step()
    stepper.step()
    stepper.reset()
    assert stepper.position == 0 and not stepper.records
    again = stepper.step()
    np.testing.assert_array_equal(again.array("out"), first.array("out"))
    stepper.run_to_end()
    stepper.check()
    for key, value in before.items():
        np.testing.assert_array_equal(ex.params[key], value)


def test_check_in_the_middle_of_stepping_leaves_the_steps_right() -> None:
    plain = by_step(BackpropStepper(toy_example()))
    stepper = BackpropStepper(toy_example())
    for _ in range(5):
        stepper.step()
    stepper.check()
    stepper.run_to_end()
    for record in stepper.records:
        for name, value in record.arrays:
            np.testing.assert_allclose(value, plain[record.phase, record.layer].array(name))


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
def test_unbroken_backprop_agrees_with_the_numerical_gradient(activation: str) -> None:
    result = BackpropStepper(toy_example(), activation).check()
    assert [e.name for e in result.errors] == ["W1", "b1", "W2", "b2"]
    assert max(e.max_rel for e in result.errors) < 1e-8
    assert result.wrong() == [] and not result.failure


@pytest.mark.parametrize(("mistake", "wrong", "size"), [
    (MISSING_TRANSPOSE, ["W1"], None),
    (RELU_FORGETS_MASK, ["W1", "b1"], None),
    (NO_BATCH_DIVIDE, ["W1", "b1", "W2", "b2"], 0.5),  # twice the gradient: diff / max = 1/2
    (SIGN_ERROR, ["W1", "b1"], 2.0),  # -g against g: diff 2g over max |g|
])
def test_each_mistake_is_named_by_the_check(mistake: str, wrong: list[str], size: float | None) -> None:
    result = BackpropStepper(toy_example(), "relu", [mistake]).check()
    assert [e.name for e in result.wrong()] == wrong
    for e in result.wrong():
        assert e.max_rel > 0.1
        if size is not None:
            assert e.max_rel == pytest.approx(size)
    right = [e for e in result.errors if e.name not in wrong]
    assert all(e.max_rel < 1e-8 for e in right)


def test_the_forgotten_mask_does_not_apply_to_sigmoid() -> None:
    assert not applies_to(RELU_FORGETS_MASK, "sigmoid") and applies_to(SIGN_ERROR, "sigmoid")
    assert BackpropStepper(toy_example(), "sigmoid", [RELU_FORGETS_MASK]).check().wrong() == []


def test_mistakes_wrap_the_engine_layers_and_keep_forward() -> None:
    ex = toy_example()
    layers = [Affine(ex.params["W1"], ex.params["b1"]), Relu(), Affine(ex.params["W2"], ex.params["b2"])]
    broken, last = break_layers(layers, SoftmaxWithLoss(), MISTAKES)
    assert all(b.layer is a for a, b in zip(layers, broken, strict=True))
    assert last.mistake == NO_BATCH_DIVIDE and isinstance(last.layer, SoftmaxWithLoss)
    np.testing.assert_allclose(broken[0].forward(ex.x), layers[0].forward(ex.x))
    assert broken[0].W is ex.params["W1"]
    with pytest.raises(ValueError, match="unknown mistakes"):
        break_layers(layers, SoftmaxWithLoss(), ["typo"])


def test_missing_transpose_on_an_image_fails_with_numpys_shape_error() -> None:
    rng = np.random.default_rng(3)
    ex = image_example(rng.random(64), 5, (8, 8))
    assert ex.sizes == (64, 3, 10)
    result = BackpropStepper(ex, "relu", [MISSING_TRANSPOSE]).check()
    assert result.errors == [] and "not aligned" in result.failure
    stepper = BackpropStepper(ex, "relu", [MISSING_TRANSPOSE])
    records = stepper.run_to_end()
    assert records[-1].layer == "Affine1" and "not aligned" in records[-1].error
    assert stepper.done() and stepper.position == 8


def test_with_one_image_the_missing_batch_division_is_invisible() -> None:
    ex = image_example(np.linspace(0, 1, 64), 2, (8, 8))
    assert BackpropStepper(ex, "relu", [NO_BATCH_DIVIDE]).check().wrong() == []
    assert BackpropStepper(ex, "relu", [SIGN_ERROR]).check().wrong() != []
