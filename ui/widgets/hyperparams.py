"""Editors for the network architecture (a NetSpec) and the training settings of the playground."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.network import NetSpec
from nnlab.run import (
    ACTIVATION_NAMES,
    OPTIMIZER_NAMES,
    SAMPLING_NAMES,
    SettingsError,
    TrainSettings,
    default_learning_rate,
    parse_learning_rate,
)
from ui.engine_names import activation_text, std_text
from ui.retranslate import Retranslatable
from ui.widgets.spin_boxes import float_spin, int_spin

MAX_HIDDEN_LAYERS = 8


class HyperparamsEditor(Retranslatable, QWidget):
    """Architecture editor and training settings; emits the new spec or settings on every edit."""

    spec_changed = Signal(object)  # NetSpec
    settings_changed = Signal(object)  # TrainSettings (only when valid)
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._input_size = 2
        self._output_size = 2
        self._n_train: int | None = None
        self._hidden_boxes: list[QSpinBox] = []
        self._valid = True
        self._optimizer_shown = OPTIMIZER_NAMES[0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_architecture())
        layout.addWidget(self._build_training())
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._set_hidden([50])
        self._retranslate()
        self._validate()

    # --- construction -------------------------------------------------------------------------
    def _build_architecture(self) -> QGroupBox:
        self.arch_group = QGroupBox()
        form = QFormLayout(self.arch_group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.io_label = QLabel()
        self.io_label.setWordWrap(True)  # may take two lines in a narrow settings column
        self.hidden_row = QHBoxLayout()
        self.add_layer_button = QPushButton("+")
        self.remove_layer_button = QPushButton("−")
        for button in (self.add_layer_button, self.remove_layer_button):
            button.setMaximumWidth(32)
        self.add_layer_button.clicked.connect(self._on_add_layer_button_clicked)
        self.remove_layer_button.clicked.connect(self._on_remove_layer_button_clicked)
        hidden_line = QHBoxLayout()
        hidden_line.addLayout(self.hidden_row)
        hidden_line.addWidget(self.add_layer_button)
        hidden_line.addWidget(self.remove_layer_button)
        hidden_line.addStretch(1)
        self.activation_combo = QComboBox()
        for name in ACTIVATION_NAMES:  # the engine's name is the item's data; its text is translated
            self.activation_combo.addItem(name, name)
        self.init_combo = QComboBox()
        self.init_combo.addItems(["std", "Xavier", "He"])
        self.std_spin = float_spin(0.0001, 10.0, 4, 0.01)
        self.std_spin.setValue(0.01)
        init_line = QHBoxLayout()
        init_line.addWidget(self.init_combo)
        init_line.addWidget(self.std_spin)
        self.batch_norm_check = QCheckBox()
        self.dropout_spin = float_spin(0.0, 0.9, 2, 0.05)
        self.l2_spin = float_spin(0.0, 10.0, 5, 0.001)
        self.l1_spin = float_spin(0.0, 10.0, 5, 0.001)
        rows = [self.io_label, hidden_line, self.activation_combo, init_line, self.batch_norm_check,
                self.dropout_spin, self.l2_spin, self.l1_spin]
        self._arch_labels = [QLabel() for _ in rows]
        for label, row in zip(self._arch_labels, rows, strict=True):
            form.addRow(label, row)
        for combo in (self.activation_combo, self.init_combo):
            combo.currentIndexChanged.connect(self._on_arch_edited)
        for spin in (self.std_spin, self.dropout_spin, self.l2_spin, self.l1_spin):
            spin.valueChanged.connect(self._on_arch_edited)
        self.batch_norm_check.toggled.connect(self._on_arch_edited)
        return self.arch_group

    def _build_training(self) -> QGroupBox:
        self.train_group = QGroupBox()
        form = QFormLayout(self.train_group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.addItems(list(OPTIMIZER_NAMES))
        self.lr_edit = QLineEdit(f"{default_learning_rate(OPTIMIZER_NAMES[0]):g}")
        self.batch_spin = int_spin(1, 100_000, 100)
        self.iterations_spin = int_spin(1, 10_000_000, 10_000, step=100)
        self.iterations_spin.setGroupSeparatorShown(True)
        self.seed_spin = int_spin(0, 2**31 - 1)
        self.sampling_combo = QComboBox()
        self.sampling_combo.addItems(["", ""])
        self._train_labels = [QLabel() for _ in range(6)]
        rows = [self.optimizer_combo, self.lr_edit, self.batch_spin, self.iterations_spin,
                self.seed_spin]
        for label, row in zip(self._train_labels[:-1], rows, strict=True):  # the last one labels sampling
            form.addRow(label, row)
        # The sampling choices are long sentences: the combo gets the whole width, its label above.
        form.addRow(self._train_labels[-1])
        form.addRow(self.sampling_combo)
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer_changed)
        self.sampling_combo.currentIndexChanged.connect(self._on_settings_edited)
        self.lr_edit.textChanged.connect(self._on_settings_edited)
        for spin in (self.batch_spin, self.iterations_spin, self.seed_spin):
            spin.valueChanged.connect(self._on_settings_edited)
        return self.train_group

    def _retranslate(self) -> None:
        for index in range(self.activation_combo.count()):
            self.activation_combo.setItemText(index, activation_text(self.activation_combo.itemData(index)))
        self.init_combo.setItemText(0, std_text())  # then Xavier and He, names the same in both languages
        self.arch_group.setTitle(self.tr("Network"))
        self.train_group.setTitle(self.tr("Training"))
        texts = [self.tr("Input / output:"), self.tr("Hidden layers:"), self.tr("Activation:"),
                 self.tr("Initial weights:"), self.tr("Batch normalization:"), self.tr("Dropout ratio:"),
                 self.tr("L2 weight decay λ:"), self.tr("L1 weight decay λ:")]
        for label, text in zip(self._arch_labels, texts, strict=True):
            label.setText(text)
        self.batch_norm_check.setText(self.tr("after each hidden Affine"))
        self.add_layer_button.setToolTip(self.tr("Add a hidden layer"))
        self.remove_layer_button.setToolTip(self.tr("Remove the last hidden layer"))
        self.std_spin.setToolTip(self.tr("Standard deviation of the initial weights (used with '{0}')")
                                 .format(std_text()))
        self.init_combo.setToolTip(self.tr("{0}: Gaussian with the given σ; Xavier: σ = 1/√n; He: σ = √(2/n)")
                                   .format(std_text()))
        texts = [self.tr("Optimizer:"), self.tr("Learning rate:"), self.tr("Batch size:"),
                 self.tr("Iterations:"), self.tr("Random seed:"), self.tr("Mini-batches:")]
        for label, text in zip(self._train_labels, texts, strict=True):
            label.setText(text)
        self.sampling_combo.setItemText(0, self.tr("random, with replacement (book)"))
        self.sampling_combo.setItemText(1, self.tr("shuffle once per epoch"))
        self.lr_edit.setToolTip(self.tr("A number greater than 0, e.g. 0.1 or 1e-3"))
        self._update_io_label()
        self._validate()

    # --- hidden layers ---------------------------------------------------------------------------
    def _set_hidden(self, sizes: list[int] | tuple[int, ...]) -> None:
        for box in self._hidden_boxes:
            self.hidden_row.removeWidget(box)
            box.hide()  # out of the layout it would sit over the group until it is deleted
            box.deleteLater()
        self._hidden_boxes = []
        for size in sizes:
            self._add_hidden_box(size)
        self._update_layer_buttons()

    def _add_hidden_box(self, size: int) -> None:
        box = int_spin(1, 2048, int(size))
        box.setToolTip(self.tr("Neurons in this hidden layer"))
        box.valueChanged.connect(self._on_arch_edited)
        self.hidden_row.addWidget(box)
        self._hidden_boxes.append(box)

    def _update_layer_buttons(self) -> None:
        self.add_layer_button.setEnabled(len(self._hidden_boxes) < MAX_HIDDEN_LAYERS)
        self.remove_layer_button.setEnabled(bool(self._hidden_boxes))

    def _on_add_layer_button_clicked(self) -> None:
        last = self._hidden_boxes[-1].value() if self._hidden_boxes else 50
        self._add_hidden_box(last)
        self._update_layer_buttons()
        self._on_arch_edited()

    def _on_remove_layer_button_clicked(self) -> None:
        if self._hidden_boxes:
            box = self._hidden_boxes.pop()
            self.hidden_row.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._update_layer_buttons()
        self._on_arch_edited()

    # --- model <-> widgets --------------------------------------------------------------------------
    def spec(self) -> NetSpec:
        """The NetSpec the widgets describe."""
        index = self.init_combo.currentIndex()
        init = f"std:{self.std_spin.value():g}" if index == 0 else ("xavier", "he")[index - 1]
        return NetSpec(
            input_size=self._input_size, hidden=tuple(b.value() for b in self._hidden_boxes),
            output_size=self._output_size, activation=self.activation_combo.currentData(), init=init,
            batch_norm=self.batch_norm_check.isChecked(), dropout=float(self.dropout_spin.value()),
            weight_decay_l2=float(self.l2_spin.value()), weight_decay_l1=float(self.l1_spin.value()))

    def settings(self) -> TrainSettings:
        """The training settings; SettingsError while the learning-rate text is not a valid rate."""
        return TrainSettings(
            optimizer=self.optimizer_combo.currentText(), lr=parse_learning_rate(self.lr_edit.text()),
            batch_size=self.batch_spin.value(), iterations=self.iterations_spin.value(),
            seed=self.seed_spin.value(), sampling=SAMPLING_NAMES[self.sampling_combo.currentIndex()])

    def set_spec(self, spec: NetSpec) -> None:
        """Show ``spec`` in the widgets without emitting spec_changed."""
        blockers = [QSignalBlocker(w) for w in self._arch_widgets()]
        self._input_size, self._output_size = spec.input_size, spec.output_size
        self._set_hidden(list(spec.hidden))
        for box in self._hidden_boxes:
            blockers.append(QSignalBlocker(box))
        self.activation_combo.setCurrentIndex(self.activation_combo.findData(spec.activation))
        if spec.init.startswith("std:"):
            self.init_combo.setCurrentIndex(0)
            self.std_spin.setValue(float(spec.init.split(":", 1)[1]))
        else:
            self.init_combo.setCurrentIndex(1 if spec.init == "xavier" else 2)
        self.batch_norm_check.setChecked(spec.batch_norm)
        self.dropout_spin.setValue(spec.dropout)
        self.l2_spin.setValue(spec.weight_decay_l2)
        self.l1_spin.setValue(spec.weight_decay_l1)
        del blockers
        self._update_io_label()
        self.std_spin.setEnabled(self.init_combo.currentIndex() == 0)

    def set_settings(self, settings: TrainSettings) -> None:
        """Show ``settings`` in the widgets without emitting settings_changed."""
        widgets = [self.optimizer_combo, self.lr_edit, self.batch_spin, self.iterations_spin,
                   self.seed_spin, self.sampling_combo]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.optimizer_combo.setCurrentText(settings.optimizer)
        self._optimizer_shown = settings.optimizer
        self.lr_edit.setText(f"{settings.lr:g}")
        self.batch_spin.setValue(settings.batch_size)
        self.iterations_spin.setValue(settings.iterations)
        self.seed_spin.setValue(settings.seed)
        self.sampling_combo.setCurrentIndex(SAMPLING_NAMES.index(settings.sampling))
        del blockers
        self._validate()

    def set_io(self, input_size: int, output_size: int, n_train: int | None = None) -> None:
        """Set the input and output sizes from the chosen data set; emits spec_changed."""
        self._input_size, self._output_size, self._n_train = input_size, output_size, n_train
        self._update_io_label()
        self._validate()
        self.spec_changed.emit(self.spec())

    def is_valid(self) -> bool:
        """True when every setting can be used to train."""
        return self._valid

    def validation_message(self) -> str:
        """The message explaining why the settings cannot be used ('' when valid)."""
        return self.error_label.text()

    # --- internals ----------------------------------------------------------------------------------
    def _arch_widgets(self) -> list[QWidget]:
        return [self.activation_combo, self.init_combo, self.std_spin, self.batch_norm_check,
                self.dropout_spin, self.l2_spin, self.l1_spin, *self._hidden_boxes]

    def _update_io_label(self) -> None:
        self.io_label.setText(self.tr("%1 inputs → %2 classes").replace("%1", str(self._input_size))
                              .replace("%2", str(self._output_size)))

    def _on_arch_edited(self, *_args: object) -> None:
        self.std_spin.setEnabled(self.init_combo.currentIndex() == 0)
        self.spec_changed.emit(self.spec())

    def _on_optimizer_changed(self, *_args: object) -> None:
        """A learning rate that was the previous optimizer's default becomes the new one's default."""
        previous = self._optimizer_shown
        self._optimizer_shown = self.optimizer_combo.currentText()
        if self._lr_text_is_default(previous):
            with QSignalBlocker(self.lr_edit):
                self.lr_edit.setText(f"{default_learning_rate(self._optimizer_shown):g}")
        self._on_settings_edited()

    def _lr_text_is_default(self, optimizer: str) -> bool:
        try:
            return parse_learning_rate(self.lr_edit.text()) == default_learning_rate(optimizer)
        except SettingsError:
            return False

    def _lr_error(self) -> str:
        """Why the learning-rate text is not usable ('' when it is)."""
        try:
            parse_learning_rate(self.lr_edit.text())
        except SettingsError:
            return self.tr("The learning rate must be a number greater than 0 (for example 0.1).")
        return ""

    def _on_settings_edited(self, *_args: object) -> None:
        if self._validate():
            self.settings_changed.emit(self.settings())

    def _validate(self) -> bool:
        lr_error = self._lr_error()
        message = lr_error
        if not message and self._n_train is not None and self.batch_spin.value() > self._n_train:
            message = self.tr("The batch size (%1) is larger than the training set (%2 samples).") \
                .replace("%1", str(self.batch_spin.value())).replace("%2", str(self._n_train))
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.lr_edit.setStyleSheet("background: #ffe0e0;" if lr_error else "")
        valid = not message
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid
