"""Lesson 6: the book's two-layer network, trained in the playground, with its experiments one click away.

The playground (data, architecture, optimizer, live curves, diagram, results) is preset to the book's run:
784-50-10, ReLU, weights drawn with σ = 0.01, SGD with learning rate 0.1, mini-batches of 100, 10,000
iterations. Above it, one button per experiment of the seeds: the same net with 40 hidden neurons and
1,000 iterations, and the learning-rate table 0.01 / 0.1 / 1 / 10 as four runs overlaid in the plots.
Every finished run gets a row in a small table, so the outcome of each learning rate can be read off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.network import NetSpec
from nnlab.run import TrainSettings
from nnlab.run_verdict import learning_verdict, tail_mean
from nnlab.trainer import History
from ui.lessons.comparison_runs import default_data
from ui.lessons.data_line import data_line
from ui.percent import TABLE_DIGITS, percent_text
from ui.retranslate import Retranslatable
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.playground import TrainingPlayground
from ui.widgets.wrapped_height import wrapped_extra

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


def network_shape(spec: NetSpec) -> str:
    """The layer sizes, as the book writes them: 64-50-10."""
    return "-".join(str(n) for n in (spec.input_size, *spec.hidden, spec.output_size))


class TwoLayerNetLesson(Retranslatable, QWidget):
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
        buttons = FlowLayout()  # the experiment buttons wrap on a narrow screen
        buttons.addWidget(self.preset_label)
        for button in (self.book_button, self.seeds_button, self.lr_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.data_label)
        layout.addLayout(buttons)
        self._buttons = buttons
        layout.addWidget(self.table)
        layout.addWidget(self.playground, 1)
        self.book_button.clicked.connect(self.apply_book_preset)
        self.seeds_button.clicked.connect(self.apply_seeds_preset)
        self.lr_button.clicked.connect(self.run_learning_rate_table)
        self.playground.run_finished.connect(self._on_playground_run_finished)
        self.playground.running_changed.connect(self._on_playground_running_changed)
        self.playground.picker.dataset_loaded.connect(self._update_data_label_on_change)
        self.playground.hyper.spec_changed.connect(self._on_hyper_spec_changed)
        self.playground.loss_plot.runs_cleared.connect(self.clear_table)
        self._records: list[tuple[str, History, int]] = []  # run, its history, classes: one per row
        self._retranslate()
        self._load_default_data()
        self.apply_book_preset()

    # --- presets ----------------------------------------------------------------------------------
    def _load_default_data(self) -> None:
        """The full MNIST when it is on this computer, otherwise the offline MNIST (8,000 / 2,000)."""
        dataset, _note = default_data()
        self.playground.picker.set_dataset(dataset)

    def apply_book_preset(self) -> None:
        """Show the book's network and settings in the playground (does not start training)."""
        self.playground.apply_preset(*book_preset())
        self._update_data_label()

    def apply_seeds_preset(self) -> None:
        """Show the seeds' variant (hidden 40, 1,000 iterations)."""
        self.playground.apply_preset(*seeds_preset())
        self._update_data_label()

    def run_learning_rate_table(self) -> None:
        """Train the editor's network once per learning rate of the table, overlaid on plots of
        their own (earlier, longer runs would squeeze them into a corner); afterwards the editor
        shows the learner's own settings again (the playground's run_sequence does both)."""
        settings = None if self.playground.is_running() else self.playground.editor_settings()
        if settings is None:
            return
        self.playground.run_sequence(learning_rate_runs(self.playground.hyper.spec(), settings))

    # --- table of runs ----------------------------------------------------------------------------
    def _on_playground_run_finished(self, history: History) -> None:
        dataset = self.playground.dataset
        n_classes = dataset.n_classes if dataset is not None else 10
        self._records.append((self.playground.run_description, history, n_classes))
        self._fill_table()
        self.table.show()
        self.table.scrollToBottom()

    def _fill_table(self) -> None:
        """One row per finished run, in the current language."""
        self.table.setRowCount(len(self._records))
        for row, (description, history, n_classes) in enumerate(self._records):
            for column, text in enumerate(self._cells(description, history, n_classes)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._fit_table_height()

    def _cells(self, description: str, history: History, n_classes: int) -> list[str]:
        final_loss = f"{tail_mean(history.losses):.3f}" if history.losses else "—"
        test_acc = history.final_test_acc
        return [description, f"{history.iterations_done:,}", final_loss,
                percent_text(test_acc, TABLE_DIGITS),
                self._outcome(history, n_classes)]

    def clear_table(self) -> None:
        """Forget the rows with the runs (the playground's "Forget all runs")."""
        self._records.clear()
        self.table.setRowCount(0)
        self.table.hide()

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
                 "slow": self.tr("learns slowly"), "ok": self.tr("learned"),
                 "too_short": self.tr("too short to judge"), "weak": self.tr("learned a little")}
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

    def _update_data_label_on_change(self, _dataset_or_spec: object) -> None:
        self._update_data_label()

    def _on_hyper_spec_changed(self, _spec: NetSpec) -> None:
        self._update_data_label()

    def _update_data_label(self) -> None:
        dataset = self.playground.dataset
        if dataset is None:
            self.data_label.setText("")
            return
        sizes = self.playground.hyper.spec().sizes  # the editor follows the data's inputs and classes
        self.data_label.setText(data_line(dataset, network="-".join(str(n) for n in sizes)))

    def _retranslate(self) -> None:
        self.preset_label.setText(self.tr("Experiments:"))
        self.book_button.setText(self.tr("Book: 784-50-10, lr 0.1, 10,000 it."))
        self.book_button.setToolTip(self.tr(
            "ReLU, initial weights σ = 0.01, SGD lr 0.1, batch 100, 10,000 iterations. "
            "Press Start to train."))
        self.seeds_button.setText(self.tr("Hidden 40, 1,000 it."))
        self.seeds_button.setToolTip(self.tr(
            "The seeds' shorter variant: 40 hidden neurons and 1,000 iterations. Press Start to train."))
        self.lr_button.setText(self.tr("Learning rates 0.01 / 0.1 / 1 / 10"))
        self.lr_button.setToolTip(self.tr(
            "Four SGD runs of 1,000 iterations with the network above, one per learning rate, "
            "overlaid in the plots"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Run"), self.tr("Iterations"), self.tr("Loss (last 10 %)"), self.tr("Test accuracy"),
            self.tr("Outcome")])
        self.table.horizontalHeaderItem(2).setToolTip(self.tr(
            "Mean training loss over the last 10 % of the iterations (at least 5): the loss of one "
            "mini-batch jumps about too much to judge a run by."))
        self.table.horizontalHeaderItem(3).setToolTip(self.tr(
            "Accuracy on the test images at the end of the run"))
        self._update_data_label()
        if hasattr(self, "_records"):
            self._fill_table()  # the outcome words in the new language

    def sizeHint(self) -> QSize:
        # Ask for little beyond the minimum, so the lesson page leaves room for the lesson text.
        return self.minimumSizeHint().expandedTo(QSize(760, 560))

    def minimumSizeHint(self) -> QSize:
        # Qt's minimum ignores that the data line and the buttons wrap onto more lines at this
        # width; without those lines the page would not scroll and would squeeze the plots instead.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), hint.height() + wrapped_extra(self.data_label, self._buttons))

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the wrapped lines, hence the minimum height, depend on the width

    def start_sample_work(self) -> None:
        """Train in the playground for the most iterations (tests: closing must stop it)."""
        iterations = self.playground.hyper.iterations_spin
        iterations.setValue(iterations.maximum())
        self.playground.start()

    def closeEvent(self, event: QEvent) -> None:
        self.playground.shutdown()
        super().closeEvent(event)
