"""The search page of the hyperparameter lesson: run the book's random search, watch it, narrow it.

Trials run in a :class:`~ui.background.BackgroundRunner` thread.  Each finished trial adds a
point to the two scatters, a row to the ranked table and (when it is among the best 20) a small
plot to the curves page.  "Narrow to the best" replaces the ranges by the ones around the best
trials (``nnlab.hyperparameter_search.narrow``); the next search draws from them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from nnlab import number_text
from nnlab.hyperparameter_search import (
    BOOK_SPACE,
    LogRange,
    SearchResult,
    SearchSettings,
    SearchSpace,
    Trial,
    narrow,
    rank,
    run_search,
)
from ui.background import BackgroundRunner
from ui.engine_names import dataset_text
from ui.lessons.hyperparameter_search.table import RankedTable
from ui.lessons.hyperparameter_search.views import TrialScatter
from ui.retranslate import Retranslatable
from ui.widgets.job_controls import JobControls
from ui.widgets.spin_boxes import int_spin

DEFAULT_TRIALS = 100
NARROW_BEST = 5


def range_text(r: LogRange) -> str:
    """'10⁻⁶ … 10⁻²' with the exponents as superscripts (rich text), the minus typographic."""
    return f"10<sup>{number_text.number(r.low, 6)}</sup> … 10<sup>{number_text.number(r.high, 6)}</sup>"


def network_text(hidden: tuple[int, ...]) -> str:
    """'6 × 100' for six hidden layers of 100, '50-20' otherwise."""
    if hidden and len(set(hidden)) == 1 and len(hidden) > 1:
        return f"{len(hidden)} × {hidden[0]}"
    return "-".join(str(n) for n in hidden)


class SearchPanel(Retranslatable, QWidget):
    """Controls, progress, the live scatter and the ranked table of one random search."""

    trials_changed = Signal(list)  # ranked trials so far

    def __init__(self, settings: Callable[[], SearchSettings], seed: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings, self._seed = settings, seed
        self.data: Any = None
        self.data_note = ""
        self.space: SearchSpace = BOOK_SPACE
        self.narrowed_from = 0  # how many trials the current ranges came from (0: the book's)
        self.trials: list[Trial] = []
        self.result: SearchResult | None = None
        self._started_at = 0.0
        self._elapsed = 0.0
        self._n_trials = 0
        self._error = ""
        self.run = BackgroundRunner(self, name="nnlab-search")  # stops when the panel closes
        self.run.produced.connect(self._on_run_produced)
        self.run.succeeded.connect(self._on_run_succeeded)
        self.run.failed.connect(self._on_run_failed)
        self.run.finished.connect(self._on_run_finished)
        self.trials_spin = int_spin(1, 1000, DEFAULT_TRIALS, 10)
        self.epochs_spin = int_spin(1, 500, SearchSettings().epochs, 5)
        self.best_spin = int_spin(1, 50, NARROW_BEST)
        self.form_labels = [QLabel() for _ in range(3)]
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.range_label = QLabel()
        self.range_label.setTextFormat(Qt.TextFormat.RichText)
        self.range_label.setWordWrap(True)
        self.controls = JobControls(self.run, self.start, follow_progress=False)
        self.start_button, self.cancel_button = self.controls.run_button, self.controls.cancel_button
        self.progress_bar = self.controls.progress_bar
        self.narrow_button, self.reset_button = QPushButton(), QPushButton()
        self.narrow_button.setEnabled(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.setEnabled(False)
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        self.scatter = TrialScatter()
        self.table = RankedTable()
        self.narrow_button.clicked.connect(self.narrow_to_best)
        self.reset_button.clicked.connect(self.reset_ranges)
        self.test_button.clicked.connect(self.test_best)
        self.best_spin.valueChanged.connect(self._redraw)
        self._lay_out()
        self._retranslate()
        self.scatter.set_space(self.space)

    def _lay_out(self) -> None:
        form = QHBoxLayout()
        for label, spin in zip(self.form_labels[:2], (self.trials_spin, self.epochs_spin), strict=True):
            form.addWidget(label)
            form.addWidget(spin)
        form.addStretch(1)
        ranges = QHBoxLayout()
        ranges.addWidget(self.form_labels[2])
        ranges.addWidget(self.best_spin)
        ranges.addWidget(self.narrow_button)
        ranges.addWidget(self.reset_button)
        ranges.addStretch(1)
        views = QSplitter(Qt.Orientation.Vertical)
        views.addWidget(self.scatter)
        views.addWidget(self.table)
        views.setSizes([3, 2])
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.range_label)
        layout.addLayout(ranges)
        layout.addWidget(self.controls)
        layout.addWidget(self.status_label)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_label, 1)
        layout.addLayout(test_row)
        layout.addWidget(views, 1)

    def _retranslate(self) -> None:
        for label, text in zip(self.form_labels, (self.tr("Trials:"), self.tr("Epochs per trial:"),
                                                  self.tr("Trials to narrow to:")), strict=True):
            label.setText(text)
        self.start_button.setText(self.tr("Search"))
        self.narrow_button.setText(self.tr("Narrow the ranges"))
        self.narrow_button.setToolTip(self.tr("The next search draws from the ranges around the "
                                              "best trials (red points)"))
        self.reset_button.setText(self.tr("Book's ranges"))
        self.test_button.setText(self.tr("Test the best trial"))
        self.test_button.setToolTip(self.tr("Measure the chosen network on the test data, once, "
                                            "after the search has chosen it"))
        self.reset_button.setToolTip(self.tr("Learning rate 10⁻⁶ … 10⁻², weight decay 10⁻⁸ … 10⁻⁴"))
        self._show_note()
        self._show_ranges()
        self._show_status()

    # --- data and ranges -------------------------------------------------------------------------
    def set_data(self, data: Any, note: str = "") -> None:
        """Search on ``data`` from the next Search on."""
        self.data, self.data_note = data, note
        self._show_note()

    def _show_note(self) -> None:
        settings = self._settings()
        sizes = network_text(settings.hidden)
        name = getattr(self.data, "name", "")
        self.note_label.setText(self.tr(
            "Each trial trains a new network (hidden layers %1, ReLU, He initial weights) with "
            "SGD, batch %2, on the training part of the split, and is ranked by its validation "
            "accuracy. Data: %3.").replace("%1", sizes).replace("%2", str(settings.batch_size))
            .replace("%3", dataset_text(name) if name else "—"))
        self.note_label.setToolTip(self.data_note)

    def _show_ranges(self) -> None:
        source = (self.tr("the book's ranges") if not self.narrowed_from else
                  self.tr("narrowed to the best %1 trials").replace("%1", str(self.narrowed_from)))
        self.range_label.setText(self.tr("Next search: learning rate %1, weight decay λ %2 (%3)")
                                 .replace("%1", range_text(self.space.lr))
                                 .replace("%2", range_text(self.space.weight_decay))
                                 .replace("%3", source))

    @Slot()
    def narrow_to_best(self) -> None:
        """Use the ranges around the best trials for the next search."""
        best = self.best_spin.value()
        try:
            self.space = narrow(self.trials, best=best)
        except ValueError:  # no finished trial yet: nothing to narrow to
            self.status_label.setText(self.tr("Run a search first: there is no finished trial "
                                              "to narrow the ranges to."))
            return
        self.narrowed_from = min(best, len(self.trials))
        self._show_ranges()
        self.scatter.set_space(self.space)

    @Slot()
    def reset_ranges(self) -> None:
        """Go back to the book's ranges."""
        self.space, self.narrowed_from = BOOK_SPACE, 0
        self._show_ranges()
        self.scatter.set_space(self.space)

    # --- running ---------------------------------------------------------------------------------
    def search_settings(self) -> SearchSettings:
        """The settings of the next search: the split's share and the epochs spin box."""
        return SearchSettings(validation_rate=self._settings().validation_rate,
                              epochs=self.epochs_spin.value())

    def start_sample_work(self) -> None:
        """Search with the most trials (tests: closing the lesson must stop it)."""
        self.trials_spin.setValue(self.trials_spin.maximum())
        self.start()

    @Slot()
    def start(self) -> bool:
        """Start a search with the current ranges; False (and a message) when it cannot start."""
        if self.run.is_running():
            return False
        if self.data is None:
            self.status_label.setText(self.tr("No data to search on."))
            return False
        self.trials, self.result, self._error = [], None, ""
        self.test_button.setEnabled(False)
        self.test_label.setText("")
        self._n_trials = self.trials_spin.value()
        self._started_at = time.perf_counter()
        self.controls.reset_progress(self._n_trials)
        self._redraw()
        data, n_trials, space, settings, seed = (self.data, self._n_trials, self.space,
                                                 self.search_settings(), self._seed())
        self.run.start(lambda task: run_search(data, n_trials, space=space, settings=settings, seed=seed,
                                               on_trial=task.publish, cancel=task.cancel_event),
                       description="hyperparameter search")
        self._show_status()
        return True

    def is_running(self) -> bool:
        """True while a search runs."""
        return self.run.is_running()

    def ranked(self) -> list[Trial]:
        """The trials so far, best first."""
        return rank(self.trials)

    @Slot(object)
    def _on_run_produced(self, trial: Trial) -> None:
        self.trials.append(trial)
        self.progress_bar.setValue(len(self.trials))
        self._redraw()
        self._show_status()

    @Slot(str)
    def _on_run_failed(self, message: str) -> None:
        self._error = message

    @Slot(object)
    def _on_run_succeeded(self, result: SearchResult) -> None:
        self.result = result

    @Slot()
    def _on_run_finished(self) -> None:
        result = self.result
        self._elapsed = time.perf_counter() - self._started_at
        self.test_button.setEnabled(result is not None and result.best_network is not None)
        self._show_status()

    @Slot()
    def test_best(self) -> None:
        """Measure the best trial's network on the test data (the search never saw them)."""
        result = self.result
        if result is None or result.best_network is None or self.data is None:
            return
        accuracy = result.test_accuracy(self.data.x_test, self.data.t_test)
        best = result.ranked()[0]
        self.test_label.setText(self.tr(
            "Trial %1 (validation accuracy %2) on the %3 test images: %4. Measured once, after "
            "the choice, this is the estimate for images the network has never seen.")
            .replace("%1", str(best.index + 1)).replace("%2", f"{best.final_val_acc:.3f}")
            .replace("%3", f"{len(self.data.x_test):,}").replace("%4", f"{accuracy:.3f}"))

    @Slot()
    def _redraw(self) -> None:
        ranked = self.ranked()
        self.scatter.set_trials(ranked, self.best_spin.value())
        self.table.set_trials(ranked)
        self.narrow_button.setEnabled(any(tr.status == "finished" for tr in ranked))
        self.trials_changed.emit(ranked)

    def _show_status(self) -> None:
        done = len(self.trials)
        best = self.ranked()[0] if self.trials else None
        best_text = "" if best is None else self.tr(
            " Best so far: validation accuracy %1 (learning rate %2, weight decay %3).").replace(
            "%1", f"{best.final_val_acc:.3f}").replace("%2", number_text.scientific(best.lr)).replace(
            "%3", number_text.scientific(best.weight_decay))
        if self._error:
            text = self.tr("The search stopped with an error: %1").replace("%1", self._error)
        elif self.run.is_running() and self.result is None:
            text = self.tr("Trial %1 of %2 running…").replace(
                "%1", str(min(done + 1, self._n_trials))).replace("%2", str(self._n_trials))
            text += best_text
        elif self.result is not None and self.result.status == "cancelled":
            text = self.tr("Cancelled after %1 trials.").replace("%1", str(done)) + best_text
        elif self.result is not None:
            text = self.tr("%1 trials in %2 s.").replace("%1", str(done)).replace(
                "%2", f"{self._elapsed:.0f}") + best_text
        else:
            text = self.tr("Press Search to start the book's random search.")
        self.status_label.setText(text)
