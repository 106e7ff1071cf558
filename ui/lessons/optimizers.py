"""Lesson 7: optimizers — paths on 2-D functions and training curves on the digits (chapter 6)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.lessons.base import Lesson
from ui.lessons.optimizers_trajectories import TrajectoryView
from ui.lessons.optimizers_training import OptimizerTraining


class OptimizersWidget(QWidget):
    """Two tabs: animated paths on 2-D functions, and the same optimizers training a network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trajectories = TrajectoryView()
        self.training = OptimizerTraining()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.trajectories, "")
        self.tabs.addTab(self.training, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Stop the training tab's runs: closing this widget does not close its tabs."""
        self.training.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Paths on 2-D functions"))
        self.tabs.setTabText(1, self.tr("Training on the digits"))


LESSON = Lesson(
    id="optimizers",
    title=QT_TRANSLATE_NOOP("Lessons", "Optimizers: SGD, Momentum, AdaGrad, Adam"),
    chapter="6",
    make_widget=OptimizersWidget,
)
