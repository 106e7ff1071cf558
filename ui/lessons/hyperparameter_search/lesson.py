"""Lesson 11: validation data and the book's random hyperparameter search (chapter 6, §6.5).

Three tabs: the split of the training data into training and validation data, the search itself
(live scatter, ranked table, narrowing) and the best trials' curves as in the book's Fig. 6-24.
The search logic is ``nnlab.hyperparameter_search``; these pages only show it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QWidget

from ui.lessons.comparison_runs import default_data, setup_plot_defaults
from ui.lessons.hyperparameter_search.panel import SearchPanel
from ui.lessons.hyperparameter_search.validation_split import ValidationSplitView
from ui.lessons.hyperparameter_search.views import BestCurves
from ui.lessons.tabbed import TabbedLesson


class HyperparameterSearchWidget(TabbedLesson):
    """Validation split, random search and best curves; the split shown is the one searched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        setup_plot_defaults()
        split_view = ValidationSplitView()
        search = SearchPanel(split_view.settings, split_view.seed_spin.value)
        curves = BestCurves()
        super().__init__([
            (split_view, QT_TRANSLATE_NOOP("HyperparameterSearchWidget", "Validation data")),
            (search, QT_TRANSLATE_NOOP("HyperparameterSearchWidget", "Random search")),
            (curves, QT_TRANSLATE_NOOP("HyperparameterSearchWidget", "Best trials' curves")),
        ], parent)
        self.split_view, self.search, self.curves = split_view, search, curves
        search.trials_changed.connect(self._on_search_trials_changed)
        data, note = default_data()
        self.set_data(data, note)

    def set_data(self, data: Any, note: str = "") -> None:
        """Show and search on ``data`` (the lessons' default; a benchmark may pass another)."""
        self.split_view.set_data(data)
        self.search.set_data(data, note)

    @Slot(list)
    def _on_search_trials_changed(self, ranked: list) -> None:
        self.curves.set_trials(ranked)
