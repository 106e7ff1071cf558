"""Start the nnlab desktop app: ``nnlab [--lang en|ja] [--reset-progress] [--self-test]``.

Start-up is kept short: lesson modules (and pyqtgraph with them) are imported only when a lesson
page is first shown, and the first page is built just after the window appears.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from nnlab.resources import resource_path
from ui import i18n
from ui.logging_setup import (
    guard_std_streams,
    install_excepthook,
    route_qt_messages,
    setup_logging,
)
from ui.settings import Progress, saved_language

log = logging.getLogger(__name__)

ICON_SIZES = (256, 64)


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser of the app."""
    parser = argparse.ArgumentParser(
        prog="nnlab", description="nnlab: a desktop lab for learning neural networks from scratch."
    )
    parser.add_argument(
        "--lang", choices=sorted(i18n.LANGUAGES), help="language of the interface (default: saved "
        "choice, else the system language)"
    )
    parser.add_argument(
        "--reset-progress", action="store_true",
        help="forget completed lessons and quiz answers before starting",
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="open every lesson, train 50 iterations in a thread, print one line and exit",
    )
    return parser


def app_icon() -> QIcon:
    """Return the application icon (several sizes)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"nnlab_{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def create_application(qt_args: Sequence[str]) -> QApplication:
    """Return the QApplication (creating it once) with names and icon set."""
    QCoreApplication.setOrganizationName("nnlab")
    QCoreApplication.setApplicationName("nnlab")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "nnlab", *qt_args])
    app.setWindowIcon(app_icon())
    return app


def _start_logging() -> None:
    """Set up the log file; a read-only home folder must not stop the app."""
    try:
        setup_logging()
    except OSError as exc:
        logging.basicConfig(level=logging.INFO)
        log.warning("cannot write the log file: %s", exc)
    route_qt_messages()


def _set_windows_app_id() -> None:
    """Let Windows show nnlab's own icon in the taskbar (not Python's)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("nnlab.nnlab")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app and return its exit code."""
    started = time.perf_counter()
    guard_std_streams()
    args, qt_args = build_parser().parse_known_args(argv)
    _set_windows_app_id()
    app = create_application(qt_args)
    _start_logging()
    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test(app, language=args.lang)
    install_excepthook()
    i18n.set_language(app, i18n.initial_language(args.lang, saved_language()))
    progress = Progress()
    if args.reset_progress:
        progress.reset()
        log.info("progress reset from the command line")
    from ui.main_window import MainWindow

    window = MainWindow(progress)
    window.show()
    log.info("window shown %.3f s after main() started", time.perf_counter() - started)
    QTimer.singleShot(30, window.open_initial_lesson)  # the window paints before the first page
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
