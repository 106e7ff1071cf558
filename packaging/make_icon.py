"""Draw the nnlab app icon once: ``python packaging/make_icon.py``.

Writes ``resources/icons/nnlab_256.png``, ``nnlab_64.png`` and, when Pillow is installed,
``nnlab.ico`` (16–256 px, for the Windows bundle).  The picture: a small 3-4-2 network on a
blue rounded square.
"""

from __future__ import annotations

import os
import sys
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
LAYERS = (3, 4, 2)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def node_positions(size: int) -> list[list[QPointF]]:
    """Return the centre of every node, layer by layer, for an icon of ``size`` pixels."""
    columns = [0.22, 0.5, 0.78]
    layers = []
    for column, count in zip(columns, LAYERS, strict=True):
        gap = 0.56 / max(count - 1, 1)
        top = 0.5 - gap * (count - 1) / 2
        layers.append([QPointF(column * size, (top + k * gap) * size) for k in range(count)])
    return layers


def draw_icon(size: int) -> QImage:
    """Return the icon drawn at ``size`` × ``size`` pixels (transparent corners)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, size, size)
    gradient.setColorAt(0.0, QColor("#3f7fd8"))
    gradient.setColorAt(1.0, QColor("#1c3f8c"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    margin = size * 0.04
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.drawRoundedRect(box, size * 0.18, size * 0.18)
    layers = node_positions(size)
    painter.setPen(QPen(QColor(255, 255, 255, 150), max(1.0, size * 0.014)))
    for left, right in pairwise(layers):
        for a in left:
            for b in right:
                painter.drawLine(a, b)
    radius = size * 0.065
    colours = ("#ffd54f", "#ffffff", "#80e27e")
    painter.setPen(QPen(QColor("#10264f"), max(1.0, size * 0.012)))
    for colour, layer in zip(colours, layers, strict=True):
        painter.setBrush(QColor(colour))
        for centre in layer:
            painter.drawEllipse(centre, radius, radius)
    painter.end()
    return image


def write_ico(png_256: Path, target: Path) -> bool:
    """Write a multi-size .ico from the 256 px PNG with Pillow; False when Pillow is missing."""
    try:
        from PIL import Image
    except ImportError:
        print("Pillow not installed: nnlab.ico not written", file=sys.stderr)
        return False
    with Image.open(png_256) as image:
        image.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return True


def main() -> int:
    """Draw and save the icon files; return the exit code."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - needed for painting
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    for size in (256, 64):
        path = ICON_DIR / f"nnlab_{size}.png"
        if not draw_icon(size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path}")
    if write_ico(ICON_DIR / "nnlab_256.png", ICON_DIR / "nnlab.ico"):
        print(f"wrote {ICON_DIR / 'nnlab.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
