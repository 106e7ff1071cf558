"""Logging for the app: a rotating log file in the per-user log folder, and no silent crashes.

* :func:`setup_logging` writes every record of level INFO and above to ``nnlab.log``.
* :func:`install_excepthook` logs uncaught exceptions (any thread) and shows the message to
  the learner in a dialog, from the GUI thread.
* :func:`guard_std_streams` gives a windowed frozen app (where ``sys.stdout`` is ``None``)
  writable streams, so a stray ``print`` cannot crash it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QtMsgType, Signal, qInstallMessageHandler

LOG_FILE_NAME = "nnlab.log"
_log_file: Path | None = None
_reporter: _ErrorReporter | None = None

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """Return the per-user log folder (``platformdirs.user_log_dir("nnlab")``)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("nnlab", appauthor=False))


def log_file() -> Path | None:
    """Return the file the log is written to, once :func:`setup_logging` ran."""
    return _log_file


def guard_std_streams() -> None:
    """Replace a missing ``sys.stdout``/``sys.stderr`` (windowed frozen app) with a null writer."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


class _QuietFileHandler(RotatingFileHandler):
    """A rotating log file that, when writing fails (a full disk), says so once and stops.

    Python's default prints a traceback to stderr for every record that cannot be written.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        if getattr(self, "_failed", False):
            return
        self._failed = True
        exc = sys.exc_info()[1]
        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stderr.write(f"nnlab: cannot write the log file {self.baseFilename} ({exc}); "
                             "logging to it stops\n")
        logging.getLogger().removeHandler(self)


def usable_log_path(path: Path) -> str | None:
    """None when ``path`` can hold the log; otherwise why not (not a regular file, cannot be opened)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        return exc.strerror or str(exc)
    if info is not None and not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    try:  # O_NONBLOCK: a FIFO created in between cannot block the start-up
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o644)
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return "it is not a regular file"
    finally:
        os.close(fd)
    return None


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send log records to a rotating file in ``folder`` (default :func:`log_dir`); return its path.

    A log path that is not a regular file or cannot be opened is skipped with a warning on
    stderr (the app still starts; None is returned).
    """
    global _log_file
    folder = Path(folder) if folder is not None else log_dir()
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_nnlab_file", False)]:
        root.removeHandler(old)
        old.close()
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        problem: str | None = exc.strerror or str(exc)
    else:
        problem = usable_log_path(path)
    if problem is not None:
        _log_file = None
        log.warning("not logging to %s: %s", path, problem)  # Python's last-resort handler: stderr
        return None
    handler = _QuietFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8",
                                errors="backslashreplace")
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s")
    )
    handler._nnlab_file = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    _log_file = path
    log.info("logging to %s", path)
    return path


def route_qt_messages() -> None:
    """Send Qt's own warnings and errors to the log instead of only the console."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(mode: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


class _ErrorReporter(QObject):
    """Carries error messages from any thread to the GUI thread, which shows them."""

    report = Signal(str)

    def __init__(self, show: Callable[[str], None]) -> None:
        super().__init__()
        self._show = show
        self._showing = False
        self.report.connect(self._on_report)

    def _on_report(self, message: str) -> None:
        if self._showing:  # an error while the dialog is up: the log has it already
            return
        self._showing = True
        try:
            self._show(message)
        except Exception:  # the dialog itself failed; never let that recurse
            log.exception("could not show the error message")
        finally:
            self._showing = False


def show_error_dialog(message: str) -> None:
    """Show ``message`` about an unexpected error in a modal dialog."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    title = QCoreApplication.translate("ErrorDialog", "nnlab — unexpected error")
    intro = QCoreApplication.translate(
        "ErrorDialog", "Something went wrong, but nnlab is still running."
    )
    where = QCoreApplication.translate("ErrorDialog", "Details were written to the log file:")
    text = f"{intro}\n\n{message}"
    if _log_file is not None:
        text += f"\n\n{where}\n{_log_file}"
    QMessageBox.critical(QApplication.activeWindow(), title, text)


def _summary(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """Return ``"TypeName: message"`` for the learner."""
    detail = str(exc) if exc is not None else ""
    return f"{exc_type.__name__}: {detail}" if detail else exc_type.__name__


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Log uncaught exceptions (main and other threads) and pass a summary to ``show``."""
    global _reporter
    _reporter = _ErrorReporter(show or show_error_dialog)
    reporter = _reporter

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        logging.getLogger("nnlab.uncaught").error("uncaught exception\n%s", text)
        if QCoreApplication.instance() is not None:
            reporter.report.emit(_summary(exc_type, exc))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
