"""The height that word-wrapped labels and flow layouts need beyond Qt's minimum for them.

Qt's minimum size of a layout ignores height-for-width: a label that wraps onto three lines at its
width counts as one line. In a page that scrolls below its minimum (the lessons' FillingScrollArea)
the page then does not scroll, and the wrapped lines squeeze the plots below instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def wrapped_extra(*items: QWidget | QLayout) -> int:
    """The pixels the visible ``items`` need, at their current width, beyond their minimum height."""
    extra = 0
    for item in items:
        if isinstance(item, QWidget):
            if item.isVisible() and item.hasHeightForWidth():
                extra += max(0, item.heightForWidth(item.width()) - item.minimumSizeHint().height())
        elif item.hasHeightForWidth():
            extra += max(0, item.heightForWidth(item.geometry().width()) - item.minimumSize().height())
    return extra
