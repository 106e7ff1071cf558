"""TrainingPlayground: pick data and hyperparameters, train in a thread, watch the curves and the net.

It owns its state (data set, network, runs) and applies what its parts report (a loaded model, the
current run's signals, a redrawn saved run); none of its parts knows the playground.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from nnlab.data import Dataset
from nnlab.export import Experiment
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.run import SettingsError, TrainSettings, fit_spec, fits_data, make_trainer
from nnlab.run_verdict import learning_verdict
from nnlab.trainer import History
from ui.background import StopOnClose
from ui.retranslate import Retranslatable
from ui.training_worker import NetworkSnapshot, TrainingRun
from ui.widgets.dataset_picker import DatasetPicker
from ui.widgets.hyperparams import HyperparamsEditor
from ui.widgets.live_curves import LiveCurveFeed
from ui.widgets.playground_files import PlaygroundFiles
from ui.widgets.playground_layout import arrange, control_row, linked_plots, side_panel
from ui.widgets.playground_runs import PlaygroundRuns
from ui.widgets.playground_saved import PlaygroundSavedRuns
from ui.widgets.playground_views import RESULTS_TAB, NetworkViews
from ui.widgets.run_controls import RunControls
from ui.widgets.run_notes import NotesLabel, RunProgress, divergence_note, verdict_note

log = logging.getLogger(__name__)


class TrainingPlayground(Retranslatable, QWidget):
    """The core screen: data set, hyperparameters, run controls, plots, network diagram and results."""

    run_finished = Signal(object)  # History of each finished run
    running_changed = Signal(bool)  # a run started (True) or ended (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.net: MultiLayerNet | None = None  # the last trained or loaded network
        self.runs = PlaygroundRuns(self)  # the current run, earlier ones still ending, queued ones
        self._editor_before_sequence: tuple[NetSpec, TrainSettings] | None = None
        self.progress = RunProgress()  # labels, loss, accuracies and speed of the current run
        self._was_running = False
        self._build()
        self._connect()
        self._retranslate()
        self._update_buttons()
        self._on_hyper_settings_changed(self.hyper.settings())
        StopOnClose(self, self.shutdown, window=True)  # also when the window around it closes

    # --- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = DatasetPicker()
        self.hyper = HyperparamsEditor()
        self.data_title = QLabel()
        self.data_title.setStyleSheet("font-weight: bold;")
        self.controls = RunControls(self)
        self.buttons, self.status_label = self.controls.buttons, self.controls.status_label
        self.message_label = NotesLabel()
        self.loss_plot, self.acc_plot = linked_plots()
        self.feed = LiveCurveFeed(self.loss_plot, self.acc_plot, parent=self)
        self.files = PlaygroundFiles(self, {"loss": self.loss_plot, "accuracy": self.acc_plot},
                                     network=lambda: self.net, experiment=self._experiment)
        self.file_button, self.file_menu = self.files.button, self.files.menu
        self.file_actions = self.files.actions
        self.views = NetworkViews((self.loss_plot, self.acc_plot), parent=self)
        self.diagram, self.layer_panel = self.views.diagram, self.views.layer_panel
        self.results, self.canvas, self.tabs = self.views.results, self.views.canvas, self.views.tabs
        self.saved_runs = PlaygroundSavedRuns(self.tabs, self.loss_plot, self.acc_plot)  # its own tab
        arrange(self, side_panel(self.data_title, self.picker, self.hyper),
                control_row(self.buttons.values(), self.file_button),
                (self.status_label, self.message_label), self.tabs)

    def _connect(self) -> None:
        self.buttons["start"].clicked.connect(self.start)
        self.buttons["pause"].clicked.connect(self._on_pause_button_clicked)
        self.buttons["step"].clicked.connect(self.step)
        self.buttons["stop"].clicked.connect(self.stop)
        self.buttons["reset"].clicked.connect(self.reset)
        self.picker.dataset_loaded.connect(self._on_picker_dataset_loaded)
        self.picker.loading_changed.connect(lambda _loading: self._update_buttons())
        self.hyper.spec_changed.connect(self._on_hyper_spec_changed)
        self.hyper.settings_changed.connect(self._on_hyper_settings_changed)
        self.hyper.validity_changed.connect(lambda _valid: self._update_buttons())
        self.feed.frame_drawn.connect(self._on_feed_frame_drawn)
        self.files.model_loaded.connect(self.use_loaded_model)
        self.files.exported.connect(self._show_message)
        self.saved_runs.overlaid.connect(self._on_saved_runs_overlaid)
        self.running_changed.connect(self.saved_runs.set_running)
        self.runs.step_logged.connect(self._on_run_step_logged)
        self.runs.evaluated.connect(self._on_run_evaluated)
        self.runs.snapshot_taken.connect(self.views.show_snapshot)
        self.runs.diverged.connect(self._on_run_diverged)
        self.runs.failed.connect(self._on_run_failed)
        self.runs.finished.connect(self._on_run_finished)

    def _retranslate(self) -> None:
        self.data_title.setText(self.tr("Data"))
        self.controls.retranslate()
        self.files.retranslate()
        for index, text in enumerate((self.tr("Training"), self.tr("Layer details"), self.tr("Results"))):
            self.tabs.setTabText(index, text)
        self.saved_runs.retranslate()
        self._update_buttons()
        self._update_status()

    # --- public API -------------------------------------------------------------------------------
    def apply_preset(self, spec: NetSpec | None = None, settings: TrainSettings | None = None) -> None:
        """Show a spec (its input/output sizes are taken from the data set) and/or settings."""
        if spec is not None:
            if self.dataset is not None:
                spec = fit_spec(spec, self.dataset)
            self.hyper.set_spec(spec)
            self.views.show_spec(spec)
        if settings is not None:
            self.hyper.set_settings(settings)
            self._on_hyper_settings_changed(settings)
        self._update_buttons()

    def start(self) -> bool:
        """Start a run with the editor's settings; False (with a message) when that is impossible."""
        settings = self.editor_settings()
        return settings is not None and self._start(self.hyper.spec(), settings)

    def run_sequence(self, items: list[tuple[NetSpec, TrainSettings]]) -> None:
        """Train several settings one after another, overlaid on plots of their own (earlier, longer
        runs would squeeze them into a corner); afterwards the editor shows what it showed before."""
        if self.is_running() or not items:
            return
        try:
            self._editor_before_sequence = (self.hyper.spec(), self.hyper.settings())
        except SettingsError:  # the editor's own settings cannot be used: it keeps the sequence's
            self._editor_before_sequence = None
        self.loss_plot.clear_runs()  # and the accuracy plot's, which follows it
        self.runs.clear_queue()
        self.runs.enqueue(list(items[1:]))
        spec, settings = items[0]
        self.apply_preset(spec, settings)
        self._start(self.hyper.spec(), settings)

    def step(self) -> None:
        """One iteration: pauses a running run, or starts a new run paused after its first iteration."""
        if self.is_running():
            self.run.step()
        elif (settings := self.editor_settings()) is not None:
            self._start(self.hyper.spec(), settings, paused=True)
        self._update_buttons()

    def stop(self) -> None:
        """Stop the current run (and any queued runs)."""
        self.runs.stop()

    def reset(self) -> None:
        """Forget the trained network and every curve."""
        if self.is_running():
            return
        self.net = None
        for plot in (self.loss_plot, self.acc_plot):
            plot.clear_runs()
            plot.reset_current()
        self.views.clear(self.hyper.spec())
        self.progress.clear()
        self._show_message("")
        self._update_status()
        self._update_buttons()

    def is_running(self) -> bool:
        """True while a run's thread is training."""
        return self.runs.is_running()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop training and loading threads and wait for them (before the window goes away)."""
        self.runs.wait_all(timeout_ms)
        self.picker.shutdown(timeout_ms)

    @property
    def run(self) -> TrainingRun | None:
        """The current (or last) run."""
        return self.runs.current

    @property
    def run_description(self) -> str:
        """Settings and network of the current (or last) run, e.g. ``lr=0.1, SGD, 784-50-10 relu``."""
        return self.progress.description

    @property
    def curve_updates(self) -> int:
        """Frames drawn into the loss and accuracy plots so far (for measuring the refresh rate)."""
        return self.feed.frames

    def message(self) -> str:
        """The notes shown above the plots ('' when none)."""
        return self.message_label.message()

    def editor_settings(self) -> TrainSettings | None:
        """The editor's settings, or None (its message shown) while they cannot be used."""
        try:
            return self.hyper.settings()
        except SettingsError:
            self._show_message(self.hyper.validation_message(), error=True)
            return None

    # --- running -----------------------------------------------------------------------------------
    def _start(self, spec: NetSpec, settings: TrainSettings, paused: bool = False,
               keep_notes: bool = False) -> bool:
        if self.is_running():
            return False
        problem = self._start_problem()
        if problem:
            self._show_message(problem, error=True)
            return False
        try:
            trainer = make_trainer(spec, settings, self.dataset)
        except ValueError as exc:  # e.g. a batch larger than the training set
            log.warning("cannot start training: %s", exc)
            self._show_message(self.tr("Cannot start: %1").replace("%1", str(exc)), error=True)
            return False
        self.progress.begin(settings, trainer.net.spec)
        self.feed.begin_run(settings.iterations)
        self.layer_panel.clear()
        if not keep_notes:
            self._show_message("")
        self.runs.start(trainer, paused)
        log.info("training started: %s on %s", self.progress.description, self.dataset.name)
        self._update_buttons()
        self._update_status()
        return True

    def _start_problem(self) -> str:
        if self.dataset is None:
            return self.tr("Choose a data set first.")
        if not self.hyper.is_valid():
            return self.hyper.validation_message()
        return ""

    def _on_pause_button_clicked(self) -> None:
        self.runs.toggle_pause()
        self._update_buttons()

    def _on_run_step_logged(self, iterations: np.ndarray, losses: np.ndarray) -> None:
        self.feed.add_steps(iterations, losses)
        self.progress.loss = float(losses[-1])
        if self.runs.is_paused():  # a single step must show at once, not a frame later
            self.feed.flush()

    def _on_run_evaluated(self, logs: dict) -> None:
        self.progress.logs = logs
        self.feed.add_evaluation(logs["iteration"], logs["train_acc"], logs["test_acc"])

    def _on_feed_frame_drawn(self, last: int) -> None:
        if not self.is_running():
            return
        if last <= 0:  # only accuracies in this frame: the iteration count did not move
            self._update_status()
            return
        self.progress.measure(last, self.runs.is_paused())
        self._update_status(last)
        self._update_buttons()

    def _on_run_diverged(self, iteration: int, reason: str) -> None:
        self._add_note(divergence_note(iteration, self.progress.settings), error=True)
        log.warning("run diverged: %s", reason)

    def _on_run_failed(self, message: str) -> None:
        self.runs.clear_queue()
        self._add_note(self.tr("Training stopped because of an error: %1").replace("%1", message),
                       error=True)

    def _on_run_finished(self, history: History) -> None:
        self.feed.finish_run(self.progress.label)
        if history.train_seconds > 0:
            self.progress.rate = history.iterations_done / history.train_seconds
        net = self.run.trainer.net
        if history.status in ("finished", "cancelled") and history.iterations_done > 0:
            self._show_trained(net)
            self._note_verdict(history)
        self._update_status(history.iterations_done, history)
        self._update_buttons()
        if self.dataset is not None:
            self.saved_runs.keep(history, self.progress.description, self.dataset,
                                 self.progress.settings, net.spec)
        self.run_finished.emit(history)
        queued = self.runs.next_queued() if history.status != "failed" else None
        if queued is not None:
            QTimer.singleShot(0, lambda: self._start_queued(*queued))
        elif self._editor_before_sequence is not None:  # a sequence ended: the learner's settings
            spec, settings = self._editor_before_sequence
            self._editor_before_sequence = None
            self.hyper.set_spec(spec)
            self.hyper.set_settings(settings)  # the plots keep spanning the sequence's runs

    def _start_queued(self, spec: NetSpec, settings: TrainSettings) -> None:
        self.hyper.set_settings(settings)
        self._start(spec, settings, keep_notes=True)  # the notes of earlier runs in the sequence stay

    def _note_verdict(self, history: History) -> None:
        """Explain a run that ended without learning, or learned very slowly, naming its learning rate."""
        n_classes = self.dataset.n_classes if self.dataset is not None else 10
        note = verdict_note(history, self.progress.settings, n_classes)
        self._add_note(note, error=learning_verdict(history, n_classes) == "too_high")

    # --- models and files ----------------------------------------------------------------------------
    def _show_trained(self, net: MultiLayerNet) -> None:
        """Make ``net`` the playground's network and show its results (and the drawing canvas)."""
        self.net = net
        self.views.show_results(net, self.dataset)

    def use_loaded_model(self, net: MultiLayerNet) -> bool:
        """Show a loaded network (diagram, results); False with a message when it does not fit the data."""
        ds = self.dataset
        if ds is not None and not fits_data(net.spec, ds):
            self.files.refuse_model(net.spec, ds)
            return False
        self.hyper.set_spec(net.spec)
        self.views.show_loaded(NetworkSnapshot.of(net, 0, ds.x_test if ds is not None else None))
        self.net = net
        if ds is not None:
            self._show_trained(net)
            self.tabs.setCurrentIndex(RESULTS_TAB)
        return True

    def export_script(self, path: str) -> bool:
        """Write the standalone NumPy script for the current settings; False with a message on failure."""
        return self.files.export_script(path)

    def export_notebook(self, path: str) -> bool:
        """Write the Jupyter notebook for the current settings; False with a message on failure."""
        return self.files.export_notebook(path)

    def _experiment(self) -> Experiment | None:
        """The editor's experiment, or None (with the editor's message shown) when it is invalid."""
        settings = self.editor_settings()
        if settings is None or self.dataset is None:
            return None
        return Experiment(self.hyper.spec(), settings, self.dataset)

    # --- reactions --------------------------------------------------------------------------------------
    def _on_picker_dataset_loaded(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.hyper.set_io(dataset.input_size, dataset.n_classes, len(dataset.x_train))
        self.views.set_dataset(dataset)
        self._update_buttons()

    def _on_hyper_spec_changed(self, spec: NetSpec) -> None:
        if not self.is_running():
            self.views.show_spec(spec)

    def _on_hyper_settings_changed(self, settings: TrainSettings) -> None:
        if not self.is_running():  # the empty plots already span the run to come
            self._plan_plots(settings.iterations)

    def _on_saved_runs_overlaid(self) -> None:
        self._plan_plots(self.hyper.iterations_spin.value())  # the saved run and the run to come

    def _plan_plots(self, iterations: int) -> None:
        for plot in (self.loss_plot, self.acc_plot):
            plot.plan_iterations(iterations)

    # --- status ---------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running = self.is_running()
        if running != self._was_running:
            self._was_running = running
            self.running_changed.emit(running)
        ready = self.dataset is not None and self.hyper.is_valid() and not self.picker.is_loading()
        self.controls.set_state(ready, running, self.runs.is_paused())
        for widget in (self.picker, self.hyper):
            widget.setEnabled(not running)
        self.files.update_enabled(running, self.dataset is not None)

    def _update_status(self, iteration: int | None = None, history: History | None = None) -> None:
        if self.run is None:
            self.controls.show_ready()
            return
        if iteration is None:
            iteration = self.run.trainer.iteration
        state = history.status if history is not None else ("paused" if self.run.is_paused() else "")
        self.controls.show_status(self.progress.text(iteration, state))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.set_note(text, error)

    def _add_note(self, text: str, error: bool = False) -> None:
        self.message_label.add_note(text, error)
