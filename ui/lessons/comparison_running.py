"""QueuedRuns: how a comparison lesson trains its rows, and what each row's Result column says.

Run trains every row that has no result for its current settings (all rows when every one has);
while training, a row that is added or changed joins the queue, and only the row that is training
is locked. A row with an impossible value is refused with a message, the others go ahead. Every
run that ends is kept in the learner's saved runs.

A mixin of :class:`ui.lessons.comparison_base.ComparisonLesson`, which owns what it uses: the run
``table``, the ``queue`` and ``run_bar``, ``iterations_spin``, ``histories`` and the bookkeeping
``_ran``, ``_refused``, ``_stale`` and ``refused_note``, and the hooks (``run_keys``, ``row_of``,
``build_trainer``, ``run_cleared`` ... ``result_text``, ``update_summary``).
"""

from __future__ import annotations

import logging
from itertools import zip_longest

import numpy as np
from PySide6.QtCore import Slot

from nnlab.comparisons import RunSettings
from nnlab.trainer import History
from ui.lessons.comparison_runs import RunSpec

log = logging.getLogger(__name__)


class QueuedRuns:
    """Run, queue, refuse and report the rows of a comparison lesson (a mixin of ComparisonLesson)."""

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
    def _on_queue_step_logged(self, run_key: str, iterations: np.ndarray, losses: np.ndarray) -> None:
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
        self.keep_run(run_key, history)  # every run that ends is kept, also one made obsolete
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
