"""Every lesson and tab page, in both languages, at 1024×768, 1280×800 and 1920×1080: nothing cut off.

The real window is opened at each screen size and every lesson of the catalogue is visited (new
lessons are included as they are added), with every tab page of it; on each page
:func:`layout_support.layout_problems` must find nothing, and the lesson text and quiz panes must
keep their readable size (:func:`ui.lessons.base.readable_text_size`: about 40 Latin or 20 Japanese
characters per line and 8 lines, the low end of comfortable reading; the quiz a question with its
choices).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from layout_support import elided_rows, layout_problems, open_window
from ui import i18n
from ui.lessons import CATALOGUE
from ui.lessons.base import QUIZ_MIN_LINES, LessonPage, readable_text_size
from ui.main_window import MainWindow
from ui.settings import Progress
from ui.window_geometry import clamp_to, default_geometry, restored_geometry, scaled_sizes

SCREENS = [(1024, 768), (1280, 800), (1920, 1080)]


def settle() -> None:
    """Let layouts, deferred resizes and plot axes catch up."""
    for _ in range(4):
        QApplication.processEvents()


def outermost_tabs(widget: QWidget) -> list[QTabWidget]:
    """The visible tab widgets below ``widget`` that are not inside another one below it."""
    found = []
    for tabs in widget.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not widget and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is widget and tabs.isVisible():
            found.append(tabs)
    return found


def visit_pages(widget: QWidget, where: str, check) -> None:
    """Call ``check(where)`` on ``widget`` as it is, then on every tab page below it, recursively."""
    tab_sets = outermost_tabs(widget)
    if not tab_sets:
        check(where)
        return
    for tabs in tab_sets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            visit_pages(tabs.widget(index), f"{where} / tab {index + 1} {tabs.tabText(index)!r}", check)


def pane_problems(page: LessonPage) -> list[str]:
    """The lesson text and quiz panes at least at their readable size."""
    readable = readable_text_size(page)
    problems = []
    if page.text.width() < readable.width() or page.text.height() < readable.height():
        problems.append(f"lesson text {page.text.size().toTuple()} < readable {readable.toTuple()}")
    quiz_area = page.quiz.parentWidget().parentWidget()
    quiz_min = QUIZ_MIN_LINES * page.fontMetrics().lineSpacing()
    if quiz_area.height() < quiz_min or quiz_area.width() < readable.width():
        problems.append(f"quiz pane {quiz_area.size().toTuple()} < {readable.width()}x{quiz_min}")
    too_wide = page.text.document().idealWidth() - page.text.viewport().width()
    if too_wide > 1:  # a line of the text is cut at the right (1 px: rounding of the font's advances)
        problems.append(f"the lesson text is {too_wide:.0f} px wider than its pane")
    sideways = page._right_scroll.horizontalScrollBar()
    if sideways.maximum() > 0:  # the lesson's widget is wider than its pane: its right side is cut
        problems.append(f"the lesson widget scrolls sideways by {sideways.maximum()} px")
    return problems


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_lesson_and_tab_fits(qtbot, qapp, settings_file, offline_digits, language, screen):
    i18n.set_language(qapp, language)
    try:
        window = open_window(qtbot, *screen)
        problems: list[str] = []

        def check(where: str) -> None:
            problems.extend(f"{where}: {p}" for p in layout_problems(window))

        for index, info in enumerate(CATALOGUE):
            window.go_to(index)
            settle()
            page = window.page(index)
            assert isinstance(page, LessonPage), f"{info.id} could not be built"
            assert not page.widget_error, f"{info.id}: {page.widget_error}"
            problems.extend(f"{info.id}: {p}" for p in pane_problems(page))
            visit_pages(page, info.id, check)
        unique = list(dict.fromkeys(problems))
        assert not unique, f"{len(unique)} layout problems:\n" + "\n".join(unique)
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_navigator_title_is_cut_off_at_1024x768(qtbot, qapp, settings_file, language):
    """Every title shows whole (wrapped at a word if need be), here and after a switch."""
    other = {"en": "ja", "ja": "en"}[language]
    i18n.set_language(qapp, language)
    try:
        window = open_window(qtbot, 1024, 768)
        for code in (language, other):
            i18n.set_language(qapp, code)
            settle()
            navigator = window.navigator
            assert elided_rows(navigator) == [], code
            assert navigator.width() <= 0.28 * window.width()
            for row, info in enumerate(CATALOGUE):
                assert navigator.item(row).toolTip().endswith(info.translated_title())
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")


def test_the_navigator_takes_the_room_for_one_line_titles_on_a_wide_window(qtbot, settings_file):
    window = MainWindow(Progress())
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1920, 1080)
    window.show()
    settle()
    navigator = window.navigator
    longest = max(navigator.fontMetrics().horizontalAdvance(navigator.item(row).text())
                  for row in range(navigator.count()))
    assert navigator.viewport().width() > longest
    assert navigator.width() <= 0.28 * window.width()
    assert all(navigator.visualItemRect(navigator.item(row)).height()
               < 2 * navigator.fontMetrics().lineSpacing() for row in range(navigator.count()))


def test_the_checks_find_a_cramped_window(qtbot):
    """The checker is not blind: a clipped button, a squeezed label and a widget off the window."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    button = QPushButton("A rather long button text")
    button.setFixedWidth(40)
    label = QLabel("A one-line label that cannot fit")
    label.setMinimumWidth(10)
    label.setSizePolicy(label.sizePolicy().Policy.Ignored, label.sizePolicy().verticalPolicy())
    layout.addWidget(button)
    layout.addWidget(label)
    stray = QLabel("off", window)
    window.resize(120, 100)
    window.show()
    stray.move(500, 10)
    settle()
    found = "\n".join(layout_problems(window))
    assert "QPushButton 'A rather long button text'" in found
    assert "QLabel 'A one-line label that cannot fit'" in found
    assert "outside the window" in found and "'off'" in found


def test_the_checks_find_a_cut_plot_title(qtbot):
    import pyqtgraph as pg

    from layout_support import plot_title_problem

    plot = pg.PlotWidget(title="Orange: output 1 (shaded side); white: output 0, a long title")
    qtbot.addWidget(plot)
    plot.resize(200, 200)
    plot.show()
    settle()
    assert "plot title" in (plot_title_problem(plot) or "")
    plot.resize(900, 200)
    settle()
    assert plot_title_problem(plot) is None


def test_a_saved_window_is_clamped_to_a_smaller_screen():
    small = QRect(0, 0, 1024, 740)
    restored = restored_geometry(QRect(600, 300, 1900, 1050), small)
    assert small.contains(restored)
    assert restored.size().toTuple() == (1024, 740)
    assert restored_geometry(QRect(-3000, 5000, 800, 600), small) == QRect(0, 140, 800, 600)
    assert clamp_to(QRect(100, 50, 800, 600), small) == QRect(100, 50, 800, 600)


def test_the_default_window_fits_the_available_area():
    for available in (QRect(0, 0, 1024, 740), QRect(0, 0, 1920, 1040), QRect(1920, 24, 1280, 776)):
        rect = default_geometry(available)
        assert available.contains(rect)
        assert rect.width() == min(max(1280, int(0.9 * available.width())), available.width())
        assert rect.height() == min(max(800, int(0.9 * available.height())), available.height())
    assert default_geometry(QRect(0, 0, 1920, 1040)).size().toTuple() == (1728, 936)
    assert default_geometry(QRect(0, 0, 1024, 740)).size().toTuple() == (1024, 740)


def test_saved_splitter_shares_keep_every_pane_at_its_minimum():
    assert scaled_sizes([1, 3], 800, [0, 0]) == [200, 600]
    assert scaled_sizes([0.05, 0.95], 800, [300, 100]) == [300, 500]
    assert scaled_sizes([0.9, 0.1], 800, [100, 300]) == [500, 300]
    assert scaled_sizes([], 800, []) == []


def test_the_window_fits_the_screen_and_comes_back_as_it_was_left(qtbot, settings_file, lessons):
    """A saved size from a bigger screen is clamped; size and splitter shares are remembered."""
    from shell_support import CATALOGUE as TEST_CATALOGUE
    from ui.settings import save_window_state, saved_window_state

    available = QApplication.primaryScreen().availableGeometry()
    save_window_state({"geometry": [-500, 3000, 4000, 3000], "maximized": False})
    window = MainWindow(Progress(), catalogue=TEST_CATALOGUE, loader=lessons.load)
    qtbot.addWidget(window)
    assert available.contains(QRect(window.pos(), window.size()))
    window.show()
    window.open_initial_lesson()
    window.resize(available.width() - 100, available.height() - 80)
    window.move(available.left() + 30, available.top() + 20)
    window.splitter.setSizes([200, window.splitter.width() - 200])
    QApplication.processEvents()
    window.close()
    assert saved_window_state()["geometry"][2:] == [available.width() - 100, available.height() - 80]
    again = MainWindow(Progress(), catalogue=TEST_CATALOGUE, loader=lessons.load)
    qtbot.addWidget(again)
    assert again.size().toTuple() == (available.width() - 100, available.height() - 80)
    assert abs(again.splitter.sizes()[0] - 200) <= 2


def test_a_lesson_page_opens_with_the_text_width_the_learner_chose(qtbot, settings_file, lessons):
    from shell_support import CATALOGUE as TEST_CATALOGUE

    window = MainWindow(Progress(), catalogue=TEST_CATALOGUE, loader=lessons.load)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1200, 760)
    window.show()
    window.open_initial_lesson()
    settle()
    first = window.page(0)
    total = sum(first.splitter.sizes())
    first.splitter.setSizes([total // 2, total - total // 2])
    first._on_splitter_moved(total // 2, 1)  # as when the learner drags the handle
    window.go_to(1)
    settle()
    second = window.page(1)
    assert abs(second.splitter.sizes()[0] - total // 2) <= 3
    # Dragged below the readable width, the text keeps its minimum.
    assert second.text.width() >= readable_text_size(second).width()
