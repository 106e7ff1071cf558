"""Saved runs on real widgets: a run that ends is stored, and the next playground shows it again."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from nnlab.run import TrainSettings
from nnlab.run_store import RunStore, default_store_path
from ui.run_archive import shared_archive
from ui.training_worker import stop_all_runs
from ui.widgets.playground import TrainingPlayground


@pytest.fixture
def archive():
    """The app's archive; the store is in this test's own user data folder (tests/conftest.py)."""
    yield shared_archive()
    assert stop_all_runs(10_000)


def store() -> RunStore:
    return RunStore.open(default_store_path())


def make_playground(qtbot) -> TrainingPlayground:
    widget = TrainingPlayground()
    qtbot.addWidget(widget)
    widget.picker.select("xor", noise=0.1)
    widget.hyper.set_settings(TrainSettings(lr=0.5, batch_size=20, iterations=200))
    return widget


def listed(qtbot, panel, count: int) -> None:
    qtbot.waitUntil(lambda: panel._listed and len(panel.runs) == count, timeout=10_000)


def test_a_finished_run_is_saved_and_shown_by_the_next_playground(qtbot, archive, tmp_path):
    first = make_playground(qtbot)
    listed(qtbot, first.saved_runs.panel, 0)
    with qtbot.waitSignal(archive.run_saved, timeout=30_000):
        qtbot.mouseClick(first.buttons["start"], Qt.MouseButton.LeftButton)
    [stored] = store().list_runs()
    assert stored.name == "lr=0.5, SGD, 2-50-2 relu"
    assert stored.dataset == "xor" and stored.status == "finished"
    assert stored.settings["lr"] == 0.5 and stored.settings["spec"]["input_size"] == 2
    assert stored.final["iterations"] == 200
    first.close()

    second = make_playground(qtbot)  # the next start of the app
    panel = second.saved_runs.panel
    listed(qtbot, panel, 1)
    assert second.tabs.tabText(second.tabs.count() - 1) == "Saved runs (1)"
    assert panel.tree.topLevelItem(0).text(3) == "2-D toy: XOR"  # as the data-set list names it
    panel.select([0])
    with qtbot.waitSignal(panel.overlay_requested, timeout=10_000):
        qtbot.mouseClick(panel.buttons["overlay"], Qt.MouseButton.LeftButton)
    assert second.loss_plot.run_labels() == [stored.name]
    assert second.acc_plot.run_labels() == [stored.name]
    x, _losses = second.loss_plot.runs[0].series[0].data()
    np.testing.assert_array_equal(x, np.arange(1, 201))
    assert second.tabs.currentIndex() == 0


def test_rename_export_delete_and_forget_all(qtbot, archive, tmp_path, monkeypatch):
    playground = make_playground(qtbot)
    panel = playground.saved_runs.panel
    for _ in range(2):
        with qtbot.waitSignal(archive.run_saved, timeout=30_000):
            qtbot.mouseClick(playground.buttons["start"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not playground.is_running())
    listed(qtbot, panel, 2)
    panel.rename_run(panel.runs[0], "  my first run ")
    qtbot.waitUntil(lambda: panel.runs[0].name == "my first run", timeout=10_000)
    with qtbot.waitSignal(archive.exported, timeout=10_000):
        panel.export_run(panel.runs[0], str(tmp_path / "first.csv"))
    lines = (tmp_path / "first.csv").read_text().splitlines()
    assert lines[0] == "iteration,loss,train_acc,test_acc" and len(lines) == 201
    panel.select([1])
    panel.delete_selected()
    listed(qtbot, panel, 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.buttons["forget"], Qt.MouseButton.LeftButton)
    archive.wait()
    assert store().count() == 1  # "No" keeps them
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.buttons["forget"], Qt.MouseButton.LeftButton)
    listed(qtbot, panel, 0)
    assert store().count() == 0
    assert "No saved runs yet" in panel.status_label.text()


def test_a_store_that_cannot_be_used_is_named_in_the_panel(qtbot, archive):
    path = default_store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database" * 64)
    panel = make_playground(qtbot).saved_runs.panel
    qtbot.waitUntil(lambda: "runs.sqlite3" in panel.status_label.text(), timeout=10_000)
    assert "cannot be used" in panel.status_label.text()
    assert path.read_bytes() == b"not a database" * 64  # never overwritten


def test_a_long_list_fills_the_table_in_chunks_in_order(qtbot, archive, monkeypatch):
    import ui.widgets.saved_runs as saved_runs
    from nnlab.run_store import SavedRun
    from nnlab.trainer import History

    monkeypatch.setattr(saved_runs, "FILL_CHUNK", 3)
    history = History(losses=[1.0, 0.5], status="finished", iterations_done=2)
    for k in range(10):
        store().save(SavedRun.from_history(history, name=f"run {k}", dataset="xor", n_classes=2,
                                           settings={}))
    panel = saved_runs.SavedRunsPanel("playground", archive)
    qtbot.addWidget(panel)
    listed(qtbot, panel, 10)
    panel.keep(history, name="new", dataset="xor", n_classes=2, settings={})  # saved meanwhile
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 11, timeout=10_000)
    names = [panel.tree.topLevelItem(k).text(0) for k in range(11)]
    assert names == [f"run {k}" for k in range(10)] + ["new"]


def test_an_export_that_cannot_be_written_says_so_and_keeps_the_runs(qtbot, archive, tmp_path):
    playground = make_playground(qtbot)
    panel = playground.saved_runs.panel
    with qtbot.waitSignal(archive.run_saved, timeout=30_000):
        qtbot.mouseClick(playground.buttons["start"], Qt.MouseButton.LeftButton)
    listed(qtbot, panel, 1)
    with qtbot.waitSignal(archive.failed, timeout=10_000):
        panel.export_run(panel.runs[0], str(tmp_path / "no such folder" / "run.csv"))
    assert panel.status_label.text().startswith("That did not work: ")
    assert "no such folder" in panel.status_label.text()
    assert store().count() == 1
