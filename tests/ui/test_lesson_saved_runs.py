"""The comparison lessons keep every run; after a restart they list them and draw any of them again."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lesson_support import in_japanese, show_lesson, train_every_row
from nnlab.experiments import quantile_shares, weight_shares
from nnlab.run_store import RunStore, SavedRun, default_store_path
from nnlab.trainer import History
from ui import run_archive
from ui.lessons.batch_norm import BatchNormWidget
from ui.lessons.optimizers.training import OptimizerTraining
from ui.lessons.overfitting import OverfittingWidget
from ui.lessons.weight_init import InitTraining
from ui.widgets.comparison_plots import moving_average

pytestmark = pytest.mark.usefixtures("offline_digits")
CLICK = Qt.MouseButton.LeftButton


def train(qtbot, lesson, iterations: int = 10) -> None:
    """Run every row for a few iterations and wait until each run is in the store."""
    panel = lesson.run_bar.saved_button.panel
    before = len(panel.runs)
    assert train_every_row(qtbot, lesson, iterations) == [True]
    qtbot.waitUntil(lambda: len(panel.runs) == before + len(lesson.histories), timeout=10_000)


def restart(qtbot, qapp, lesson, make_widget):
    """Close the lesson and the run archive, as quitting does; open the lesson again on the same store."""
    lesson.close()
    run_archive.shared_archive().close()
    run_archive._shared = None
    again = show_lesson(qtbot, qapp, make_widget)
    panel = again.run_bar.saved_button.panel
    qtbot.waitUntil(lambda: panel._listed, timeout=10_000)
    return again


def overlay(qtbot, lesson, name: str) -> tuple[str, SavedRun]:
    """Open the Saved runs window, choose the run called ``name`` and press Show in plots."""
    button = lesson.run_bar.saved_button
    qtbot.mouseClick(button, CLICK)
    assert button.dialog.isVisible()
    panel = button.panel
    panel.select([[run.name for run in panel.runs].index(name)])
    with qtbot.waitSignal(panel.overlay_requested, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.buttons["overlay"], CLICK)
    run = blocker.args[0]
    key = lesson.overlays.key_of(run)
    assert key in lesson.overlays.runs
    return key, run


@pytest.mark.parametrize("make_widget, row, saved_name", [
    (OptimizerTraining, "SGD", "SGD lr 0.01"),
    (InitTraining, "he", "He (√(2/n)) · SGD lr 0.01"),
])
def test_a_run_of_an_earlier_session_is_drawn_again_with_its_saved_points(
        qtbot, qapp, tmp_path, make_widget, row, saved_name):
    first = show_lesson(qtbot, qapp, make_widget)
    train(qtbot, first)
    history = first.histories[row]
    stored = RunStore.open(default_store_path()).list_runs(f"lesson:{make_widget.__name__}")
    assert sorted(run.name for run in stored) == sorted(first.saved_name(k) for k in first.histories)
    kept = next(run for run in stored if run.name == saved_name)
    assert kept.settings["iterations"] == 10 and kept.settings["run"]["key"] == row
    assert kept.settings["comparison"] == first.COMPARISON and kept.settings["preset"] == first.preset_name
    assert kept.final["test_acc"] == pytest.approx(history.test_acc[-1])

    second = restart(qtbot, qapp, first, make_widget)
    assert second.run_bar.saved_button.text() == f"Saved runs ({len(stored)})…"
    assert not second.histories  # nothing trained in this session
    key, run = overlay(qtbot, second, saved_name)
    plots = second.plots
    x, loss = plots.loss_curves[key].getData()
    np.testing.assert_array_equal(x, np.arange(1, 11))
    np.testing.assert_array_equal(loss, moving_average(run.losses))  # the saved points, as drawn live
    np.testing.assert_allclose(loss, moving_average(history.losses), rtol=1e-6)
    for curve, saved, live in ((plots.train_curves[key], run.train_acc, history.train_acc),
                               (plots.test_curves[key], run.test_acc, history.test_acc)):
        its, acc = curve.getData()
        np.testing.assert_array_equal(its, run.eval_iterations)
        np.testing.assert_array_equal(its, history.eval_iterations)
        np.testing.assert_array_equal(acc, saved)
        np.testing.assert_allclose(acc, live, rtol=1e-6)
    assert key in plots.saved and plots.loss_curves[key].opts["pen"].style() == Qt.PenStyle.DotLine
    legend = second.overlays.legend
    assert legend.isVisible() and saved_name in legend.text()
    shape = "-".join(str(n) for n in (64, *first.setup().hidden, 10))
    assert run.dataset == "digits"  # the data set is named as the data-set list names it
    assert legend.toolTip() == (f"{saved_name}: network {shape}, batch {first.setup().batch_size}, "
                                "10 iterations on 8×8 digits (small)")
    panel = second.run_bar.saved_button.panel
    assert {panel.tree.topLevelItem(i).text(3) for i in range(len(panel.runs))} == {"8×8 digits (small)"}

    # rename, export and delete in the window: the plots follow
    saved = next(r for r in panel.runs if r.id == run.id)
    with qtbot.waitSignal(panel.count_changed, timeout=10_000):
        panel.rename_run(saved, "my first SGD")
    qtbot.waitUntil(lambda: "my first SGD" in legend.text(), timeout=10_000)
    path = tmp_path / "run.csv"
    with qtbot.waitSignal(panel.archive.exported, timeout=10_000):
        panel.export_run(saved, str(path))
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    np.testing.assert_allclose([float(r["loss"]) for r in rows], history.losses, rtol=1e-5)
    panel.select([[r.id for r in panel.runs].index(run.id)])
    qtbot.mouseClick(panel.buttons["delete"], CLICK)
    qtbot.waitUntil(lambda: key not in second.overlays.runs, timeout=10_000)
    assert key not in plots.loss_curves and not legend.isVisible()


def test_the_legend_takes_a_saved_run_out_and_a_new_training_leaves_it(qtbot, qapp):
    first = show_lesson(qtbot, qapp, OptimizerTraining)
    train(qtbot, first)
    second = restart(qtbot, qapp, first, OptimizerTraining)
    key, _ = overlay(qtbot, second, "Adam lr 0.01 β 0.9/0.999")
    assert not second.overlays.notes[key]
    train(qtbot, second)  # this session's rows train beside the saved run: Adam's curves are the same
    assert key in second.plots.loss_curves and len(second.plots.loss_curves[key].getData()[1]) == 10
    assert second.overlays.notes[key] == "same curve as Adam" and "same curve as Adam" in (
        second.overlays.legend.text())
    assert second.plots.loss_curves[key].zValue() < second.plots.loss_curves["Adam"].zValue()
    with in_japanese(qapp):  # the legend follows a language switch
        assert second.overlays.legend.text().startswith("グラフに重ねた保存済みの実行（点線）：")
        assert "Adam と同じ曲線" in second.overlays.legend.text()
    assert second.overlays.legend.text().startswith("Saved runs in the plots (dotted):")
    second.plots.set_visible_runs({"SGD"})  # choosing rows leaves the saved run alone
    assert second.plots.loss_curves[key].isVisible() and not second.plots.loss_curves["Adam"].isVisible()
    second.overlays.legend.linkActivated.emit(key)  # the "take out" link
    assert key not in second.plots.loss_curves and not second.overlays.runs


def test_overfitting_draws_a_saved_runs_weight_histogram_from_its_quantiles(qtbot, qapp):
    first = show_lesson(qtbot, qapp, OverfittingWidget)
    train(qtbot, first)
    name = first.saved_name("l2")
    assert name == "L2 weight decay · SGD lr 0.01, L2 λ 0.1"
    live_weights = first.weights["l2"]
    second = restart(qtbot, qapp, first, OverfittingWidget)
    key, run = overlay(qtbot, second, name)
    quantiles = run.arrays["weight_quantiles"]
    assert quantiles.size == 1001 and quantiles[0] == live_weights.min()
    assert quantiles[-1] == pytest.approx(live_weights.max())
    edges, shares = second.saved_weights[key][1].getData()
    np.testing.assert_array_equal(shares, quantile_shares(quantiles, edges))
    # within the summary's bound of the histogram the first session drew from every weight
    np.testing.assert_array_less(np.abs(shares - weight_shares(live_weights, edges)), 2 / 1000 + 1e-6)
    np.testing.assert_array_equal(second.test_curves[key].getData()[1], run.test_acc)
    assert second.overlays.notes[key] == ""
    second.overlays.remove(key)
    assert key not in second.saved_weights and not second.weight_plot.listDataItems()[5:]


def test_a_saved_run_without_a_histogram_says_so(qtbot, qapp):
    history = History(losses=[2.3, 2.0], eval_iterations=[2], train_acc=[0.3], test_acc=[0.2],
                      status="finished", iterations_done=2)
    RunStore.open(default_store_path()).save(SavedRun.from_history(
        history, name="from an older nnlab", dataset="digits", n_classes=10, settings={},
        source="lesson:OverfittingWidget"))
    lesson = show_lesson(qtbot, qapp, OverfittingWidget)
    qtbot.waitUntil(lambda: len(lesson.run_bar.saved_button.panel.runs) == 1, timeout=10_000)
    key, _ = overlay(qtbot, lesson, "from an older nnlab")
    np.testing.assert_array_equal(lesson.train_curves[key].getData()[1], np.float32([0.3]))
    assert key not in lesson.saved_weights
    assert "no weight histogram" in lesson.overlays.legend.text()


def test_batch_norm_draws_a_saved_run_into_the_plot_of_its_scale(qtbot, qapp):
    first = show_lesson(qtbot, qapp, BatchNormWidget)
    first.scales_combo.setCurrentIndex(first.scales_combo.findData(4))
    train(qtbot, first, iterations=20)
    assert len(first.histories) == 8
    name = first.saved_name("1:bn")
    assert name == "with batch norm · SGD lr 0.01 · std 0.046"
    second = restart(qtbot, qapp, first, BatchNormWidget)
    second.scales_combo.setCurrentIndex(second.scales_combo.findData(4))
    key, run = overlay(qtbot, second, name)
    plot, curve = second.saved_curves[key]
    assert plot is second.plots[1]
    its, acc = curve.getData()
    np.testing.assert_array_equal(its, run.eval_iterations)
    np.testing.assert_array_equal(acc, run.train_acc)
    np.testing.assert_allclose(acc, first.histories["1:bn"].train_acc, rtol=1e-6)
    second.iterations_spin.setValue(10)  # shorter runs to come: the plots still span the saved one
    assert second.plots[1].viewRange()[0][1] >= 20
    second.shown_combo.setCurrentIndex(second.shown_combo.findData("test"))
    np.testing.assert_array_equal(second.saved_curves[key][1].getData()[1], run.test_acc)
    # 16 scales include std 0.046 (the fifth below 1), 8 scales do not: the legend says where it is seen
    second.scales_combo.setCurrentIndex(second.scales_combo.findData(16))
    assert second.saved_curves[key][0] is second.plots[5] and not second.overlays.notes[key]
    second.scales_combo.setCurrentIndex(second.scales_combo.findData(8))
    assert key not in second.saved_curves
    assert "std 0.046 is not among these plots: choose 4 weight scales" in second.overlays.legend.text()


def test_batch_norm_draws_a_saved_run_that_diverged_before_its_first_measurement(qtbot, qapp):
    lesson = show_lesson(qtbot, qapp, BatchNormWidget)
    history = History(losses=[2.3, float("inf")], status="diverged", iterations_done=1)
    run = SavedRun.from_history(history, name="diverged at once", dataset="digits", n_classes=10,
                                settings={"spec": {"init": "std:1"}}, source="lesson:BatchNormWidget")
    run.id = 7
    lesson.overlays.show_run(run)
    plot, curve = lesson.saved_curves["saved:7"]
    assert plot is lesson.plots[0] and curve.getData()[1] is None  # drawn, with no point to show
    assert lesson.overlays.notes["saved:7"] == "diverged at iteration 2"
    assert plot.viewRange()[0][1] == pytest.approx(lesson.iterations_spin.value(), rel=0.05)
