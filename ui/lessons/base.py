"""The frame every lesson shares: its text and check questions beside its interactive widget.

A lesson is declared once in :data:`ui.lessons.CATALOGUE`; :class:`LessonPage` reads
``resources/lessons/<lang>/<id>.md`` and ``<id>.quiz.json`` and builds the widget once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnlab.resources import resource_path
from ui.i18n import current_language, language_hub
from ui.lessons import Lesson
from ui.retranslate import Retranslatable
from ui.settings import Progress, save_window_state, saved_window_state
from ui.widgets.quiz import QuizFileError, QuizWidget, parse_quiz
from ui.window_geometry import saved_shares, scaled_sizes

log = logging.getLogger(__name__)

_pyqtgraph_configured = False

# A lesson text column narrower than this is hard to read: about 40 average Latin characters
# (20 Japanese ones) per line, the low end of comfortable line lengths, and 8 lines in view.
TEXT_MIN_CHARS = 40
TEXT_MIN_LINES = 8
# The quiz pane shows a question with four one-line choices without scrolling.
QUIZ_MIN_LINES = 9
TEXT_SHARE = 0.42  # of the page's width, by default; the widget takes the rest (it may scroll)
QUIZ_SHARE = 0.38  # of the text column's height, by default


def readable_text_size(widget: QWidget) -> QSize:
    """The smallest size at which a text pane in ``widget``'s font is still comfortable to read."""
    metrics = widget.fontMetrics()
    margins = 2 * (widget.style().pixelMetric(widget.style().PixelMetric.PM_ScrollBarExtent) + 8)
    return QSize(TEXT_MIN_CHARS * metrics.averageCharWidth() + margins,
                 TEXT_MIN_LINES * metrics.lineSpacing() + margins)


def configure_pyqtgraph() -> None:
    """Give every plot the same light look (done once, just before the first lesson widget)."""
    global _pyqtgraph_configured
    if _pyqtgraph_configured:
        return
    import pyqtgraph as pg  # imported here so the window can appear before this import finishes

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    _pyqtgraph_configured = True


def lesson_file(lesson_id: str, language: str, suffix: str) -> Path:
    """Return ``resources/lessons/<language>/<lesson_id><suffix>``."""
    return resource_path("lessons", language, f"{lesson_id}{suffix}")


def chapter_label(chapter: str) -> str:
    """Return "Chapter 3" (or "Chapters 4–5") in the current language."""
    first, _, last = chapter.partition("–")
    if last:
        chapters = QCoreApplication.translate("LessonPage", "Chapters {first}–{last}")
        return chapters.format(first=first, last=last)
    return QCoreApplication.translate("LessonPage", "Chapter {chapter}").format(chapter=chapter)



def wrap_code_blocks(document: QTextDocument) -> None:
    """Let the formula (code) blocks of a lesson text wrap at the pane's width.

    Markdown code blocks do not break their lines, so in a pane of readable width (1024 × 768)
    a long formula line pushed the text sideways behind a scroll bar; wrapped, it stays in view.
    """
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.nonBreakableLines():
            block_format.setNonBreakableLines(False)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format)
        block = block.next()

class FillingScrollArea(QScrollArea):
    """Shows its widget at the viewport's size, and scrolls only below the widget's minimum size.

    A resizable QScrollArea gives a widget with word-wrapped labels its *preferred* height for
    the width (height-for-width), so a lesson that would fit the screen scrolled all the same."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._fit)  # after the layout has computed its new minimum
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        viewport = self.viewport().size()
        width = max(viewport.width(), minimum.width())
        height = max(viewport.height(), minimum.height())
        if widget.layout() is not None and widget.layout().hasHeightForWidth():
            height = max(height, widget.layout().totalMinimumSize().height())
        widget.resize(width, height)


class LessonPage(Retranslatable, QWidget):
    """Lesson text and check questions on the left, the lesson's own widget on the right."""

    completed = Signal(str)  # lesson id; every check question answered correctly

    def __init__(
        self, lesson: Lesson, progress: Progress | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._progress = progress
        self.text_error = ""
        self.quiz_error = ""
        self.widget_error = ""
        self._closed = False
        self._sized = False
        self._build_ui()
        self.widget = self._build_lesson_widget()
        self._retranslate()
        self.reload_texts()
        language_hub().language_changed.connect(self._on_language_changed)

    def _build_ui(self) -> None:
        self._title = QLabel()
        self._title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self._title.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        # Every line wraps (a number too long for the line breaks anywhere, formula blocks wrap:
        # wrap_code_blocks), so nothing needs a sideways scroll bar; Japanese line-breaking rules
        # may still push a line a pixel past the width, which showed one to scroll by 1 px.
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.quiz = QuizWidget()
        self.quiz.answer_chosen.connect(self._on_quiz_answer_chosen)
        self.quiz.all_correct.connect(self._on_quiz_all_correct)
        quiz_scroll = QScrollArea()
        quiz_scroll.setWidgetResizable(True)
        quiz_scroll.setWidget(self.quiz)
        quiz_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        readable = readable_text_size(self)
        self.text.setMinimumSize(readable)
        quiz_scroll.setMinimumHeight(QUIZ_MIN_LINES * self.fontMetrics().lineSpacing())
        self._left = QSplitter(Qt.Orientation.Vertical)
        self._left.addWidget(self.text)
        self._left.addWidget(quiz_scroll)
        self._left.setChildrenCollapsible(False)
        self._left.setStretchFactor(0, 3)
        self._left.setStretchFactor(1, 2)
        self._right = QWidget()
        self._right_layout = QVBoxLayout(self._right)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        # The lesson's widget scrolls when the screen is too small for it, instead of squeezing
        # the text column below its readable width.
        self._right_scroll = FillingScrollArea()
        self._right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._right_scroll.setWidget(self._right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._left)
        self.splitter.addWidget(self._right_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self._left.splitterMoved.connect(self._on_splitter_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._title)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self.apply_splitter_shares()

    def apply_splitter_shares(self) -> None:
        """Share the page between text and widget as the learner last did (else by default).

        The text column keeps its readable minimum; beside it the widget gets the width it
        prefers (its size hint) when there is room, at least its minimum, and scrolls otherwise.
        """
        state = saved_window_state()
        width = max(self.splitter.width(), self.width() - 12)
        text_min = self._left.minimumSizeHint().width()
        shares = saved_shares(state.get("lesson"), [TEXT_SHARE, 1 - TEXT_SHARE])
        slack = 2 * self._right_scroll.frameWidth() + 4
        widget_need = max(self._right.minimumSizeHint().width(), self._right.sizeHint().width()) + slack
        if state.get("lesson") is None and widget_need > 0:
            text = max(text_min, min(int(width * TEXT_SHARE), width - widget_need))
            shares = [text, width - text]
        self.splitter.setSizes(scaled_sizes(shares, width, [text_min, 40]))
        height = max(self._left.height(), self.height() - 60)
        minimums = [self.text.minimumHeight(), self._left.widget(1).minimumHeight()]
        text_shares = saved_shares(state.get("lesson_text"), [1 - QUIZ_SHARE, QUIZ_SHARE])
        self._left.setSizes(scaled_sizes(text_shares, height, minimums))

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        save_window_state({"lesson": self.splitter.sizes(), "lesson_text": self._left.sizes()})

    def _build_lesson_widget(self) -> QWidget | None:
        """Build the interactive widget; a failure becomes a message in its place."""
        try:
            configure_pyqtgraph()
            widget = self.lesson.make_widget()
        except Exception as exc:  # any bug in a lesson must not take the app down
            log.exception("lesson %s: building its widget failed", self.lesson.id)
            self.widget_error = f"{type(exc).__name__}: {exc}"
            self._widget_message = QLabel()
            self._widget_message.setWordWrap(True)
            self._widget_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._right_layout.addWidget(self._widget_message)
            return None
        self._right_layout.addWidget(widget)
        return widget

    def _retranslate(self) -> None:
        title = self.lesson.translated_title()
        self._title.setText(f"{chapter_label(self.lesson.chapter)} · {title}")
        if self.widget_error:
            self._widget_message.setText(
                self.tr("The interactive part of this lesson could not be built:")
                + f"\n{self.widget_error}"
            )

    def _on_language_changed(self, _code: str) -> None:
        self.reload_texts()

    def reload_texts(self) -> None:
        """(Re)load the lesson text and check questions in the current language."""
        self._load_markdown(current_language())
        self._load_quiz(current_language())

    def _load_markdown(self, language: str) -> None:
        path = lesson_file(self.lesson.id, language, ".md")
        try:
            markdown = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("lesson %s: cannot read %s: %s", self.lesson.id, path, exc)
            self.text_error = str(exc)
            self.text.setPlainText(
                self.tr("The text of this lesson could not be loaded.") + f"\n\n{path}\n{exc}"
            )
            return
        self.text_error = ""
        self.text.setSearchPaths([str(path.parent)])
        self.text.setMarkdown(markdown)
        wrap_code_blocks(self.text.document())

    def _load_quiz(self, language: str) -> None:
        path = lesson_file(self.lesson.id, language, ".quiz.json")
        try:
            questions = parse_quiz(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, QuizFileError) as exc:
            log.warning("lesson %s: cannot use quiz %s: %s", self.lesson.id, path, exc)
            self.quiz_error = str(exc)
            self.quiz.show_message(
                self.tr("The check questions of this lesson could not be loaded.")
                + f"\n{path.name}: {exc}"
            )
            return
        self.quiz_error = ""
        answers = self._progress.quiz_answers(self.lesson.id) if self._progress else {}
        self.quiz.set_questions(questions, answers)

    def reset_answers(self) -> None:
        """Clear the selected answers (after the learner reset their progress)."""
        self._load_quiz(current_language())

    def _on_quiz_answer_chosen(self, question: int, choice: int) -> None:
        if self._progress is not None:
            self._progress.set_quiz_answer(self.lesson.id, question, choice)

    def _on_quiz_all_correct(self) -> None:
        self.completed.emit(self.lesson.id)

    def shutdown(self) -> None:
        """Close the lesson widget so it can stop its threads (the window is closing)."""
        if self._closed:
            return
        self._closed = True
        language_hub().language_changed.disconnect(self._on_language_changed)
        if self.widget is not None:
            self.widget.close()


class LessonErrorPage(Retranslatable, QWidget):
    """Shown in place of a lesson whose module could not be loaded."""

    def __init__(self, title: str, error: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson_title = title
        self.error = error
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self._retranslate()

    def _retranslate(self) -> None:
        title = QCoreApplication.translate("Lessons", self._lesson_title)
        self._label.setText(
            self.tr("The lesson “{title}” could not be loaded:").format(title=title)
            + f"\n\n{self.error}"
        )

    def shutdown(self) -> None:
        """Nothing to stop."""

