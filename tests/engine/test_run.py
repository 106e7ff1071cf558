"""nnlab.run: the one recipe of a run (settings, default learning rates, parsing, the Trainer)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from nnlab.data import make_toy
from nnlab.network import NetSpec
from nnlab.optimizers import OPTIMIZERS
from nnlab.run import (
    DEFAULT_LEARNING_RATES,
    OPTIMIZER_NAMES,
    SettingsError,
    TrainSettings,
    fit_spec,
    fits_data,
    make_trainer,
    parse_learning_rate,
)


def test_every_optimizer_has_one_default_learning_rate() -> None:
    assert set(DEFAULT_LEARNING_RATES) == set(OPTIMIZERS) == set(OPTIMIZER_NAMES)
    assert DEFAULT_LEARNING_RATES["SGD"] == 0.1  # the book's chapter-4/5 training rate
    assert DEFAULT_LEARNING_RATES["Adam"] == 0.001  # the book's Adam default
    for name in ("Momentum", "Nesterov", "AdaGrad", "RMSProp"):
        assert DEFAULT_LEARNING_RATES[name] == 0.01


@pytest.mark.parametrize("optimizer", OPTIMIZER_NAMES)
def test_no_learning_rate_means_the_optimizers_default(optimizer) -> None:
    assert TrainSettings(optimizer).lr == DEFAULT_LEARNING_RATES[optimizer]
    assert TrainSettings(optimizer, lr=0.5).lr == 0.5


@pytest.mark.parametrize("text, value", [("0.1", 0.1), (" 1e-3 ", 0.001), ("0,05", 0.05)])
def test_learning_rates_are_parsed(text, value) -> None:
    assert parse_learning_rate(text) == value


@pytest.mark.parametrize("text", ["", "fast", "0", "-0.1", "nan", "inf", "1e999"])
def test_a_bad_learning_rate_is_an_error_not_a_fallback(text) -> None:
    with pytest.raises(SettingsError, match=r"learning rate|not a number"):
        parse_learning_rate(text)


@pytest.mark.parametrize("fields", [{"lr": 0.0}, {"lr": float("nan")}, {"optimizer": "Lion"},
                                    {"batch_size": 0}, {"iterations": -1}, {"sampling": "all"}])
def test_impossible_settings_are_refused(fields) -> None:
    with pytest.raises(SettingsError):
        TrainSettings(**fields)


def test_fit_spec_takes_the_sizes_from_the_data_and_keeps_a_fitting_spec() -> None:
    data = make_toy("spiral", seed=0)
    spec = NetSpec(784, (10,), 10)
    fitted = fit_spec(spec, data)
    assert (fitted.input_size, fitted.output_size) == (data.input_size, data.n_classes)
    assert fit_spec(fitted, data) is fitted


def test_fits_data_compares_the_inputs_and_the_classes() -> None:
    data = make_toy("xor", seed=0)
    assert fits_data(NetSpec(2, (9,), 2), data)
    assert not fits_data(NetSpec(64, (9,), 2), data)
    assert not fits_data(NetSpec(2, (9,), 3), data)


def test_one_seed_names_one_run() -> None:
    data = make_toy("moons", seed=1)
    spec = NetSpec(2, (8,), 2, dropout=0.1)
    settings = TrainSettings("Momentum", batch_size=16, iterations=40, seed=5)
    first = make_trainer(spec, settings, data).run().losses
    again = make_trainer(spec, settings, data).run().losses
    other = make_trainer(spec, TrainSettings("Momentum", batch_size=16, iterations=40, seed=6),
                         data).run().losses
    assert first == again
    assert not np.allclose(first, other)


def test_cli_exports_a_script_that_repeats_its_run(tmp_path) -> None:
    script, notebook = tmp_path / "run.py", tmp_path / "run.ipynb"
    cli = subprocess.run([sys.executable, "-m", "nnlab", "train", "--dataset", "xor",
                          "--iterations", "60", "--seed", "3", "--optimizer", "RMSProp",
                          "--json", "--no-progress", "--export-script", str(script),
                          "--export-notebook", str(notebook), "--export-lang", "ja"],
                         capture_output=True, text=True, timeout=300)
    assert cli.returncode == 0, cli.stderr
    metrics = json.loads(cli.stdout)
    assert notebook.is_file() and (tmp_path / "run_data.npz").is_file()
    exported = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                              cwd=tmp_path, timeout=300)
    assert exported.returncode == 0, exported.stderr
    last = exported.stdout.strip().splitlines()[-1]
    assert last == f"final test accuracy: {metrics['test_acc']:.4f}"
