"""Lesson 5: numerical gradient versus backpropagation, timed on this machine (chapters 4–5)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QTableWidgetItem, QVBoxLayout, QWidget

from nnlab import number_text
from nnlab.experiments import GradientTiming, eta_seconds, gradcheck_spec, split_duration
from nnlab.gradcheck import ParamError
from nnlab.network import MultiLayerNet
from ui.lessons.comparison_runs import default_data
from ui.lessons.data_line import data_line
from ui.lessons.gradient_check.panel import GradientCheckPanel
from ui.lessons.tabbed import TabbedLesson

BOOK_INPUT = 784
BOOK_BATCH = 3  # ch05/gradient_check.py compares the gradients on x_train[:3]; keeps 784 inputs quick
NET_CHOICES = ("small", "book", "book784")
ITERATIONS_ESTIMATED = 10_000


def format_duration(seconds: float) -> str:
    """A short human duration, translated (context "Duration")."""
    # QCoreApplication.translate is spelled out in each call so that lupdate finds the context.
    if seconds < 1.0:
        return QCoreApplication.translate("Duration", "%1 ms").replace("%1", f"{seconds * 1000:.3g}")
    if seconds < 60:
        return QCoreApplication.translate("Duration", "%1 s").replace("%1", f"{seconds:.3g}")
    days, hours, minutes, secs = split_duration(seconds)
    if days:
        text = QCoreApplication.translate("Duration", "%1 d %2 h")
        return text.replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        text = QCoreApplication.translate("Duration", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", str(minutes))
    text = QCoreApplication.translate("Duration", "%1 min %2 s")
    return text.replace("%1", str(minutes)).replace("%2", str(int(secs)))


class GradientCheckWidget(GradientCheckPanel):
    """Run both gradients on one network and batch; show times, ratio, estimate and errors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_run.produced.connect(self._on_check_run_produced)
        self.timing: GradientTiming | None = None
        self._backprop_seconds = float("nan")
        self._shapes: dict[str, tuple[int, ...]] = {}
        self._build()
        self.check_run.progressed.connect(self._on_check_run_progressed)  # after the bar's own slot
        self._retranslate()

    def _build(self) -> None:
        self.net_combo = QComboBox()
        for _ in NET_CHOICES:
            self.net_combo.addItem("")
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 1000)
        self.batch_spin.setValue(BOOK_BATCH)
        self.controls.locked.extend([self.net_combo, self.batch_spin])
        self.net_combo.currentIndexChanged.connect(self._update_data_note)
        self.eta_label = QLabel()
        self.controls.add_widget(self.eta_label)
        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.form_labels = [QLabel() for _ in range(2)]
        self.result_names = [QLabel() for _ in range(5)]
        self.result_values = [QLabel() for _ in range(5)]
        for value in self.result_values:
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status: Callable[[], str] | None = None  # makes the status text in the current language

        form = QFormLayout()
        form.addRow(self.form_labels[0], self.net_combo)
        form.addRow(self.form_labels[1], self.batch_spin)
        results = QFormLayout()
        for name, value in zip(self.result_names, self.result_values, strict=True):
            results.addRow(name, value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.data_label)
        layout.addWidget(self.controls)
        layout.addLayout(results)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

    def _retranslate(self) -> None:
        names = [self.tr("Small net (%1-10-10, finishes in seconds)"),
                 self.tr("Book's net (%1-50-10)"),
                 self.tr("Book's full size 784-50-10 (random 784-pixel inputs)")]
        for i, name in enumerate(names):
            self.net_combo.setItemText(i, name.replace("%1", str(self._input_size())))
        self.form_labels[0].setText(self.tr("Network:"))
        self.form_labels[1].setText(self.tr("Batch size:"))
        self.run_button.setText(self.tr("Compute both gradients"))
        for label, text in zip(self.result_names, [
                self.tr("Parameters:"), self.tr("Backprop, per gradient:"),
                self.tr("Numerical, per gradient:"), self.tr("Numerical / backprop:"),
                self.tr("10,000 iterations would take:")], strict=True):
            label.setText(text)
        self.table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Shape"),
                                              self.tr("Max abs error"), self.tr("Max rel error")])
        self._update_data_note()
        self._show_results()
        if getattr(self, "_status", None) is not None:
            self.status_label.setText(self._status())

    def _set_status(self, make_text: Callable[[], str]) -> None:
        """Show the status made by ``make_text``, and make it again after a language change."""
        self._status = make_text
        self.status_label.setText(make_text())

    @staticmethod
    def _input_size() -> int:
        return default_data()[0].input_size

    @Slot()
    def _update_data_note(self) -> None:
        data, _ = default_data()
        if self.net_combo.currentIndex() == 2:
            text = self.tr("Inputs are random numbers with MNIST's 784 pixels: the timing is what "
                           "the book's network costs; the data does not matter for it.")
        else:
            text = data_line(data)
        self.data_label.setText(text)

    def _make_problem(self) -> tuple[MultiLayerNet, np.ndarray, np.ndarray]:
        """The network and the batch both gradients are computed on (float64, fixed seeds)."""
        data, _ = default_data()
        rng = np.random.default_rng(0)
        choice = NET_CHOICES[self.net_combo.currentIndex()]
        batch = self.batch_spin.value()
        if choice == "book784":
            x = rng.random((batch, BOOK_INPUT))
            t = rng.integers(0, data.n_classes, batch)
            spec = gradcheck_spec(BOOK_INPUT, data.n_classes, "book")
        else:
            idx = rng.choice(len(data.x_train), size=min(batch, len(data.x_train)), replace=False)
            x = np.asarray(data.x_train[idx], dtype=np.float64)
            t = data.t_train[idx]
            spec = gradcheck_spec(data.input_size, data.n_classes, choice)
        return MultiLayerNet(spec, rng=np.random.default_rng(1)), x, t

    def _setup_failed(self, error: str) -> None:
        self._set_status(lambda: self.tr("Could not set up the network: %1").replace("%1", error))

    def _starting(self, net: MultiLayerNet) -> None:
        self.errors, self.timing = [], None
        self._shapes = {key: value.shape for key, value in net.params.items()}
        self._backprop_seconds = float("nan")
        self._show_results()
        self._set_status(lambda: self.tr("Timing backpropagation…"))
        self.controls.reset_progress()

    def start_sample_work(self) -> None:
        """Time the book's full-size network (tests: closing the lesson must stop it)."""
        self.net_combo.setCurrentIndex(NET_CHOICES.index("book784"))
        self.start()

    @Slot(object)
    def _on_check_run_produced(self, seconds: float) -> None:
        self._backprop_seconds = seconds
        self._set_status(lambda: self.tr("Computing the numerical gradient…"))
        self._show_results()

    @Slot(int, int, float)
    def _on_check_run_progressed(self, done: int, total: int, elapsed: float) -> None:
        eta = eta_seconds(done, total, elapsed)
        self.eta_label.setText(self.tr("%1 of %2 numbers, about %3 left")
                               .replace("%1", f"{done:,}").replace("%2", f"{total:,}")
                               .replace("%3", format_duration(eta) if eta is not None else "…"))

    @Slot(object)
    def _on_check_run_succeeded(self, result: tuple[list[ParamError], GradientTiming]) -> None:
        errors, timing = result
        self.errors, self.timing = list(errors), timing
        self.progress_bar.setValue(self.progress_bar.maximum())
        worst = max((e.max_rel for e in errors), default=0.0)
        self._set_status(lambda: self.tr("Done. Largest relative error %1: the two gradients agree.")
                                  .replace("%1", number_text.number(worst, 2)) if worst < 1e-4 else
                                  self.tr("Done. Largest relative error %1: larger than expected.")
                                  .replace("%1", number_text.number(worst, 2)))
        self.eta_label.setText("")
        self._show_results()

    @Slot(str)
    def _on_check_run_stopped(self, text: str) -> None:
        self._set_status(lambda: text)  # already translated by the run that stopped
        self.eta_label.setText("")

    def _show_results(self) -> None:
        """Fill the figures and the per-parameter error table from the last measurement."""
        values = ["", "", "", "", ""]
        if self._backprop_seconds == self._backprop_seconds:  # not nan
            values[1] = format_duration(self._backprop_seconds)
        if self.timing is not None:
            numerical, backprop = self.timing.estimate(ITERATIONS_ESTIMATED)
            values[0] = f"{self.timing.n_params:,}"
            values[2] = format_duration(self.timing.numerical_seconds)
            values[3] = self.tr("%1 times slower").replace("%1", f"{self.timing.ratio:,.0f}")
            values[4] = self.tr("numerical %1, backprop %2").replace(
                "%1", format_duration(numerical)).replace("%2", format_duration(backprop))
        for label, value in zip(self.result_values, values, strict=True):
            label.setText(value)
        self.table.setRowCount(len(self.errors))
        for row, error in enumerate(self.errors):
            shape = self._shape_text(error.name)
            cells = [error.name, shape, number_text.scientific(error.max_abs),
                     number_text.scientific(error.max_rel)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _shape_text(self, name: str) -> str:
        return " × ".join(str(n) for n in self._shapes.get(name, ()))


class GradientCheckLesson(TabbedLesson):
    """Two tabs: one gradient computed both ways and timed, and training raced both ways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from ui.lessons.gradient_check.race import GradientRaceWidget  # it imports format_duration

        check = GradientCheckWidget()
        race = GradientRaceWidget()
        super().__init__([
            (check, QT_TRANSLATE_NOOP("GradientCheckLesson", "One gradient, timed")),
            (race, QT_TRANSLATE_NOOP("GradientCheckLesson", "Training race")),
        ], parent)
        self.check, self.race = check, race
