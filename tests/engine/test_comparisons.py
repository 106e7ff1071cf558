"""Tests for nnlab.comparisons: the chapter-6 runs as rows of settings, their presets and results."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnlab.comparisons import (
    BOOK_WEIGHT_SCALES,
    PRESETS,
    RunSettings,
    Setup,
    best_run,
    make_trainer,
    new_run,
    parse_number,
    preset,
    same_as_saved,
    same_curves,
    scale_init,
    with_values,
)
from nnlab.data import load
from nnlab.experiments import REGULARISATIONS
from nnlab.network import MultiLayerNet
from nnlab.optimizers import Adam, Momentum, Nesterov, RMSProp
from nnlab.trainer import History


@pytest.fixture(scope="module")
def digits():
    return load("digits")


def rows(comparison: str, name: str) -> dict[str, RunSettings]:
    return {r.key: r for r in preset(comparison, name).runs}


def test_course_notes_optimizer_preset_is_the_notes_values() -> None:
    notes = preset("optimizers", "notes")
    assert (notes.setup.hidden, notes.setup.activation, notes.setup.iterations) == ((40, 20), "sigmoid", 1000)
    r = rows("optimizers", "notes")
    assert list(r) == ["SGD", "Momentum", "AdaGrad", "RMSProp", "Adam"]
    assert [r[k].lr for k in r] == [0.01, 0.3, 0.1, 0.01, 0.01]
    assert r["Momentum"].momentum == 0.9 and r["RMSProp"].rho == 0.99
    assert (r["Adam"].beta1, r["Adam"].beta2) == (0.9, 0.999)
    opt = r["RMSProp"].make_optimizer()
    assert isinstance(opt, RMSProp) and (opt.lr, opt.decay_rate) == (0.01, 0.99)
    adam = r["Adam"].make_optimizer()
    assert isinstance(adam, Adam) and (adam.lr, adam.beta1, adam.beta2) == (0.01, 0.9, 0.999)


def test_book_optimizer_preset_is_optimizer_compare_mnist() -> None:
    book = preset("optimizers", "book")
    assert book.setup.hidden == (100,) * 4 and book.setup.activation == "relu"
    assert (book.setup.batch_size, book.setup.iterations) == (128, 2000)
    assert {k: v.lr for k, v in rows("optimizers", "book").items()} == {
        "SGD": 0.01, "Momentum": 0.01, "AdaGrad": 0.01, "Adam": 0.001}
    assert all(v.init == "he" for v in rows("optimizers", "book").values())


def test_same_learning_rate_preset_is_every_optimizer_at_its_default() -> None:
    r = rows("optimizers", "same_lr")
    assert list(r) == ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"]
    assert {v.lr for k, v in r.items() if k != "Adam"} == {0.01} and r["Adam"].lr == 0.001


def test_overfitting_presets() -> None:
    notes = rows("overfitting", "notes")
    assert list(notes) == list(REGULARISATIONS)
    assert (notes["dropout_l1"].dropout, notes["dropout_l1"].l1) == (0.08, 0.004)
    assert notes["l2"].l2 == 0.1 and notes["none"] == RunSettings(key="none", label="no regularisation")
    same = rows("overfitting", "same_lr")
    assert (same["dropout_l1"].dropout, same["dropout_l1"].l1) == (0.15, 0.005)
    book = preset("overfitting", "book")
    assert book.setup.train_size == 300 and book.setup.hidden == (100,) * 6
    assert list(rows("overfitting", "book")) == ["none", "l2", "dropout"]  # the book has no L1 runs
    book_rows = rows("overfitting", "book")
    assert book_rows["dropout"].dropout == 0.2 and book_rows["l2"].l2 == 0.1


def test_every_preset_row_can_train_and_keys_are_unique() -> None:
    for comparison, presets in PRESETS.items():
        for p in presets.values():
            keys = [r.key for r in p.runs]
            assert len(set(keys)) == len(keys), (comparison, p.name)
            assert all(not r.problems() for r in p.runs), (comparison, p.name)


def test_batch_norm_runs_the_books_16_scales() -> None:
    np.testing.assert_allclose(BOOK_WEIGHT_SCALES, np.logspace(0, -4, 16))
    setup = preset("batch_norm", "book").setup
    assert len(setup.weight_scales) == 16 and setup.weight_scales[-1] == pytest.approx(1e-4)
    assert (setup.train_size, setup.batch_size, setup.iterations) == (1000, 100, 200)  # 20 epochs
    r = rows("batch_norm", "book")
    assert r["bn"].batch_norm and not r["plain"].batch_norm
    without = setup.spec(r["plain"], 64, 10, scale_init(0.01))
    with_bn = setup.spec(r["bn"], 64, 10, scale_init(0.01))
    assert without.hidden == (100,) * 5 and without.init == with_bn.init == "std:0.01"
    assert MultiLayerNet(with_bn, rng=np.random.default_rng(0)).params["W1"].std() == pytest.approx(
        0.01, rel=0.1)


@pytest.mark.parametrize(("field", "value"), [
    ("lr", 0.0), ("lr", -0.1), ("lr", math.nan), ("dropout", 1.0), ("dropout", 1.5),
    ("l2", -0.01), ("l1", -1.0), ("momentum", 1.0), ("beta2", -0.1)])
def test_impossible_values_are_named(field: str, value: float) -> None:
    run = with_values(RunSettings(key="a"), **{field: value})
    assert list(run.problems()) == [field]
    with pytest.raises(ValueError):
        make_trainer(run, Setup(hidden=(4,)), load("digits"))


def test_text_values_are_parsed_and_bad_text_is_not_a_number() -> None:
    assert parse_number(" 0,05 ") == 0.05 and math.isnan(parse_number("abc"))
    run = with_values(RunSettings(key="a"), lr="abc", dropout="0.5")
    assert math.isnan(run.lr) and run.dropout == 0.5 and list(run.problems()) == ["lr"]
    with pytest.raises(ValueError):
        with_values(run, colour="red")


def test_make_trainer_uses_the_rows_own_settings(digits) -> None:
    run = RunSettings(key="x", optimizer="Nesterov", lr=0.05, momentum=0.8, l2=0.01, dropout=0.3)
    setup = Setup(hidden=(20, 10), activation="sigmoid", batch_size=50, iterations=7, train_size=300)
    trainer = make_trainer(run, setup, digits)
    assert isinstance(trainer.optimizer, Nesterov)
    assert (trainer.optimizer.lr, trainer.optimizer.momentum) == (0.05, 0.8)
    spec = trainer.net.spec
    assert (spec.hidden, spec.activation, spec.weight_decay_l2, spec.dropout) == (
        (20, 10), "sigmoid", 0.01, 0.3)
    assert (trainer.train_size, trainer.batch_size, trainer.iterations) == (300, 50, 7)
    assert make_trainer(run, setup, digits, iterations=3).iterations == 3


def test_momentum_and_nesterov_runs_differ(digits) -> None:
    setup = preset("optimizers", "same_lr").setup
    histories = {}
    for name in ("Momentum", "Nesterov"):
        histories[name] = make_trainer(rows("optimizers", "same_lr")[name], setup, digits,
                                       iterations=30).run()
    assert histories["Momentum"].losses[0] == histories["Nesterov"].losses[0]  # the same start
    assert histories["Momentum"].losses[5:] != histories["Nesterov"].losses[5:]
    assert same_curves(histories) == {}


def test_engine_nesterov_is_the_lookahead_method() -> None:
    """Sutskever et al. 2013: v ← μv − lr·∇f(θ + μv); θ ← θ + v. The engine tracks θ + μv."""
    a, lr, mu = np.array([1.0, 10.0]), 0.05, 0.9

    def grad(p: np.ndarray) -> np.ndarray:  # f = ½ Σ a p²
        return a * p

    theta, v = np.array([1.0, -2.0]), np.zeros(2)
    engine = {"p": theta.copy()}
    opt = Nesterov(lr=lr, momentum=mu)
    for _ in range(20):
        v = mu * v - lr * grad(theta + mu * v)
        theta = theta + v
        opt.update(engine, {"p": grad(engine["p"])})
        np.testing.assert_allclose(engine["p"], theta + mu * v, rtol=1e-12)
    momentum = {"p": np.array([1.0, -2.0])}
    plain = Momentum(lr=lr, momentum=mu)
    for _ in range(20):
        plain.update(momentum, {"p": grad(momentum["p"])})
    assert not np.allclose(momentum["p"], engine["p"])


def test_best_run_counts_a_diverged_run_as_worst() -> None:
    good = History(test_acc=[0.5, 0.8], status="finished")
    better = History(test_acc=[0.9], status="finished")
    diverged = History(test_acc=[0.95], status="diverged")
    assert best_run({"a": good, "b": better}) == "b"
    assert best_run({"a": good, "d": diverged}) == "a"
    assert best_run({"d": diverged}) is None
    assert best_run({"a": good, "c": History(test_acc=[0.8], status="finished")}) == "a"  # tie: first


def test_same_curves_names_the_earlier_identical_run() -> None:
    one = History(losses=[2.0, 1.0], train_acc=[0.5], test_acc=[0.4])
    other = History(losses=[2.0, 1.5], train_acc=[0.5], test_acc=[0.4])
    assert same_curves({"a": one, "b": History(losses=[2.0, 1.0], train_acc=[0.5], test_acc=[0.4]),
                        "c": other}) == {"b": "a"}


def test_new_run_gets_an_unused_key() -> None:
    runs = list(preset("optimizers", "notes").runs)
    added = new_run(runs, runs[-1])
    assert added.key == "run 6" and added.optimizer == "Adam" and added.lr == 0.01
    assert new_run([*runs, added]).key == "run 7"


def test_a_run_describes_its_optimizer_and_regularisation() -> None:
    assert RunSettings(key="a", optimizer="SGD", lr=0.01).describe() == "SGD lr 0.01"
    assert RunSettings(key="b", optimizer="Adam", lr=0.001).describe() == "Adam lr 0.001 β 0.9/0.999"
    assert RunSettings(key="c", optimizer="Momentum", lr=0.3, l2=0.1, dropout=0.15).describe() == (
        "Momentum lr 0.3 μ 0.9, L2 λ 0.1, dropout 0.15")
    assert RunSettings(key="d", optimizer="RMSProp", l1=0.005).describe() == (
        "RMSProp lr 0.01 ρ 0.99, L1 λ 0.005")


def test_a_saved_run_is_matched_to_a_run_with_the_same_curves() -> None:
    from nnlab.run_store import SavedRun

    first = History(losses=[2.3, 1.1, float("nan")], train_acc=[0.5], test_acc=[0.4], status="diverged")
    other = History(losses=[2.3, 1.2], train_acc=[0.5], test_acc=[0.4])
    saved = SavedRun.from_history(first, name="", dataset="", n_classes=10, settings={})
    histories = {"other": other, "first": first}
    assert same_as_saved(saved.losses, saved.train_acc, saved.test_acc, histories) == "first"
    assert same_as_saved(saved.losses, saved.train_acc, saved.test_acc, {"other": other}) is None
    assert same_as_saved(saved.losses[:2], saved.train_acc, saved.test_acc, histories) is None
