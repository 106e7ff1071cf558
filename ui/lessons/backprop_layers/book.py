"""Lesson "Backprop through layers" (b): the book's gradient check of its two-layer net, run for real.

The book's ``ch05/gradient_check.py`` compares the two gradients of a 784-50-10 ReLU TwoLayerNet on
3 MNIST images and prints the mean absolute difference per parameter. Here the engine's network
(:func:`nnlab.experiments.book_check_spec`) does the same on the first 3 real test images, in the
gradient-check lesson's worker (:mod:`ui.lessons.gradient_check.worker`), with progress and Cancel.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from nnlab import number_text
from nnlab.experiments import BOOK_CHECK_IMAGES, book_check_spec
from nnlab.gradcheck import ParamError
from nnlab.network import MultiLayerNet
from ui.lessons.backprop_layers.data import sample_images
from ui.lessons.gradient_check.panel import GradientCheckPanel

# What the book prints for its run (ch. 5.7.3): about 1e-13 for W1, b1 and W2, about 1e-10 for b2.
BOOK_ORDER = {"W1": "1e−13", "b1": "1e−13", "W2": "1e−13", "b2": "1e−10"}


class BookGradientCheckWidget(GradientCheckPanel):
    """Run the book's gradient check with the engine; show its per-parameter figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_mnist = True
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self._retranslate()

    def _retranslate(self) -> None:
        self.intro_label.setText(self.tr(
            "The book checks its two-layer net (784-50-10, ReLU, weights of standard deviation "
            "0.01) on its first 3 training images and prints the mean absolute difference between "
            "the two gradients of each parameter. This runs the same check with nnlab's own network "
            "on the first 3 images of the MNIST test set; it computes about 80,000 losses, so it "
            "takes a few seconds."))
        self.run_button.setText(self.tr("Run the book's gradient check"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Parameter"), self.tr("Mean |difference|"),
            self.tr("Book: about"), self.tr("Max rel error")])
        self._show_errors()

    def _make_problem(self) -> tuple[MultiLayerNet, np.ndarray, np.ndarray]:
        images = sample_images(BOOK_CHECK_IMAGES)
        self.is_mnist = images.is_mnist
        spec = book_check_spec(images.x.shape[1], 10)
        return MultiLayerNet(spec, rng=np.random.default_rng(0)), images.x, images.t

    def _setup_failed(self, error: str) -> None:
        self.status_label.setText(self.tr("Could not set up the check: %1").replace("%1", error))

    def _starting(self, _net: MultiLayerNet) -> None:
        self.errors = []
        self._show_errors()
        self.status_label.setText(self.tr("Computing the numerical gradient…"))

    @Slot(object)
    def _on_check_run_succeeded(self, result: tuple[list[ParamError], object]) -> None:
        self.errors = list(result[0])
        self._show_errors()
        if self.is_mnist:
            text = self.tr("Done: the same orders of magnitude as the book. The differences are "
                           "round-off of the central difference, not mistakes.")
        else:
            text = self.tr("Done, on the offline 8×8 digits (MNIST is not on this computer), so the "
                           "network has 64 inputs instead of 784 and the figures differ a little.")
        self.status_label.setText(text)

    @Slot(str)
    def _on_check_run_stopped(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_errors(self) -> None:
        self.table.setRowCount(len(self.errors))
        for row, error in enumerate(self.errors):
            cells = [error.name, number_text.scientific(error.mean_abs), BOOK_ORDER.get(error.name, ""),
                     number_text.scientific(error.max_rel)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
