"""TrainingPlayground: pick data and hyperparameters, train in a thread, watch the curves and the net."""

from __future__ import annotations

import logging
import math
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QScrollArea, QSplitter,
    QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from nnlab.data import Dataset
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.optimizers import make_optimizer
from nnlab.trainer import History, Trainer

from ui import model_files
from ui.experiment_export import export_experiment, recipe_for
from ui.training_worker import NetworkSnapshot, TrainingRun
from ui.widgets.dataset_picker import DatasetPicker
from ui.widgets.draw_canvas import DrawCanvas
from ui.widgets.hyperparams import HyperparamsEditor, TrainSettings
from ui.widgets.layer_panel import LayerPanel
from ui.widgets.live_curves import LiveCurveFeed
from ui.widgets.loss_plot import AccuracyPlot, LossPlot
from ui.widgets.network_diagram import NetworkDiagram
from ui.widgets.run_notes import (NotesLabel, divergence_note, learning_verdict, status_text,
                                  verdict_note)
from ui.widgets.results import ResultsView

log = logging.getLogger(__name__)

MAX_EVALUATIONS = 100  # accuracy points per run at most (toy sets have tiny epochs)


def eval_interval(n_train: int, batch_size: int, iterations: int) -> int:
    """Iterations between accuracy measurements: once per epoch, but at most MAX_EVALUATIONS times."""
    per_epoch = max(1, n_train // batch_size)
    return max(per_epoch, math.ceil(iterations / MAX_EVALUATIONS))


class TrainingPlayground(QWidget):
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
        self._settings = TrainSettings()
        self._label = ""
        self._description = ""
        self._last_spec: NetSpec | None = None
        self._last_logs: dict = {}
        self._last_loss = math.nan
        self._rate = 0.0
        self._rate_mark: tuple[float, int] | None = None
        self._filtered_window: QWidget | None = None
        self._was_running = False
        self._build()
        self._connect()
        self._retranslate()
        self._update_buttons()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # --- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = DatasetPicker()
        self.hyper = HyperparamsEditor()
        side = QWidget()
        side_box = QVBoxLayout(side)
        self.data_title = QLabel()
        self.data_title.setStyleSheet("font-weight: bold;")
        side_box.addWidget(self.data_title)
        side_box.addWidget(self.picker)
        side_box.addWidget(self.hyper, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setMinimumWidth(270)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = {key: QPushButton() for key in ("start", "pause", "step", "stop", "reset")}
        self.buttons["start"].setStyleSheet("font-weight: bold;")
        self.file_button = QToolButton()
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.file_menu = QMenu(self)
        self.file_actions = {key: self.file_menu.addAction("") for key in
                             ("save", "load", "export_loss", "export_acc", "export_script")}
        self.file_button.setMenu(self.file_menu)
        controls = QHBoxLayout()
        for button in self.buttons.values():
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.file_button)
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)  # a long status must not widen the playground
        self.message_label = NotesLabel()
        self.loss_plot = LossPlot()
        self.acc_plot = AccuracyPlot()
        for plot in (self.loss_plot, self.acc_plot):
            plot.export_button.hide()  # the File menu exports both plots; keeps the plots narrow
        # Both plots hold the same runs: the loss plot's row removes and clears them in both.
        self.acc_plot.set_run_controls_visible(False)
        self.loss_plot.run_removed.connect(self.acc_plot.remove_run)
        self.loss_plot.runs_cleared.connect(self.acc_plot.clear_runs)
        self.feed = LiveCurveFeed(self.loss_plot, self.acc_plot, parent=self)
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumSize(180, 160)  # the lesson page leaves about 800 px for the playground
        self.layer_panel = LayerPanel()
        self.results = ResultsView()
        self.canvas = DrawCanvas()
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.acc_plot)
        training = QSplitter(Qt.Orientation.Horizontal)
        training.addWidget(plots)
        training.addWidget(self.diagram)
        training.setStretchFactor(0, 3)
        training.setStretchFactor(1, 2)
        results_page = QSplitter(Qt.Orientation.Vertical)
        results_page.addWidget(self.results)
        results_page.addWidget(self.canvas)
        self.tabs = QTabWidget()
        self.tabs.addTab(training, "")
        self.tabs.addTab(_scrolled(self.layer_panel), "")
        self.tabs.addTab(_scrolled(results_page), "")
        main = QWidget()
        main_box = QVBoxLayout(main)
        main_box.setContentsMargins(0, 0, 0, 0)
        main_box.addLayout(controls)
        main_box.addWidget(self.status_label)
        main_box.addWidget(self.message_label)
        main_box.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.buttons["start"].clicked.connect(self.start)
        self.buttons["pause"].clicked.connect(self._on_pause_button_clicked)
        self.buttons["step"].clicked.connect(self.step)
        self.buttons["stop"].clicked.connect(self.stop)
        self.buttons["reset"].clicked.connect(self.reset)
        self.file_actions["save"].triggered.connect(self._on_save_triggered)
        self.file_actions["load"].triggered.connect(self._on_load_triggered)
        self.file_actions["export_loss"].triggered.connect(self.loss_plot._on_export_button_clicked)
        self.file_actions["export_acc"].triggered.connect(self.acc_plot._on_export_button_clicked)
        self.file_actions["export_script"].triggered.connect(self._on_export_script_triggered)
        self.picker.dataset_loaded.connect(self._on_picker_dataset_loaded)
        self.picker.loading_changed.connect(lambda _loading: self._update_buttons())
        self.hyper.spec_changed.connect(self._on_hyper_spec_changed)
        self.hyper.validity_changed.connect(lambda _valid: self._update_buttons())
        self.diagram.layer_clicked.connect(self._on_diagram_layer_clicked)
        self.feed.frame_drawn.connect(self._on_feed_frame_drawn)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.data_title.setText(self.tr("Data"))
        texts = {"start": self.tr("Start"), "step": self.tr("Step"), "stop": self.tr("Stop"),
                 "reset": self.tr("Reset")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["start"].setToolTip(self.tr("Train a new network with these settings"))
        self.buttons["step"].setToolTip(self.tr("Run exactly one iteration (one mini-batch), then pause"))
        self.buttons["stop"].setToolTip(self.tr("End this run; the network keeps what it learned so far"))
        self.buttons["reset"].setToolTip(self.tr("Forget all runs, curves and the trained network"))
        self.file_button.setText(self.tr("File"))
        texts = {"save": self.tr("Save model…"), "load": self.tr("Load model…"),
                 "export_loss": self.tr("Export loss plot (PNG/SVG)…"),
                 "export_acc": self.tr("Export accuracy plot (PNG/SVG)…"),
                 "export_script": self.tr("Export experiment as Python script…")}
        for key, text in texts.items():
            self.file_actions[key].setText(text)
        for index, text in enumerate((self.tr("Training"), self.tr("Layer details"), self.tr("Results"))):
            self.tabs.setTabText(index, text)
        self._update_buttons()
        self._update_status()

    # --- public API -------------------------------------------------------------------------------
    def apply_preset(self, spec: NetSpec | None = None, settings: TrainSettings | None = None) -> None:
        """Show a spec (its input/output sizes are taken from the data set) and/or settings."""
        if spec is not None:
            if self.dataset is not None:
                spec = _fit_spec(spec, self.dataset)
            self.hyper.set_spec(spec)
            self.diagram.set_spec(spec)
        if settings is not None:
            self.hyper.set_settings(settings)
        self._update_buttons()

    def start(self) -> bool:
        """Start a run with the editor's settings; False (with a message) when that is impossible."""
        return self._start(self.hyper.spec(), self.hyper.settings())

    def run_sequence(self, items: list[tuple[NetSpec, TrainSettings]]) -> None:
        """Train several settings one after another; each finished run stays in the plots."""
        if self.is_running() or not items:
            return
        self._queue = list(items[1:])
        spec, settings = items[0]
        self.apply_preset(spec, settings)
        self._start(self.hyper.spec(), settings)

    def step(self) -> None:
        """One iteration: pauses a running run, or starts a new run paused after its first iteration."""
        if self.is_running():
            self.run.step()
        else:
            self._start(self.hyper.spec(), self.hyper.settings(), paused=True)
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
        self._last_logs, self._last_loss, self._rate = {}, math.nan, 0.0
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
        return self._label

    @property
    def run_description(self) -> str:
        """Settings and network of the current (or last) run, e.g. ``lr=0.1, SGD, 784-50-10 relu``."""
        return self._description

    @property
    def run_settings(self) -> TrainSettings:
        """Training settings of the current (or last) run."""
        return self._settings

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
            trainer = self._make_trainer(spec, settings)
        except ValueError as exc:  # e.g. a batch larger than the training set
            log.warning("cannot start training: %s", exc)
            self._show_message(self.tr("Cannot start: %1").replace("%1", str(exc)), error=True)
            return False
        self._prune_old_runs()
        fitted = _fit_spec(spec, self.dataset)
        self._settings, self._description = settings, f"{settings.label()}, {fitted.label()}"
        # Short legends: the network is named only when it differs from the previous run's.
        same_net = self._last_spec is None or self._last_spec == fitted
        self._label = settings.label() if same_net else self._description
        self._last_spec = fitted
        self._last_logs, self._last_loss, self._rate, self._rate_mark = {}, math.nan, 0.0, None
        self.feed.discard()
        for plot in (self.loss_plot, self.acc_plot):
            plot.reset_current()
            plot.plan_iterations(settings.iterations)
        self.layer_panel.clear()
        if not keep_notes:
            self._show_message("")
        run = TrainingRun(trainer, self)
        run.step_logged.connect(self._on_run_step_logged)
        run.evaluated.connect(self._on_run_evaluated)
        run.snapshot_taken.connect(self._on_run_snapshot_taken)
        run.diverged.connect(self._on_run_diverged)
        run.failed.connect(self._on_run_failed)
        run.finished.connect(self._on_run_finished)
        if paused:
            trainer.step_once()
        self.run = run
        log.info("training started: %s on %s", self._description, self.dataset.name)
        run.start()
        self._update_buttons()
        self._update_status()
        return True

    def _start_problem(self) -> str:
        if self.dataset is None:
            return self.tr("Choose a data set first.")
        if not self.hyper.is_valid():
            return self.hyper.validation_message()
        return ""

    def _make_trainer(self, spec: NetSpec, settings: TrainSettings) -> Trainer:
        ds = self.dataset
        rng = np.random.default_rng(settings.seed)
        net = MultiLayerNet(_fit_spec(spec, ds), rng=rng)
        optimizer = make_optimizer(settings.optimizer, settings.lr)
        every = eval_interval(len(ds.x_train), settings.batch_size, settings.iterations)
        return Trainer(net, optimizer, ds, batch_size=settings.batch_size, iterations=settings.iterations,
                       eval_every=every, sampling=settings.sampling, rng=rng)

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
        if self.sender() is not self.run:
            return
        self.feed.add_steps(iterations, losses)
        self._last_loss = float(losses[-1])
        if self.run.is_paused():  # a single step must show at once, not a frame later
            self.feed.flush()

    def _on_run_evaluated(self, logs: dict) -> None:
        if self.sender() is not self.run:
            return
        self._last_logs = logs
        self.feed.add_evaluation(logs["iteration"], logs["train_acc"], logs["test_acc"])

    def _on_feed_frame_drawn(self, last: int) -> None:
        if self.run is None or not self.run.is_running():
            return
        if last <= 0:  # only accuracies in this frame: the iteration count did not move
            self._update_status()
            return
        now = time.perf_counter()
        if self._rate_mark is not None and now > self._rate_mark[0] and not self.run.is_paused():
            rate = (last - self._rate_mark[1]) / (now - self._rate_mark[0])
            self._rate = rate if self._rate == 0 else 0.7 * self._rate + 0.3 * rate
        self._rate_mark = (now, last)
        self._update_status(last)
        self._update_buttons()

    def _on_run_snapshot_taken(self, snapshot: NetworkSnapshot) -> None:
        if self.sender() is not self.run:
            return
        with np.errstate(all="ignore"):  # a diverging net's weights overflow; drawn as they are
            self.diagram.update_snapshot(snapshot)
            if self.tabs.currentIndex() == 1:  # the layer panel's histograms are not free to draw
                self.layer_panel.update_snapshot(snapshot)
            else:  # kept, so the panel shows the latest state (and gradient history) when opened
                self.layer_panel.record_snapshot(snapshot)

    def _on_run_diverged(self, iteration: int, reason: str) -> None:
        self._add_note(divergence_note(iteration, self._settings), error=True)
        log.warning("run diverged: %s", reason)

    def _on_run_failed(self, message: str) -> None:
        self._queue.clear()
        self._add_note(self.tr("Training stopped because of an error: %1").replace("%1", message),
                       error=True)

    def _on_run_finished(self, history: History) -> None:
        if self.sender() is not self.run:
            return
        self.feed.flush()
        self.loss_plot.finish_run(self._label)
        self.acc_plot.finish_run(self._label)
        if history.train_seconds > 0:
            self._rate = history.iterations_done / history.train_seconds
        if history.status in ("finished", "cancelled") and history.iterations_done > 0:
            self._show_trained(self.run.trainer.net)
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
        note = verdict_note(history, self._settings, n_classes)
        self._add_note(note, error=learning_verdict(history, n_classes) == "too_high")

    # --- results and files ---------------------------------------------------------------------------
    def _show_trained(self, net: MultiLayerNet) -> None:
        self.net = net
        ds = self.dataset
        try:
            self.results.set_results(net, ds)
            if ds.image_shape is not None:
                self.canvas.set_model(net, ds.image_shape, ds.class_names)
        except ValueError as exc:  # a loaded model that does not fit the data
            log.warning("results not shown: %s", exc)

    def _on_save_triggered(self) -> None:
        if self.net is None:
            QMessageBox.information(self, self.tr("Save model"), self.tr("Train or load a network first."))
            return
        model_files.save_model_as(self, self.net)

    def _on_load_triggered(self) -> None:
        net = model_files.open_model(self)
        if net is not None:
            self.use_loaded_model(net)

    def use_loaded_model(self, net: MultiLayerNet) -> bool:
        """Show a loaded network (diagram, results); False with a message when it does not fit the data."""
        ds = self.dataset
        if ds is not None and (net.spec.input_size, net.spec.output_size) != (ds.input_size, ds.n_classes):
            QMessageBox.warning(self, self.tr("Load model"), self.tr(
                "This model expects %1 inputs and %2 classes, but the data set %3 has %4 inputs and %5 "
                "classes. Choose a matching data set first.").replace("%1", str(net.spec.input_size))
                .replace("%2", str(net.spec.output_size)).replace("%3", ds.name)
                .replace("%4", str(ds.input_size)).replace("%5", str(ds.n_classes)))
            return False
        self.hyper.set_spec(net.spec)
        snapshot = NetworkSnapshot.of(net, 0)
        self.diagram.update_snapshot(snapshot)
        self.layer_panel.clear()
        self.layer_panel.update_snapshot(snapshot)
        if ds is not None:
            self._show_trained(net)
            self.tabs.setCurrentIndex(2)
        self.net = net
        return True

    def _on_export_script_triggered(self) -> None:
        if self.dataset is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export experiment"), "experiment.py",
                                              self.tr("Python script (*.py)"))
        if path:
            self.export_script(path)

    def export_script(self, path: str) -> bool:
        """Write the standalone NumPy script for the current settings; False with a message on failure."""
        try:
            recipe = recipe_for(self.dataset, self.picker.toy_options())
            export_experiment(path, self.hyper.spec(), self.hyper.settings(), recipe)
        except (OSError, ValueError) as exc:
            log.warning("experiment export failed: %s", exc)
            QMessageBox.warning(self, self.tr("Export experiment"),
                                self.tr("The script could not be written:\n%1").replace("%1", str(exc)))
            return False
        self._show_message(self.tr("Script written to %1. Run it with: python %1").replace("%1", path))
        return True

    # --- reactions --------------------------------------------------------------------------------------
    def _on_picker_dataset_loaded(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.hyper.set_io(dataset.input_size, dataset.n_classes, len(dataset.x_train))
        toy = dataset.input_size == 2
        self.diagram.set_toy_data(dataset.x_train if toy else None, dataset.t_train if toy else None)
        self.layer_panel.set_image_shape(dataset.image_shape)
        self.canvas.setEnabled(dataset.image_shape is not None)
        self.results.clear()
        self._update_buttons()

    def _on_hyper_spec_changed(self, spec: NetSpec) -> None:
        if not self.is_running():
            self.diagram.set_spec(spec)

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
        self.file_actions["save"].setEnabled(self.net is not None and not running)
        self.file_actions["load"].setEnabled(not running)

    def _update_status(self, iteration: int | None = None, history: History | None = None) -> None:
        if self.run is None:
            self.status_label.setText(self.tr("Ready. Press Start to train."))
            return
        if iteration is None:
            iteration = self.run.trainer.iteration
        state = history.status if history is not None else ("paused" if self.run.is_paused() else "")
        self.status_label.setText(status_text(iteration, self._settings.iterations, self._last_loss,
                                              self._last_logs, self._rate, state))

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


def _scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area, so its minimum size does not widen the whole playground."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _fit_spec(spec: NetSpec, dataset: Dataset) -> NetSpec:
    """The same spec with the data set's input and output sizes."""
    data = spec.to_dict()
    data.update(input_size=dataset.input_size, output_size=dataset.n_classes)
    return NetSpec.from_dict(data)
