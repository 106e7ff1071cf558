"""The exported experiment as a Jupyter notebook: each code cell after its explanation.

The code cells are :func:`nnlab.export.experiment.code_cells` (the same code as the script); the
markdown cells come from ``resources/export/<language>.json``, so the notebook reads in the
language the learner uses the app in.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import nbformat
from nbformat import v4

from nnlab.export.experiment import Experiment, code_cells, data_file_name, texts, write_data


def _explanation(key: str, words: dict, experiment: Experiment, data_file: str) -> str:
    if key.startswith("module:"):
        name = key.split(":", 1)[1]
        return words["modules"].get(name, f"`{name}`")
    if key == "settings":
        return words["settings"].format(network=experiment.spec.label(),
                                         settings=experiment.settings.label())
    if key == "data":
        d = experiment.dataset
        return words["data"].format(dataset=d.name, data_file=data_file, train=f"{len(d.x_train):,}",
                                    test=f"{len(d.x_test):,}")
    return words[key]


def build_notebook(experiment: Experiment, language: str = "en",
                   filename: str = "experiment.ipynb") -> nbformat.NotebookNode:
    """A validated nbformat-4 notebook of the experiment, explained in ``language``."""
    words = texts(language)
    data_file = data_file_name(Path(filename))
    heading = words["title"].format(title=experiment.title())
    intro = words["intro"].format(date=_dt.date.today().isoformat(), data_file=data_file)
    cells = [v4.new_markdown_cell(f"# {heading}\n\n{intro}")]
    for cell in code_cells(experiment, data_file):
        cells.append(v4.new_markdown_cell(_explanation(cell.key, words, experiment, data_file)))
        cells.append(v4.new_code_cell(cell.code.rstrip("\n")))
    cells.append(v4.new_code_cell("history = run_experiment()"))
    notebook = v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}})
    nbformat.validate(notebook)
    return notebook


def export_notebook(path: str | Path, experiment: Experiment,
                    language: str = "en") -> tuple[Path, Path]:
    """Write ``path`` (.ipynb) and its data file beside it; returns both paths."""
    path = Path(path)
    if path.suffix != ".ipynb":
        path = path.with_suffix(".ipynb")
    data = write_data(path.with_name(data_file_name(path)), experiment.dataset)
    nbformat.write(build_notebook(experiment, language, path.name), str(path))
    return path, data
