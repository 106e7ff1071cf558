"""Computational graphs: the book's MulLayer/AddLayer shopping examples (ch. 5.3–5.4) and the chain rule."""

from __future__ import annotations

import pytest

from nnlab.computational_graph import (
    AddLayer,
    GraphRun,
    MulLayer,
    SquareLayer,
    apple_graph,
    chain_rule_graph,
    format_number,
    output_change,
    run_graph,
)


def test_layers_follow_the_local_rules():
    mul = MulLayer()
    assert mul.forward(3.0, 4.0) == 12.0
    assert mul.backward(2.0) == (8.0, 6.0)  # multiply swaps its inputs
    assert AddLayer().backward(2.5) == (2.5, 2.5)  # add passes the gradient through
    square = SquareLayer()
    assert square.forward(3.0) == 9.0 and square.backward(1.0) == (6.0,)


def test_book_buy_apple():
    run = run_graph("apple")
    shown = {edge: format_number(run.grads[edge]) for edge in ("apple", "apple_num", "tax")}
    assert format_number(run.values["price"]) == "220"
    assert shown == {"apple": "2.2", "apple_num": "110", "tax": "200"}


def test_book_buy_apple_orange():
    run = run_graph("apple_orange")
    assert format_number(run.values["price"]) == "715"
    shown = [format_number(run.grads[e]) for e in ("apple", "apple_num", "orange", "orange_num", "tax")]
    assert shown == ["2.2", "110", "3.3", "165", "650"]
    assert run.values["all_price"] == 650.0 and run.grads["all_price"] == pytest.approx(1.1)


def test_chain_rule_gives_2t_times_1():
    run = run_graph("chain_rule", x=3.0, y=-1.0)
    assert run.values["t"] == 2.0 and run.values["z"] == 4.0
    assert run.grads["x"] == run.grads["y"] == 4.0  # ∂z/∂x = 2t · 1


def test_steps_go_forward_in_order_then_backward_in_reverse():
    run = GraphRun(apple_graph(), {"apple": 150.0})
    assert run.total_steps == 4 and run.phase == "forward"
    assert run.values == {"apple": 150.0, "apple_num": 2.0, "tax": 1.1}
    first = run.step()
    assert (first.phase, first.node.name, first.values) == ("forward", "mul_apple", {"apple_price": 300.0})
    second = run.step()
    assert second.node.name == "mul_tax" and run.phase == "backward" and run.grads == {}
    third = run.step()
    assert third.phase == "backward" and third.node.name == "mul_tax"
    assert third.values == {"apple_price": 1.1, "tax": 300.0} and run.grads["price"] == 1.0
    fourth = run.step()
    assert fourth.node.name == "mul_apple" and set(fourth.values) == {"apple", "apple_num"}
    assert run.finished and run.phase == "done" and run.step() is None
    run.reset()
    assert run.done_steps == 0 and run.grads == {} and "price" not in run.values


def test_unknown_input_is_refused():
    with pytest.raises(KeyError):
        GraphRun(chain_rule_graph(), {"w": 1.0})


def test_raising_the_apple_price_by_one_yen_changes_the_total_by_its_derivative():
    change = output_change("apple", "apple", {"apple": 100.0, "apple_num": 2.0, "tax": 1.1})
    assert change == pytest.approx(2.2)
    assert output_change("apple_orange", "orange", {}) == pytest.approx(3.3)
