"""FlowLayout: widgets side by side, wrapping onto the next line when the row is too narrow.

A row of buttons in a QHBoxLayout is as wide as all its buttons together, which is what kept
several lessons from fitting beside their text on a 1024-pixel screen; in a FlowLayout the row
needs only the widest button and grows a line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping; an item added with ``stretch=True`` goes to
    the right end of its line (like a stretch before it in a QHBoxLayout)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()  # ids of the items pushed to the end of their line
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout interface ------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_widget(self, widget: QWidget, right: bool = False) -> None:
        """Add ``widget``; ``right`` puts it at the end of its line."""
        self.addWidget(widget)
        if right:
            self._right.add(id(self._items[-1]))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._right.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line: every item side by side."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing() * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        """The widest item alone on a line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    # --- layout -----------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _spacing(self) -> int:
        """The layout's spacing, else the style's horizontal layout spacing."""
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        spacing = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if parent else -1
        return spacing if spacing >= 0 else 6

    def _margin_size(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items (when ``move``) and return the height they take at this width."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        spacing = self._spacing()
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append(item)
            x += width + spacing
        y = area.y()
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            if move:
                self._place_line(line, area, y, height, spacing)
            y += height + spacing
        return y - spacing - rect.y() + m.bottom() if lines[0] else m.top() + m.bottom()

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int, spacing: int) -> None:
        left = [i for i in line if id(i) not in self._right]
        right = [i for i in line if id(i) in self._right]
        x = area.x()
        for item in left:
            width = min(item.sizeHint().width(), area.width())
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + spacing
        x = area.right() + 1
        for item in reversed(right):
            width = min(item.sizeHint().width(), area.width())
            x -= width
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x -= spacing

