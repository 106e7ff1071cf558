"""RunArchive: the GUI's access to the learner's saved runs, with all disk work off the GUI thread.

Opening the store, listing, saving, renaming, deleting and loading curves run one after another,
each as a job of one :class:`ui.background.BackgroundRunner` (so they never race); the results come
back as queued Qt signals. The GUI
thread only builds the :class:`~nnlab.run_store.SavedRun` (copying the History's lists) and hands
it over. One archive serves the whole app (:func:`shared_archive`); it finishes pending saves when
the application quits.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from nnlab.run_store import RunStore, RunStoreError, SavedRun, write_run_csv
from ui.background import BackgroundRunner

log = logging.getLogger(__name__)


class RunArchive(QObject):
    """Saved runs of a RunStore, read and written by background jobs in turn; answers: signals."""

    runs_listed = Signal(str, object)  # source ('' = all), list[SavedRun] without curves
    run_saved = Signal(object)  # SavedRun (with its new id)
    run_loaded = Signal(object, object)  # SavedRun with curves, the token given to load()
    runs_changed = Signal()  # a rename, delete or forget-all is done
    exported = Signal(str)  # path of a CSV file written
    failed = Signal(str)  # a message naming the file and what is wrong

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._store: RunStore | None = None
        self._problem = ""
        self._pending: deque[tuple[Callable[[RunStore], object], Future]] = deque()
        self._runner = BackgroundRunner(self, name="nnlab-run-store")
        self._runner.finished.connect(self._start_next)
        self._closed = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def problem(self) -> str:
        """Why the store cannot be used ('' when it can, or before it was first opened)."""
        return self._problem

    def path(self) -> Path | None:
        """The store's file, once opened."""
        return self._store.path if self._store is not None else self._path

    # --- requests (return at once; the answer is a signal) --------------------------------------
    def list_runs(self, source: str = "") -> Future:
        """List the stored runs of ``source`` ('' = all) -> runs_listed."""
        return self._submit(lambda store: self.runs_listed.emit(
            source, store.list_runs(source or None)))

    def save(self, run: SavedRun, later: dict[str, Callable[[], object]] | None = None) -> Future:
        """Store ``run`` -> run_saved (the only work left in the GUI thread is this call).

        ``later`` holds arrays of the run to compute first, in the worker (e.g. a summary of a
        network's weights that would take the GUI thread too long).
        """
        def work(store: RunStore) -> None:
            for name, compute in (later or {}).items():
                run.arrays[name] = np.asarray(compute(), dtype=np.float32)
            store.save(run)
            self.run_saved.emit(run)
        return self._submit(work)

    def load(self, run_id: int, token: object = None) -> Future:
        """Read run ``run_id`` with its curves -> run_loaded(run, token)."""
        return self._submit(lambda store: self.run_loaded.emit(store.load(run_id), token))

    def rename(self, run_id: int, name: str) -> Future:
        """Rename a run -> runs_changed."""
        return self._change(lambda store: store.rename(run_id, name))

    def delete(self, run_id: int) -> Future:
        """Delete a run -> runs_changed."""
        return self._change(lambda store: store.delete(run_id))

    def forget_all(self, source: str = "") -> Future:
        """Delete every run of ``source`` ('' = all) for good -> runs_changed."""
        return self._change(lambda store: store.forget_all(source or None))

    def export_csv(self, run_id: int, path: str) -> Future:
        """Write run ``run_id``'s curves to ``path`` as CSV -> exported(path)."""
        def work(store: RunStore) -> None:
            self.exported.emit(str(write_run_csv(store.load(run_id), path)))
        return self._submit(work)

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the requests made so far are done (tests, benchmarks, closing)."""
        while self._pending or self._runner.is_running():
            self._start_next()
            if not self._runner.wait(int(timeout * 1000)):
                raise TimeoutError(f"the run store did not answer within {timeout:g} s")

    def close(self) -> None:
        """Finish the pending saves; later requests are refused."""
        if not self._closed:
            self._closed = True
            try:
                self.wait()
            except TimeoutError as exc:
                log.error("%s; pending requests are lost", exc)

    # --- internals ---------------------------------------------------------------------------
    def _change(self, fn: Callable[[RunStore], object]) -> Future:
        def work(store: RunStore) -> None:
            fn(store)
            self.runs_changed.emit()
        return self._submit(work)

    def _submit(self, fn: Callable[[RunStore], object]) -> Future:
        future: Future = Future()
        if self._closed:
            future.set_exception(RunStoreError("the run store is closed"))
            return future
        self._pending.append((fn, future))
        self._start_next()
        return future

    @Slot()
    def _start_next(self) -> None:
        """Run the oldest pending request, unless one is running."""
        if self._pending and not self._runner.is_running():
            fn, future = self._pending.popleft()
            self._runner.start(lambda _task: self._call(fn, future),
                               description="run store request")

    def _call(self, fn: Callable[[RunStore], object], future: Future) -> None:
        """Run one request in the worker thread: its answer is a signal, a problem ``failed``."""
        try:
            if self._store is None:
                try:
                    self._store = RunStore.open(self._path)
                except RunStoreError as exc:
                    self._problem = str(exc)
                    raise
                log.info("run store: %s", self._store.path)
            future.set_result(fn(self._store))
        except (RunStoreError, OSError) as exc:
            log.error("run store problem: %s", exc)
            self.failed.emit(str(exc))
            future.set_exception(exc)
        except Exception as exc:
            log.exception("run store request failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            future.set_exception(exc)


_shared: RunArchive | None = None


def shared_archive() -> RunArchive:
    """The app's one archive of the store in the user data folder (created on first use)."""
    global _shared
    if _shared is None or _shared._closed:
        _shared = RunArchive()
    return _shared
