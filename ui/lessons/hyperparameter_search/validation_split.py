"""The search lesson's first page: the training data split into training and validation data.

Shows the book's split (the first 500 training images, 20 % of them set aside at random as
validation data) as a bar of counts, the test set beside it as what the search never touches, and
how many images of each class landed on either side.  The split drawn is the one the search with
the same seed and share will use (``split_validation`` with the same generator).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnlab.hyperparameter_search import SearchSettings, ValidationSplit, split_validation
from ui.lessons.comparison_runs import colour
from ui.retranslate import Retranslatable

TRAIN_COLOUR, VALIDATION_COLOUR, TEST_COLOUR = colour(0), colour(4), "#999999"


class ValidationSplitView(Retranslatable, QWidget):
    """Counts of training, validation and test images, and the class counts on each side."""

    split_changed = Signal()  # the share or the seed changed: the next search uses the new split

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: Any = None
        self.split: ValidationSplit | None = None
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setRange(0.05, 0.5)
        self.rate_spin.setSingleStep(0.05)
        self.rate_spin.setDecimals(2)
        self.rate_spin.setValue(SearchSettings().validation_rate)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 999_999)
        self.rate_label, self.seed_label = QLabel(), QLabel()
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.bar_plot = pg.PlotWidget()
        self.bar_plot.setMouseEnabled(x=False, y=False)
        self.bar_plot.hideButtons()
        self.bar_plot.setMaximumHeight(150)
        self.bar_plot.getAxis("left").setTicks([[(1, ""), (0, "")]])
        self.bars = {name: pg.BarGraphItem(x0=[0], y=[0], height=0.6, width=[0], brush=brush)
                     for name, brush in (("train", TRAIN_COLOUR), ("validation", VALIDATION_COLOUR),
                                         ("test", TEST_COLOUR))}
        for bar in self.bars.values():
            self.bar_plot.addItem(bar)
        # A test bar longer than the plot ends at its edge with this mark: it goes on (its count
        # is in its label), rather than running off the plot.
        self.test_cut_mark = pg.TextItem("≫", color="w", anchor=(1, 0.5))
        self.test_cut_mark.setFont(QFont(self.font().family(), 12, QFont.Weight.Bold))
        self.bar_plot.addItem(self.test_cut_mark)
        self.class_plot = pg.PlotWidget()
        self.class_plot.setMouseEnabled(x=False, y=False)
        self.class_plot.hideButtons()
        self.class_bars = {name: pg.BarGraphItem(x=[0], height=[0], width=0.4, brush=brush)
                           for name, brush in (("train", TRAIN_COLOUR),
                                               ("validation", VALIDATION_COLOUR))}
        for bar in self.class_bars.values():
            self.class_plot.addItem(bar)
        self.rate_spin.valueChanged.connect(self._on_settings_changed)
        self.seed_spin.valueChanged.connect(self._on_settings_changed)
        self._lay_out()
        self._retranslate()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for widget in (self.rate_label, self.rate_spin, self.seed_label, self.seed_spin):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(row)
        layout.addWidget(self.bar_plot)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.class_plot, 1)

    def _retranslate(self) -> None:
        self.intro_label.setText(self.tr(
            "The search may look only at training data. The book takes the first 500 training "
            "images, shuffles them and sets a share aside as validation data: each trial learns "
            "from the rest and is judged on the validation images. The test images are kept "
            "for the very end."))
        self.rate_label.setText(self.tr("Validation share:"))
        self.seed_label.setText(self.tr("Seed:"))
        tip = self.tr("Used by the next search; a search already running keeps its split")
        self.rate_spin.setToolTip(tip)
        self.seed_spin.setToolTip(self.tr("Chooses the split and every trial's random values. %1")
                                  .replace("%1", tip))
        self.bar_plot.setLabel("bottom", self.tr("images"))
        self.class_plot.setTitle(self.tr("Images of each class: training (blue) and validation "
                                         "(orange)"), size="9pt")
        self.class_plot.setLabel("bottom", self.tr("class"))
        self._show_counts()

    def set_data(self, data: Any) -> None:
        """Show the split of ``data`` (anything with x_train, t_train, x_test and class names)."""
        self._data = data
        self._update_split()

    def settings(self) -> SearchSettings:
        """The book's settings with the chosen validation share."""
        return SearchSettings(validation_rate=round(self.rate_spin.value(), 4))

    @Slot()
    def _on_settings_changed(self) -> None:
        self._update_split()
        self.split_changed.emit()

    def _update_split(self) -> None:
        if self._data is None:
            return
        n = min(self.settings().train_size, len(self._data.x_train))
        self.split = split_validation(self._data.x_train[:n], self._data.t_train[:n],
                                      self.settings().validation_rate,
                                      np.random.default_rng(self.seed_spin.value()))
        n_train, n_val, n_test = (len(self.split.x_train), len(self.split.x_val),
                                  len(self._data.x_test))
        self.bars["train"].setOpts(x0=[0], y=[1], width=[n_train])
        self.bars["validation"].setOpts(x0=[n_train], y=[1], width=[n_val])
        # MNIST's 10,000 test images would squeeze the 500 into a sliver: a longer test bar is
        # cut at twice the training data, marked as going on (its count is in its label).
        shown = max(n_train + n_val, min(n_test, 2 * (n_train + n_val)))
        cut = n_test > shown
        self.bars["test"].setOpts(x0=[0], y=[0], width=[shown if cut else n_test])
        self.test_cut_mark.setVisible(cut)
        self.test_cut_mark.setPos(0.99 * shown, 0)
        self.bar_plot.setXRange(0, shown, padding=0.02)
        n_classes = int(max(self.split.t_train.max(initial=0), self.split.t_val.max(initial=0))) + 1
        classes = np.arange(n_classes)
        self.class_bars["train"].setOpts(
            x=classes - 0.2, height=np.bincount(self.split.t_train, minlength=n_classes))
        self.class_bars["validation"].setOpts(
            x=classes + 0.2, height=np.bincount(self.split.t_val, minlength=n_classes))
        self.class_plot.getAxis("bottom").setTicks([[(int(c), str(c)) for c in classes]])
        self._show_counts()

    def counts(self) -> tuple[int, int, int]:
        """Training, validation and test images of the split shown."""
        if self.split is None or self._data is None:
            return 0, 0, 0
        return len(self.split.x_train), len(self.split.x_val), len(self._data.x_test)

    def _show_counts(self) -> None:
        n_train, n_val, n_test = self.counts()
        self.bar_plot.getAxis("left").setTicks([[
            (1, self.tr("training data (%1)").replace("%1", f"{n_train + n_val:,}")),
            (0, self.tr("test data (%1)").replace("%1", f"{n_test:,}"))]])
        self.counts_label.setText(self.tr(
            "<span style='color:%1'>■</span> %2 images train each trial, "
            "<span style='color:%3'>■</span> %4 validation images rank the trials, "
            "<span style='color:%5'>■</span> %6 test images are not used by the search.")
            .replace("%1", TRAIN_COLOUR).replace("%2", f"{n_train:,}")
            .replace("%3", VALIDATION_COLOUR).replace("%4", f"{n_val:,}")
            .replace("%5", TEST_COLOUR).replace("%6", f"{n_test:,}"))
