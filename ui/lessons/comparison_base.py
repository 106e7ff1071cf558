"""ComparisonLesson: the frame of the chapter-6 comparisons, each run a row of its own settings.

A subclass names its comparison (``nnlab.comparisons.PRESETS``), the table columns that matter and
how it draws; this base owns the preset choice, the run table with Add/Remove, the iterations, the
run queue (:class:`~ui.lessons.comparison_running.QueuedRuns`), the learner's saved runs of the
lesson (kept as each run ends, drawn again on request: :mod:`ui.lessons.saved_overlays`) and the
summary line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from nnlab.comparisons import PRESETS, RunSettings, Setup, make_trainer, new_run
from nnlab.run_store import SavedRun
from nnlab.trainer import History, Trainer
from ui.lessons.comparison_running import QueuedRuns
from ui.lessons.comparison_runs import RunBar, RunQueue, colour, default_data, setup_plot_defaults
from ui.lessons.data_line import data_line
from ui.lessons.saved_overlays import SavedOverlays
from ui.retranslate import Retranslatable
from ui.widgets.run_table import RunTable

PRESET_TITLES = {  # English source texts, translated in the "ComparisonLesson" context
    "book": QT_TRANSLATE_NOOP("ComparisonLesson", "Book"),
    "notes": QT_TRANSLATE_NOOP("ComparisonLesson", "Course notes"),
    "same_lr": QT_TRANSLATE_NOOP("ComparisonLesson", "Same learning rate"),
}

RUN_LABELS = {  # the presets' run names (nnlab.comparisons), translated in the same context
    "no regularisation": QT_TRANSLATE_NOOP("ComparisonLesson", "no regularisation"),
    "L2 weight decay": QT_TRANSLATE_NOOP("ComparisonLesson", "L2 weight decay"),
    "L1 weight decay": QT_TRANSLATE_NOOP("ComparisonLesson", "L1 weight decay"),
    "dropout": QT_TRANSLATE_NOOP("ComparisonLesson", "dropout"),
    "dropout + L1": QT_TRANSLATE_NOOP("ComparisonLesson", "dropout + L1"),
    "with batch norm": QT_TRANSLATE_NOOP("ComparisonLesson", "with batch norm"),
    "without batch norm": QT_TRANSLATE_NOOP("ComparisonLesson", "without batch norm"),
}


class ComparisonLesson(QueuedRuns, Retranslatable, QWidget):
    """Preset, run table, iterations and Run/Cancel for one comparison; drawing is the subclass's."""

    COMPARISON = ""  # key in nnlab.comparisons.PRESETS
    COLUMNS: tuple[str, ...] = ("name", "optimizer", "lr", "status")
    RUN_TEXT = ""  # English source in the "RunBar" context
    DEFAULT_PRESET = "book"
    MAX_ITERATIONS = 20_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_plot_defaults()
        self.presets = PRESETS[self.COMPARISON]
        self.histories: dict[str, History] = {}
        self._ran: dict[str, tuple[RunSettings, int]] = {}  # row key -> what its result was trained with
        self._colour_index = 0
        self.refused_note = ""  # why rows of the last Run were refused, kept beside the final status
        self._refused: dict[str, str] = {}  # row -> why its run was refused ("" for a red cell)
        self._stale = False  # the runs in progress were made obsolete (e.g. new scales): drop their results
        self.queue = RunQueue(self)
        self.run_bar = RunBar(self.queue, self.RUN_TEXT)
        self.overlays = SavedOverlays(self.run_bar.saved_button.panel, self.draw_saved_run,
                                      self.erase_saved_run, self)
        self.table = RunTable(self.COLUMNS)
        self.table.name_of = self.display_name
        self.preset_combo = QComboBox()
        for name in self.presets:
            self.preset_combo.addItem("", name)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.iterations_spin = QSpinBox()
        self.iterations_spin.setRange(10, self.MAX_ITERATIONS)
        self.iterations_spin.setSingleStep(100)
        self.preset_label, self.iterations_label = QLabel(), QLabel()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self._connect()  # the subclass builds its plots, then calls load_preset(DEFAULT_PRESET)

    def _connect(self) -> None:
        self.run_bar.run_clicked.connect(self.start)
        self.queue.run_started.connect(self._on_queue_run_started)
        self.queue.step_logged.connect(self._on_queue_step_logged)
        self.queue.evaluated.connect(self._on_queue_evaluated)
        self.queue.run_finished.connect(self._on_queue_run_finished)
        self.queue.run_refused.connect(self._on_queue_run_refused)
        self.queue.all_finished.connect(self._on_queue_all_finished)
        self.preset_combo.currentIndexChanged.connect(
            lambda _i: self.load_preset(self.preset_combo.currentData()))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected_row)
        self.table.settings_changed.connect(self._on_table_settings_changed)
        self.table.itemSelectionChanged.connect(self._update_controls)
        self.iterations_spin.valueChanged.connect(lambda _v: self._show_note())

    def add_option(self, *widgets: QWidget) -> None:
        """Put a lesson's own controls in the row of the iteration count (before its stretch)."""
        for widget in widgets:
            self.options_row.insertWidget(self.options_row.count() - 1, widget)

    def standard_layout(self, plots: QWidget) -> QVBoxLayout:
        """Note, preset row, options row, table, run bar, status, plots, summary: the usual order.

        Two short rows rather than one long one: the lesson pane is narrow at 1024 × 768.
        """
        presets = QHBoxLayout()
        for widget in (self.preset_label, self.preset_combo, self.add_button, self.remove_button):
            presets.addWidget(widget)
        presets.addStretch(1)
        self.options_row = QHBoxLayout()
        self.options_row.addWidget(self.iterations_label)
        self.options_row.addWidget(self.iterations_spin)
        self.options_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(presets)
        layout.addLayout(self.options_row)
        layout.addWidget(self.table)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.run_bar.status_label)
        layout.addWidget(plots, 3)
        layout.addWidget(self.overlays.legend)
        layout.addWidget(self.result_label)
        return layout

    def _retranslate(self) -> None:
        self.preset_label.setText(self.tr("Preset:"))
        for i in range(self.preset_combo.count()):
            self.preset_combo.setItemText(i, self.tr(PRESET_TITLES[self.preset_combo.itemData(i)]))
        self.add_button.setText(self.tr("Add run"))
        self.remove_button.setText(self.tr("Remove run"))
        self.iterations_label.setText(self.tr("Iterations per run:"))
        self.iterations_spin.setToolTip(self.tr("Used by every run that starts from now on; the run "
                                                "training now keeps its own length."))
        self._show_note()
        self.table.refresh_names()
        self.refresh_statuses()
        self._update_controls()
        self.update_summary()
        self.overlays.redraw()  # what each saved run's note says is the lesson's, in this language

    def display_name(self, run: RunSettings) -> str:
        """A run's name in the current language."""
        if run.label in RUN_LABELS:
            return self.tr(RUN_LABELS[run.label])
        if run.label.startswith("run ") and run.label[4:].isdigit():
            return self.tr("run %1").replace("%1", run.label[4:])
        return run.name

    def name_of_key(self, key: str) -> str:
        """The display name of a row by key."""
        return self.display_name(self.table.run(key))

    # --- what the subclass provides ------------------------------------------------------------
    def note_text(self) -> str:
        """The line above the controls: network, data and what the plots show."""
        return ""

    def _show_note(self) -> None:
        """The data line (which set, which split) and then the lesson's own note."""
        data, _ = default_data()
        lines = [data_line(data, train_size=self.setup().train_size), self.note_text()]
        self.note_label.setText("\n".join(line for line in lines if line))

    def run_keys(self, row_key: str) -> list[str]:
        """The queue keys of one row's runs (one run; batch norm: one per weight scale)."""
        return [row_key]

    def row_of(self, run_key: str) -> str:
        """The row a queued run belongs to."""
        return run_key

    def build_trainer(self, run_key: str) -> Trainer:
        """The Trainer of one queued run, from its row's settings as they are now."""
        data, _ = default_data()
        return make_trainer(self.table.run(self.row_of(run_key)), self.setup(), data,
                            iterations=self.iterations_spin.value())

    def row_added(self, run: RunSettings) -> None:
        """A row appeared (draw its empty curves)."""

    def row_removed(self, key: str) -> None:
        """A row went away (delete its curves)."""

    def run_cleared(self, run_key: str) -> None:
        """A run is about to train (again): empty its curves."""

    def run_stepped(self, run_key: str, iterations: np.ndarray, losses: np.ndarray) -> None:
        """Losses of the iterations just run."""

    def run_evaluated(self, run_key: str, logs: dict) -> None:
        """One accuracy measurement."""

    def run_done(self, run_key: str, history: History) -> None:
        """A run ended (finished, diverged or cancelled)."""

    def saved_arrays(self, trainer: Trainer) -> dict[str, Callable[[], np.ndarray]]:
        """What a saved run keeps besides its curves, to draw it again (e.g. a weight histogram).

        Each a function, called in the run archive's worker: the GUI thread only hands it over.
        """
        return {}

    def draw_saved_run(self, key: str, run: SavedRun, colour: str) -> str:
        """Draw a saved run into the plots under ``key``; the answer says what could not be drawn."""
        return self.tr("this page cannot draw saved runs")

    def erase_saved_run(self, key: str) -> None:
        """Take a saved run's curves out of the plots."""

    # --- saved runs -----------------------------------------------------------------------------
    def saved_name(self, run_key: str) -> str:
        """A run's name in the saved runs: the row's name and its settings ("SGD lr 0.01")."""
        row = self.row_of(run_key)
        if row not in self.table.row_keys():
            return run_key
        run = self.table.run(row)
        name, detail = self.display_name(run), run.describe()
        return detail if name == run.optimizer else f"{name} · {detail}"

    def keep_run(self, run_key: str, history: History) -> None:
        """Save a run that ended (finished, stopped or diverged) in the learner's saved runs."""
        trainer = self.queue.trainers.get(run_key)
        row = self.row_of(run_key)
        if trainer is None:
            return
        settings = {"comparison": self.COMPARISON, "preset": self.preset_name,
                    "run": asdict(self.table.run(row)) if row in self.table.row_keys() else None}
        self.run_bar.saved_button.keep(run_key, history, name=self.saved_name(run_key),
                                       settings=settings, arrays=self.saved_arrays(trainer))

    # --- presets and rows -----------------------------------------------------------------------
    @property
    def preset_name(self) -> str:
        """The chosen preset's name."""
        return self.preset_combo.currentData()

    def setup(self) -> Setup:
        """The chosen preset's shared network and schedule."""
        return self.presets[self.preset_name].setup

    def _next_colour(self) -> str:
        self._colour_index += 1
        return colour(self._colour_index - 1)

    @Slot()
    def load_preset(self, name: str) -> None:
        """Replace every row with a preset's (refused while a run trains: it would replace it)."""
        if self.queue.is_running():
            return
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(name))
        self.preset_combo.blockSignals(False)
        for key in self.table.row_keys():
            self.row_removed(key)
        self.histories, self._ran, self._colour_index = {}, {}, 0
        preset = self.presets[name]
        runs = list(preset.runs)
        self.table.set_runs(runs, [self._next_colour() for _ in runs])
        self._refused = {}
        for run in runs:
            self.row_added(run)
        self.iterations_spin.setValue(preset.setup.iterations)
        self.run_bar.set_status("")
        self._retranslate()

    @Slot()
    def add_row(self) -> None:
        """Add a run: a copy of the selected row (or the last one), under a new name."""
        runs = self.table.runs()
        selected = self._selected_key()
        template = self.table.run(selected) if selected else (runs[-1] if runs else None)
        run = new_run(runs, template)
        self.table.add_run(run, self._next_colour())
        self.row_added(run)
        self.refresh_status(run.key)
        self.table.selectRow(self.table.rowCount() - 1)
        if self.queue.is_running():
            self._enqueue([run.key])

    @Slot()
    def remove_selected_row(self) -> None:
        """Remove the selected run (not the one training)."""
        key = self._selected_key()
        if key is None or self.table.is_locked(key):
            return
        self.queue.remove(set(self.run_keys(key)))
        self.table.remove_run(key)
        self.row_removed(key)
        for run_key in self.run_keys(key):
            self.histories.pop(run_key, None)
        self._ran.pop(key, None)
        self._update_controls()
        self.update_summary()

    def _selected_key(self) -> str | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.table.row_keys()[min(rows)] if rows else None

    @Slot()
    def _update_controls(self) -> None:
        running = self.queue.is_running()
        self.preset_combo.setEnabled(not running)
        self.preset_combo.setToolTip(self.tr(
            "A preset replaces every row, the one training too: press Cancel first.") if running else "")
        key = self._selected_key()
        can_remove = key is not None and not self.table.is_locked(key)
        self.remove_button.setEnabled(can_remove)
        self.remove_button.setToolTip(self.tr("The selected run is training: it cannot be removed "
                                              "until it ends.") if key and not can_remove else "")
        self.run_bar.run_button.setToolTip(self.tr(
            "While runs train, rows you add or change join the queue.") if running else "")

    # --- results (the subclass says them) ------------------------------------------------------
    def result_text(self, row: str) -> str:
        """A row's result for its last column."""
        return ""

    def update_summary(self) -> None:
        """The line under the plots that sums the results up."""
