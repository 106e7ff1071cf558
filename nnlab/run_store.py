"""RunStore: every finished, stopped or diverged training run, kept on disk between sessions.

The store is one SQLite file (``runs.sqlite3`` in :func:`nnlab.user_data.user_data_dir`), read and
written through Python's own ``sqlite3``. SQLite was chosen over one file per run because its
transactions are atomic: a save either commits completely or leaves no trace, so a crash or a kill
in the middle of a save never damages the runs saved before it. The write-ahead log (WAL) lets
the app list runs while a worker thread saves one.

Schema (``PRAGMA user_version`` = :data:`SCHEMA_VERSION`)::

    runs(id, name, created, source, dataset, status, verdict, settings JSON, final JSON)
    curves(run_id -> runs.id, losses, eval_iterations, train_acc, test_acc)   -- zlib'd float32
    run_arrays(run_id -> runs.id, name, data)   -- version 2: what a lesson draws besides the
                                                -- curves (e.g. "weight_quantiles"), zlib'd float32

A store written by another schema version is migrated when :data:`MIGRATIONS` knows the way, and
otherwise refused with a :class:`RunStoreError` that names the file and both versions; the file is
never changed or deleted in that case. Every connection is opened per call, so one RunStore can be
used from any thread.
"""

from __future__ import annotations

import csv
import json
import math
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnlab.run_verdict import learning_verdict
from nnlab.trainer import History
from nnlab.user_data import user_data_dir

SCHEMA_VERSION = 2
STORE_NAME = "runs.sqlite3"
MAX_NAME_LENGTH = 200
_CURVES = ("losses", "eval_iterations", "train_acc", "test_acc")

_SCHEMA = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    created REAL NOT NULL,
    source TEXT NOT NULL,
    dataset TEXT NOT NULL,
    status TEXT NOT NULL,
    verdict TEXT NOT NULL,
    settings TEXT NOT NULL,
    final TEXT NOT NULL
);
CREATE TABLE curves (
    run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    losses BLOB NOT NULL,
    eval_iterations BLOB NOT NULL,
    train_acc BLOB NOT NULL,
    test_acc BLOB NOT NULL
);
CREATE INDEX runs_by_source ON runs(source, created);
"""
_ARRAYS_TABLE = """
CREATE TABLE IF NOT EXISTS run_arrays (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (run_id, name)
);
"""



def _add_run_arrays(db: sqlite3.Connection) -> None:
    """Version 1 -> 2: a table for the arrays a lesson draws besides the curves (runs keep theirs)."""
    db.execute(_ARRAYS_TABLE)


# version -> function bringing a store of that version to version + 1 (inside one transaction).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_run_arrays}


class RunStoreError(Exception):
    """The run store cannot be opened or written; the message names the file and the reason."""


@dataclass
class SavedRun:
    """One run as stored: what it was (settings, data set), how it ended, and its curves."""

    name: str
    dataset: str
    status: str  # finished, cancelled (stopped by the learner) or diverged
    verdict: str  # ok, slow, too_high (nnlab.run_verdict) or diverged
    settings: dict  # training settings and the network spec ("spec")
    final: dict  # iterations, loss, train_acc, test_acc, seconds
    losses: np.ndarray = field(default_factory=lambda: np.empty(0, np.float32))
    eval_iterations: np.ndarray = field(default_factory=lambda: np.empty(0, np.float32))
    train_acc: np.ndarray = field(default_factory=lambda: np.empty(0, np.float32))
    test_acc: np.ndarray = field(default_factory=lambda: np.empty(0, np.float32))
    arrays: dict[str, np.ndarray] = field(default_factory=dict)  # e.g. "weight_quantiles"
    source: str = "playground"
    created: float = 0.0  # epoch seconds; 0 = now, when saved
    id: int | None = None

    @classmethod
    def from_history(cls, history: History, *, name: str, dataset: str, n_classes: int,
                     settings: dict, source: str = "playground",
                     arrays: dict[str, np.ndarray] | None = None) -> SavedRun:
        """The run a trainer's History describes, with its verdict and final figures."""
        verdict = "diverged" if history.status == "diverged" else learning_verdict(history, n_classes)
        losses = np.asarray(history.losses, dtype=np.float32)
        finite = losses[np.isfinite(losses)]
        final = {"iterations": int(history.iterations_done),
                 "loss": float(finite[-1]) if finite.size else math.nan,
                 "train_acc": float(history.final_train_acc), "test_acc": float(history.final_test_acc),
                 "seconds": float(history.train_seconds + history.eval_seconds)}
        return cls(name=name, dataset=dataset, status=history.status, verdict=verdict,
                   settings=settings, final=final, losses=losses,
                   eval_iterations=np.asarray(history.eval_iterations, dtype=np.float32),
                   train_acc=np.asarray(history.train_acc, dtype=np.float32),
                   test_acc=np.asarray(history.test_acc, dtype=np.float32), source=source,
                   arrays={k: np.asarray(v, dtype=np.float32) for k, v in (arrays or {}).items()})


def default_store_path() -> Path:
    """Where the learner's runs are kept."""
    return user_data_dir() / STORE_NAME


def _pack(values: np.ndarray) -> bytes:
    return zlib.compress(np.ascontiguousarray(values, dtype="<f4").tobytes(), 1)


def _unpack(blob: bytes) -> np.ndarray:
    return np.frombuffer(zlib.decompress(blob), dtype="<f4").astype(np.float32)


def _json(value: dict) -> str:
    return json.dumps(value, allow_nan=True, sort_keys=True)


class RunStore:
    """The learner's saved runs in one SQLite file; open with :meth:`open`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> RunStore:
        """Open (creating or migrating) the store; RunStoreError when it cannot be used."""
        store = cls(Path(path) if path is not None else default_store_path())
        try:
            store.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RunStoreError(
                f"{store.path.parent}: cannot create the folder ({exc.strerror or exc})") from None
        store._prepare()
        return store

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=10.0)
        except sqlite3.Error as exc:
            raise RunStoreError(f"{self.path}: cannot open the run store ({exc})") from None
        try:
            db.execute("PRAGMA foreign_keys = ON")
            # WAL + NORMAL: a commit is in the log before it returns, so a killed process loses
            # no committed run; a half-written transaction is rolled back on the next open.
            db.execute("PRAGMA synchronous = NORMAL")
            with db:  # one transaction: committed on success, rolled back on any exception
                yield db
        except sqlite3.DatabaseError as exc:
            raise RunStoreError(f"{self.path}: the run store cannot be used ({exc})") from None
        finally:
            db.close()

    def _prepare(self) -> None:
        with self._connect() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if version == SCHEMA_VERSION:
                return
            if version == 0 and not tables:  # a new, empty file
                db.executescript("BEGIN;" + _SCHEMA + _ARRAYS_TABLE
                                 + f"PRAGMA user_version = {SCHEMA_VERSION};COMMIT;")
                db.execute("PRAGMA journal_mode = WAL")
                return
            self._migrate(db, version)

    def _migrate(self, db: sqlite3.Connection, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise RunStoreError(
                f"{self.path}: these runs were saved by a newer nnlab (store version {version}; this "
                f"nnlab reads version {SCHEMA_VERSION}). They were left untouched; update nnlab to see them.")
        start = version
        db.execute("BEGIN IMMEDIATE")  # every step and the new version commit together, or none
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise RunStoreError(
                    f"{self.path}: this file holds runs in store version {start}, which this nnlab "
                    f"(version {SCHEMA_VERSION}) cannot convert. It was left untouched; move it away to "
                    "start a new store.")
            step(db)
            version += 1
            db.execute(f"PRAGMA user_version = {version}")

    # --- writing ----------------------------------------------------------------------------------
    def save(self, run: SavedRun) -> int:
        """Store ``run`` in one transaction and return its id (also set on ``run``)."""
        created = run.created or time.time()
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO runs(name, created, source, dataset, status, verdict, settings, final) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (run.name[:MAX_NAME_LENGTH], created, run.source, run.dataset, run.status, run.verdict,
                 _json(run.settings), _json(run.final)))
            run_id = int(cursor.lastrowid)
            db.execute("INSERT INTO curves(run_id, losses, eval_iterations, train_acc, test_acc) "
                       "VALUES (?, ?, ?, ?, ?)", (run_id, *(_pack(getattr(run, c)) for c in _CURVES)))
            db.executemany("INSERT INTO run_arrays(run_id, name, data) VALUES (?, ?, ?)",
                           [(run_id, name, _pack(values)) for name, values in run.arrays.items()])
        run.id, run.created = run_id, created
        return run_id

    def rename(self, run_id: int, name: str) -> None:
        """Give run ``run_id`` a new name."""
        with self._connect() as db:
            db.execute("UPDATE runs SET name = ? WHERE id = ?", (name[:MAX_NAME_LENGTH], run_id))

    def delete(self, run_id: int) -> None:
        """Remove run ``run_id`` and its curves."""
        with self._connect() as db:
            db.execute("DELETE FROM runs WHERE id = ?", (run_id,))

    def forget_all(self, source: str | None = None) -> int:
        """Delete every run (of ``source`` when given) and reclaim the space; returns how many."""
        with self._connect() as db:
            where, args = ("WHERE source = ?", (source,)) if source is not None else ("", ())
            count = db.execute(f"DELETE FROM runs {where}", args).rowcount
        try:  # VACUUM frees the pages, so deleted curves are really gone from the file
            db = sqlite3.connect(self.path, timeout=10.0)
            try:
                db.execute("VACUUM")
            finally:
                db.close()
        except sqlite3.Error:
            pass  # the runs are deleted; only the space is not yet given back
        return count

    # --- reading ----------------------------------------------------------------------------------
    def list_runs(self, source: str | None = None) -> list[SavedRun]:
        """Every run (of ``source`` when given), oldest first, without their curves (fast)."""
        where, args = ("WHERE source = ?", (source,)) if source is not None else ("", ())
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, name, created, source, dataset, status, verdict, settings, final "
                f"FROM runs {where} ORDER BY created, id", args).fetchall()
        return [self._run_of(row) for row in rows]

    def load(self, run_id: int) -> SavedRun:
        """Run ``run_id`` with its curves; RunStoreError when it is not there (any more)."""
        with self._connect() as db:
            row = db.execute("SELECT id, name, created, source, dataset, status, verdict, settings, "
                             "final FROM runs WHERE id = ?", (run_id,)).fetchone()
            blobs = db.execute("SELECT losses, eval_iterations, train_acc, test_acc FROM curves "
                               "WHERE run_id = ?", (run_id,)).fetchone()
            arrays = db.execute("SELECT name, data FROM run_arrays WHERE run_id = ?", (run_id,)).fetchall()
        if row is None or blobs is None:
            raise RunStoreError(f"{self.path}: run {run_id} is not in the store")
        run = self._run_of(row)
        try:
            for name, blob in zip(_CURVES, blobs, strict=True):
                setattr(run, name, _unpack(blob))
            run.arrays = {name: _unpack(blob) for name, blob in arrays}
        except (zlib.error, ValueError) as exc:
            raise RunStoreError(f"{self.path}: the curves of run {run_id} are damaged ({exc})") from None
        if not len(run.eval_iterations) == len(run.train_acc) == len(run.test_acc):
            raise RunStoreError(f"{self.path}: the curves of run {run_id} are damaged "
                                "(the accuracy curves differ in length)")
        return run

    def count(self) -> int:
        """How many runs are stored."""
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM runs").fetchone()[0])

    @staticmethod
    def _run_of(row: tuple) -> SavedRun:
        run_id, name, created, source, dataset, status, verdict, settings, final = row
        return SavedRun(name=name, dataset=dataset, status=status, verdict=verdict,
                        settings=json.loads(settings), final=json.loads(final), source=source,
                        created=created, id=run_id)


def write_run_csv(run: SavedRun, path: str | os.PathLike[str]) -> Path:
    """Write a run's curves as CSV: one row per iteration (loss), accuracies where measured.

    Written to a temporary file first and then renamed, so a failed export leaves no half file.
    """
    path = Path(path)
    measured = zip(run.eval_iterations, run.train_acc, run.test_acc, strict=True)
    accuracy = {int(i): (a, b) for i, a, b in measured}
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["iteration", "loss", "train_acc", "test_acc"])
            for i, loss in enumerate(run.losses, start=1):
                train, test = accuracy.pop(i, ("", ""))
                out.writerow([i, f"{loss:.6g}", _cell(train), _cell(test)])
            for i, (train, test) in sorted(accuracy.items()):  # measured where no loss was logged
                out.writerow([i, "", _cell(train), _cell(test)])
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _cell(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value:.6g}"
