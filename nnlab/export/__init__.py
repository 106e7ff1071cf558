"""Exports of an experiment that repeat the app's run: a standalone script and a Jupyter notebook.

Both carry the engine's own source (see :mod:`nnlab.export.engine_source`), never a copy of it.
"""

from __future__ import annotations

from pathlib import Path

from nnlab.export.experiment import Experiment, build_script, export_script

__all__ = ["Experiment", "build_script", "export_script", "export_notebook"]


def export_notebook(path: str | Path, experiment: Experiment, language: str = "en") -> tuple[Path, Path]:
    """Write the experiment as a notebook (nbformat is imported only when this is used)."""
    from nnlab.export.notebook import export_notebook as write

    return write(path, experiment, language)
