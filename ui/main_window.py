"""The main window: lesson navigator on the left, the current lesson on the right.

Lesson pages are built the first time they are shown, so the window appears quickly.  The
learner's progress (last lesson, completed lessons, quiz answers) is kept in :mod:`ui.settings`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import nnlab
from ui import i18n
from ui.lessons import CATALOGUE, Lesson, load_lesson
from ui.lessons.base import LessonErrorPage, LessonPage
from ui.logging_setup import log_dir, log_file
from ui.navigator import LessonNavigator
from ui.retranslate import Retranslatable
from ui.settings import Progress, save_language, save_window_state, saved_window_state
from ui.window_geometry import fills_screen, restored_geometry, saved_rect, saved_shares, scaled_sizes

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 6000


class MainWindow(Retranslatable, QMainWindow):
    """Navigator, lesson pages, Back/Next, menus and status bar."""

    def __init__(
        self,
        progress: Progress | None = None,
        catalogue: Sequence[Lesson] = CATALOGUE,
        loader: Callable[[str], Lesson] = load_lesson,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.progress = progress or Progress()
        self.catalogue = list(catalogue)
        self._loader = loader
        self._pages: dict[int, QWidget] = {}
        self._build_central()
        self._build_menus()
        self._retranslate()  # before the sizes: the navigator's width follows its titles
        self.restore_window_state()
        i18n.language_hub().language_changed.connect(self._on_language_changed)
        self._refresh_marks()

    # ----- size and position -------------------------------------------------------------------
    def available_area(self) -> QRect:
        """The available area (without task bars) of the screen the window is on."""
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry()

    def restore_window_state(self) -> None:
        """Open at the saved size and splitter positions, clamped to the screen (else fitted to it)."""
        state = saved_window_state()
        available = self.available_area()
        rect = saved_rect(state.get("geometry"))
        geometry = restored_geometry(rect, available)
        self.resize(geometry.size())
        self.move(geometry.topLeft())
        if state.get("maximized", rect is None and fills_screen(available)):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        navigator = self.navigator.fitted_width(geometry.width())
        shares = saved_shares(state.get("navigator"), [navigator, geometry.width() - navigator])
        minimums = [self.navigator.minimumWidth(), 0]
        self.splitter.setSizes(scaled_sizes(shares, geometry.width(), minimums))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._widen_navigator()  # a wider window gives the titles the room they ask for

    def save_window_state(self) -> None:
        """Remember the size, position and the navigator's splitter share for the next start."""
        normal = self.normalGeometry() if self.isMaximized() else self.geometry()
        state = {
            "geometry": [normal.x(), normal.y(), normal.width(), normal.height()],
            "maximized": self.isMaximized(),
        }
        if sum(self.splitter.sizes()) > 0:
            state["navigator"] = self.splitter.sizes()
        save_window_state(state)

    # ----- construction -------------------------------------------------------------------
    def _build_central(self) -> None:
        self.navigator = LessonNavigator(len(self.catalogue))
        self.navigator.currentRowChanged.connect(self._on_navigator_current_row_changed)
        self.stack = QStackedWidget()
        self._placeholder = QLabel()
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._placeholder)
        self.back_button = QPushButton()
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(self.go_next)
        self.done_button = QPushButton()
        self.done_button.setCheckable(True)
        self.done_button.toggled.connect(self._on_done_button_toggled)
        self.position_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.position_label)
        bar.addSpacing(12)
        bar.addWidget(self.done_button)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 6, 6)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)  # each name in its own language
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.log_action = QAction(self)
        self.log_action.triggered.connect(self.open_log_folder)
        self.reset_action = QAction(self)
        self.reset_action.triggered.connect(self._on_reset_action_triggered)
        for action in (self.about_action, self.log_action, self.reset_action):
            self.help_menu.addAction(action)

    # ----- translation ----------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("nnlab — Neural networks from scratch"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About nnlab"))
        self.log_action.setText(self.tr("Open &log folder"))
        self.reset_action.setText(self.tr("&Reset progress…"))
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setText(self.tr("Next →"))
        self.done_button.setText(self.tr("Mark lesson as done"))
        self._placeholder.setText(self.tr("Loading the lesson…"))
        self.navigator.setToolTip(self.tr("Lessons in teaching order; ✓ = completed"))
        self.navigator.set_titles([
            self._chapter_text(info.chapter) + "  " + info.translated_title()
            for info in self.catalogue
        ])
        self._widen_navigator()
        self.language_actions[i18n.current_language()].setChecked(True)
        self._update_position()

    def _chapter_text(self, chapter: str) -> str:
        """"Ch. 3", or "Ch. 4–5" for a lesson spanning two chapters (第 4〜5 章 in Japanese)."""
        first, _, last = chapter.partition("–")
        if last:
            return self.tr("Ch. {first}–{last}").format(first=first, last=last)
        return self.tr("Ch. {chapter}").format(chapter=chapter)

    def _widen_navigator(self) -> None:
        """Give the navigator the width its titles ask for, if it has less (it keeps more)."""
        sizes = self.splitter.sizes()
        wanted = self.navigator.fitted_width(self.width())
        if len(sizes) == 2 and sum(sizes) > 0 and sizes[0] < wanted:
            self.splitter.setSizes([wanted, sum(sizes) - wanted])

    def _on_language_changed(self, code: str) -> None:
        self.language_actions[code].setChecked(True)

    def switch_language(self, code: str) -> None:
        """Switch the whole app to ``code`` and remember the choice."""
        if code == i18n.current_language():
            return
        app = QApplication.instance()
        i18n.set_language(app, code)
        save_language(code)
        self.statusBar().showMessage(
            self.tr("Language: {name}").format(name=i18n.LANGUAGES[code]), STATUS_TIMEOUT_MS
        )

    # ----- navigation ---------------------------------------------------------------------
    def current_index(self) -> int:
        """Return the row of the lesson shown (-1 before any is opened)."""
        return self.navigator.currentRow()

    def open_initial_lesson(self) -> None:
        """Show the lesson the learner had open last time (or the first one)."""
        last = self.progress.last_lesson()
        ids = [info.id for info in self.catalogue]
        self.go_to(ids.index(last) if last in ids else 0)

    def go_to(self, index: int) -> None:
        """Show lesson ``index`` (building its page on the first visit)."""
        if not 0 <= index < len(self.catalogue):
            return
        if self.navigator.currentRow() != index:
            self.navigator.setCurrentRow(index)  # comes back through _on_navigator_current_row_changed
            return
        page = self.page(index)
        self.stack.setCurrentWidget(page)
        self.progress.set_last_lesson(self.catalogue[index].id)
        self._update_position()

    def go_next(self) -> None:
        """Show the next lesson."""
        self.go_to(self.current_index() + 1)

    def go_back(self) -> None:
        """Show the previous lesson."""
        self.go_to(self.current_index() - 1)

    def _on_navigator_current_row_changed(self, row: int) -> None:
        self.go_to(row)

    def page(self, index: int) -> QWidget:
        """Return the page of lesson ``index``, building it if needed."""
        if index not in self._pages:
            self._pages[index] = self._build_page(self.catalogue[index])
            self.stack.addWidget(self._pages[index])
        return self._pages[index]

    def built_pages(self) -> dict[int, QWidget]:
        """Return the pages built so far, by lesson index."""
        return dict(self._pages)

    def _build_page(self, info: Lesson) -> QWidget:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            lesson = self._loader(info.id)
            page = LessonPage(lesson, self.progress)
        except Exception as exc:  # a broken lesson module must not take the app down
            log.exception("lesson %s could not be loaded", info.id)
            return LessonErrorPage(info.title, f"{type(exc).__name__}: {exc}")
        finally:
            QApplication.restoreOverrideCursor()
        page.completed.connect(self._on_page_completed)
        return page

    def _update_position(self) -> None:
        index = self.current_index()
        count = len(self.catalogue)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < count - 1)
        self.done_button.setEnabled(index >= 0)
        if index < 0:
            self.position_label.clear()
            return
        self.position_label.setText(
            self.tr("Lesson {number} of {count}").format(number=index + 1, count=count)
        )
        self.done_button.blockSignals(True)
        self.done_button.setChecked(self.progress.is_completed(self.catalogue[index].id))
        self.done_button.blockSignals(False)

    # ----- progress -------------------------------------------------------------------------
    def _refresh_marks(self) -> None:
        done = self.progress.completed()
        for row, info in enumerate(self.catalogue):
            self.navigator.set_done(row, info.id in done)

    def is_marked_done(self, index: int) -> bool:
        """Return whether the navigator shows lesson ``index`` as completed."""
        return self.progress.is_completed(self.catalogue[index].id)

    def set_completed(self, index: int, done: bool) -> None:
        """Mark lesson ``index`` as completed or not, and show it in the navigator."""
        info = self.catalogue[index]
        self.progress.set_completed(info.id, done)
        self.navigator.set_done(index, done)
        if index == self.current_index():
            self._update_position()

    def _on_done_button_toggled(self, checked: bool) -> None:
        if self.current_index() >= 0:
            self.set_completed(self.current_index(), checked)

    def _on_page_completed(self, lesson_id: str) -> None:
        ids = [info.id for info in self.catalogue]
        index = ids.index(lesson_id)
        if self.progress.is_completed(lesson_id):
            return
        self.set_completed(index, True)
        title = QCoreApplication.translate("Lessons", self.catalogue[index].title)
        self.statusBar().showMessage(
            self.tr("Well done — lesson completed: {title}").format(title=title), STATUS_TIMEOUT_MS
        )

    def _on_reset_action_triggered(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset progress"),
            self.tr("Forget all completed lessons and quiz answers?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_progress()

    def reset_progress(self) -> None:
        """Forget completed lessons and quiz answers (the language and current lesson stay)."""
        self.progress.reset()
        for page in self._pages.values():
            if isinstance(page, LessonPage):
                page.reset_answers()
        self._refresh_marks()
        if self.current_index() >= 0:
            self.progress.set_last_lesson(self.catalogue[self.current_index()].id)
        self._update_position()
        self.statusBar().showMessage(self.tr("Progress reset."), STATUS_TIMEOUT_MS)

    # ----- help -------------------------------------------------------------------------
    def show_about(self) -> None:
        """Show the About box."""
        QMessageBox.about(self, self.tr("About nnlab"), self.about_text())

    def about_text(self) -> str:
        """Return the About box text in the current language."""
        return self.tr(
            "<h3>nnlab {version}</h3>"
            "<p>A desktop lab for learning neural networks from scratch, beside the book "
            "<i>Deep Learning from Scratch</i> (chapters 2–6).</p>"
            "<p>The engine is plain NumPy; the window is PySide6 (Qt) with pyqtgraph plots.</p>"
            "<p>License: MIT.</p>"
        ).format(version=nnlab.__version__) + self.tr(
            "<p>Bundled data: the MNIST test set (10,000 digits; Y. LeCun, C. Cortes, "
            "C. J. C. Burges; CC BY-SA 3.0), the 8×8 digits (E. Alpaydin, C. Kaynak, UCI; "
            "CC BY 4.0) and the trained weights of the book's §3.6 (sample_weight.pkl from "
            "oreilly-japan/deep-learning-from-scratch; MIT, © 2016 Koki Saitoh). The licence "
            "files are beside the data in resources/.</p>") + self.tr(
            "<p>Data sets: the offline 8×8 digits are UCI optdigits (E. Alpaydin, C. Kaynak; CC BY "
            "4.0); Fashion-MNIST is by H. Xiao, K. Rasul and R. Vollgraf (Zalando Research; MIT "
            "licence). Your own images are read with Pillow (MIT-CMU licence); your runs are kept "
            "with SQLite (public domain).</p>")

    def open_log_folder(self) -> None:
        """Open the folder holding the log file in the system file manager."""
        current = log_file()
        folder = current.parent if current is not None else log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            log.warning("could not open the log folder %s", folder)
            self.statusBar().showMessage(
                self.tr("Could not open the log folder: {path}").format(path=folder),
                STATUS_TIMEOUT_MS,
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_window_state()
        except Exception:  # closing must always succeed
            log.exception("could not save the window's size")
        for page in self._pages.values():
            try:
                page.shutdown()
            except Exception:  # closing must always succeed
                log.exception("error while closing a lesson page")
        event.accept()

