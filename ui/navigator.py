"""The lesson navigator: the lessons in teaching order, a check mark on the completed ones.

A title that does not fit wraps at a word boundary; it is never cut off with "…". So the navigator
is never narrower than its widest unbreakable piece of title, and it asks for the width of its
longest title on one line, which the window grants up to :data:`MAX_SHARE` of its width while the
lesson keeps :data:`LESSON_ROOM`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QTextLayout, QTextOption
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyleOptionViewItem, QWidget

MIN_WIDTH = 120  # px: the navigator is never narrower, whatever its titles
MAX_SHARE = 0.28  # of the window's width: the most the navigator takes for one-line titles
# The lesson pages are laid out to fit 891 px (a 1024 px window less the old 13 % navigator, #14):
# the navigator takes room for one-line titles only from windows wider than that.
LESSON_ROOM = 891


def _mark_icon(done: bool) -> QIcon:
    """Return a green check mark (done) or an empty icon of the same size (to keep text aligned)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    if done:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#2e7d32"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(6, 17), QPointF(13, 24), QPointF(26, 8)])
        painter.end()
    return QIcon(pixmap)


class LessonNavigator(QListWidget):
    """One row per lesson, "Ch. 3  Title", ✓ when done; the tooltip is the whole title."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = {True: _mark_icon(True), False: _mark_icon(False)}
        self.setIconSize(QSize(16, 16))
        self.setWordWrap(True)
        # Rows are laid out again at the navigator's width when the splitter moves.
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _ in range(rows):
            item = QListWidgetItem()
            item.setIcon(self._icons[False])
            self.addItem(item)
        self.setMinimumWidth(MIN_WIDTH)

    def set_titles(self, titles: Sequence[str]) -> None:
        """Show ``titles`` (one per row); the navigator stays as wide as any of their words."""
        for row, title in enumerate(titles):
            self.item(row).setText(title)
            self.item(row).setToolTip(title)
        widest_piece = max((self._widest_piece(title) for title in titles), default=0)
        self.setMinimumWidth(max(MIN_WIDTH, widest_piece + self._row_overhead()))

    def set_done(self, row: int, done: bool) -> None:
        """Show or hide the check mark of ``row``."""
        self.item(row).setIcon(self._icons[done])

    def preferred_width(self) -> int:
        """The width at which the longest title fits on one line."""
        longest = max((self._text_width(self.item(row).text()) for row in range(self.count())),
                      default=0)
        return max(self.minimumWidth(), longest + self._row_overhead())

    def fitted_width(self, window_width: int) -> int:
        """The width to give the navigator in a window ``window_width`` wide."""
        room = min(int(MAX_SHARE * window_width), window_width - LESSON_ROOM)
        return max(self.minimumWidth(), min(self.preferred_width(), room))

    def _text_width(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def _widest_piece(self, text: str) -> int:
        """The width of the widest part of ``text`` that cannot be broken across lines."""
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as the item view wraps its rows
        layout.setTextOption(option)
        layout.beginLayout()
        widest = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(1)  # one unbreakable piece per line
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        return int(widest + 1)

    def _row_overhead(self) -> int:
        """Pixels of a row's width that are not its text: icon, margins, frame, scroll bar."""
        if self.count() == 0:
            return 0
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        index = self.model().index(0, 0)
        self.itemDelegate().initStyleOption(option, index)
        unwrapped = self.itemDelegate().sizeHint(option, index).width()  # no rect: one line
        text = self._text_width(option.text)
        scroll_bar = self.verticalScrollBar()
        bar = scroll_bar.sizeHint().width() if scroll_bar.isVisible() else 0
        return unwrapped - text + 2 * self.frameWidth() + 2 * self.spacing() + bar + 2
