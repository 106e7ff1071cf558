"""Lesson 7: optimizers — paths on 2-D functions and training curves on the digits (chapter 6)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.lessons.optimizers.training import OptimizerTraining
from ui.lessons.optimizers.trajectories import TrajectoryView
from ui.lessons.tabbed import TabbedLesson


class OptimizersWidget(TabbedLesson):
    """Two tabs: animated paths on 2-D functions, and the same optimizers training a network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        trajectories = TrajectoryView()
        training = OptimizerTraining()
        super().__init__([
            (trajectories, QT_TRANSLATE_NOOP("OptimizersWidget", "Paths on 2-D functions")),
            (training, QT_TRANSLATE_NOOP("OptimizersWidget", "Training on the digits")),
        ], parent)
        self.trajectories, self.training = trajectories, training
