"""The engine never imports Qt: checked in a fresh interpreter, for every module of nnlab."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import importlib, pkgutil, sys
import nnlab, nnlab.data, nnlab.cli
names = [m.name for m in pkgutil.walk_packages(nnlab.__path__, "nnlab.")]
for name in names:
    importlib.import_module(name)
qt_roots = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph")
qt = sorted(m for m in sys.modules if m.split(".")[0] in qt_roots)
print(len(names), " ".join(qt))
"""


def test_importing_the_engine_leaves_qt_out() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    count, _, qt_modules = result.stdout.strip().partition(" ")
    assert int(count) >= 15  # every engine module was imported, not just the package
    assert qt_modules == ""


def test_the_check_itself_can_see_qt() -> None:
    """The same check reports PySide6 when something does import it."""
    probe = "import sys, PySide6.QtCore; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "True"
