"""TrainingPlayground on real widgets: architecture edits, Start/Step/Pause/Stop, compared runs, closing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from nnlab.run import DEFAULT_LEARNING_RATES, SettingsError, TrainSettings, eval_interval
from nnlab.trainer import History
from ui import i18n
from ui.training_worker import live_thread_count, stop_all_runs
from ui.widgets.hyperparams import HyperparamsEditor
from ui.widgets.playground import TrainingPlayground


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No real data cache; no thread left behind by a failing test."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "cache"))
    yield
    assert stop_all_runs(10_000)


@pytest.fixture
def playground(qtbot) -> TrainingPlayground:
    """A playground on the XOR toy set with a 2-8-2 net and short runs."""
    widget = TrainingPlayground()
    qtbot.addWidget(widget)
    widget.picker.select("xor", noise=0.1)
    widget.hyper.set_settings(TrainSettings(lr=0.5, batch_size=20, iterations=300))
    widget.hyper._hidden_boxes[0].setValue(8)
    return widget


def train(qtbot, playground: TrainingPlayground, timeout: int = 30_000) -> History:
    """Click Start and wait for the run's end."""
    with qtbot.waitSignal(playground.run_finished, timeout=timeout) as blocker:
        qtbot.mouseClick(playground.buttons["start"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not playground.is_running())
    return blocker.args[0]


def test_architecture_edits_change_the_spec_and_the_diagram(qtbot, playground):
    hyper = playground.hyper
    assert hyper.spec().hidden == (8,)
    qtbot.mouseClick(hyper.add_layer_button, Qt.MouseButton.LeftButton)
    assert hyper.spec().hidden == (8, 8)
    assert playground.diagram.spec.hidden == (8, 8)
    assert len(playground.diagram.columns) == 4
    hyper._hidden_boxes[1].setValue(5)
    assert playground.diagram.spec.hidden == (8, 5)
    qtbot.mouseClick(hyper.remove_layer_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(hyper.remove_layer_button, Qt.MouseButton.LeftButton)
    assert hyper.spec().hidden == ()
    assert len(playground.diagram.columns) == 2
    hyper.activation_combo.setCurrentIndex(hyper.activation_combo.findData("tanh"))
    hyper.batch_norm_check.setChecked(True)
    hyper.dropout_spin.setValue(0.2)
    spec = hyper.spec()
    assert (spec.activation, spec.batch_norm, spec.dropout) == ("tanh", True, 0.2)
    assert (spec.input_size, spec.output_size) == (2, 2)


def test_start_trains_and_keeps_the_finished_run_with_a_legend_label(qtbot, playground):
    history = train(qtbot, playground)
    assert history.status == "finished" and history.iterations_done == 300
    assert playground.curve_updates >= 1
    labels = playground.loss_plot.run_labels()
    assert labels == ["lr=0.5, SGD"]
    assert playground.run_description == "lr=0.5, SGD, 2-8-2 relu"
    assert playground.acc_plot.run_labels() == labels
    (run,) = playground.loss_plot.runs
    iterations, _ = run.series[0].data()
    np.testing.assert_array_equal(iterations, np.arange(1, 301))
    x, train_acc = playground.acc_plot.runs[0].series[0].data()
    assert len(x) >= 3 and train_acc[-1] > train_acc[0] and train_acc[-1] > 0.8
    assert playground.net is not None
    assert "300 / 300" in playground.status_label.text()
    legend_texts = [label.text for _, label in playground.loss_plot.legend.items]
    assert legend_texts == labels
    assert run.series[0].curve.opts["pen"].color().alpha() < 255  # faded


def test_runs_are_compared_removed_and_cleared(qtbot, playground):
    train(qtbot, playground)
    playground.hyper.lr_edit.setText("0.05")
    train(qtbot, playground)
    plot = playground.loss_plot
    assert plot.run_labels() == ["lr=0.5, SGD", "lr=0.05, SGD"]  # same network: not repeated
    assert not playground.acc_plot.remove_button.isVisibleTo(playground)  # one row serves both
    plot.run_combo.setCurrentIndex(0)
    qtbot.mouseClick(plot.remove_button, Qt.MouseButton.LeftButton)
    assert plot.run_labels() == ["lr=0.05, SGD"]
    assert [label.text for _, label in plot.legend.items] == ["lr=0.05, SGD"]
    assert playground.acc_plot.run_labels() == ["lr=0.05, SGD"]
    qtbot.mouseClick(playground.hyper.add_layer_button, Qt.MouseButton.LeftButton)
    train(qtbot, playground)
    assert plot.run_labels() == ["lr=0.05, SGD", "lr=0.05, SGD, 2-8-8-2 relu"]  # network changed
    qtbot.mouseClick(plot.clear_button, Qt.MouseButton.LeftButton)
    assert plot.run_labels() == [] and not plot.legend.items
    assert playground.acc_plot.run_labels() == [] and not playground.acc_plot.legend.items
    assert playground.net is not None
    qtbot.mouseClick(playground.buttons["reset"], Qt.MouseButton.LeftButton)
    assert playground.net is None and not playground.loss_plot.data()[0].size


def test_step_pause_and_stop_buttons(qtbot, playground):
    playground.hyper.iterations_spin.setValue(1_000_000)
    qtbot.mouseClick(playground.buttons["step"], Qt.MouseButton.LeftButton)
    run = playground.run
    qtbot.waitUntil(lambda: playground.loss_plot.data()[0].size == 1)
    assert run.is_paused() and playground.buttons["pause"].text() == "Resume"
    qtbot.mouseClick(playground.buttons["step"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: playground.loss_plot.data()[0].size == 2)
    assert run.trainer.iteration == 2 and "paused" in playground.status_label.text()
    qtbot.mouseClick(playground.buttons["pause"], Qt.MouseButton.LeftButton)  # resume
    qtbot.waitUntil(lambda: run.trainer.iteration > 100)
    qtbot.mouseClick(playground.buttons["pause"], Qt.MouseButton.LeftButton)  # pause
    at_pause = run.trainer.iteration
    qtbot.waitUntil(run.is_paused)
    qtbot.wait(100)
    assert at_pause <= run.trainer.iteration <= at_pause + 1
    assert not playground.hyper.isEnabled() and not playground.buttons["start"].isEnabled()
    with qtbot.waitSignal(playground.run_finished, timeout=10_000) as blocker:
        qtbot.mouseClick(playground.buttons["stop"], Qt.MouseButton.LeftButton)
    assert blocker.args[0].status == "cancelled"
    qtbot.waitUntil(lambda: playground.buttons["start"].isEnabled())
    assert "stopped" in playground.status_label.text()


def test_diverging_run_shows_a_message_naming_the_learning_rate(qtbot, playground):
    playground.hyper.lr_edit.setText("1e20")
    history = train(qtbot, playground)
    assert history.status == "diverged"
    assert not playground.message_label.isHidden()
    assert "diverged" in playground.message() and "1e+20" in playground.message()
    assert "diverged" in playground.status_label.text()


def test_run_sequence_overlays_runs_and_keeps_every_note(qtbot, playground):
    spec = playground.hyper.spec()
    items = [(spec, TrainSettings(lr=lr, batch_size=20, iterations=100)) for lr in (0.5, 1e20)]
    with qtbot.waitSignals([playground.run_finished, playground.run_finished], timeout=30_000):
        playground.run_sequence(items)
    qtbot.waitUntil(lambda: not playground.is_running())
    assert playground.loss_plot.run_labels() == ["lr=0.5, SGD", "lr=1e+20, SGD"]
    assert "1e+20" in playground.message()


def test_a_stopped_sequence_gives_the_editor_back_and_shows_only_its_own_runs(qtbot, playground):
    train(qtbot, playground)  # the learner's own run: lr 0.5, 300 iterations
    spec = playground.hyper.spec()
    items = [(spec, TrainSettings(lr=lr, batch_size=20, iterations=10_000_000)) for lr in (0.1, 0.2)]
    playground.run_sequence(items)
    qtbot.waitUntil(lambda: playground.run.trainer.iteration > 5)
    assert playground.hyper.settings().lr == 0.1  # the editor shows the run that trains
    with qtbot.waitSignal(playground.run_finished, timeout=30_000):
        playground.stop()
    qtbot.waitUntil(lambda: not playground.is_running())
    assert playground.runs.queued() == 0  # the second run never starts
    settings = playground.hyper.settings()
    assert (settings.lr, settings.iterations) == (0.5, 300)
    assert playground.loss_plot.run_labels() == ["lr=0.1, SGD"]  # the earlier run left the plots


def test_eval_interval_is_once_per_epoch_but_bounded():
    assert eval_interval(60_000, 100, 10_000) == 600
    assert eval_interval(140, 20, 10_000) == 100  # toy epochs are tiny: at most 100 points per run


def test_closing_the_window_mid_run_stops_the_thread(qtbot, qtlog):
    window = QMainWindow()
    qtbot.addWidget(window)
    playground = TrainingPlayground()
    window.setCentralWidget(playground)
    window.show()
    qtbot.waitExposed(window)
    playground.picker.select("circle")
    playground.hyper.set_settings(TrainSettings(batch_size=20, iterations=10_000_000))
    assert playground.start()
    run = playground.run
    qtbot.waitUntil(lambda: run.trainer.iteration > 20)
    window.close()
    assert run.thread.isFinished()  # close waited for it
    assert run.trainer.history.status == "cancelled"
    qtbot.waitUntil(lambda: live_thread_count() == 0)
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]


def test_deleting_the_playground_mid_run_stops_the_thread(qtbot, qtlog):
    playground = TrainingPlayground()
    playground.picker.select("circle")
    playground.hyper.set_settings(TrainSettings(batch_size=20, iterations=10_000_000))
    assert playground.start()
    trainer = playground.run.trainer
    qtbot.waitUntil(lambda: trainer.iteration > 20)
    playground.deleteLater()
    del playground
    qtbot.waitUntil(lambda: trainer.history.status == "cancelled", timeout=10_000)
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]


def test_start_without_valid_settings_explains_why(qtbot):
    widget = TrainingPlayground()
    qtbot.addWidget(widget)
    assert not widget.start()
    assert "data set" in widget.message()
    widget.picker.select("xor")
    widget.hyper.lr_edit.setText("fast")
    assert not widget.buttons["start"].isEnabled()
    assert not widget.start()
    assert "learning rate" in widget.message()


def test_layer_details_opened_after_a_run_show_the_trained_network(qtbot, playground):
    assert playground.tabs.currentIndex() == 0  # the panel stays hidden while training
    train(qtbot, playground)
    panel = playground.layer_panel
    assert panel.sections["weights"].currentIndex() == 0  # not drawn while hidden
    playground.tabs.setCurrentIndex(1)
    assert panel.sections["weights"].currentIndex() == 1
    assert panel.weight_curve.yData.sum() == playground.net.params["W1"].size
    assert panel.sections["gradient"].currentIndex() == 1  # gradient sizes were kept meanwhile
    assert len(panel.histories[panel.layer().index]) >= 1


def test_empty_plots_span_the_iterations_of_the_run_to_come(qtbot, playground):
    def x_max(plot) -> float:
        return plot.plot_item.viewRange()[0][1]

    playground.apply_preset(settings=TrainSettings(lr=0.5, batch_size=20, iterations=300))
    for plot in (playground.loss_plot, playground.acc_plot):
        assert 300 <= x_max(plot) < 330  # the preset's 300 iterations, not pyqtgraph's 0..1
    playground.hyper.iterations_spin.setValue(2_000)  # as the learner edits it
    for plot in (playground.loss_plot, playground.acc_plot):
        assert 2_000 <= x_max(plot) < 2_100


def test_the_learning_rate_follows_the_optimizers_default_until_the_learner_types_one(qtbot):
    editor = HyperparamsEditor()
    qtbot.addWidget(editor)
    assert editor.settings().lr == DEFAULT_LEARNING_RATES["SGD"]
    editor.optimizer_combo.setCurrentText("Adam")
    assert editor.lr_edit.text() == "0.001" and editor.settings().lr == 0.001
    editor.lr_edit.setText("0.02")  # the learner's own rate is kept across optimizers
    editor.optimizer_combo.setCurrentText("RMSProp")
    assert editor.settings() == TrainSettings("RMSProp", lr=0.02)


def test_an_invalid_learning_rate_is_refused_not_replaced(qtbot):
    editor = HyperparamsEditor()
    qtbot.addWidget(editor)
    editor.lr_edit.setText("0.1.2")
    assert not editor.is_valid()
    with pytest.raises(SettingsError):
        editor.settings()



@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_status_line_breaks_only_between_its_parts(qtbot, qapp, language) -> None:
    """"98.1 %" never ends up as "98.1" over "%", nor a Japanese word over two lines: each part
    is a one-line label, and a narrow status line takes more lines instead."""
    from ui.widgets.run_notes import STATUS_SEPARATOR, status_text
    from ui.widgets.status_line import StatusLine

    i18n.set_language(qapp, language)
    try:
        text = status_text(1_000, 10_000, 0.2345, {"train_acc": 0.981, "test_acc": 0.973}, 1234.0, "")
    finally:
        i18n.set_language(qapp, "en")
    line = StatusLine()
    qtbot.addWidget(line)
    line.setText(text)
    assert line.text() == text
    parts = text.split(STATUS_SEPARATOR)
    shown = [label for label in line.part_labels if not label.isHidden()]
    assert [label.text().rstrip(" ·") for label in shown] == parts
    assert not any(label.wordWrap() for label in shown)
    line.resize(160, line.heightForWidth(160))
    line.show()
    QApplication.processEvents()
    assert line.heightForWidth(160) > line.heightForWidth(2000)  # wraps between parts
    for label in shown:
        assert label.width() >= min(label.sizeHint().width(), 160) - 1


def test_new_data_makes_the_results_forget_the_old_network(qtbot) -> None:
    """A digit net's drawing answer must not stay on screen once 2-D data is loaded."""
    widget = TrainingPlayground()
    qtbot.addWidget(widget)
    widget.picker.select("digits")
    widget.hyper.set_settings(TrainSettings(lr=0.5, batch_size=50, iterations=60))
    train(qtbot, widget)
    assert widget.canvas.net is not None
    widget.picker.select("spiral")
    assert widget.canvas.net is None and widget.canvas.probabilities is None
    assert widget.canvas.answer.text() == "Train a network on an image dataset first."


def test_activation_names_are_translated_and_the_spec_keeps_the_engines_name(qtbot, qapp):
    from ui import i18n

    editor = HyperparamsEditor()
    qtbot.addWidget(editor)
    i18n.set_language(qapp, "ja")
    qapp.processEvents()  # the LanguageChange event
    try:
        editor.activation_combo.setCurrentIndex(editor.activation_combo.findData("sigmoid"))
        assert editor.activation_combo.currentText() == "シグモイド"
        assert editor.spec().activation == "sigmoid"
    finally:
        i18n.set_language(qapp, "en")
        qapp.processEvents()
    assert editor.activation_combo.currentText() == "sigmoid"
