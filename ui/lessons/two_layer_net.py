"""Lesson 6: the two-layer network of the book, trained in the playground, with its experiments one click away.

The playground (data, architecture, optimizer, live curves, diagram, results) is preset to the book's run:
784-50-10, ReLU, weights drawn with σ = 0.01, SGD with learning rate 0.1, mini-batches of 100, 10,000
iterations. Above it, one button per experiment of the seeds: the same net with 40 hidden neurons and
1,000 iterations, and the learning-rate table 0.01 / 0.1 / 1 / 10 as four runs overlaid in the plots.
Every finished run gets a row in a small table, so the outcome of each learning rate can be read off.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from nnlab.data import Dataset, load_default_digits
from nnlab.network import NetSpec
from nnlab.run_verdict import learning_verdict
from nnlab.trainer import History
from ui.lessons.base import Lesson
from nnlab.run import TrainSettings
from ui.widgets.playground import TrainingPlayground

BOOK_SPEC = NetSpec(input_size=784, hidden=(50,), output_size=10, activation="relu", init="std:0.01")
BOOK_SETTINGS = TrainSettings(optimizer="SGD", lr=0.1, batch_size=100, iterations=10_000, seed=0)
SEEDS_HIDDEN = 40
SEEDS_ITERATIONS = 1_000
LEARNING_RATES = (0.01, 0.1, 1.0, 10.0)
LR_TABLE_ITERATIONS = 1_000


def book_preset() -> tuple[NetSpec, TrainSettings]:
    """The book's network and training settings."""
    return BOOK_SPEC, BOOK_SETTINGS


def seeds_preset() -> tuple[NetSpec, TrainSettings]:
    """The seeds' variant: 40 hidden neurons, 1,000 iterations, otherwise the book's settings."""
    spec = NetSpec.from_dict({**BOOK_SPEC.to_dict(), "hidden": [SEEDS_HIDDEN]})
    return spec, TrainSettings(**{**BOOK_SETTINGS.__dict__, "iterations": SEEDS_ITERATIONS})


def learning_rate_runs(spec: NetSpec, settings: TrainSettings) -> list[tuple[NetSpec, TrainSettings]]:
    """One SGD run per learning rate of the table, each LR_TABLE_ITERATIONS long, same net and seed."""
    base = {**settings.__dict__, "optimizer": "SGD", "iterations": LR_TABLE_ITERATIONS}
    return [(spec, TrainSettings(**{**base, "lr": lr})) for lr in LEARNING_RATES]


class TwoLayerNetLesson(QWidget):
    """Experiment buttons and a table of finished runs above the training playground."""

    COLUMNS = 5
    TABLE_ROWS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playground = TrainingPlayground()
        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.preset_label = QLabel()
        self.preset_label.setStyleSheet("font-weight: bold;")
        self.book_button = QPushButton()
        self.seeds_button = QPushButton()
        self.lr_button = QPushButton()
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.hide()  # shown with the first finished run
        buttons = QHBoxLayout()
        buttons.addWidget(self.preset_label)
        for button in (self.book_button, self.seeds_button, self.lr_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.data_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.playground, 1)
        self.book_button.clicked.connect(self.apply_book_preset)
        self.seeds_button.clicked.connect(self.apply_seeds_preset)
        self.lr_button.clicked.connect(self.run_learning_rate_table)
        self.playground.run_finished.connect(self._on_playground_run_finished)
        self.playground.running_changed.connect(self._on_playground_running_changed)
        self.playground.picker.dataset_loaded.connect(self._on_picker_dataset_loaded)
        self._retranslate()
        self._load_default_data()
        self.apply_book_preset()

    # --- presets ----------------------------------------------------------------------------------
    def _load_default_data(self) -> None:
        """MNIST when it is on this computer, otherwise the bundled 8×8 digits."""
        dataset, _note = load_default_digits()
        self.playground.picker.set_dataset(dataset)

    def apply_book_preset(self) -> None:
        """Show the book's network and settings in the playground (does not start training)."""
        self.playground.apply_preset(*book_preset())

    def apply_seeds_preset(self) -> None:
        """Show the seeds' variant (hidden 40, 1,000 iterations)."""
        self.playground.apply_preset(*seeds_preset())

    def run_learning_rate_table(self) -> None:
        """Train the editor's network once per learning rate of the table; the runs stay overlaid."""
        settings = None if self.playground.is_running() else self.playground.editor_settings()
        if settings is not None:
            self.playground.run_sequence(learning_rate_runs(self.playground.hyper.spec(), settings))

    # --- table of runs ----------------------------------------------------------------------------
    def _on_playground_run_finished(self, history: History) -> None:
        dataset = self.playground.dataset
        n_classes = dataset.n_classes if dataset is not None else 10
        losses = history.losses
        tail = losses[-max(1, len(losses) // 10):] if losses else []
        final_loss = f"{sum(tail) / len(tail):.3f}" if tail else "—"
        test_acc = history.final_test_acc
        cells = [self.playground.run_description, f"{history.iterations_done:,}", final_loss,
                 "—" if math.isnan(test_acc) else f"{100 * test_acc:.1f} %",
                 self._outcome(history, n_classes)]
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self._fit_table_height()
        self.table.show()
        self.table.scrollToBottom()

    def _fit_table_height(self) -> None:
        """As tall as its rows, up to TABLE_ROWS rows (then it scrolls)."""
        rows = min(self.table.rowCount(), self.TABLE_ROWS)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height)

    def _outcome(self, history: History, n_classes: int) -> str:
        if history.status == "diverged":
            return self.tr("diverged (loss NaN/∞) at iteration %1").replace(
                "%1", f"{history.iterations_done + 1:,}")
        if history.status == "failed":
            return self.tr("failed")
        verdict = learning_verdict(history, n_classes)
        words = {"too_high": self.tr("did not learn: steps too large"),
                 "slow": self.tr("learns slowly"), "ok": self.tr("learned")}
        text = words[verdict]
        if history.status == "cancelled":
            text = self.tr("stopped early; %1").replace("%1", text)
        return text

    def table_rows(self) -> list[list[str]]:
        """The texts of the run table, one list per finished run."""
        return [[self.table.item(r, c).text() for c in range(self.COLUMNS)]
                for r in range(self.table.rowCount())]

    # --- reactions --------------------------------------------------------------------------------
    def _on_playground_running_changed(self, running: bool) -> None:
        for button in (self.book_button, self.seeds_button, self.lr_button):
            button.setEnabled(not running)

    def _on_picker_dataset_loaded(self, _dataset: Dataset) -> None:
        self._update_data_label()

    def _update_data_label(self) -> None:
        dataset = self.playground.dataset
        self.data_label.setToolTip("")
        if dataset is None:
            self.data_label.setText("")
        elif dataset.name == "mnist":
            self.data_label.setText(self.tr(
                "Data: MNIST, %1 training and %2 test images of 28×28 = 784 pixels, as in the book.")
                .replace("%1", f"{len(dataset.x_train):,}").replace("%2", f"{len(dataset.x_test):,}"))
        elif dataset.name == "digits":
            self.data_label.setText(self.tr(
                "Data: the offline 8×8 digits (MNIST is not on this computer yet), so the network is "
                "64-50-10."))
            self.data_label.setToolTip(self.tr(
                "Choose MNIST in the data list to download or import it; the book's network then has "
                "784 inputs."))
        else:
            self.data_label.setText(self.tr("Data: %1 (%2 inputs, %3 classes).").replace("%1", dataset.name)
                                    .replace("%2", str(dataset.input_size))
                                    .replace("%3", str(dataset.n_classes)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.preset_label.setText(self.tr("Experiments:"))
        self.book_button.setText(self.tr("Book: 784-50-10, lr 0.1, 10,000 it."))
        self.book_button.setToolTip(self.tr(
            "ReLU, initial weights σ = 0.01, SGD lr 0.1, batch 100, 10,000 iterations. Press Start to train."))
        self.seeds_button.setText(self.tr("Hidden 40, 1,000 it."))
        self.seeds_button.setToolTip(self.tr(
            "The seeds' shorter variant: 40 hidden neurons and 1,000 iterations. Press Start to train."))
        self.lr_button.setText(self.tr("Learning rates 0.01 / 0.1 / 1 / 10"))
        self.lr_button.setToolTip(self.tr(
            "Four SGD runs of 1,000 iterations with the network above, one per learning rate, "
            "overlaid in the plots"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Run"), self.tr("Iterations"), self.tr("Final loss"), self.tr("Test accuracy"),
            self.tr("Outcome")])
        self._update_data_label()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        # Ask for little beyond the minimum, so the lesson page leaves room for the lesson text.
        return self.minimumSizeHint().expandedTo(QSize(760, 560))

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        self.playground.shutdown()
        super().closeEvent(event)


LESSON = Lesson(
    id="two_layer_net",
    title=QT_TRANSLATE_NOOP("Lessons", "Two-layer network"),
    chapter="5",
    make_widget=TwoLayerNetLesson,
)
