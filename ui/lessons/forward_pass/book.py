"""§3.6 in the forward-pass lesson: the book's trained network on the 10,000 MNIST test images.

``BookNetworkPanel`` measures the accuracy one image at a time and in batches of 100 (both timed on
this computer, in a background thread with Cancel), lists the images it gets wrong with their
probabilities, and steps through the test images with the ten outputs as bars.
"""

from __future__ import annotations

import html
import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.book_network import (
    BOOK_ACCURACY,
    BOOK_BATCH_SIZE,
    Inference,
    infer,
    load_book_network,
    load_test_images,
    probabilities_of,
)
from nnlab.data import DatasetError
from nnlab.data.dataset import DIGIT_NAMES
from ui.background import BackgroundRunner, Worker
from ui.percent import keep_percent_signs
from ui.retranslate import Retranslatable
from ui.sentences import join_sentences
from ui.widgets.job_controls import JobControls

log = logging.getLogger(__name__)

BATCH_SIZES = (1, BOOK_BATCH_SIZE)  # §3.6.2 one at a time, §3.6.3 in batches
THUMB = 56
BAR, TRUE_BAR, WRONG_BAR = "#1f77b4", "#2ca02c", "#d9480f"


def digit_pixmap(x: np.ndarray, size: int) -> QPixmap:
    """A 784-pixel image (0 paper .. 1 ink) as dark ink on white, scaled to size×size."""
    gray = np.ascontiguousarray((255 * (1.0 - x.reshape(28, 28))).astype(np.uint8))
    image = QImage(gray.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(image).scaled(size, size)


def infer_both_ways(task: Worker, net: object, x: np.ndarray, t: np.ndarray) -> list[Inference]:
    """Run the network over the test set once per batch size, reporting progress over both runs."""
    n = len(x)
    return [infer(net, x, t, batch_size=batch_size,
                  progress=lambda done, _total, k=k: task.report(k * n + done, 2 * n),
                  should_stop=task.is_cancelled)
            for k, batch_size in enumerate(BATCH_SIZES)]


class BookNetworkPanel(Retranslatable, QWidget):
    """Accuracy and timing on the 10,000 test images, the mistakes, and a stepper with ten bars."""

    results_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.net, self.x, self.t, self.error = None, None, None, ""
        try:
            self.net = load_book_network()
            self.x, self.t = load_test_images()
        except DatasetError as exc:  # the network needs its test images: show neither, say why
            log.error("the book's network cannot be shown: %s", exc)
            self.net, self.x, self.t, self.error = None, None, None, str(exc)
        self.results: list[Inference] = []
        self.runner = BackgroundRunner(self, name="nnlab-inference")  # stops when the panel closes
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self._build()
        self._retranslate()
        self.show_image(0)

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.controls = JobControls(self.runner, self.start, self.cancel, parent=self)
        self.run_button, self.cancel_button = self.controls.run_button, self.controls.cancel_button
        self.progress = self.controls.progress_bar
        self.result_grid = QGridLayout()
        self.result_labels = [[QLabel(self) for _ in range(3)] for _ in range(len(BATCH_SIZES) + 1)]
        for row, labels in enumerate(self.result_labels):
            for column, label in enumerate(labels):
                self.result_grid.addWidget(label, row, column)
        for label in self.result_labels[0]:
            label.setStyleSheet("font-weight: bold;")
        self.result_grid.setColumnStretch(2, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.wrong_caption = QLabel(self)
        self.wrong_caption.setWordWrap(True)
        self.wrong_list = QListWidget(self)
        self.wrong_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.wrong_list.setIconSize(QSize(THUMB, THUMB))
        self.wrong_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.wrong_list.setMovement(QListWidget.Movement.Static)
        self.wrong_list.setGridSize(QSize(THUMB + 36, THUMB + 34))
        self.wrong_list.setMinimumHeight(THUMB + 50)
        self.wrong_list.currentItemChanged.connect(self._on_wrong_list_current_item_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.controls)
        layout.addLayout(self.result_grid)
        layout.addWidget(self.status)
        layout.addLayout(self._build_stepper(), 2)
        layout.addWidget(self.wrong_caption)
        layout.addWidget(self.wrong_list, 1)
        for widget in (self.run_button, self.wrong_list, self.index_spin, self.previous_button,
                       self.next_button, self.next_wrong_button):
            widget.setEnabled(self.net is not None)

    def _build_stepper(self) -> QHBoxLayout:
        self.image_label = QLabel(self)
        self.image_label.setFixedSize(4 * 28 + 2, 4 * 28 + 2)
        self.image_label.setStyleSheet("QLabel { border: 1px solid #b0bec5; background: white; }")
        self.index_caption = QLabel(self)
        self.index_spin = QSpinBox(self)
        self.index_spin.setRange(0, 9_999 if self.t is None else len(self.t) - 1)
        self.index_spin.valueChanged.connect(self.show_image)
        self.previous_button = QPushButton("◀", self)
        self.next_button = QPushButton("▶", self)
        self.next_wrong_button = QPushButton(self)
        for button in (self.previous_button, self.next_button):
            button.setMaximumWidth(3 * button.fontMetrics().horizontalAdvance("▶") + 24)
        self.previous_button.clicked.connect(lambda: self.index_spin.stepBy(-1))
        self.next_button.clicked.connect(lambda: self.index_spin.stepBy(1))
        self.next_wrong_button.clicked.connect(self.show_next_wrong)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.answer.setStyleSheet("font-weight: bold;")
        steps = QHBoxLayout()
        for widget in (self.index_caption, self.index_spin, self.previous_button, self.next_button):
            steps.addWidget(widget)
        steps.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(steps)
        left.addWidget(self.next_wrong_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.image_label)
        left.addWidget(self.answer)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        left.addWidget(self.legend)
        left.addStretch(1)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setYRange(0, 1, padding=0.02)
        self.plot.setXRange(-0.6, 9.6, padding=0)
        self.plot.setMinimumSize(200, 150)
        self.plot.getAxis("bottom").setTicks([[(i, name) for i, name in enumerate(DIGIT_NAMES)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=BAR)
        self.plot.addItem(self.bars)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addWidget(self.plot, 1)
        return row

    # --- stepping through the test images -----------------------------------------------------
    @Slot(int)
    def show_image(self, index: int) -> None:
        """Show test image ``index``, its label and the network's ten outputs as bars."""
        if self.net is None:
            return
        if self.index_spin.value() != index:
            self.index_spin.setValue(index)  # comes back here through valueChanged
            return
        p = probabilities_of(self.net, self.x[index])
        said, label = int(p.argmax()), int(self.t[index])
        brushes = [pg.mkBrush(TRUE_BAR if i == label else WRONG_BAR if i == said else BAR)
                   for i in range(10)]
        self.bars.setOpts(height=p, brushes=brushes)
        self.image_label.setPixmap(digit_pixmap(self.x[index], 4 * 28))
        self.probabilities = p
        self._update_answer()

    def show_next_wrong(self) -> None:
        """Jump to the next test image the network gets wrong (after the current one, wrapping)."""
        if self.net is None:
            return
        wrong = self.results[0].wrong() if self.results else self._wrong_by_batch()
        later = wrong[wrong > self.index_spin.value()]
        self.show_image(int(later[0] if len(later) else wrong[0]))

    def _wrong_by_batch(self) -> np.ndarray:
        return infer(self.net, self.x, self.t, batch_size=1000).wrong()

    def _update_answer(self) -> None:
        if self.net is None:
            return
        index = self.index_spin.value()
        p, label = self.probabilities, int(self.t[index])
        said = int(p.argmax())
        text = self.tr("Label %1; the network says %2 (%3 %).").replace("%1", str(label)) \
            .replace("%2", str(said)).replace("%3", f"{100 * p[said]:.1f}")
        if said != label:
            text = join_sentences(text, self.tr("Wrong: it gives the right digit %1 %.").replace(
                "%1", f"{100 * p[label]:.1f}"))
        self.answer.setText(keep_percent_signs(text))

    # --- the timed runs ------------------------------------------------------------------------
    def start_sample_work(self) -> None:
        """Run over the test images (tests: closing the lesson must stop it)."""
        self.start()

    @Slot()
    def start(self) -> None:
        """Run the network over the 10,000 images once per batch size, in a background thread."""
        if self.net is None or self.runner.is_running():
            return
        net, x, t = self.net, self.x, self.t
        self.status.setText(self.tr("Running the network on the 10,000 test images…"))
        self.runner.start(lambda task: infer_both_ways(task, net, x, t),
                          cancelled_by=(InterruptedError,),
                          description="inference with the book's network")

    def is_running(self) -> bool:
        """True while the timed runs are going."""
        return self.runner.is_running()

    @Slot()
    def cancel(self) -> None:
        """Stop the runs (between two batches)."""
        if self.runner.is_running():
            self.runner.cancel()
            self.status.setText(self.tr("Cancelled."))

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop and wait for the thread (the lesson is closing)."""
        self.runner.shutdown(timeout_ms)

    @Slot(object)
    def _on_runner_succeeded(self, results: list) -> None:
        self.results = results
        self.status.setText("")
        self._show_results()
        self._fill_wrong_list()
        self.results_shown.emit()

    @Slot(str)
    def _on_runner_failed(self, message: str) -> None:
        self.status.setText(self.tr("The run stopped with an error: %1").replace("%1", message))

    def _show_results(self) -> None:
        headers = (self.tr("Images per forward pass"), self.tr("Accuracy"), self.tr("Time on this computer"))
        for label, text in zip(self.result_labels[0], headers, strict=True):
            label.setText(text)
        for row, batch_size in enumerate(BATCH_SIZES, start=1):
            cells = self.result_labels[row]
            cells[0].setText(self.tr("one at a time") if batch_size == 1
                             else self.tr("batches of %1").replace("%1", str(batch_size)))
            result = next((r for r in self.results if r.batch_size == batch_size), None)
            cells[1].setText("—" if result is None else f"{result.accuracy:.4f}")
            seconds = "—" if result is None else self.tr("%1 s").replace("%1", f"{result.seconds:.3f}")
            cells[2].setText(seconds)
        if len(self.results) == len(BATCH_SIZES):
            one, batched = self.results
            self.status.setText(self.tr(
                "The book prints Accuracy:%1. Both ways give the same answers; batches of %2 are "
                "%3 times faster here, because NumPy multiplies one large matrix at once instead "
                "of 10,000 small ones.").replace("%1", f"{BOOK_ACCURACY}")
                .replace("%2", str(batched.batch_size))
                .replace("%3", f"{one.seconds / max(batched.seconds, 1e-9):.0f}"))

    def _fill_wrong_list(self) -> None:
        self.wrong_list.clear()
        if not self.results:
            return
        result = self.results[-1]
        for index in result.wrong():
            p = result.probabilities[index]
            said = int(p.argmax())
            item = QListWidgetItem(QIcon(digit_pixmap(self.x[index], THUMB)),
                                   f"{self.t[index]}→{said} {100 * p[said]:.0f}%")
            item.setData(Qt.ItemDataRole.UserRole, int(index))
            item.setToolTip(self.tr("Test image %1: label %2, the network says %3").replace(
                "%1", str(index)).replace("%2", str(self.t[index])).replace("%3", str(said)))
            self.wrong_list.addItem(item)
        self._retranslate_wrong_caption()

    def _on_wrong_list_current_item_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None:
            self.show_image(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- translation ---------------------------------------------------------------------------
    def _retranslate_wrong_caption(self) -> None:
        if self.results:
            self.wrong_caption.setText(self.tr(
                "The %1 test images it gets wrong (label→answer, probability of the answer); "
                "click one to see its ten outputs:").replace("%1", f"{len(self.results[-1].wrong()):,}"))
        else:
            self.wrong_caption.setText(self.tr("The images it gets wrong appear here after the run."))

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The network the book trained for §3.6: 784 inputs (28×28 pixels) → 50 → 100 → 10, "
            "sigmoid in the hidden layers, the weights of the book's sample_weight.pkl. It has "
            "never seen these 10,000 MNIST test images."))
        self.run_button.setText(self.tr("Run on the 10,000 test images"))
        self.index_caption.setText(self.tr("Test image:"))
        self.previous_button.setToolTip(self.tr("Previous test image"))
        self.next_button.setToolTip(self.tr("Next test image"))
        self.next_wrong_button.setText(self.tr("Next mistake"))
        self.plot.setLabel("left", self.tr("probability"))
        self.plot.setLabel("bottom", self.tr("digit"))
        label, wrong = self.tr("green: the label"), self.tr("orange: a wrong answer")
        self.legend.setText(f"<span style='color:{TRUE_BAR}'>■</span> {html.escape(label)} &nbsp; "
                            f"<span style='color:{WRONG_BAR}'>■</span> {html.escape(wrong)}")
        self._show_results()
        self._retranslate_wrong_caption()
        if self.error:
            self.status.setText(self.tr("The book's network cannot be shown: %1").replace("%1", self.error))
        elif self.net is not None and hasattr(self, "probabilities"):
            self._update_answer()

