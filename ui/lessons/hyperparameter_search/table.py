"""RankedTable: one row per trial of a hyperparameter search, best validation accuracy first.

A model/view table: a new trial resets the model's list (one call), and the view paints only the
rows on screen, so a table of hundreds of trials costs the GUI thread next to nothing per trial.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from nnlab import number_text
from nnlab.hyperparameter_search import Trial
from ui.retranslate import Retranslatable

Index = QModelIndex | QPersistentModelIndex
# (title, tooltip) per column; English sources translated in the "RankedTable" context
COLUMNS = (
    ("#", QT_TRANSLATE_NOOP("RankedTable", "Rank by validation accuracy")),
    (QT_TRANSLATE_NOOP("RankedTable", "Validation"),
     QT_TRANSLATE_NOOP("RankedTable", "Validation accuracy after the last epoch")),
    (QT_TRANSLATE_NOOP("RankedTable", "Training"),
     QT_TRANSLATE_NOOP("RankedTable", "Training accuracy after the last epoch")),
    (QT_TRANSLATE_NOOP("RankedTable", "Learning rate"), ""),
    (QT_TRANSLATE_NOOP("RankedTable", "λ (decay)"),
     QT_TRANSLATE_NOOP("RankedTable", "Weight decay λ (L2)")),
    (QT_TRANSLATE_NOOP("RankedTable", "Trial"),
     QT_TRANSLATE_NOOP("RankedTable", "Trials are numbered in the order they ran")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RankedTable", text) if text else ""


class TrialTableModel(QAbstractTableModel):
    """The ranked trials as rows: rank, validation and training accuracy, lr, λ, trial number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ranked: list[Trial] = []

    def set_trials(self, ranked: list[Trial]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.ranked = list(ranked)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ranked)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        trial, column = self.ranked[index.row()], index.column()
        if column == 0:
            return str(index.row() + 1)
        if column == 1:
            return (QCoreApplication.translate("RankedTable", "diverged")
                    if trial.status == "diverged"
                    else f"{trial.final_val_acc:.3f}")
        if column == 2:
            return f"{trial.final_train_acc:.3f}"
        if column == 3:
            return number_text.scientific(trial.lr)
        if column == 4:
            return number_text.scientific(trial.weight_decay)
        return str(trial.index + 1)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        title, tip = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(title) if title != "#" else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(tip)
        return None

    def retranslate(self) -> None:
        """Tell the view that the headers' language changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.ranked:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.ranked) - 1, 1))


class RankedTable(Retranslatable, QTableView):
    """The view of a TrialTableModel: read-only, whole rows selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trial_model = TrialTableModel(self)
        self.setModel(self.trial_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Fixed widths for the short columns: ResizeToContents would read every row on each update.
        for column, width in ((0, 32), (5, 48)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

    def _retranslate(self) -> None:
        self.trial_model.retranslate()  # a model gets no LanguageChange of its own

    def set_trials(self, ranked: list[Trial]) -> None:
        """Show the ranked trials."""
        self.trial_model.set_trials(ranked)

    def rowCount(self) -> int:
        """Number of rows."""
        return self.trial_model.rowCount()

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in one cell."""
        return str(self.trial_model.data(self.trial_model.index(row, column)))

    def header_text(self, column: int) -> str:
        """A column's title."""
        return str(self.trial_model.headerData(column, Qt.Orientation.Horizontal))
