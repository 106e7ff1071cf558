"""Start the nnlab desktop app: ``nnlab [--lang en|ja] [--reset-progress] [--self-test]``.

Start-up is kept short: lesson modules (and pyqtgraph with them) are imported only when a lesson
page is first shown, and the first page is built just after the window appears.

The hidden flag ``--quit-after-show`` (start-up benchmark) prints ``window shown <seconds>`` at
the window's first paint and quits.  The seconds count from ``NNLAB_LAUNCH_T0`` (epoch seconds,
set by whoever launches the app) when given, else from the process start as the system reports
it, else from the import of this module.
"""

from __future__ import annotations

import time

_IMPORTED_AT = time.time()  # before the heavy imports below

import argparse  # noqa: E402 - the timestamp above must come first
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from nnlab.resources import resource_path  # noqa: E402
from ui import gui_gc, i18n  # noqa: E402
from ui.logging_setup import (  # noqa: E402
    guard_std_streams,
    install_excepthook,
    route_qt_messages,
    setup_logging,
)
from ui.settings import Progress, saved_language  # noqa: E402

log = logging.getLogger(__name__)

ICON_SIZES = (256, 64)
FIRST_PAINT_TIMEOUT_MS = 30_000


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
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser


def _process_start_epoch() -> float | None:
    """Return when this process started (epoch seconds) from Linux's /proc, else ``None``."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            seconds_up = float(uptime.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    started_after_boot = int(fields[19]) / ticks  # field 22 of stat; 2 fields precede ")"
    return time.time() - (seconds_up - started_after_boot)


def launch_epoch() -> tuple[float, str]:
    """Return the earliest known launch time (epoch seconds) and where it came from."""
    raw = os.environ.get("NNLAB_LAUNCH_T0", "").strip()
    if raw:
        try:
            return float(raw), "NNLAB_LAUNCH_T0"
        except ValueError:
            log.warning("ignoring NNLAB_LAUNCH_T0=%r: not a number of seconds", raw)
    process_start = _process_start_epoch()
    if process_start is not None and process_start <= _IMPORTED_AT:
        return process_start, "process start"
    return _IMPORTED_AT, "import of ui.app"


class _FirstPaintWatcher(QObject):
    """Prints ``window shown <seconds>`` at the window's first paint, then quits the app."""

    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, self._on_timeout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._report)  # after this paint has been carried out
        return False

    def _report(self) -> None:
        if self._done:
            return
        self._done = True
        t0, source = launch_epoch()
        seconds = time.time() - t0
        sys.stdout.write(f"window shown {seconds:.3f}\n")
        sys.stdout.flush()
        log.info("window shown %.3f s after %s", seconds, source)
        self._app.quit()

    def _on_timeout(self) -> None:
        if self._done:
            return
        self._done = True
        log.error("the window was not painted within %d ms", FIRST_PAINT_TIMEOUT_MS)
        sys.stderr.write("the window was not painted\n")
        self._app.exit(1)


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
    gui_gc.install(app)
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
    if args.quit_after_show:
        _FirstPaintWatcher(window, app)
        window.show()
        return app.exec()
    window.show()
    log.info("window shown %.3f s after main() started", time.perf_counter() - started)
    QTimer.singleShot(30, window.open_initial_lesson)  # the window paints before the first page
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
