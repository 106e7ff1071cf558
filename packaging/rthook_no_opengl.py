"""PyInstaller runtime hook: stand-ins for PySide6.QtOpenGL and QtOpenGLWidgets (not in the bundle).

pyqtgraph imports both modules whenever it loads (``Qt/OpenGLHelpers.py``, ``PlotCurveItem``), but
draws with them only when its ``useOpenGL`` option is on, which nnlab never sets: every plot is
painted by QPainter. The two modules and their Qt libraries are 10 MB of the unpacked bundle
(2.4 MB of its archive), so the spec leaves them out and this hook answers the two imports with
small modules instead. Anything that would really need OpenGL fails with a message saying why.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types

MISSING = "Qt's OpenGL modules are left out of this nnlab bundle (nnlab draws without OpenGL)"
STAND_INS = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")


class _NoOpenGL(types.ModuleType):
    """A module whose every attribute is missing, with a message that says why."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(f"{self.__name__}.{name}: {MISSING}")


def _opengl_widget_class() -> type:
    """``QOpenGLWidget`` for pyqtgraph's subclasses: defining them works; creating one says why not."""
    from PySide6.QtWidgets import QWidget

    class QOpenGLWidget(QWidget):
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError(MISSING)

    return QOpenGLWidget


class _StandInFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Answers ``import PySide6.QtOpenGL`` and ``import PySide6.QtOpenGLWidgets`` with stand-ins."""

    def find_spec(self, fullname: str, path: object = None,
                  target: object = None) -> importlib.machinery.ModuleSpec | None:
        if fullname in STAND_INS:
            return importlib.machinery.ModuleSpec(fullname, self)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _NoOpenGL(spec.name, MISSING)

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == "PySide6.QtOpenGLWidgets":
            module.QOpenGLWidget = _opengl_widget_class()


def install() -> None:
    """Put the finder first, so the stand-ins are found before (absent) real modules."""
    if not any(isinstance(finder, _StandInFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _StandInFinder())


install()
