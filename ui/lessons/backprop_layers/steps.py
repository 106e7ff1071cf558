"""Lesson "Backprop through layers" (a): step forward and backward through the engine's layers.

The stepping, the recorded arrays and the mistakes live in :mod:`nnlab.backprop_steps` and
:mod:`nnlab.backprop_mistakes`; this widget draws the current step and the gradient check.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QHideEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab import number_text
from nnlab.backprop_mistakes import MISTAKE_LAYER, MISTAKES, applies_to
from nnlab.backprop_steps import (
    BackpropStepper,
    CheckResult,
    StepExample,
    StepRecord,
    image_example,
    toy_example,
)
from ui.engine_names import activation_text
from ui.lessons.backprop_layers.data import sample_images
from ui.retranslate import Retranslatable
from ui.widgets.matrix_view import HIGHLIGHT, WRONG, MatrixView

log = logging.getLogger(__name__)

STEP_SHORTCUT = "Alt+S"  # Ctrl+arrow moves the cursor in text; Alt+Left/Right change lesson
PLAY_INTERVAL_MS = 700
WIDE_PANEL = 760  # widget width from which the matrices go into three columns
MAX_ARRAYS = 6  # the most arrays one step records (Affine backward: dout, x, W, dx, dW, db)
COMPUTED = {"forward": ("out", "y", "loss", "mask"), "backward": ("dx", "dW", "db")}
CONTEXT = "BackpropStepperWidget"
RULES = {  # (rule, phase) -> the layer's rule, marked for translation in this widget's context
    ("affine", "forward"): QT_TRANSLATE_NOOP("BackpropStepperWidget", "Affine, forward: out = x·W + b"),
    ("affine", "backward"): QT_TRANSLATE_NOOP(
        "BackpropStepperWidget",
        "Affine, backward: dx = dout·Wᵀ, dW = xᵀ·dout, db = the sum of dout over the batch"),
    ("relu", "forward"): QT_TRANSLATE_NOOP(
        "BackpropStepperWidget", "ReLU, forward: out = max(0, x); the mask remembers where x > 0"),
    ("relu", "backward"): QT_TRANSLATE_NOOP(
        "BackpropStepperWidget", "ReLU, backward: dx = dout where the mask is 1, and 0 where it is 0"),
    ("sigmoid", "forward"): QT_TRANSLATE_NOOP(
        "BackpropStepperWidget",
        "Sigmoid, forward: out = 1 / (1 + exp(−x)); out is kept as y for the backward pass"),
    ("sigmoid", "backward"): QT_TRANSLATE_NOOP(
        "BackpropStepperWidget", "Sigmoid, backward: dx = dout·y(1 − y)"),
    ("softmax_loss", "forward"): QT_TRANSLATE_NOOP(
        "BackpropStepperWidget",
        "Softmax-with-Loss, forward: y = softmax(x), loss = mean cross-entropy against t"),
    ("softmax_loss", "backward"): QT_TRANSLATE_NOOP(
        "BackpropStepperWidget", "Softmax-with-Loss, backward: dx = (y − t) / batch"),
}
MISTAKE_TEXTS = {
    "missing_transpose": QT_TRANSLATE_NOOP(
        "BackpropStepperWidget", "Missing transpose: Affine1 computes dW = x·dout"),
    "relu_forgets_mask": QT_TRANSLATE_NOOP(
        "BackpropStepperWidget", "ReLU forgets its mask: dx = dout everywhere"),
    "no_batch_divide": QT_TRANSLATE_NOOP(
        "BackpropStepperWidget", "The loss layer forgets to divide by the batch size: dx = y − t"),
    "sign_error": QT_TRANSLATE_NOOP("BackpropStepperWidget", "Sign error: Affine2 passes dx = −dout·Wᵀ down"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BackpropStepperWidget(Retranslatable, QWidget):
    """Step, Play and Reset through Affine → ReLU/Sigmoid → Affine → SoftmaxWithLoss; break it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_result: CheckResult | None = None
        self.image_is_mnist = False
        self._examples: dict[str, StepExample] = {}
        self.stepper = BackpropStepper(toy_example())
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(PLAY_INTERVAL_MS)
        self.play_timer.timeout.connect(self._on_play_timer_timeout)
        self._build()
        self._retranslate()
        self._rebuild()

    # --- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.example_combo = QComboBox()
        self.example_combo.addItems(["", ""])
        self.activation_combo = QComboBox()
        for name in ("relu", "sigmoid"):  # the engine's name is the item's data; the text is translated
            self.activation_combo.addItem(name, name)
        self.form_labels = [QLabel(), QLabel()]
        self.example_note = QLabel()
        self.example_note.setWordWrap(True)
        self.reset_button, self.step_button, self.play_button = QPushButton(), QPushButton(), QPushButton()
        self.play_button.setCheckable(True)
        self.pipeline_label = QLabel()
        self.pipeline_label.setTextFormat(Qt.TextFormat.RichText)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextFormat(Qt.TextFormat.RichText)
        self.rule_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for a rule and its warning, so that stepping does not move the matrices below.
        self.rule_label.setMinimumHeight(3 * self.rule_label.fontMetrics().lineSpacing() + 4)
        self.matrix_views = [MatrixView() for _ in range(MAX_ARRAYS)]
        self.mistake_group = QGroupBox()
        self.mistake_boxes = {name: QCheckBox() for name in MISTAKES}
        self.check_table = QTableWidget(4, 4)
        self.check_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.check_table.verticalHeader().setVisible(False)
        self.check_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.check_table.verticalHeader().setDefaultSectionSize(22)
        self.check_table.setMaximumHeight(4 * 22 + 30)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)

        self.example_combo.currentIndexChanged.connect(self._rebuild)
        self.activation_combo.currentIndexChanged.connect(self._rebuild)
        self.reset_button.clicked.connect(self.reset)
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self._on_play_button_toggled)
        for box in self.mistake_boxes.values():
            box.toggled.connect(self._rebuild)
        self._lay_out()

    def _lay_out(self) -> None:
        choices = QFormLayout()
        for label, combo in zip(self.form_labels, (self.example_combo, self.activation_combo), strict=True):
            choices.addRow(label, combo)
        buttons = QHBoxLayout()
        for button in (self.reset_button, self.step_button, self.play_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.matrix_grid = QGridLayout()
        self._place_matrices(2)
        mistakes = QVBoxLayout(self.mistake_group)
        for box in self.mistake_boxes.values():
            mistakes.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.example_note)
        layout.addLayout(buttons)
        layout.addWidget(self.pipeline_label)
        layout.addWidget(self.rule_label)
        layout.addLayout(self.matrix_grid)
        layout.addStretch(1)
        layout.addWidget(self.mistake_group)
        layout.addWidget(self.check_label)
        layout.addWidget(self.check_table)

    def _place_matrices(self, columns: int) -> None:
        """Put the matrix views into ``columns`` columns (2 in a narrow panel, 3 in a wide one)."""
        self._columns = columns
        for view in self.matrix_views:
            self.matrix_grid.removeWidget(view)
        for i, view in enumerate(self.matrix_views):
            self.matrix_grid.addWidget(view, i // columns, i % columns)
        for column in range(3):
            self.matrix_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Three columns of matrices when there is room for them."""
        columns = 3 if event.size().width() >= WIDE_PANEL else 2
        if columns != self._columns:
            self._place_matrices(columns)
        super().resizeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop playing when the page is left or the lesson closes."""
        self.play_button.setChecked(False)
        super().hideEvent(event)

    def _retranslate(self) -> None:
        self.example_combo.setItemText(0, self.tr("2 inputs, 3 hidden, 2 outputs, batch of 2"))
        self.example_combo.setItemText(1, self.tr("One real image, 3 hidden, 10 outputs"))
        self.form_labels[0].setText(self.tr("Network:"))
        self.form_labels[1].setText(self.tr("Activation:"))
        for index in range(self.activation_combo.count()):
            self.activation_combo.setItemText(index, activation_text(self.activation_combo.itemData(index)))
        self.reset_button.setText(self.tr("Reset"))
        self.step_button.setText(self.tr("Step (%1)").replace(
            "%1", QKeySequence(STEP_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.step_button.setShortcut(QKeySequence(STEP_SHORTCUT))  # after setText, which resets it
        self.play_button.setText(self.tr("Pause") if self.play_button.isChecked() else self.tr("Play"))
        self.mistake_group.setTitle(self.tr("Break it: put a typical mistake into backward"))
        for name, box in self.mistake_boxes.items():
            box.setText(_tr(MISTAKE_TEXTS[name]))
        self.check_table.setHorizontalHeaderLabels([
            self.tr("Array"), self.tr("Abs. error"), self.tr("Rel. error"),
            self.tr("Verdict")])
        self._show_example_note()
        self._show_step()
        self._show_check()

    # --- the model -------------------------------------------------------------------------------
    def _example(self) -> StepExample:
        if self.example_combo.currentIndex() == 0:
            return toy_example()
        if "image" not in self._examples:
            images = sample_images(1)
            self.image_is_mnist = images.is_mnist
            self._examples["image"] = image_example(images.x[0], images.t[0], images.image_shape)
        return self._examples["image"]

    @Slot()
    def _rebuild(self) -> None:
        """A new stepper for the chosen network, activation and mistakes; then the gradient check."""
        self.play_button.setChecked(False)
        activation = self.activation_combo.currentData()
        for name, box in self.mistake_boxes.items():
            box.setEnabled(applies_to(name, activation))
        mistakes = [name for name, box in self.mistake_boxes.items()
                    if box.isChecked() and box.isEnabled()]
        try:
            self.stepper = BackpropStepper(self._example(), activation, mistakes)
            self.check_result = self.stepper.check()
        except Exception as exc:  # a data problem must end in a message, not a traceback
            log.exception("backprop stepper could not be built")
            self.check_result = None
            self.check_label.setText(self.tr("Could not build the network: %1").replace("%1", str(exc)))
            return
        self._show_example_note()
        self._show_step()
        self._show_check()

    @Slot()
    def step(self) -> StepRecord | None:
        """One layer forward or backward."""
        record = self.stepper.step()
        self._show_step()
        if self.stepper.done():
            self.play_button.setChecked(False)
        return record

    @Slot()
    def reset(self) -> None:
        """Back to before the first step."""
        self.play_button.setChecked(False)
        self.stepper.reset()
        self._show_step()

    @Slot(bool)
    def _on_play_button_toggled(self, playing: bool) -> None:
        if playing and self.stepper.done():
            self.stepper.reset()
            self._show_step()
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            self.play_timer.start()
        else:
            self.play_timer.stop()

    @Slot()
    def _on_play_timer_timeout(self) -> None:
        self.step()

    # --- drawing -----------------------------------------------------------------------------------
    def _show_example_note(self) -> None:
        ex = self.stepper.example
        if ex.name == "toy":
            text = self.tr("Two samples with two inputs each, labels %1; the weights are round "
                           "numbers you can follow by hand.").replace("%1", ", ".join(map(str, ex.t)))
        elif self.image_is_mnist:
            text = self.tr("The first image of the MNIST test set (a %1), 784 pixels; one image "
                           "means a batch of 1.").replace("%1", str(int(ex.t[0])))
        else:
            text = self.tr("MNIST is not on this computer: the first of the offline 8×8 digits "
                           "(a %1), 64 pixels, stands in.").replace("%1", str(int(ex.t[0])))
        self.example_note.setText(text)

    def _show_step(self) -> None:
        """Draw the pipeline, the current layer's rule and its arrays."""
        records = self.stepper.records
        record = records[-1] if records else None
        self.step_button.setEnabled(not self.stepper.done())
        self.pipeline_label.setText(self._pipeline_html(record))
        if record is None:
            self.rule_label.setText(self.tr("Press Step to send the batch forward through the first layer."))
            for view in self.matrix_views:
                view.clear_array()
            return
        text = html.escape(_tr(RULES[record.rule, record.phase]))
        broken = [m for m in self.stepper.mistakes if MISTAKE_LAYER[m] == record.layer]
        if record.phase == "backward" and broken:
            text += "<br><span style='color:#b00'>" + html.escape(self.tr("Broken here: %1").replace(
                "%1", "; ".join(_tr(MISTAKE_TEXTS[m]) for m in broken))) + "</span>"
        if record.error:
            text += "<br><span style='color:#b00'>" + html.escape(self.tr(
                "NumPy stopped here: %1").replace("%1", record.error)) + "</span>"
        self.rule_label.setText(text)
        computed = COMPUTED[record.phase]
        for i, view in enumerate(self.matrix_views):
            if i < len(record.arrays):
                name, array = record.arrays[i]
                view.show_array(name, array, background=HIGHLIGHT if name in computed else None)
            else:
                view.clear_array()

    def _pipeline_html(self, record: StepRecord | None) -> str:
        parts = []
        for name in self.stepper.names:
            if record is not None and name == record.layer:
                parts.append(f"<span style='background:{HIGHLIGHT}'><b>{name}</b></span>")
            else:
                parts.append(name)
        arrow = " → " if record is None or record.phase == "forward" else " ← "
        if record is None:
            where = self.tr("Step 0 of %1").replace("%1", str(self.stepper.n_steps))
        else:
            phase = self.tr("forward") if record.phase == "forward" else self.tr("backward")
            where = self.tr("Step %1 of %2, %3").replace("%1", str(record.index + 1)).replace(
                "%2", str(self.stepper.n_steps)).replace("%3", phase)
        return f"{arrow.join(parts)}<br><span style='color:#555'>{html.escape(where)}</span>"

    def _show_check(self) -> None:
        """The gradient check's table and its verdict naming the wrong arrays."""
        result = self.check_result
        table = self.check_table
        table.setRowCount(len(result.errors) if result else 0)
        if result is None:
            return
        wrong = {e.name for e in result.wrong()}
        for row, error in enumerate(result.errors):
            verdict = self.tr("wrong") if error.name in wrong else self.tr("agrees")
            cells = [error.name, number_text.scientific(error.max_abs), number_text.scientific(error.max_rel),
                     verdict]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if error.name in wrong:
                    item.setBackground(QColor(WRONG))
                table.setItem(row, col, item)
        if result.failure:
            text = self.tr("The broken backward pass cannot even run: NumPy says “%1”.").replace(
                "%1", result.failure)
        elif wrong:
            names = self.tr(", ").join(self.tr("%1 (%2)").replace("%1", e.name).replace(
                "%2", number_text.number(e.max_rel, 2)) for e in result.wrong())
            text = self.tr("Gradient check: wrong in %1 (largest relative difference in brackets).").replace(
                "%1", names)
        else:
            worst = max(e.max_rel for e in result.errors)
            text = self.tr("Gradient check: backprop and the numerical gradient agree "
                           "(largest relative difference %1).").replace(
                "%1", number_text.scientific(worst, 1))
        self.check_label.setText(text)
