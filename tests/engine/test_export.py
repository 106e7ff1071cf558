"""Exported scripts and notebooks repeat the engine's own run, and carry no second engine."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import types

import nbformat
import numpy as np
import pytest

from nnlab.data import load_digits
from nnlab.export import Experiment, build_script, export_notebook, export_script
from nnlab.export.engine_source import engine_modules, module_source, top_level_names
from nnlab.export.experiment import encode_pixels, texts
from nnlab.network import NetSpec
from nnlab.run import OPTIMIZER_NAMES, TrainSettings, make_trainer

ITERATIONS = 50

# Runs the exported script in a fresh interpreter where importing nnlab fails, and prints its losses.
RUNNER = """
import json, runpy, sys
sys.modules["nnlab"] = None  # the script must not need the app
namespace = runpy.run_path(sys.argv[1])
history = namespace["run_experiment"](callbacks=())
print(json.dumps(history.losses))
"""


@pytest.fixture(scope="module")
def digits():
    return load_digits().subset(400)


def _experiment(digits, optimizer: str) -> Experiment:
    spec = NetSpec(digits.input_size, (20, 10), digits.n_classes, batch_norm=True, dropout=0.2,
                   weight_decay_l2=0.01, weight_decay_l1=0.001)
    settings = TrainSettings(optimizer, batch_size=32, iterations=ITERATIONS, seed=7)
    return Experiment(spec, settings, digits)


def _engine_losses(experiment: Experiment) -> list[float]:
    trainer = make_trainer(experiment.spec, experiment.settings, experiment.dataset)
    return trainer.run().losses


@pytest.mark.parametrize("optimizer", OPTIMIZER_NAMES)
def test_exported_script_repeats_the_engines_losses(digits, optimizer, tmp_path) -> None:
    experiment = _experiment(digits, optimizer)
    script, data_file = export_script(tmp_path / "run.py", experiment)
    assert data_file == tmp_path / "run_data.npz" and data_file.is_file()
    result = subprocess.run([sys.executable, "-c", RUNNER, str(script)], capture_output=True,
                            text=True, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout.strip().splitlines()[-1])
    expected = _engine_losses(experiment)
    assert len(exported) == len(expected) == ITERATIONS
    np.testing.assert_allclose(exported, expected, rtol=0, atol=1e-6)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_notebook_code_cells_in_order_repeat_the_engines_losses(digits, language, tmp_path,
                                                                 monkeypatch) -> None:
    experiment = _experiment(digits, "Momentum")
    path, _ = export_notebook(tmp_path / "run.ipynb", experiment, language)
    notebook = nbformat.read(str(path), as_version=4)
    nbformat.validate(notebook)
    code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    assert code[-1] == "history = run_experiment()"
    monkeypatch.chdir(tmp_path)  # a notebook runs in its own folder
    kernel = types.ModuleType("__notebook__")  # a kernel's namespace is a real module, like __main__
    monkeypatch.setitem(sys.modules, kernel.__name__, kernel)
    for source in code[:-1]:
        exec(compile(source, "<cell>", "exec"), kernel.__dict__)
    history = kernel.run_experiment(callbacks=())
    np.testing.assert_allclose(history.losses, _engine_losses(experiment), rtol=0, atol=1e-6)


def test_notebook_cells_are_the_scripts_code(digits, tmp_path) -> None:
    experiment = _experiment(digits, "SGD")
    script = build_script(experiment, "run.py")
    path, _ = export_notebook(tmp_path / "run.ipynb", experiment, "en")
    notebook = nbformat.read(str(path), as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code" and cell.source != "history = run_experiment()":
            assert cell.source in script


def test_notebook_explains_every_step_in_the_chosen_language(digits, tmp_path) -> None:
    path, _ = export_notebook(tmp_path / "run.ipynb", _experiment(digits, "Adam"), "ja")
    notebook = nbformat.read(str(path), as_version=4)
    markdown = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
    assert len(markdown) == 1 + sum(cell.cell_type == "code" for cell in notebook.cells) - 1
    assert all(any("\u3040" <= ch <= "\u30ff" for ch in text) for text in markdown), \
        "every explanation of a Japanese notebook is Japanese"


def test_script_holds_the_engines_source_and_imports_nothing_of_nnlab(digits) -> None:
    script = build_script(_experiment(digits, "Nesterov"))
    tree = ast.parse(script)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert not (node.module or "").startswith("nnlab")
        elif isinstance(node, ast.Import):
            assert not any(alias.name.startswith("nnlab") for alias in node.names)
    for name in engine_modules():
        assert module_source(name).body in script


def test_engine_modules_define_no_name_twice() -> None:
    seen: dict[str, str] = {}
    for name in engine_modules():
        for defined in top_level_names(module_source(name).body):
            assert defined not in seen, f"{defined} is defined in {seen.get(defined)} and {name}"
            seen[defined] = name


def test_every_exported_module_is_explained_in_both_languages() -> None:
    for language in ("en", "ja"):
        explained = texts(language)["modules"]
        missing = [name for name in engine_modules() if name not in explained]
        assert not missing, f"resources/export/{language}.json explains no {missing}"


def test_pixels_are_stored_as_integers_only_when_that_is_exact() -> None:
    pixels = np.arange(256, dtype=np.uint8).reshape(4, 64)
    x = pixels.astype(np.float32) / np.float32(255)
    stored, scale = encode_pixels(x)
    assert stored.dtype == np.uint8 and scale == 255.0
    noisy = x + np.float32(1e-3)
    stored, scale = encode_pixels(noisy)
    assert stored is noisy or np.array_equal(stored, noisy)
    assert scale == 0.0
