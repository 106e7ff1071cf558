"""Write a pyqtgraph plot to a file: a PNG image, or an SVG drawing when the name ends in .svg."""

from __future__ import annotations

import logging
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

log = logging.getLogger(__name__)


def export_plot(widget: pg.PlotWidget, path: str | Path, title: str) -> Path:
    """Write the plot ``widget`` shows to ``path`` (.svg: a drawing, else a PNG); the path written.

    OSError when the file was not written.
    """
    path = Path(path)
    if path.suffix.lower() == ".svg":
        _export_svg(widget, path, title)
    else:
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        exporter = exporters.ImageExporter(widget.getPlotItem())
        exporter.parameters()["width"] = max(800, int(widget.width()) * 2)
        exporter.export(str(path))
    if not path.is_file():
        raise OSError(f"{path} was not written")
    log.info("plot exported to %s", path)
    return path


def _export_svg(widget: pg.PlotWidget, path: Path, title: str) -> None:
    # pyqtgraph's SVGExporter cannot parse the path syntax of recent Qt versions, so the view
    # is painted into a QSvgGenerator directly.
    rect = widget.viewport().rect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(rect.size())
    generator.setViewBox(rect)
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        widget.render(painter)
    finally:
        painter.end()
