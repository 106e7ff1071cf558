"""The bundle's stand-ins for Qt's OpenGL modules: pyqtgraph loads and plots; OpenGL says it is gone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HOOK = Path(__file__).resolve().parents[2] / "packaging" / "rthook_no_opengl.py"

# Run in a fresh interpreter: the stand-ins must answer the first import of the two modules, as
# they do in the frozen app, where the runtime hook runs before anything else.
SCRIPT = f"""
import runpy, sys
runpy.run_path({str(HOOK)!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
import pyqtgraph as pg
from PySide6 import QtOpenGL, QtOpenGLWidgets
assert "left out" in (QtOpenGL.__doc__ or ""), QtOpenGL
plot = pg.PlotWidget()
plot.resize(200, 150)
plot.plot([0, 1, 2, 3], [3, 1, 2, 0], pen=pg.mkPen("r", width=3))
plot.show()
app.processEvents()
image = plot.grab().toImage()
red = sum(1 for x in range(image.width()) for y in range(image.height())
          if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 80)
print("red pixels:", red)
try:
    QtOpenGL.QOpenGLBuffer
except AttributeError as error:
    print("attribute:", error)
try:
    pg.GraphicsView(useOpenGL=True)
except RuntimeError as error:
    print("opengl view:", error)
"""


def test_pyqtgraph_plots_with_the_stand_ins_and_opengl_use_names_the_reason():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    assert int(lines["red pixels"]) > 50  # the curve was drawn (QPainter, no OpenGL)
    assert "QtOpenGL.QOpenGLBuffer" in lines["attribute"] and "left out" in lines["attribute"]
    assert "left out of this nnlab bundle" in lines["opengl view"]
