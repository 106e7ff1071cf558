"""Layout checks on a shown window: nothing off-screen, no clipped one-line text, readable panes.

``layout_problems(window)`` walks every visible widget and returns one line per defect, naming the
widget by its class, text and ancestry, so a failing layout test says what to fix.  The three
checks are those of issue 14:

- a visible widget lies wholly inside the window, unless it is inside a scroll area (which lets
  the learner reach it);
- a one-line label, button, check box, group-box title, combo box or table header has at least the
  width its text needs;
- every text pane (the lesson text, the quiz, word-wrapped labels) is wide enough to read;
- widgets placed by one layout are not drawn over one another (a layout squeezed below its
  minimum does that), and every tab title is in view without scroll arrows.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from ui.main_window import MainWindow
from ui.settings import Progress
from ui.widgets.legend_place import covered_points

# A plot's data area at least this tall and wide: about three lines of text, enough to see a
# curve's shape (the batch-norm panels were 35 px tall at 1024×768: a line, not a curve).
MIN_PLOT_PX = 48
TOLERANCE = 1  # px: rounding of fractional font advances
# A word-wrapped label narrower than this many average characters breaks every word or two.
WRAPPED_MIN_CHARS = 14


def open_window(qtbot, width: int, height: int) -> MainWindow:
    """The real main window, not maximised, at ``width`` × ``height``, shown and exposed."""
    window = MainWindow(Progress())
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def describe(widget: QWidget) -> str:
    """``QLabel 'text' in LessonPage > QSplitter > ...`` (short enough for an assertion message)."""
    text = ""
    for getter in ("text", "title", "currentText"):
        if hasattr(widget, getter):
            try:
                text = str(getattr(widget, getter)())
            except TypeError:
                continue
            break
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {text[:40]!r} in {' > '.join(chain)}"


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """Every widget under ``root`` the learner can see (shown, with every ancestor shown)."""
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and widget.width() > 0 and widget.height() > 0:
            yield widget


def in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` sits in the viewport of a scroll area below ``root``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def outside_problem(widget: QWidget, root: QWidget) -> str | None:
    """A message when ``widget`` pokes out of an ancestor (so is cut) outside any scroll area."""
    if in_scroll_area(widget, root):
        return None
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    bounds = root.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    if not bounds.contains(rect):
        return f"outside the window {rect.getRect()}: {describe(widget)}"
    parent = widget.parentWidget()
    if parent is not None and parent is not root and not isinstance(parent, QAbstractScrollArea):
        inner = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not inner.contains(widget.geometry()):
            return (f"cut by its parent {widget.geometry().getRect()} in {parent.size().toTuple()}: "
                    f"{describe(widget)}")
    return None


FULL_WIDTH_TRAILING = "）」』。、？！"  # their advance ends in blank space: only their ink must fit


def _text_width(widget: QWidget, text: str) -> int:
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = widget.fontMetrics()
    advance = metrics.horizontalAdvance(shown)
    if shown and shown[-1] in FULL_WIDTH_TRAILING:
        ink = metrics.boundingRect(shown)
        return min(advance, ink.x() + ink.width() + 1)
    return advance


def needed_width(widget: QWidget) -> tuple[int, int] | None:
    """(width needed, width available) for a one-line text widget, ``None`` for other widgets."""
    style = widget.style()
    if isinstance(widget, QLabel):
        has_pixmap = widget.pixmap() is not None and not widget.pixmap().isNull()
        if widget.wordWrap() or not widget.text() or has_pixmap:
            return None
        return widget.sizeHint().width(), widget.width()
    if isinstance(widget, QPushButton) and widget.text():
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        contents = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        menu = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator) if widget.menu() else 0
        return _text_width(widget, widget.text()) + icon + menu, contents.width()
    if isinstance(widget, (QCheckBox, QRadioButton)) and widget.text():
        return widget.sizeHint().width(), widget.width()
    if isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
        )
        return _text_width(widget, widget.currentText()), field.width()
    if isinstance(widget, QGroupBox) and widget.title():
        option = QStyleOptionGroupBox()
        widget.initStyleOption(option)
        label = style.subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, widget
        )
        frame = widget.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        return _text_width(widget, widget.title()), min(label.width(), frame)
    return None


def clipped_problem(widget: QWidget) -> str | None:
    """A message when a one-line text widget is narrower than its text."""
    sizes = needed_width(widget)
    if sizes is None:
        return None
    need, have = sizes
    if need > have + TOLERANCE:
        return f"needs {need} px, has {have}: {describe(widget)}"
    return None


def header_problems(header: QHeaderView) -> list[str]:
    """One message per visible header section whose title is wider than the section."""
    if header.orientation().name != "Horizontal" or not header.isVisible():
        return []
    model = header.model()
    if model is None:
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        need = max((header.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0)
        have = header.sectionSize(section) - margin
        if text and need > have + TOLERANCE:
            problems.append(f"header {text!r} needs {need} px, has {have}: {describe(header)}")
    return problems


def elided_rows(view: QListView) -> list[str]:
    """One message per row of a list view whose text the view cuts off with "…".

    The view draws a row's text as Qt's common style does: laid out at word boundaries in the
    text part of the row (less a margin each side); a line wider than that, or lines taller than
    the row, are elided. A row wider than the view (which cannot scroll sideways) counts at the
    width the learner sees.
    """
    view.doItemsLayout()  # what the view does 100 ms after a resize (its rows may be stale)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    problems = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        view.itemDelegate().initStyleOption(option, index)
        option.rect = view.visualRect(index).intersected(view.viewport().rect())  # what shows
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        width = text_rect.width() - 2 * margin
        layout = QTextLayout(option.text, option.font)
        text_option = QTextOption()
        wraps = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        modes = QTextOption.WrapMode
        text_option.setWrapMode(modes.WordWrap if wraps else modes.ManualWrap)
        layout.setTextOption(text_option)
        layout.beginLayout()
        widest = height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            widest, height = max(widest, line.naturalTextWidth()), height + line.height()
        layout.endLayout()
        if widest > width + TOLERANCE or height > text_rect.height() + TOLERANCE:
            problems.append(f"row {row} {option.text!r} cut off: needs {widest:.0f}x{height:.0f} px, "
                            f"has {width}x{text_rect.height()}: {describe(view)}")
    return problems


def wrapped_problem(widget: QWidget) -> str | None:
    """A message when a word-wrapped label is too narrow to read (a word or two per line)."""
    if not isinstance(widget, QLabel) or not widget.wordWrap() or len(widget.text()) < WRAPPED_MIN_CHARS:
        return None
    need = WRAPPED_MIN_CHARS * widget.fontMetrics().averageCharWidth()
    if widget.width() < need:
        return f"wrapped text {widget.width()} px wide, needs {need}: {describe(widget)}"
    return None


def plot_title_problem(widget: QWidget) -> str | None:
    """A message when a pyqtgraph plot's title is wider than the plot (pyqtgraph cuts it off)."""
    plot_item = getattr(widget, "plotItem", None)
    title = getattr(plot_item, "titleLabel", None)
    if title is None or not title.isVisible() or not title.text:
        return None
    need = title.item.boundingRect().width()
    have = widget.width()  # a long title widens the plot item beyond the view, which cuts it
    if need > have + TOLERANCE:
        return f"plot title {title.text!r} needs {need:.0f} px, the plot is {have:.0f}: {describe(widget)}"
    return None


def tab_bar_problem(bar: QTabBar) -> str | None:
    """A message when a tab bar's titles do not all fit (Qt then hides some behind scroll arrows)."""
    tabs = bar.parentWidget()
    if not isinstance(tabs, QTabWidget) or bar.count() == 0:
        return None
    need = sum(bar.tabSizeHint(index).width() for index in range(bar.count()))
    have = tabs.width()
    if need > have:  # no tolerance: Qt shows its scroll arrows for 1 px too many
        titles = ", ".join(repr(bar.tabText(index)) for index in range(bar.count()))
        return (f"tab titles need {need} px, have {have} (scroll arrows hide some): "
                f"{titles} in {describe(tabs)}")
    return None


def laid_out_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += laid_out_widgets(item.layout())
    return found


def overlap_problems(parent: QWidget) -> list[str]:
    """One message per pair of visible widgets of ``parent``'s layout drawn over each other.

    A layout squeezed below the minimum its items need lays them over one another (a button
    on top of the area above it).
    """
    layout = parent.layout()
    if layout is None:
        return []
    shown = [w for w in laid_out_widgets(layout) if w.isVisible() and w.width() > 0 and w.height() > 0]
    problems = []
    for i, first in enumerate(shown):
        for second in shown[i + 1:]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > TOLERANCE and common.height() > TOLERANCE:
                problems.append(f"{describe(first)} overlaps {describe(second)} by {common.size().toTuple()}")
    return problems


def small_plot_problems(widget: QWidget) -> list[str]:
    """One message per plot of a pyqtgraph widget whose data area is too small to read a curve in."""
    scene = widget.scene() if hasattr(widget, "scene") and hasattr(widget, "sceneObj") else None
    if scene is None:
        return []
    problems = []
    for item in scene.items():
        if type(item).__name__ != "ViewBox" or not item.isVisible():
            continue
        size = item.sceneBoundingRect().size()
        if size.height() < MIN_PLOT_PX or size.width() < MIN_PLOT_PX:
            problems.append(f"plot area {size.width():.0f}x{size.height():.0f} px < {MIN_PLOT_PX}: "
                            f"{describe(widget)}")
    return problems


def legend_problem(widget: QWidget) -> str | None:
    """A message when a plot's legend lies over drawn data."""
    plot_item = getattr(widget, "plotItem", None)
    legend = getattr(plot_item, "legend", None)
    if legend is None or not legend.isVisible() or not legend.items:
        return None
    covered = covered_points(plot_item, legend)
    if covered:
        names = ", ".join(label.text for _sample, label in legend.items)
        return f"legend ({names}) covers {covered} data points: {describe(widget)}"
    return None


def layout_problems(root: QWidget) -> list[str]:
    """Every layout defect of the widgets visible in ``root`` (a shown top-level window)."""
    problems: list[str] = []
    for widget in visible_widgets(root):
        for check in (outside_problem(widget, root), clipped_problem(widget), wrapped_problem(widget),
                      plot_title_problem(widget), legend_problem(widget)):
            if check:
                problems.append(check)
        if isinstance(widget, QHeaderView):
            problems += header_problems(widget)
        problems += overlap_problems(widget)
        problems += small_plot_problems(widget)
        if isinstance(widget, QTabBar) and (problem := tab_bar_problem(widget)):
            problems.append(problem)
        if (isinstance(widget, QScrollArea) and widget.widget() is not None
                and widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and widget.widget().width() > widget.viewport().width() + TOLERANCE):
            problems.append(f"contents {widget.widget().width()} px wide in a {widget.viewport().width()} px "
                            f"scroll area that cannot scroll sideways: {describe(widget)}")
        if isinstance(widget, QTableView) and widget.horizontalScrollBar().isVisible():
            problems.append(f"table needs a sideways scroll bar: {describe(widget)}")
    return problems


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    """The tab widgets below ``root``, outermost first."""
    tabs = root.findChildren(QTabWidget)
    return sorted(tabs, key=lambda t: _depth(t, root))


def _depth(widget: QWidget, root: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None and parent is not root:
        depth, parent = depth + 1, parent.parentWidget()
    return depth
