"""RunStore: saves survive a killed process, other schema versions are migrated or refused, CSV export."""

from __future__ import annotations

import math
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import zlib

import numpy as np
import pytest

from nnlab import run_store
from nnlab.run_store import RunStore, RunStoreError, SavedRun, write_run_csv
from nnlab.trainer import History

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _history(status: str = "finished", n: int = 200) -> History:
    losses = list(np.linspace(2.3, 0.3, n))
    return History(losses=losses, eval_iterations=[100, 200], train_acc=[0.5, 0.9],
                   test_acc=[0.45, 0.88], status=status, iterations_done=n, train_seconds=1.5)


def _run(name: str = "lr=0.1, SGD", **kwargs) -> SavedRun:
    return SavedRun.from_history(_history(**kwargs), name=name, dataset="digits", n_classes=10,
                                 settings={"lr": 0.1, "optimizer": "SGD"})


def test_a_saved_run_comes_back_with_its_curves_and_figures(tmp_path):
    store = RunStore.open(tmp_path / "runs.sqlite3")
    run_id = store.save(_run())
    [listed] = store.list_runs()
    assert listed.id == run_id and listed.name == "lr=0.1, SGD" and listed.dataset == "digits"
    assert listed.losses.size == 0  # listing does not read the curves
    loaded = store.load(run_id)
    np.testing.assert_allclose(loaded.losses, np.linspace(2.3, 0.3, 200), rtol=1e-6)
    np.testing.assert_array_equal(loaded.eval_iterations, [100, 200])
    assert loaded.final["test_acc"] == pytest.approx(0.88)
    assert loaded.final["iterations"] == 200 and loaded.verdict == "ok"
    assert loaded.settings == {"lr": 0.1, "optimizer": "SGD"}


def test_a_diverged_run_keeps_its_status_and_verdict(tmp_path):
    store = RunStore.open(tmp_path / "runs.sqlite3")
    history = _history(status="diverged")
    history.losses[-1] = math.inf
    run = SavedRun.from_history(history, name="lr=50", dataset="xor", n_classes=2, settings={})
    loaded = store.load(store.save(run))
    assert (loaded.status, loaded.verdict) == ("diverged", "diverged")
    assert math.isinf(loaded.losses[-1]) and loaded.final["loss"] == pytest.approx(0.31, abs=0.005)


def test_accuracy_curves_of_different_lengths_are_refused_as_damaged(tmp_path):
    store = RunStore.open(tmp_path / "runs.sqlite3")
    run_id = store.save(_run())
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE curves SET test_acc = ? WHERE run_id = ?", (run_store._pack(np.ones(1)), run_id))
    with pytest.raises(RunStoreError, match="damaged"):
        store.load(run_id)


def test_rename_delete_and_forget_all(tmp_path):
    store = RunStore.open(tmp_path / "runs.sqlite3")
    ids = [store.save(_run(f"run {k}")) for k in range(3)]
    store.rename(ids[0], "my best run")
    store.delete(ids[1])
    assert [r.name for r in store.list_runs()] == ["my best run", "run 2"]
    with pytest.raises(RunStoreError, match="not in the store"):
        store.load(ids[1])
    assert store.forget_all() == 2
    assert store.count() == 0
    for path in tmp_path.glob("runs.sqlite3*"):  # the file, its write-ahead log and index
        assert b"my best run" not in path.read_bytes()  # really forgotten, not only unlinked


def test_runs_of_one_source_are_listed_and_forgotten_alone(tmp_path):
    store = RunStore.open(tmp_path / "runs.sqlite3")
    store.save(_run("a"))
    other = _run("b")
    other.source = "optimizers"
    store.save(other)
    assert [r.name for r in store.list_runs("optimizers")] == ["b"]
    assert store.forget_all("playground") == 1
    assert [r.name for r in store.list_runs()] == ["b"]


def test_the_default_store_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NNLAB_USER_DATA", str(tmp_path / "user"))
    store = RunStore.open()
    assert store.path == tmp_path / "user" / "runs.sqlite3" and store.path.is_file()


def test_a_store_of_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "runs.sqlite3"
    RunStore.open(path).save(_run())
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {run_store.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(RunStoreError, match="newer nnlab") as info:
        RunStore.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_a_store_of_an_older_version_without_a_migration_is_refused_and_kept(tmp_path):
    path = tmp_path / "runs.sqlite3"
    with sqlite3.connect(path) as db:  # a store from before the schema was versioned
        db.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT, curve TEXT)")
        db.execute("INSERT INTO runs(name, curve) VALUES ('old run', '[2.3, 1.0]')")
    with pytest.raises(RunStoreError, match=r"store version 0.*left untouched"):
        RunStore.open(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name FROM runs").fetchall() == [("old run",)]


def test_an_older_version_is_migrated_when_a_migration_is_known(tmp_path, monkeypatch):
    path = tmp_path / "runs.sqlite3"
    RunStore.open(path).save(_run("kept"))
    with sqlite3.connect(path) as db:  # pretend the file is one version older
        db.execute(f"PRAGMA user_version = {run_store.SCHEMA_VERSION - 1}")
    steps = []
    monkeypatch.setitem(run_store.MIGRATIONS, run_store.SCHEMA_VERSION - 1,
                        lambda db: steps.append(db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]))
    store = RunStore.open(path)
    assert steps == [1]
    assert [r.name for r in store.list_runs()] == ["kept"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == run_store.SCHEMA_VERSION


_VERSION_1 = """
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, created REAL NOT NULL,
    source TEXT NOT NULL, dataset TEXT NOT NULL, status TEXT NOT NULL, verdict TEXT NOT NULL,
    settings TEXT NOT NULL, final TEXT NOT NULL);
CREATE TABLE curves (run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    losses BLOB NOT NULL, eval_iterations BLOB NOT NULL, train_acc BLOB NOT NULL,
    test_acc BLOB NOT NULL);
CREATE INDEX runs_by_source ON runs(source, created);
PRAGMA user_version = 1;
"""


def _version_1_store(path) -> None:
    """A store as nnlab wrote it before runs kept arrays besides their curves (schema version 1)."""
    def pack(values: list[float]) -> bytes:
        return zlib.compress(np.asarray(values, dtype="<f4").tobytes(), 1)

    with sqlite3.connect(path) as db:
        db.executescript(_VERSION_1)
        db.execute("INSERT INTO runs(name, created, source, dataset, status, verdict, settings, final) "
                   "VALUES ('from version 1', 1.0, 'lesson:OverfittingWidget', 'digits', 'finished', "
                   "'ok', '{\"lr\": 0.01}', '{\"iterations\": 3}')")
        db.execute("INSERT INTO curves VALUES (1, ?, ?, ?, ?)",
                   (pack([2.3, 2.0, 1.5]), pack([3]), pack([0.5]), pack([0.4])))


def test_a_version_1_store_is_migrated_and_keeps_its_runs(tmp_path):
    path = tmp_path / "runs.sqlite3"
    _version_1_store(path)
    store = RunStore.open(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == run_store.SCHEMA_VERSION == 2
    [old] = store.list_runs("lesson:OverfittingWidget")
    loaded = store.load(old.id)
    assert loaded.name == "from version 1" and loaded.settings == {"lr": 0.01}
    np.testing.assert_allclose(loaded.losses, [2.3, 2.0, 1.5], rtol=1e-6)
    assert loaded.arrays == {}  # saved before runs kept arrays: it has none, and says so
    run = _run("with arrays")
    run.arrays = {"weight_quantiles": np.linspace(-0.5, 0.5, 11, dtype=np.float32)}
    again = RunStore.open(path).load(store.save(run))  # opening a migrated store changes nothing
    np.testing.assert_array_equal(again.arrays["weight_quantiles"], run.arrays["weight_quantiles"])
    store.delete(again.id)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM run_arrays").fetchone()[0] == 0  # deleted with its run


def test_a_failed_migration_leaves_the_store_at_its_version(tmp_path, monkeypatch):
    path = tmp_path / "runs.sqlite3"
    _version_1_store(path)

    def half_done(db):
        db.execute("CREATE TABLE run_arrays (run_id INTEGER, name TEXT, data BLOB)")
        raise sqlite3.OperationalError("disk I/O error")  # e.g. the disk filled up mid-way

    monkeypatch.setitem(run_store.MIGRATIONS, 1, half_done)
    with pytest.raises(RunStoreError, match=r"runs\.sqlite3"):
        RunStore.open(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "run_arrays" not in tables  # rolled back as one transaction
    monkeypatch.undo()
    assert [r.name for r in RunStore.open(path).list_runs()] == ["from version 1"]


def test_a_file_that_is_not_a_database_is_refused_with_its_name(tmp_path):
    path = tmp_path / "runs.sqlite3"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(RunStoreError, match=r"runs\.sqlite3"):
        RunStore.open(path)


_SAVE_LOOP = textwrap.dedent("""
    import sys
    from nnlab.run_store import RunStore, SavedRun
    from nnlab.trainer import History
    store = RunStore.open(sys.argv[1])
    history = History(losses=[2.3 - k / 500 for k in range(1000)], eval_iterations=[500, 1000],
                      train_acc=[0.5, 0.8], test_acc=[0.5, 0.7], status="finished",
                      iterations_done=1000)
    for k in range(1000):
        run_id = store.save(SavedRun.from_history(history, name=f"run {k}", dataset="digits",
                                                  n_classes=10, settings={"k": k}))
        print(run_id, flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_in_a_save_loop_loses_no_completed_run(tmp_path):
    path = tmp_path / "runs.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", _SAVE_LOOP, str(path)], stdout=subprocess.PIPE,
                            text=True, env=dict(os.environ, PYTHONPATH=REPO))
    completed = []
    for line in proc.stdout:
        completed.append(int(line))
        if len(completed) == 150:
            os.kill(proc.pid, signal.SIGKILL)  # in the middle of the next saves
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    store = RunStore.open(path)
    ids = {run.id for run in store.list_runs()}
    assert set(completed) <= ids
    assert len(ids) < 1000  # the loop really was interrupted
    for run_id in sorted(ids):
        assert store.load(run_id).losses.size == 1000  # no run saved without its curves


def test_csv_export_has_a_row_per_iteration_and_the_accuracies(tmp_path):
    run = _run()
    path = write_run_csv(run, tmp_path / "run.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "iteration,loss,train_acc,test_acc"
    assert len(lines) == 201
    assert lines[1].startswith("1,2.3,,")
    assert lines[100] == "100,1.30503,0.5,0.45"
    assert not list(tmp_path.glob(".*.tmp"))
