"""``nnlab --self-test``: open the real window, visit every lesson, train briefly in a thread.

Each lesson's background work (``start_sample_work``) is also started, and closing the lesson must
end it.

Prints exactly one line, ``self-test ok: ...`` (exit code 0) or ``self-test FAILED: ...``
(exit code 1).  A Qt timer and, behind it, a plain thread timer make sure it never hangs.
The learner's saved progress is untouched: settings go to a temporary file meanwhile.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from nnlab.user_data import USER_DATA_ENV
from ui import i18n
from ui.logging_setup import install_excepthook
from ui.settings import use_settings_file

log = logging.getLogger(__name__)

WATCHDOG_S = 60.0
HARD_WATCHDOG_S = 75.0
ITERATIONS = 50


class SelfTest(QObject):
    """Runs the checks step by step from the event loop, then quits the application."""

    def __init__(self, app: QApplication, language: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.language = i18n.normalize_language(language) or "en"
        self.result: str | None = None
        self.ok = False
        self.window = None
        self._run = None
        self._points = 0
        self._steps: Iterator[Callable[[], None]] = iter(())
        self._lessons_checked = 0
        self._lesson_failures: list[str] = []
        self._loss_plot = None
        self._accuracy_plot = None

    def start(self) -> None:
        """Begin (call from the running event loop)."""
        self._steps = iter(self._plan())
        self._next()

    def _plan(self) -> list[Callable[[], None]]:
        steps: list[Callable[[], None]] = [self._open_window]
        from ui.lessons import CATALOGUE

        steps += [lambda i=i: self._visit(i) for i in range(len(CATALOGUE))]
        other = "ja" if self.language == "en" else "en"
        steps += [lambda: self._check_language(other), lambda: self._check_language(self.language)]
        steps.append(self._check_export)
        steps.append(self._check_bundled_data)
        steps.append(self._check_own_data_and_runs)
        steps.append(self._check_background_work)
        steps.append(self._start_training)  # finishes through the run's `finished` signal
        return steps

    def _next(self) -> None:
        """Run the next step after letting the event loop breathe."""
        step = next(self._steps, None)
        if step is None:
            return
        QTimer.singleShot(0, lambda: self._guarded(step))

    def _guarded(self, step: Callable[[], None]) -> None:
        if self.result is not None:
            return
        try:
            step()
        except Exception as exc:  # any failure becomes the one-line verdict
            log.exception("self-test step failed")
            self.fail(f"{type(exc).__name__}: {exc}")
            return
        self._next()

    def _open_window(self) -> None:
        from ui.main_window import MainWindow

        i18n.set_language(self.app, self.language)
        self.window = MainWindow()
        self.window.show()

    def _visit(self, index: int) -> None:
        """Open lesson ``index``; a lesson that fails is recorded and the others still run."""
        from ui.lessons.base import LessonPage

        info = self.window.catalogue[index]
        try:
            self.window.go_to(index)
            page = self.window.page(index)
            if self.window.current_index() != index:
                raise RuntimeError("the navigator did not move to it")
            if not isinstance(page, LessonPage):
                raise RuntimeError(f"could not be loaded: {page.error}")
            self._check_page(page)
        except Exception as exc:  # collected, reported together at the end
            log.exception("self-test: lesson %s failed", info.id)
            self._lesson_failures.append(f"lesson {info.id}: {exc}")
            return
        self._lessons_checked += 1

    def _check_page(self, page: object) -> None:
        """Raise when the page reports a problem with its text, quiz or widget."""
        for part, error in (("text", page.text_error), ("quiz", page.quiz_error),
                            ("widget", page.widget_error)):
            if error:
                raise RuntimeError(f"{part} ({i18n.current_language()}): {error}")

    def _check_language(self, code: str) -> None:
        before = self.window.windowTitle()
        self.window.switch_language(code)
        self.app.processEvents()
        if i18n.current_language() != code:
            raise RuntimeError(f"language did not switch to {code}")
        if code != self.language and self.window.windowTitle() == before:
            raise RuntimeError(f"window title not translated to {code}")
        from ui.lessons.base import LessonPage

        for page in self.window.built_pages().values():
            if isinstance(page, LessonPage):  # pages that failed to load are already reported
                try:
                    self._check_page(page)
                except RuntimeError as exc:
                    self._lesson_failures.append(f"lesson {page.lesson.id}: {exc}")

    def _check_export(self) -> None:
        """Export a tiny experiment as script and notebook (a frozen build must carry the source)."""
        from nnlab.data import make_toy
        from nnlab.export import Experiment, export_notebook, export_script
        from nnlab.network import NetSpec
        from nnlab.run import TrainSettings

        data = make_toy("xor", seed=0)
        experiment = Experiment(NetSpec(2, (4,), 2), TrainSettings(iterations=5), data)
        with tempfile.TemporaryDirectory() as folder:
            script, _ = export_script(Path(folder) / "check.py", experiment)
            notebook, _ = export_notebook(Path(folder) / "check.ipynb", experiment, self.language)
            if "class MultiLayerNet" not in script.read_text(encoding="utf-8"):
                raise RuntimeError("the exported script lacks the engine's source")
            if notebook.stat().st_size == 0:
                raise RuntimeError("the exported notebook is empty")

    def _check_bundled_data(self) -> None:
        """The offline MNIST and the book's weights are inside and pass their checksums."""
        from nnlab.book_network import BOOK_ACCURACY, infer, load_book_network, load_test_images
        from nnlab.data import load_offline_mnist

        data = load_offline_mnist()
        if (len(data.x_train), len(data.x_test), data.input_size) != (8_000, 2_000, 784):
            raise RuntimeError(f"the offline MNIST is {data!r}")
        accuracy = infer(load_book_network(), *load_test_images()).accuracy
        if round(accuracy, 4) != BOOK_ACCURACY:
            raise RuntimeError(f"the book's network scores {accuracy}, not {BOOK_ACCURACY}")
    def _check_own_data_and_runs(self) -> None:
        """Import images in every format the import accepts and a CSV, and store a run (a frozen
        build must carry Pillow's plugins and SQLite)."""
        import numpy as np
        from PIL import Image

        from nnlab.data.own_data import read_csv
        from nnlab.data.own_images import read_image_folder
        from nnlab.run_store import RunStore, SavedRun
        from nnlab.trainer import History

        formats = ("png", "jpeg", "gif", "bmp", "tiff", "webp", "ppm")
        with tempfile.TemporaryDirectory() as folder:
            for shade, name in ((40, "dark"), (210, "light")):
                class_folder = Path(folder) / "images" / name
                class_folder.mkdir(parents=True)
                for fmt in formats:
                    Image.new("RGB", (30, 20), (shade,) * 3).save(class_folder / f"a.{fmt}")
            own = read_image_folder(Path(folder) / "images")
            if own.counts != [len(formats)] * 2 or abs(float(own.x[0].mean()) - 40 / 255) > 0.05:
                raise RuntimeError(f"images imported wrongly: {own.counts}")
            (Path(folder) / "points.csv").write_text("x,y,label\n0,0,a\n1,1,b\n", encoding="utf-8")
            if read_csv(Path(folder) / "points.csv").kind != "points":
                raise RuntimeError("the CSV of points was not read as points")
            store = RunStore.open(Path(folder) / "runs.sqlite3")
            history = History(losses=[1.0, 0.5], status="finished", iterations_done=2)
            run_id = store.save(SavedRun.from_history(history, name="check", dataset="xor", n_classes=2,
                                                      settings={}))
            if not np.allclose(store.load(run_id).losses, [1.0, 0.5]):
                raise RuntimeError("a saved run did not come back")

    def _check_background_work(self) -> None:
        """Start each lesson's long work and close the lesson: every thread it started must end."""
        from ui.background import BackgroundRunner
        from ui.lessons.base import LessonPage
        from ui.lessons.sample_work import sample_work_starters

        for page in self.window.built_pages().values():
            if not isinstance(page, LessonPage) or page.widget is None:
                continue
            for start in sample_work_starters(page.widget):
                start()
            running = [r for r in page.widget.findChildren(BackgroundRunner) if r.is_running()]
            page.shutdown()  # what closing the window does
            if any(runner.is_running() for runner in running):
                self._lesson_failures.append(f"lesson {page.lesson.id}: its work outlived closing it")

    def _start_training(self) -> None:
        import numpy as np

        from nnlab.data import load
        from nnlab.network import MultiLayerNet, NetSpec
        from nnlab.optimizers import make_optimizer
        from nnlab.trainer import Trainer
        from ui.training_worker import TrainingRun
        from ui.widgets.loss_plot import AccuracyPlot, LossPlot

        data = load("digits")
        spec = NetSpec(input_size=data.input_size, hidden=(32,), output_size=data.n_classes)
        net = MultiLayerNet(spec, rng=np.random.default_rng(0))
        trainer = Trainer(net, make_optimizer("SGD", 0.1), data, batch_size=50,
                          iterations=ITERATIONS, eval_every=25, seed=0)
        self._loss_plot, self._accuracy_plot = LossPlot(), AccuracyPlot()
        self._run = TrainingRun(trainer, parent=self)
        self._run.step_logged.connect(self._on_run_step_logged)
        self._run.evaluated.connect(self._on_run_evaluated)
        self._run.finished.connect(self._on_run_finished)
        self._run.start()

    def _on_run_step_logged(self, iterations: object, losses: object) -> None:
        self._points += len(losses)
        self._loss_plot.append(iterations, losses)

    def _on_run_evaluated(self, logs: dict) -> None:
        self._accuracy_plot.add_point(logs["iteration"], logs["train_acc"], logs["test_acc"])

    def _on_run_finished(self, history: object) -> None:
        QTimer.singleShot(0, lambda: self._guarded(lambda: self._check_training(history)))

    def _check_training(self, history: object) -> None:
        if history.status != "finished":
            raise RuntimeError(f"training ended as {history.status}: {history.message}")
        if not self._run.thread.wait(5000) or self._run.is_running():
            raise RuntimeError("the training thread did not stop")
        curve_points = len(self._loss_plot.data()[0])
        accuracy_points = len(self._accuracy_plot.data()[0])
        if self._points == 0 or curve_points == 0:
            raise RuntimeError("the loss curve received no points")
        if accuracy_points == 0:
            raise RuntimeError("the accuracy curve received no points")
        final = history.losses[-1] if history.losses else math.nan
        if not math.isfinite(final):
            raise RuntimeError(f"final loss is {final}")
        if self._lesson_failures:
            raise RuntimeError("; ".join(dict.fromkeys(self._lesson_failures)))  # each once
        self.succeed(
            f"{self._lessons_checked} lessons, languages en+ja, {history.iterations_done} "
            f"iterations on digits in a thread, {curve_points} loss points and "
            f"{accuracy_points} accuracy points plotted, final loss {final:.3f}"
        )

    def succeed(self, details: str) -> None:
        """Record success and close up."""
        self._finish(f"self-test ok: {details}", True)

    def fail(self, what: str) -> None:
        """Record failure (the first one wins) and close up."""
        self._finish(f"self-test FAILED: {what}", False)

    def _finish(self, line: str, ok: bool) -> None:
        if self.result is not None:
            return
        self.result, self.ok = line, ok
        if self._run is not None and not self._run.wait_finished(5000):
            self.result, self.ok = "self-test FAILED: the training thread did not stop", False
        for plot in (self._loss_plot, self._accuracy_plot):
            if plot is not None:
                plot.deleteLater()
        if self.window is not None:
            self.window.close()
        self.app.exit(0 if self.ok else 1)


def _hard_watchdog() -> None:
    """Last resort when the GUI thread is stuck and Qt timers cannot fire."""
    sys.stdout.write("self-test FAILED: hung (hard watchdog)\n")
    sys.stdout.flush()
    os._exit(1)


def run_self_test(app: QApplication, language: str | None = None) -> int:
    """Run the self-test in ``app``; print one line and return the exit code."""
    hard = threading.Timer(HARD_WATCHDOG_S, _hard_watchdog)
    hard.daemon = True
    hard.start()
    with tempfile.TemporaryDirectory(prefix="nnlab-self-test-") as folder:
        use_settings_file(Path(folder) / "settings.ini")
        os.environ[USER_DATA_ENV] = folder  # saved runs and imports stay out of the learner's own
        test = SelfTest(app, language)
        install_excepthook(show=lambda message: test.fail(f"uncaught exception: {message}"))
        QTimer.singleShot(int(WATCHDOG_S * 1000), lambda: test.fail(f"timed out after {WATCHDOG_S:g} s"))
        QTimer.singleShot(0, test.start)
        app.exec()
        use_settings_file(None)
    hard.cancel()
    line = test.result or "self-test FAILED: the event loop ended early"
    log.info("%s", line)  # also in the log: a windowed build on Windows may have no stdout
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
    return 0 if test.ok and test.result else 1
