"""SavedRunsPanel: the learner's earlier runs (kept between sessions): overlay, rename, delete, export.

The panel lists the runs of one source (the playground, or a lesson's id) from a
:class:`ui.run_archive.RunArchive`. It asks for the list once the event loop runs, so building the
panel costs no disk access; the list arrives from the archive's worker thread.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.run_store import SavedRun
from nnlab.trainer import History
from ui.engine_names import dataset_text
from ui.percent import TABLE_DIGITS, percent_text
from ui.retranslate import Retranslatable
from ui.run_archive import RunArchive, shared_archive
from ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

FILL_CHUNK = 150  # table rows added per event-loop turn (about 20 ms)
translate = QCoreApplication.translate  # literal context "SavedRuns", found by pyside6-lupdate


def outcome_text(run: SavedRun) -> str:
    """How the run ended, in words: finished/stopped/diverged, and whether it learned."""
    status = {"finished": translate("SavedRuns", "finished"),
              "cancelled": translate("SavedRuns", "stopped"),
              "diverged": translate("SavedRuns", "diverged")}.get(run.status, run.status)
    verdict = {"slow": translate("SavedRuns", "learned slowly"),
               "too_high": translate("SavedRuns", "did not learn")}
    return f"{status} · {verdict[run.verdict]}" if run.verdict in verdict else status


def _percent(value: float | None) -> str:
    return percent_text(value, TABLE_DIGITS)


class SavedRunsPanel(Retranslatable, QWidget):
    """A table of saved runs with Show in plots, Rename, Delete, Export CSV and Forget all runs."""

    overlay_requested = Signal(object)  # SavedRun with its curves
    count_changed = Signal(int)

    def __init__(self, source: str = "playground", archive: RunArchive | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.archive = archive or shared_archive()
        self.runs: list[SavedRun] = []
        self._listed = False
        self._filled = 0  # rows of self.runs in the table so far
        self._fill_generation = 0
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)  # a thousand rows lay out at once
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setColumnCount(6)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setResizeContentsPrecision(200)  # column widths from 200 rows, not 1,000
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.overlay_selected())
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = {key: QPushButton() for key in ("overlay", "rename", "delete", "export", "forget")}
        self.buttons["overlay"].clicked.connect(self.overlay_selected)
        self.buttons["rename"].clicked.connect(self._on_rename_clicked)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.buttons["export"].clicked.connect(self._on_export_clicked)
        self.buttons["forget"].clicked.connect(self._on_forget_clicked)
        row = FlowLayout()  # wraps, so the panel fits beside the settings on a 1024-px screen
        for key in ("overlay", "rename", "delete", "export"):
            row.add_widget(self.buttons[key])
        row.add_widget(self.buttons["forget"], right=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.archive.runs_listed.connect(self._on_archive_runs_listed)
        self.archive.run_saved.connect(self._on_archive_run_saved)
        self.archive.run_loaded.connect(self._on_archive_run_loaded)
        self.archive.runs_changed.connect(self.refresh)
        self.archive.exported.connect(self._on_archive_exported)
        self.archive.failed.connect(self._on_archive_failed)
        self._overlay_enabled = True
        self._retranslate()
        QTimer.singleShot(0, self.refresh)  # after the window is shown, never while it is built

    # --- public API ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the archive for the list again (the answer fills the table)."""
        self.archive.list_runs(self.source)

    def keep(self, history: History, *, name: str, dataset: str, n_classes: int, settings: dict,
             arrays: dict[str, Callable[[], object]] | None = None) -> None:
        """Save a run that just ended (finished, stopped or diverged); the disk work is in the worker.

        ``arrays``: what a lesson draws besides the curves (e.g. its weight histogram's quantiles),
        each computed by its function in the worker too.
        """
        if history.status not in ("finished", "cancelled", "diverged") or history.iterations_done < 1:
            return
        run = SavedRun.from_history(history, name=name, dataset=dataset, n_classes=n_classes,
                                    settings=settings, source=self.source)
        self.archive.save(run, later=arrays)

    def selected_runs(self) -> list[SavedRun]:
        """The runs chosen in the table, in table order."""
        rows = sorted(self.tree.indexOfTopLevelItem(item) for item in self.tree.selectedItems())
        return [self.runs[row] for row in rows]

    def select(self, rows: list[int]) -> None:
        """Choose table rows (tests, and the run just saved)."""
        self.tree.clearSelection()
        for row in rows:
            self.tree.topLevelItem(row).setSelected(True)

    def set_overlay_enabled(self, enabled: bool) -> None:
        """Overlaying draws into the plots, so the playground turns it off during a run."""
        self._overlay_enabled = enabled
        self._update_status()

    def overlay_selected(self) -> None:
        """Load the chosen runs' curves; each arrives as overlay_requested."""
        if not self._overlay_enabled:
            return
        for run in self.selected_runs():
            self.archive.load(run.id, token=self)

    def rename_run(self, run: SavedRun, name: str) -> None:
        """Give ``run`` a new name (empty names are ignored)."""
        name = name.strip()
        if name:
            self.archive.rename(run.id, name)

    def delete_selected(self) -> None:
        """Delete the chosen runs from the store."""
        for run in self.selected_runs():
            self.archive.delete(run.id)

    def forget_all(self) -> None:
        """Delete every run this panel shows, for good (no question: the button asks first)."""
        self.archive.forget_all(self.source)

    def export_run(self, run: SavedRun, path: str) -> None:
        """Write ``run``'s curves to ``path`` as CSV."""
        self.archive.export_csv(run.id, path)

    # --- translation ----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Test acc."), self.tr("Result"),
                                   self.tr("Data set"), self.tr("Iterations"), self.tr("Saved")])
        texts = {"overlay": self.tr("Show in plots"), "rename": self.tr("Rename…"),
                 "delete": self.tr("Delete"), "export": self.tr("Export CSV…"),
                 "forget": self.tr("Forget all runs…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["overlay"].setToolTip(self.tr("Draw the chosen runs again beside the current one"))
        self.buttons["forget"].setToolTip(self.tr("Delete every saved run of this page for good"))
        self._fill()

    # --- answers from the archive -------------------------------------------------------------
    def _on_archive_runs_listed(self, source: str, runs: list[SavedRun]) -> None:
        if source != self.source:
            return
        self.runs, self._listed = list(runs), True
        self._fill()

    def _on_archive_run_saved(self, run: SavedRun) -> None:
        if run.source == self.source and self._listed:
            self.runs.append(run)
            if self._filled == len(self.runs) - 1:  # otherwise a pending chunk adds it
                self.tree.addTopLevelItem(self._item(run))
                self._filled += 1
            self._update_status()

    def _on_archive_run_loaded(self, run: SavedRun, token: object) -> None:
        if token is self:
            self.overlay_requested.emit(run)

    def _on_archive_exported(self, path: str) -> None:
        self.status_label.setText(self.tr("Curves written to %1").replace("%1", path))

    def _on_archive_failed(self, message: str) -> None:
        text = self.tr("The saved runs cannot be used: %1") if self.archive.problem else \
            self.tr("That did not work: %1")  # e.g. an export to a folder that cannot be written
        self.status_label.setText(text.replace("%1", message))
        self.status_label.setStyleSheet("color: #8b0000;")

    # --- the table ------------------------------------------------------------------------------
    def _fill(self) -> None:
        """Show ``self.runs``: the first rows at once, the rest in chunks so the window stays live."""
        self.tree.clear()
        self._filled = 0
        self._fill_generation += 1
        self._fill_chunk(self._fill_generation)
        for column in range(6):  # the name first, never wider than half the table
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 12)  # room for CJK fallbacks
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), max(160, self.tree.width() // 2)))
        self._update_status()

    def _fill_chunk(self, generation: int) -> None:
        if generation != self._fill_generation:  # a newer list replaced this one
            return
        chunk = self.runs[self._filled:self._filled + FILL_CHUNK]
        self.tree.addTopLevelItems([self._item(run) for run in chunk])
        self._filled += len(chunk)
        if self._filled < len(self.runs):
            QTimer.singleShot(0, lambda: self._fill_chunk(generation))

    def _item(self, run: SavedRun) -> QTreeWidgetItem:
        saved = QDateTime.fromSecsSinceEpoch(int(run.created)).toString("yyyy-MM-dd HH:mm")
        item = QTreeWidgetItem([run.name, _percent(run.final.get("test_acc", math.nan)),
                                outcome_text(run), dataset_text(run.dataset),
                                f"{run.final.get('iterations', 0):,}",
                                saved])
        item.setToolTip(0, run.name)
        if run.verdict == "too_high":
            item.setToolTip(2, translate("SavedRuns", "The learning rate was too high: each step jumped "
                                                      "past the minimum."))
        for column in (1, 4):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _update_status(self) -> None:
        if not self.archive.problem:
            self.status_label.setStyleSheet("")
            if not self._listed:
                self.status_label.setText(self.tr("Loading the saved runs…"))
            elif not self.runs:
                self.status_label.setText(self.tr(
                    "No saved runs yet. Every run that finishes, is stopped or diverges is kept here."))
            else:
                text = self.tr("Saved runs: %1, kept between sessions. Choose runs and press Show "
                               "in plots.") if self._overlay_enabled else \
                    self.tr("Saved runs: %1, kept between sessions.")
                self.status_label.setText(text.replace("%1", f"{len(self.runs):,}"))
        self.count_changed.emit(len(self.runs))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = len(self.tree.selectedItems())
        self.buttons["overlay"].setEnabled(chosen > 0 and self._overlay_enabled)
        self.buttons["rename"].setEnabled(chosen == 1)
        self.buttons["delete"].setEnabled(chosen > 0)
        self.buttons["export"].setEnabled(chosen == 1)
        self.buttons["forget"].setEnabled(bool(self.runs))

    # --- dialogs ------------------------------------------------------------------------------------
    def _on_rename_clicked(self) -> None:
        [run] = self.selected_runs()
        name, ok = QInputDialog.getText(self, self.tr("Rename run"), self.tr("New name:"), text=run.name)
        if ok:
            self.rename_run(run, name)

    def _on_export_clicked(self) -> None:
        [run] = self.selected_runs()
        suggested = "".join(c if c.isalnum() or c in "-_." else "_" for c in run.name) or "run"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export run as CSV"), f"{suggested}.csv",
                                              self.tr("CSV file (*.csv)"))
        if path:
            self.export_run(run, path)

    def _on_forget_clicked(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Forget all runs"),
            self.tr("Delete all %1 saved runs of this page for good? This cannot be undone.")
            .replace("%1", str(len(self.runs))))
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_all()


def settings_record(settings: object, spec: object) -> dict:
    """The settings of a run as stored: the training settings' fields and the network spec."""
    record = dataclasses.asdict(settings) if dataclasses.is_dataclass(settings) else dict(settings)
    if spec is not None:
        record["spec"] = spec.to_dict()
    return record
