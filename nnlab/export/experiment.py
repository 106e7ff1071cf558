"""An experiment as code: the engine's own source plus this run's settings and data.

:func:`code_cells` is the one description of an exported experiment; the script is its cells
joined, and the notebook puts a markdown explanation before each.  The data goes beside them in
an ``.npz`` file holding the arrays exactly as the engine trained on them, so an export repeats
the app's run to the last digit.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nnlab.export.engine_source import engine_modules, import_header, module_source
from nnlab.network import NetSpec
from nnlab.resources import resource_path
from nnlab.run import TrainSettings

LANGUAGES = ("en", "ja")
PIXEL_SCALES = (255.0, 16.0)  # MNIST-style and 8×8-digit images, stored as their integer pixels


@dataclass(frozen=True)
class CodeCell:
    """One piece of the exported program and the key of the text that explains it."""

    key: str     # "imports", "module:nnlab.layers", "settings", "data", "train"
    code: str


@dataclass(frozen=True)
class Experiment:
    """What an export reproduces: network, training settings and the data set's arrays."""

    spec: NetSpec
    settings: TrainSettings
    dataset: Any  # anything with name, x_train, t_train, x_test, t_test, n_classes

    def title(self) -> str:
        """One line naming the network, the data and the settings."""
        s = self.settings
        return (f"{self.spec.label()} on {self.dataset.name}, {s.label()}, batch {s.batch_size}, "
                f"{s.iterations} iterations, seed {s.seed}")


def texts(language: str) -> dict[str, Any]:
    """The explanations of an export in ``language`` ("en" or "ja")."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    return json.loads(resource_path("export", f"{language}.json").read_text(encoding="utf-8"))


def data_file_name(program: Path) -> str:
    """``experiment.py`` keeps its arrays in ``experiment_data.npz``."""
    return f"{program.stem}_data.npz"


def code_cells(experiment: Experiment, data_file: str) -> list[CodeCell]:
    """The exported program, cell by cell: imports, the engine modules, settings, data, training."""
    modules = engine_modules()
    cells = [CodeCell("imports", import_header(modules))]
    for name in modules:
        source = module_source(name)
        path = name.replace(".", "/") + ".py"
        cells.append(CodeCell(f"module:{name}", f"# ---- {path}: {source.summary}\n\n{source.body}"))
    spec, settings = experiment.spec.to_dict(), experiment.settings.to_dict()
    cells.append(CodeCell("settings", f"SPEC = NetSpec.from_dict({spec!r})\n"
                                      f"SETTINGS = TrainSettings(**{settings!r})\n"
                                      f"DATA_FILE = {data_file!r}\n"))
    cells.append(CodeCell("data", _DATA_CODE))
    cells.append(CodeCell("train", _TRAIN_CODE))
    return cells


_DATA_CODE = '''\
class ExperimentData:
    """The training and test arrays, exactly as nnlab trained on them."""

    def __init__(self, path):
        with np.load(path, allow_pickle=False) as f:
            scale = float(f["pixel_scale"])
            self.name = str(f["name"])
            self.n_classes = int(f["n_classes"])
            self.x_train, self.x_test = (self._pixels(f[key], scale) for key in ("x_train", "x_test"))
            self.t_train, self.t_test = f["t_train"], f["t_test"]
        self.input_size = int(np.prod(self.x_train.shape[1:]))

    @staticmethod
    def _pixels(x, scale):
        """Integer pixels stored to keep the file small become floats in [0, 1] again."""
        return x.astype(np.float32) / np.float32(scale) if scale else x


def data_path():
    """The data file beside this script (or beside the notebook, in its working folder)."""
    from pathlib import Path
    folder = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
    return folder / DATA_FILE
'''

_TRAIN_CODE = '''\
class PrintProgress(Callback):
    """One line per accuracy measurement."""

    def on_evaluate(self, epoch, logs):
        print(f"iteration {logs['iteration']}: loss {logs['loss']:.4f}, "
              f"train accuracy {logs['train_acc']:.4f}, test accuracy {logs['test_acc']:.4f}")


def run_experiment(callbacks=(PrintProgress(),)):
    """Train SPEC with SETTINGS on the data file; returns the History (losses, accuracies)."""
    data = ExperimentData(data_path())
    trainer = make_trainer(SPEC, SETTINGS, data, callbacks=callbacks)
    history = trainer.run()
    print(f"{history.status} after {history.iterations_done} iterations, "
          f"train accuracy {history.final_train_acc:.4f}")
    print(f"final test accuracy: {history.final_test_acc:.4f}")
    return history
'''

_SCRIPT_HEADER = '''\
#!/usr/bin/env python3
"""nnlab experiment exported {date}: {title}

Needs only NumPy. Run it with:  python {filename}
(keep {data_file} beside it). The classes below are nnlab's own engine, copied from its source,
so this trains exactly what the app trained: the same weights, mini-batches and losses.
"""
'''


def build_script(experiment: Experiment, filename: str = "experiment.py") -> str:
    """The text of the standalone script (the code cells, a header and a ``__main__`` guard)."""
    data_file = data_file_name(Path(filename))
    header = _SCRIPT_HEADER.format(date=_dt.date.today().isoformat(), title=experiment.title(),
                                   filename=filename, data_file=data_file)
    body = "\n\n".join(cell.code.rstrip("\n") for cell in code_cells(experiment, data_file))
    return f"{header}\n{body}\n\n\nif __name__ == \"__main__\":\n    run_experiment()\n"


def encode_pixels(x: np.ndarray) -> tuple[np.ndarray, float]:
    """(array to store, scale): integer pixels when ``x`` is exactly pixels / scale, else ``x``."""
    x = np.asarray(x)
    if x.dtype == np.float32 and x.size:
        for scale in PIXEL_SCALES:
            pixels = np.rint(x * np.float32(scale))
            if pixels.min() >= 0 and pixels.max() <= 255:
                stored = pixels.astype(np.uint8)
                if np.array_equal(stored.astype(np.float32) / np.float32(scale), x):
                    return stored, scale
    return x, 0.0


def write_data(path: Path, dataset: Any) -> Path:
    """Save the data set's arrays for an export (integer pixels where that is exact)."""
    x_train, scale = encode_pixels(dataset.x_train)
    x_test, test_scale = encode_pixels(dataset.x_test)
    if test_scale != scale:  # both halves must decode the same way
        x_train, x_test, scale = np.asarray(dataset.x_train), np.asarray(dataset.x_test), 0.0
    np.savez_compressed(path, x_train=x_train, x_test=x_test, t_train=np.asarray(dataset.t_train),
                        t_test=np.asarray(dataset.t_test), pixel_scale=np.float64(scale),
                        n_classes=np.int64(dataset.n_classes), name=np.str_(dataset.name))
    return path


def export_script(path: str | Path, experiment: Experiment) -> tuple[Path, Path]:
    """Write ``path`` (.py) and its data file beside it; returns both paths."""
    path = Path(path)
    if path.suffix != ".py":
        path = path.with_suffix(".py")
    data = write_data(path.with_name(data_file_name(path)), experiment.dataset)
    path.write_text(build_script(experiment, path.name), encoding="utf-8")
    return path, data
