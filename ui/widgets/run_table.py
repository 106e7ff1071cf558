"""RunTable: an editable table of a comparison's runs, one row per run with its own settings.

The rows are :class:`nnlab.comparisons.RunSettings` values; the table only edits them. Numbers are
typed as text so that an impossible value (a learning rate of "abc" or -1, a dropout ratio of 1) can
be shown as it was typed, marked in red with the reason in its tooltip, and refused when it would
run. A row that is training is locked (its tooltip says why); every other row stays editable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from nnlab.comparisons import INIT_NAMES, NUMBER_FIELDS, RunSettings, with_values
from nnlab.optimizers import OPTIMIZERS
from ui.engine_names import init_text
from ui.retranslate import Retranslatable

COLUMN_TITLES = {  # English source texts, translated in the "RunTable" context
    "name": QT_TRANSLATE_NOOP("RunTable", "Run"),
    "optimizer": QT_TRANSLATE_NOOP("RunTable", "Optimizer"),
    "lr": QT_TRANSLATE_NOOP("RunTable", "Learning rate"),
    "momentum": QT_TRANSLATE_NOOP("RunTable", "μ"),
    "rho": QT_TRANSLATE_NOOP("RunTable", "ρ"),
    "beta1": QT_TRANSLATE_NOOP("RunTable", "β1"),
    "beta2": QT_TRANSLATE_NOOP("RunTable", "β2"),
    "l2": QT_TRANSLATE_NOOP("RunTable", "L2 λ"),
    "l1": QT_TRANSLATE_NOOP("RunTable", "L1 λ"),
    "dropout": QT_TRANSLATE_NOOP("RunTable", "Dropout"),
    "init": QT_TRANSLATE_NOOP("RunTable", "Initial weights"),
    "batch_norm": QT_TRANSLATE_NOOP("RunTable", "Batch norm"),
    "status": QT_TRANSLATE_NOOP("RunTable", "Result"),
}
COLUMN_TIPS = {
    "momentum": QT_TRANSLATE_NOOP("RunTable", "Momentum μ (Momentum and Nesterov only)"),
    "rho": QT_TRANSLATE_NOOP("RunTable", "Decay rate ρ of the squared gradients (RMSProp only)"),
    "beta1": QT_TRANSLATE_NOOP("RunTable", "Adam's β1 (decay of the mean gradient)"),
    "beta2": QT_TRANSLATE_NOOP("RunTable", "Adam's β2 (decay of the squared gradient)"),
}
PROBLEM_TEXTS = {  # by field: why the value cannot train
    "lr": QT_TRANSLATE_NOOP("RunTable", "The learning rate must be a number above 0."),
    "momentum": QT_TRANSLATE_NOOP("RunTable", "μ must be a number from 0 up to (not including) 1."),
    "rho": QT_TRANSLATE_NOOP("RunTable", "ρ must be a number from 0 up to (not including) 1."),
    "beta1": QT_TRANSLATE_NOOP("RunTable", "β1 must be a number from 0 up to (not including) 1."),
    "beta2": QT_TRANSLATE_NOOP("RunTable", "β2 must be a number from 0 up to (not including) 1."),
    "l2": QT_TRANSLATE_NOOP("RunTable", "λ must be a number, 0 or more."),
    "l1": QT_TRANSLATE_NOOP("RunTable", "λ must be a number, 0 or more."),
    "dropout": QT_TRANSLATE_NOOP(
        "RunTable", "The dropout ratio must be a number from 0 up to (not including) 1."),
    "init": QT_TRANSLATE_NOOP("RunTable", "Unknown initial weights."),
    "optimizer": QT_TRANSLATE_NOOP("RunTable", "Unknown optimizer."),
}
BAD_BRUSH = QBrush(QColor("#f8d0d0"))
LOCKED_TIP = QT_TRANSLATE_NOOP(
    "RunTable", "This run is training: its settings cannot change mid-run. Edit it when it has "
    "finished (or press Cancel); the change then takes effect when it runs again.")


def tr(text: str) -> str:
    """Translate in the RunTable context."""
    return QCoreApplication.translate("RunTable", text)


class RunTable(Retranslatable, QTableWidget):
    """One row per run; the given columns are shown, the others keep their preset values."""

    settings_changed = Signal(str)  # key of the row whose settings the user changed

    def __init__(self, columns: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = tuple(columns)
        self._runs: list[RunSettings] = []
        self._colours: dict[str, str] = {}
        self._locked: set[str] = set()
        self.name_of: Callable[[RunSettings], str] = lambda run: run.name  # shown in the Run column
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if "status" in self.columns:  # the result takes the width left and wraps onto more lines
            header.setSectionResizeMode(self.columns.index("status"), QHeaderView.ResizeMode.Stretch)
            self.setWordWrap(True)
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:  # (a stretched last section would not shrink below its default width)
            header.setStretchLastSection(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # The height hint counts the rows and the sideways bar: ask again whenever they change,
        # or the layout keeps an older, shorter hint and the rows scroll inside two-row space.
        self.verticalHeader().sectionResized.connect(self.updateGeometry)
        self.horizontalHeader().geometriesChanged.connect(self.updateGeometry)
        self.horizontalScrollBar().rangeChanged.connect(self.updateGeometry)
        self.itemChanged.connect(self._on_item_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setHorizontalHeaderLabels([tr(COLUMN_TITLES[c]) for c in self.columns])
        for i, column in enumerate(self.columns):
            if column in COLUMN_TIPS:
                self.horizontalHeaderItem(i).setToolTip(tr(COLUMN_TIPS[column]))
        self.refresh_names()

    def refresh_names(self) -> None:
        """Show every row's name again (after a language change)."""
        if "name" not in self.columns:
            return
        self.blockSignals(True)
        for row, run in enumerate(self._runs):
            self.item(row, self.columns.index("name")).setText(self.name_of(run))
        self.blockSignals(False)
        for key in self.row_keys():
            self._mark(key)

    def sizeHint(self) -> QSize:
        """Tall enough for every row (up to eight), so no empty band sits under a short table."""
        hint = super().sizeHint()
        rows = sum(self.rowHeight(r) for r in range(min(self.rowCount(), 8)))
        frame = 2 * self.frameWidth() + self.horizontalHeader().height()
        bar = self.horizontalScrollBar()
        scroll = bar.sizeHint().height() if bar.isVisible() else 0
        hint.setHeight(frame + rows + scroll + 2)
        return hint

    def minimumSizeHint(self) -> QSize:
        """At least two rows stay visible."""
        hint = super().minimumSizeHint()
        rows = 2 * self.verticalHeader().defaultSectionSize()
        hint.setHeight(2 * self.frameWidth() + self.horizontalHeader().height() + rows)
        return hint

    # --- the model ------------------------------------------------------------------------------
    def runs(self) -> list[RunSettings]:
        """The rows' settings, top to bottom."""
        return list(self._runs)

    def row_keys(self) -> list[str]:
        """The rows' keys, top to bottom."""
        return [r.key for r in self._runs]

    def run(self, key: str) -> RunSettings:
        """The settings of one row."""
        return self._runs[self.row_keys().index(key)]

    def colour_of(self, key: str) -> str:
        """The colour of a row's curves (kept while the row exists)."""
        return self._colours[key]

    def problems(self, key: str) -> dict[str, str]:
        """The row's impossible values by field, as translated messages."""
        return {name: tr(PROBLEM_TEXTS.get(name, "")) or text
                for name, text in self.run(key).problems().items()}

    def set_runs(self, runs: list[RunSettings] | tuple[RunSettings, ...], colours: list[str]) -> None:
        """Replace every row (a preset was chosen)."""
        self._runs = []
        self._colours = {}
        self._locked = set()
        self.setRowCount(0)
        for run, colour in zip(runs, colours, strict=True):
            self.add_run(run, colour)

    def add_run(self, run: RunSettings, colour: str) -> None:
        """Append a row."""
        self._runs.append(run)
        self._colours[run.key] = colour
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        for col, column in enumerate(self.columns):
            self._fill_cell(row, col, column, run)
        self.blockSignals(False)
        self._mark(run.key)
        self.updateGeometry()

    def remove_run(self, key: str) -> None:
        """Delete a row."""
        row = self.row_keys().index(key)
        self._runs.pop(row)
        self._colours.pop(key, None)
        self._locked.discard(key)
        self.removeRow(row)
        self.updateGeometry()

    def set_value(self, key: str, column: str, value: object) -> None:
        """Change one cell as a user would (text for numbers, a name for the combo boxes)."""
        row, col = self.row_keys().index(key), self.columns.index(column)
        if column in ("optimizer", "init"):
            combo = self.cellWidget(row, col)
            combo.setCurrentIndex(combo.findData(value))
        elif column == "batch_norm":
            self.item(row, col).setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            self.item(row, col).setText(str(value))

    def set_status(self, key: str, text: str) -> None:
        """Show a run's state or result in its last column."""
        if "status" in self.columns:
            item = self.item(self.row_keys().index(key), self.columns.index("status"))
            item.setText(text)
            item.setToolTip(text)

    def set_locked(self, key: str, locked: bool) -> None:
        """Lock a training row (its cells say why) or unlock it."""
        if locked:
            self._locked.add(key)
        else:
            self._locked.discard(key)
        if key not in self.row_keys():
            return
        row = self.row_keys().index(key)
        self.blockSignals(True)
        for col, column in enumerate(self.columns):
            widget = self.cellWidget(row, col)
            if widget is not None:
                widget.setEnabled(not locked)
            item = self.item(row, col)
            if item is not None and column not in ("name", "status"):
                flags = item.flags()
                checked = column == "batch_norm"
                editable = Qt.ItemFlag.ItemIsUserCheckable if checked else Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags & ~editable if locked else flags | editable)
        self.blockSignals(False)
        self._mark(key)

    def is_locked(self, key: str) -> bool:
        """True while the row's run is training."""
        return key in self._locked

    # --- cells ----------------------------------------------------------------------------------
    def _fill_cell(self, row: int, col: int, column: str, run: RunSettings) -> None:
        if column in ("optimizer", "init"):
            combo = QComboBox()
            choices = list(OPTIMIZERS) if column == "optimizer" else list(INIT_NAMES)
            current = getattr(run, column)
            if current not in choices:
                choices.append(current)
            for choice in choices:
                combo.addItem(init_text(choice) if column == "init" else choice, choice)
            combo.setCurrentIndex(choices.index(current))
            combo.currentIndexChanged.connect(
                lambda _i, k=run.key, c=column, w=combo: self._edit(k, **{c: w.currentData()}))
            self.setCellWidget(row, col, combo)
            return
        item = QTableWidgetItem()
        if column == "name":
            item.setText(self.name_of(run))
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(self._colours[run.key]))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        elif column == "status":
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        elif column == "batch_norm":
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked if run.batch_norm else Qt.CheckState.Unchecked)
        else:
            item.setText(f"{getattr(run, column):g}")
        self.setItem(row, col, item)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        column = self.columns[item.column()]
        key = self.row_keys()[item.row()]
        if column in NUMBER_FIELDS:
            self._edit(key, **{column: item.text()})
        elif column == "batch_norm":
            self._edit(key, batch_norm=item.checkState() == Qt.CheckState.Checked)

    def _edit(self, key: str, **values: object) -> None:
        if key in self._locked or key not in self.row_keys():
            return
        row = self.row_keys().index(key)
        old = self._runs[row]
        new = with_values(old, **values)
        if new == old:
            return
        self._runs[row] = replace(new)
        self._mark(key)
        self.settings_changed.emit(key)

    def _mark(self, key: str) -> None:
        """Colour impossible cells red with the reason as tooltip; say why a locked row is locked."""
        row = self.row_keys().index(key)
        problems = self.problems(key)
        locked = key in self._locked
        self.blockSignals(True)
        for col, column in enumerate(self.columns):
            tip = tr(LOCKED_TIP) if locked and column not in ("name", "status") else problems.get(column, "")
            widget = self.cellWidget(row, col)
            item = self.item(row, col)
            if widget is not None:
                widget.setToolTip(tip)
            if item is not None and column != "status":
                item.setToolTip(tip)
                item.setBackground(BAD_BRUSH if column in problems else QBrush())
        self.blockSignals(False)
