"""ComparisonLesson: the frame of the chapter-6 comparisons, each run a row of its own settings.

A subclass names its comparison (``nnlab.comparisons.PRESETS``), the table columns that matter and
how it draws; this base owns the preset choice, the run table with Add/Remove, the iterations, the
run queue and the summary line. Run trains every row that has no result for its current settings
(all rows when every one has); while training, a row that is added or changed joins the queue, and
only the row that is training is locked. A row with an impossible value is refused with a message.
"""

from __future__ import annotations

import logging
from itertools import zip_longest

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from nnlab.comparisons import PRESETS, RunSettings, Setup, make_trainer, new_run
from nnlab.trainer import History, Trainer
from ui.lessons.comparison_runs import (RunBar, RunQueue, RunSpec, colour, default_data,
                                        setup_plot_defaults)
from ui.lessons.data_line import data_line
from ui.retranslate import Retranslatable
from ui.widgets.run_table import RunTable

log = logging.getLogger(__name__)

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


class ComparisonLesson(Retranslatable, QWidget):
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

    def run_stepped(self, run_key: str, iterations, losses) -> None:
        """Losses of the iterations just run."""

    def run_evaluated(self, run_key: str, logs: dict) -> None:
        """One accuracy measurement."""

    def run_done(self, run_key: str, history: History) -> None:
        """A run ended (finished, diverged or cancelled)."""

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

    # --- running --------------------------------------------------------------------------------
    def discard_running(self) -> None:
        """Cancel the queue and drop whatever its runs still report (the plots they belong to are gone)."""
        if self.queue.is_running():
            self._stale = True
            self.queue.stop()

    def _recipe(self, key: str) -> tuple[RunSettings, int]:
        return self.table.run(key), self.iterations_spin.value()

    def rows_to_run(self) -> list[str]:
        """Rows without a result for their current settings; all rows when every one has one."""
        stale = [k for k in self.table.row_keys() if self._ran.get(k) != self._recipe(k)]
        return stale or self.table.row_keys()

    def start_sample_work(self) -> None:
        """Train every row for the most iterations (tests: closing the lesson must stop it)."""
        self.iterations_spin.setValue(self.iterations_spin.maximum())
        self.start()

    @Slot()
    def start(self) -> None:
        """Train the rows that need it (bad rows are refused with a message)."""
        self.run_bar.set_status("")
        self.refused_note = ""
        self._stale = False
        self._refused = {}
        rows = self.rows_to_run()
        good = self._refuse_bad_rows(rows)
        if good:
            self.queue.start(self._specs(good), keep_results=True)
        self.refresh_statuses()
        self._update_controls()

    def _refuse_bad_rows(self, rows: list[str]) -> list[str]:
        bad = [k for k in rows if self.table.problems(k)]
        for key in bad:
            reasons = " ".join(self.table.problems(key).values())
            self._refused[key] = ""
            self.refresh_status(key)
            log.warning("run %s refused: %s", key, reasons)
        if bad:
            names = ", ".join(self.name_of_key(k) for k in bad)
            self.refused_note = self.tr("Not run, because of an impossible value (marked red): %1. "
                                        "The other runs go ahead.").replace("%1", names)
            self.run_bar.set_status(self.refused_note)
        return [k for k in rows if k not in bad]

    def _specs(self, rows: list[str]) -> list[RunSpec]:
        """Queue entries of the rows; rows of several runs take turns (scale 1 of each row first)."""
        per_row = []
        for row in rows:
            self._ran[row] = self._recipe(row)
            per_row.append(self.run_keys(row))
        specs = []
        for turn in zip_longest(*per_row):
            for run_key in filter(None, turn):
                self.histories.pop(run_key, None)
                self.run_cleared(run_key)
                specs.append(RunSpec(run_key, lambda k=run_key: self.build_trainer(k)))
        return specs

    def _enqueue(self, rows: list[str]) -> None:
        good = self._refuse_bad_rows(rows)
        if good:
            self.queue.extend(self._specs(good))
        for row in rows:
            self.refresh_status(row)

    @Slot(str)
    def _on_table_settings_changed(self, key: str) -> None:
        self._refused.pop(key, None)
        if (not self.table.problems(key) and self.queue.is_running()
                and key != self.row_of(self.queue.current_key)):
            self._enqueue([key])  # a waiting or finished row: it trains (again) with the change
        self.refresh_status(key)

    @Slot(str)
    def _on_queue_run_started(self, run_key: str) -> None:
        if self._stale:
            return
        row = self.row_of(run_key)
        if row in self.table.row_keys():
            self.table.set_locked(row, True)
            self.refresh_status(row)
        self._update_controls()

    @Slot(str, object, object)
    def _on_queue_step_logged(self, run_key: str, iterations, losses) -> None:
        if self._stale:
            return
        self.run_stepped(run_key, iterations, losses)

    @Slot(str, dict)
    def _on_queue_evaluated(self, run_key: str, logs: dict) -> None:
        if self._stale:
            return
        self.run_evaluated(run_key, logs)

    @Slot(str, object)
    def _on_queue_run_finished(self, run_key: str, history: History) -> None:
        if self._stale:
            return
        row = self.row_of(run_key)
        self.histories[run_key] = history
        if row in self.table.row_keys():
            self.table.set_locked(row, False)
            self.refresh_status(row)
        self.run_done(run_key, history)
        self.update_summary()
        self._update_controls()

    @Slot(str, str)
    def _on_queue_run_refused(self, run_key: str, message: str) -> None:
        row = self.row_of(run_key)
        if row in self.table.row_keys():
            self._refused[row] = message
            self.refresh_status(row)

    @Slot(bool)
    def _on_queue_all_finished(self, complete: bool) -> None:
        self._stale = False
        self.refresh_statuses()
        self._update_controls()
        self.update_summary()

    # --- the Result column ----------------------------------------------------------------------
    def status_text(self, key: str) -> str:
        """What a row's last column says: refused, impossible, training, waiting, changed, its result."""
        problems = self.table.problems(key)
        if key in self._refused:
            reason = " ".join(problems.values()) or self._refused[key]
            return self.tr("refused: %1").replace("%1", reason)
        if problems:
            return self.tr("impossible value (see the red cell)")
        if self.table.is_locked(key):
            return self.tr("training…")
        if self.queue.is_running() and set(self.run_keys(key)) & set(self.queue.pending_keys()):
            return self.tr("waiting")
        if any(k in self.histories for k in self.run_keys(key)):
            if self._ran.get(key) != self._recipe(key):
                return self.tr("changed: Run trains it again")
            return self.result_text(key)
        return self.tr("not run yet")

    def refresh_status(self, key: str) -> None:
        """Show a row's state again."""
        if key in self.table.row_keys():
            self.table.set_status(key, self.status_text(key))

    def refresh_statuses(self) -> None:
        """Show every row's state again (after a run, a language change)."""
        for key in self.table.row_keys():
            self.refresh_status(key)

    # --- results (the subclass says them) ------------------------------------------------------
    def result_text(self, row: str) -> str:
        """A row's result for its last column."""
        return ""

    def update_summary(self) -> None:
        """The line under the plots that sums the results up."""
