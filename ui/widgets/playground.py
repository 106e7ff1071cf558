"""TrainingPlayground: pick data and hyperparameters, train in a thread, watch the curves and the net."""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from nnlab.data import Dataset
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.run import SettingsError, TrainSettings, fit_spec, make_trainer
from nnlab.run_verdict import learning_verdict
from nnlab.trainer import History

from ui.retranslate import Retranslatable
from ui.training_worker import NetworkSnapshot, TrainingRun
from ui.widgets.dataset_picker import DatasetPicker
from ui.widgets.draw_canvas import DrawCanvas
from ui.widgets.hyperparams import HyperparamsEditor
from ui.widgets.layer_panel import LayerPanel
from ui.widgets.live_curves import LiveCurveFeed
from ui.widgets.network_diagram import NetworkDiagram
from ui.widgets.playground_files import PlaygroundFiles
from ui.widgets.playground_layout import arrange, control_row, linked_plots, side_panel, tab_pages
from ui.widgets.playground_saved import PlaygroundSavedRuns
from ui.widgets.results import ResultsView
from ui.widgets.run_notes import NotesLabel, RunProgress, divergence_note, verdict_note
from ui.widgets.status_line import StatusLine

log = logging.getLogger(__name__)


class TrainingPlayground(Retranslatable, QWidget):
    """The core screen: data set, hyperparameters, run controls, plots, network diagram and results."""

    run_finished = Signal(object)  # History of each finished run
    running_changed = Signal(bool)  # a run started (True) or ended (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.net: MultiLayerNet | None = None  # the last trained or loaded network
        self.run: TrainingRun | None = None
        self._old_runs: list[TrainingRun] = []
        self._queue: list[tuple[NetSpec, TrainSettings]] = []
        self.progress = RunProgress()  # labels, loss, accuracies and speed of the current run
        self._filtered_window: QWidget | None = None
        self._was_running = False
        self._build()
        self._connect()
        self._retranslate()
        self._update_buttons()
        self._on_hyper_settings_changed(self.hyper.settings())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # --- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = DatasetPicker()
        self.hyper = HyperparamsEditor()
        self.data_title = QLabel()
        self.data_title.setStyleSheet("font-weight: bold;")
        self.buttons = {key: QPushButton() for key in ("start", "pause", "step", "stop", "reset")}
        self.buttons["start"].setStyleSheet("font-weight: bold;")
        self.status_label = StatusLine()  # wraps between its parts only, never inside "98.1 %"
        self.message_label = NotesLabel()
        self.loss_plot, self.acc_plot = linked_plots()
        self.feed = LiveCurveFeed(self.loss_plot, self.acc_plot, parent=self)
        self.files = PlaygroundFiles(self)
        self.file_button, self.file_menu = self.files.button, self.files.menu
        self.file_actions = self.files.actions
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumSize(160, 160)  # the playground fits beside the lesson text at 1024 px
        self.layer_panel = LayerPanel()
        self.results = ResultsView()
        self.canvas = DrawCanvas()
        self.tabs = tab_pages((self.loss_plot, self.acc_plot), self.diagram, self.layer_panel,
                              self.results, self.canvas)
        self.saved_runs = PlaygroundSavedRuns(self)  # the "Saved runs" tab; keeps every run that ends
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
        self.diagram.layer_clicked.connect(self._on_diagram_layer_clicked)
        self.feed.frame_drawn.connect(self._on_feed_frame_drawn)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _retranslate(self) -> None:
        self.data_title.setText(self.tr("Data"))
        texts = {"start": self.tr("Start"), "step": self.tr("Step"), "stop": self.tr("Stop"),
                 "reset": self.tr("Reset")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["start"].setToolTip(self.tr("Train a new network with these settings"))
        self.buttons["step"].setToolTip(self.tr("Run exactly one iteration (one mini-batch), then pause"))
        self.buttons["stop"].setToolTip(self.tr("End this run; the network keeps what it learned so far"))
        self.buttons["reset"].setToolTip(
            self.tr("Clear the curves and the trained network (the Saved runs tab keeps every run)"))
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
            self.diagram.set_spec(spec)
        if settings is not None:
            self.hyper.set_settings(settings)
            self._on_hyper_settings_changed(settings)
        self._update_buttons()

    def start(self) -> bool:
        """Start a run with the editor's settings; False (with a message) when that is impossible."""
        settings = self.editor_settings()
        return settings is not None and self._start(self.hyper.spec(), settings)

    def run_sequence(self, items: list[tuple[NetSpec, TrainSettings]]) -> None:
        """Train several settings one after another; each finished run stays in the plots."""
        if self.is_running() or not items:
            return
        self._queue = list(items[1:])
        spec, settings = items[0]
        self.apply_preset(spec, settings)
        self._start(self.hyper.spec(), settings)

    def queued_runs(self) -> int:
        """How many runs of a sequence are still waiting to start."""
        return len(self._queue)

    def step(self) -> None:
        """One iteration: pauses a running run, or starts a new run paused after its first iteration."""
        if self.is_running():
            self.run.step()
        elif (settings := self.editor_settings()) is not None:
            self._start(self.hyper.spec(), settings, paused=True)
        self._update_buttons()

    def stop(self) -> None:
        """Stop the current run (and any queued runs)."""
        self._queue.clear()
        if self.run is not None and self.is_running():
            self.run.stop()

    def reset(self) -> None:
        """Forget the trained network and every curve."""
        if self.is_running():
            return
        self.net = None
        for plot in (self.loss_plot, self.acc_plot):
            plot.clear_runs()
            plot.reset_current()
        self.results.clear()
        self.layer_panel.clear()
        self.diagram.set_spec(self.hyper.spec())
        self.progress.clear()
        self._show_message("")
        self._update_status()
        self._update_buttons()

    def is_running(self) -> bool:
        """True while a run's thread is training."""
        return self.run is not None and self.run.is_running()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop training and loading threads and wait for them (before the window goes away)."""
        self._queue.clear()
        for run in [self.run, *self._old_runs]:
            if run is not None:
                run.wait_finished(timeout_ms)
        self.picker.shutdown(timeout_ms)

    # --- running -----------------------------------------------------------------------------------
    @property
    def run_label(self) -> str:
        """Legend label of the current (or last) run: ``lr=0.1, SGD``, plus the network when it changed."""
        return self.progress.label

    @property
    def run_description(self) -> str:
        """Settings and network of the current (or last) run, e.g. ``lr=0.1, SGD, 784-50-10 relu``."""
        return self.progress.description

    @property
    def run_settings(self) -> TrainSettings:
        """Training settings of the current (or last) run."""
        return self.progress.settings

    def message(self) -> str:
        """The notes shown above the plots ('' when none)."""
        return self.message_label.message()

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
        self._prune_old_runs()
        self.progress.begin(settings, trainer.net.spec)
        self.feed.discard()
        for plot in (self.loss_plot, self.acc_plot):
            plot.reset_current()
            plot.plan_iterations(settings.iterations)
        self.layer_panel.clear()
        if not keep_notes:
            self._show_message("")
        run = TrainingRun(trainer, self)
        for signal, slot in self._run_slots(run):
            signal.connect(self._if_current(run, slot))
        if paused:
            trainer.step_once()
        self.run = run
        log.info("training started: %s on %s", self.progress.description, self.dataset.name)
        run.start()
        self._update_buttons()
        self._update_status()
        return True

    def editor_settings(self) -> TrainSettings | None:
        """The editor's settings, or None (its message shown) while they cannot be used."""
        try:
            return self.hyper.settings()
        except SettingsError:
            self._show_message(self.hyper.validation_message(), error=True)
            return None

    def _start_problem(self) -> str:
        if self.dataset is None:
            return self.tr("Choose a data set first.")
        if not self.hyper.is_valid():
            return self.hyper.validation_message()
        return ""

    def _if_current(self, run: TrainingRun, slot: Callable[..., None]) -> Callable[..., None]:
        """``slot``, called only while ``run`` is the current run.

        Not sender() in each slot: sender() takes a Qt lock while holding the GIL, which deadlocks
        against a worker being destroyed in its own thread (it holds that lock and waits for the GIL).
        """
        def forward(*args: object) -> None:
            if run is self.run:
                slot(*args)
        return forward

    def _run_slots(self, run: TrainingRun) -> list[tuple[object, object]]:
        """The run's signals and the slots that draw them."""
        return [(run.step_logged, self._on_run_step_logged), (run.evaluated, self._on_run_evaluated),
                (run.snapshot_taken, self._on_run_snapshot_taken),
                (run.diverged, self._on_run_diverged), (run.failed, self._on_run_failed),
                (run.finished, self._on_run_finished)]

    def _prune_old_runs(self) -> None:
        if self.run is not None:
            self._old_runs.append(self.run)
        alive = []
        for run in self._old_runs:
            if run.thread.isFinished():
                run.deleteLater()
            else:
                alive.append(run)
        self._old_runs = alive

    def _on_pause_button_clicked(self) -> None:
        if not self.is_running():
            return
        if self.run.is_paused():
            self.run.resume()
        else:
            self.run.pause()
        self._update_buttons()

    @property
    def curve_updates(self) -> int:
        """Frames drawn into the loss and accuracy plots so far (for measuring the refresh rate)."""
        return self.feed.frames

    def _on_run_step_logged(self, iterations: np.ndarray, losses: np.ndarray) -> None:
        self.feed.add_steps(iterations, losses)
        self.progress.loss = float(losses[-1])
        if self.run.is_paused():  # a single step must show at once, not a frame later
            self.feed.flush()

    def _on_run_evaluated(self, logs: dict) -> None:
        self.progress.logs = logs
        self.feed.add_evaluation(logs["iteration"], logs["train_acc"], logs["test_acc"])

    def _on_feed_frame_drawn(self, last: int) -> None:
        if self.run is None or not self.run.is_running():
            return
        if last <= 0:  # only accuracies in this frame: the iteration count did not move
            self._update_status()
            return
        self.progress.measure(last, self.run.is_paused())
        self._update_status(last)
        self._update_buttons()

    def _on_run_snapshot_taken(self, snapshot: NetworkSnapshot) -> None:
        with np.errstate(all="ignore"):  # a diverging net's weights overflow; drawn as they are
            self.diagram.update_snapshot(snapshot)
            if self.tabs.currentIndex() == 1:  # the layer panel's histograms are not free to draw
                self.layer_panel.update_snapshot(snapshot)
            else:  # kept, so the panel shows the latest state (and gradient history) when opened
                self.layer_panel.record_snapshot(snapshot)

    def _on_run_diverged(self, iteration: int, reason: str) -> None:
        self._add_note(divergence_note(iteration, self.progress.settings), error=True)
        log.warning("run diverged: %s", reason)

    def _on_run_failed(self, message: str) -> None:
        self._queue.clear()
        self._add_note(self.tr("Training stopped because of an error: %1").replace("%1", message),
                       error=True)

    def _on_run_finished(self, history: History) -> None:
        self.feed.flush()
        self.loss_plot.finish_run(self.progress.label)
        self.acc_plot.finish_run(self.progress.label)
        if history.train_seconds > 0:
            self.progress.rate = history.iterations_done / history.train_seconds
        if history.status in ("finished", "cancelled") and history.iterations_done > 0:
            self.files.show_trained(self.run.trainer.net)
            self._note_verdict(history)
        self._update_status(history.iterations_done, history)
        self._update_buttons()
        self.run_finished.emit(history)
        if self._queue and history.status != "failed":
            spec, settings = self._queue.pop(0)
            QTimer.singleShot(0, lambda: self._start_queued(spec, settings))

    def _start_queued(self, spec: NetSpec, settings: TrainSettings) -> None:
        self.hyper.set_settings(settings)
        self._start(spec, settings, keep_notes=True)  # the notes of earlier runs in the sequence stay

    def _note_verdict(self, history: History) -> None:
        """Explain a run that ended without learning, or learned very slowly, naming its learning rate."""
        n_classes = self.dataset.n_classes if self.dataset is not None else 10
        note = verdict_note(history, self.progress.settings, n_classes)
        self._add_note(note, error=learning_verdict(history, n_classes) == "too_high")

    # --- files ------------------------------------------------------------------------------------------
    def use_loaded_model(self, net: MultiLayerNet) -> bool:
        """Show a loaded network (diagram, results); False with a message when it does not fit the data."""
        return self.files.use_loaded_model(net)

    def export_script(self, path: str) -> bool:
        """Write the standalone NumPy script for the current settings; False with a message on failure."""
        return self.files.export_script(path)

    # --- reactions --------------------------------------------------------------------------------------
    def _on_picker_dataset_loaded(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.hyper.set_io(dataset.input_size, dataset.n_classes, len(dataset.x_train))
        toy = dataset.input_size == 2
        self.diagram.set_toy_data(dataset.x_train if toy else None, dataset.t_train if toy else None)
        self.layer_panel.set_image_shape(dataset.image_shape)
        self.canvas.setEnabled(dataset.image_shape is not None)
        self.canvas.forget_model()  # the last network was trained on other data
        self.results.clear()
        self._update_buttons()

    def _on_hyper_spec_changed(self, spec: NetSpec) -> None:
        if not self.is_running():
            self.diagram.set_spec(spec)

    def _on_hyper_settings_changed(self, settings: TrainSettings) -> None:
        if not self.is_running():  # the empty plots already span the run to come
            for plot in (self.loss_plot, self.acc_plot):
                plot.plan_iterations(settings.iterations)

    def _on_diagram_layer_clicked(self, index: int) -> None:
        self.diagram.set_selected_layer(index)
        self.layer_panel.show_layer(index)
        self.tabs.setCurrentIndex(1)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1:
            self.layer_panel.refresh()

    # --- status ---------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running = self.is_running()
        if running != self._was_running:
            self._was_running = running
            self.running_changed.emit(running)
        paused = running and self.run.is_paused()
        ready = self.dataset is not None and self.hyper.is_valid() and not self.picker.is_loading()
        self.buttons["start"].setEnabled(ready and not running)
        self.buttons["pause"].setEnabled(running)
        self.buttons["pause"].setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.buttons["step"].setEnabled(paused or (ready and not running))
        self.buttons["stop"].setEnabled(running)
        self.buttons["reset"].setEnabled(not running)
        for widget in (self.picker, self.hyper):
            widget.setEnabled(not running)
        self.files.update_enabled(running)

    def _update_status(self, iteration: int | None = None, history: History | None = None) -> None:
        if self.run is None:
            self.status_label.setText(self.tr("Ready. Press Start to train."))
            return
        if iteration is None:
            iteration = self.run.trainer.iteration
        state = history.status if history is not None else ("paused" if self.run.is_paused() else "")
        self.status_label.setText(self.progress.text(iteration, state))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.set_note(text, error)

    def _add_note(self, text: str, error: bool = False) -> None:
        self.message_label.add_note(text, error)

    # --- closing --------------------------------------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        window = self.window()
        if window is not self and window is not self._filtered_window:
            window.installEventFilter(self)
            self._filtered_window = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._filtered_window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        self.shutdown()
        super().closeEvent(event)
