"""The forward-pass lesson's engine side: the fixed-weight steps, their formulas and shapes."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.functions import identity, sigmoid
from nnlab.lesson_math import fixed_weight_example, fixed_weight_params, fixed_weight_steps, forward_steps

BOOK_Y = [0.31682708, 0.69627909]  # the book's printed result for x = [1.0, 0.5]


def test_fixed_weight_steps_give_the_books_output_layer_by_layer() -> None:
    steps = fixed_weight_steps([1.0, 0.5])
    values = {s.name: s.value for s in steps}
    assert list(values) == ["x", "a1", "z1", "a2", "z2", "a3", "y"]
    np.testing.assert_allclose(values["a1"], [0.3, 0.7, 1.1], rtol=1e-12)
    np.testing.assert_allclose(values["z1"], 1 / (1 + np.exp(-np.array([0.3, 0.7, 1.1]))))
    np.testing.assert_allclose(values["y"], BOOK_Y, atol=1e-8)
    np.testing.assert_array_equal(values["y"], values["a3"])  # identity output


@pytest.mark.parametrize("output", ["identity", "sigmoid"])
def test_fixed_weight_steps_agree_with_the_network(output: str) -> None:
    example = fixed_weight_example(output)
    steps = fixed_weight_steps(example.x, output)
    np.testing.assert_allclose(steps[-1].value, example.y, rtol=1e-12)


def test_sigmoid_output_squashes_a3() -> None:
    steps = fixed_weight_steps([1.0, 0.5], "sigmoid")
    np.testing.assert_allclose(steps[-1].value, [0.57855079, 0.66736228], atol=1e-8)
    np.testing.assert_allclose(steps[-1].value, sigmoid(np.array(BOOK_Y)), rtol=1e-7)


def test_formulas_name_the_functions_used() -> None:
    formulas = [s.formula for s in fixed_weight_steps([1.0, 0.5])]
    assert formulas == ["x", "a1 = x·W1 + b1", "z1 = sigmoid(a1)", "a2 = z1·W2 + b2",
                        "z2 = sigmoid(a2)", "a3 = z2·W3 + b3", "y = identity(a3)"]
    assert fixed_weight_steps([1.0, 0.5], "sigmoid")[-1].formula == "y = sigmoid(a3)"
    lam = forward_steps(np.ones(2), fixed_weight_params(), lambda a: a, identity)
    assert lam[2].formula == "z1 = h(a1)"


def test_another_input_changes_every_value_but_no_shape() -> None:
    before = fixed_weight_steps([1.0, 0.5])
    after = fixed_weight_steps([-0.4, 1.2])
    for old, new in zip(before[1:], after[1:], strict=True):
        assert old.value.shape == new.value.shape
        assert not np.allclose(old.value, new.value)
    np.testing.assert_allclose(after[1].value, np.array([-0.4, 1.2]) @ fixed_weight_params()["W1"]
                               + fixed_weight_params()["b1"])


def test_a_batch_gives_one_row_per_sample() -> None:
    x = np.array([[1.0, 0.5], [0.0, 0.0], [2.0, -1.0]])  # (N, 2)
    batch = fixed_weight_steps(x)
    shapes = [s.value.shape for s in batch]
    assert shapes == [(3, 2), (3, 3), (3, 3), (3, 2), (3, 2), (3, 2), (3, 2)]
    np.testing.assert_allclose(batch[-1].value[0], BOOK_Y, atol=1e-8)


def test_params_are_fresh_copies_with_the_books_shapes() -> None:
    params = fixed_weight_params()
    assert {k: v.shape for k, v in params.items()} == {
        "W1": (2, 3), "b1": (3,), "W2": (3, 2), "b2": (2,), "W3": (2, 2), "b3": (2,)}
    params["W1"][0, 0] = 99.0
    assert fixed_weight_params()["W1"][0, 0] == 0.1


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        fixed_weight_steps([1.0, 0.5], "softmax")
    with pytest.raises(ValueError):
        fixed_weight_steps([1.0, 0.5, 0.2])
