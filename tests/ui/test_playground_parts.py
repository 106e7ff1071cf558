"""The playground's parts on their own: each works on what it is handed and reports by signals.

None of them imports the playground (no import cycle), and no module of the app connects a signal
to another object's private method.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from nnlab.data import toy
from nnlab.export import Experiment
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.run import TrainSettings, make_trainer
from nnlab.run_store import SavedRun
from nnlab.serialize import save_network
from ui.training_worker import NetworkSnapshot, stop_all_runs
from ui.widgets.loss_plot import AccuracyPlot, LossPlot
from ui.widgets.playground_files import PlaygroundFiles
from ui.widgets.playground_layout import linked_plots
from ui.widgets.playground_runs import PlaygroundRuns
from ui.widgets.playground_saved import PlaygroundSavedRuns
from ui.widgets.playground_views import LAYERS_TAB, NetworkViews
from ui.widgets.run_controls import RunControls

ROOT = Path(__file__).resolve().parents[2]
PARTS = ["playground_files", "playground_runs", "playground_saved", "playground_views",
         "playground_layout", "run_controls", "live_curves"]


@pytest.fixture(autouse=True)
def _no_thread_left():
    yield
    assert stop_all_runs(10_000)


def _imports(module: str) -> set[str]:
    """The ui modules ``module`` imports (also under TYPE_CHECKING)."""
    path = ROOT / Path(*module.split(".")).with_suffix(".py")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ui"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("ui"))
    return {m for m in found if (ROOT / Path(*m.split("."))).with_suffix(".py").is_file()}


@pytest.mark.parametrize("part", PARTS)
def test_no_part_of_the_playground_imports_it_even_indirectly(part):
    seen, todo = set(), [f"ui.widgets.{part}"]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(_imports(module))
    assert "ui.widgets.playground" not in seen


def test_no_signal_is_connected_to_another_objects_private_method():
    wrong = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect" and node.args):
                continue
            slot = node.args[0]
            if (isinstance(slot, ast.Attribute) and slot.attr.startswith("_")
                    and not slot.attr.startswith("__")
                    and not (isinstance(slot.value, ast.Name) and slot.value.id == "self")):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(slot)}")
    assert wrong == []


# --- PlaygroundFiles ---------------------------------------------------------------------------------
@pytest.fixture
def files(qtbot):
    """A File menu over a plain widget, with a network and an experiment it can be handed."""
    parent = QWidget()
    qtbot.addWidget(parent)
    loss_plot, acc_plot = LossPlot(), AccuracyPlot()
    for plot in (loss_plot, acc_plot):
        qtbot.addWidget(plot)
    handed = {"net": None, "experiment": None}
    widget = PlaygroundFiles(parent, {"loss": loss_plot, "accuracy": acc_plot},
                             network=lambda: handed["net"], experiment=lambda: handed["experiment"])
    widget.handed = handed
    return widget


def test_save_is_offered_only_with_a_network_and_exports_only_with_data(files):
    files.update_enabled(running=False, has_data=False)
    assert not files.actions["save"].isEnabled() and files.actions["load"].isEnabled()
    assert not files.actions["export_script"].isEnabled()
    files.handed["net"] = MultiLayerNet(NetSpec(2, (3,), 2), rng=np.random.default_rng(0))
    files.update_enabled(running=False, has_data=True)
    assert files.actions["save"].isEnabled() and files.actions["export_notebook"].isEnabled()
    files.update_enabled(running=True, has_data=True)
    assert not files.actions["save"].isEnabled() and not files.actions["load"].isEnabled()


def test_a_model_read_from_a_file_is_reported_not_applied(qtbot, files, tmp_path, monkeypatch):
    net = MultiLayerNet(NetSpec(2, (5,), 2), rng=np.random.default_rng(1))
    path = tmp_path / "model.npz"
    save_network(net, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(files.model_loaded, timeout=5_000) as blocker:
        files.actions["load"].trigger()
    loaded = blocker.args[0]
    assert loaded.spec == net.spec
    np.testing.assert_allclose(loaded.params["W1"], net.params["W1"])


def test_an_export_reports_its_note_and_without_an_experiment_writes_nothing(qtbot, files, tmp_path):
    assert not files.export_script(tmp_path / "none.py")
    assert not (tmp_path / "none.py").exists()
    dataset = toy.make_toy("xor")
    files.handed["experiment"] = Experiment(NetSpec(2, (4,), 2), TrainSettings(lr=0.5, iterations=5),
                                            dataset)
    with qtbot.waitSignal(files.exported, timeout=5_000) as blocker:
        assert files.export_script(tmp_path / "run.py")
    assert str(tmp_path / "run.py") in blocker.args[0] and (tmp_path / "run.py").is_file()


# --- PlaygroundRuns ----------------------------------------------------------------------------------
def _trainer(iterations: int = 50, seed: int = 0):
    dataset = toy.make_toy("xor")
    return make_trainer(NetSpec(2, (4,), 2), TrainSettings(lr=0.5, batch_size=20, iterations=iterations,
                                                           seed=seed), dataset)


def test_only_the_current_runs_signals_are_forwarded(qtbot):
    runs = PlaygroundRuns()
    first = runs.start(_trainer(iterations=10_000_000))
    qtbot.waitUntil(lambda: first.trainer.iteration > 5)
    runs.stop()
    finished: list[object] = []
    runs.finished.connect(finished.append)
    with qtbot.waitSignal(runs.finished, timeout=10_000) as blocker:
        second = runs.start(_trainer(iterations=30))
    qtbot.waitUntil(first.thread.isFinished)
    assert runs.current is second and blocker.args[0].iterations_done == 30
    assert len(finished) == 1  # the first run's late "finished" was dropped


def test_the_queue_gives_its_runs_in_order_and_stop_empties_it():
    runs = PlaygroundRuns()
    spec = NetSpec(2, (4,), 2)
    runs.enqueue([(spec, TrainSettings(lr=lr)) for lr in (0.1, 1.0)])
    assert runs.queued() == 2 and runs.next_queued()[1].lr == 0.1
    runs.stop()
    assert runs.queued() == 0 and runs.next_queued() is None


# --- NetworkViews, PlaygroundSavedRuns, RunControls ------------------------------------------------
def test_views_draw_the_layer_details_only_while_their_tab_is_shown(qtbot):
    loss_plot, acc_plot = LossPlot(), AccuracyPlot()
    views = NetworkViews((loss_plot, acc_plot))
    qtbot.addWidget(views.tabs)
    trainer = _trainer(iterations=3)
    snapshot = NetworkSnapshot.of(trainer.net, 3)
    views.show_snapshot(snapshot)
    assert views.diagram.spec == trainer.net.spec
    assert views.layer_panel.sections["weights"].currentIndex() == 0  # recorded, not drawn
    views.diagram.layer_clicked.emit(0)
    assert views.tabs.currentIndex() == LAYERS_TAB
    assert views.layer_panel.sections["weights"].currentIndex() == 1


def test_saved_runs_tab_overlays_into_the_plots_it_was_given(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "data"))
    loss_plot, acc_plot = linked_plots()
    views = NetworkViews((loss_plot, acc_plot))
    qtbot.addWidget(views.tabs)
    saved = PlaygroundSavedRuns(views.tabs, loss_plot, acc_plot)
    saved.retranslate()
    assert views.tabs.tabText(views.tabs.count() - 1) == "Saved runs"
    run = SavedRun(name="lr=0.5, SGD", dataset="xor", status="finished", verdict="ok", settings={},
                   final={}, losses=np.linspace(1, 0.1, 40), eval_iterations=np.array([20.0, 40.0]),
                   train_acc=np.array([0.5, 0.9]), test_acc=np.array([0.5, 0.8]))
    saved.set_running(True)
    saved.overlay(run)
    assert loss_plot.run_labels() == []  # not while a run draws into the plots
    saved.set_running(False)
    with qtbot.waitSignal(saved.overlaid, timeout=1_000):
        saved.overlay(run)
    assert loss_plot.run_labels() == acc_plot.run_labels() == ["lr=0.5, SGD"]


def test_run_controls_enable_what_the_state_allows(qtbot):
    controls = RunControls()
    for button in controls.buttons.values():
        qtbot.addWidget(button)
    controls.retranslate()
    controls.set_state(ready=True, running=False, paused=False)
    enabled = {key for key, button in controls.buttons.items() if button.isEnabled()}
    assert enabled == {"start", "step", "reset"}
    controls.set_state(ready=True, running=True, paused=True)
    enabled = {key for key, button in controls.buttons.items() if button.isEnabled()}
    assert enabled == {"pause", "step", "stop"} and controls.buttons["pause"].text() == "Resume"
    controls.show_ready()
    assert "Start" in controls.status_label.text()


def test_filled_replaces_each_placeholder_once_and_ten_before_one():
    from ui.sentences import filled

    assert filled("%2 before %1", "a", "b") == "b before a"
    assert filled("%1 / %10", *range(1, 11)) == "1 / 10"
    assert filled("%1 %", "98.1") == "98.1 %"


def test_filled_drops_the_template_space_only_between_japanese_and_a_japanese_value():
    from ui.sentences import filled

    assert filled("%1 と同じ曲線", "正則化なし") == "正則化なしと同じ曲線"
    assert filled("%1 と同じ曲線", "SGD") == "SGD と同じ曲線"  # a Latin value keeps its space
    assert filled("%1（%2 と同じ曲線）", "Dropout", "正則化なし") == "Dropout（正則化なしと同じ曲線）"
    assert filled("テスト精度 %1 の実行", "重み") == "テスト精度重みの実行"
    assert filled("same curve as %1", "正則化なし") == "same curve as 正則化なし"  # English keeps it
    assert filled("%3 left", "a") == "%3 left"  # a placeholder without a value stays
