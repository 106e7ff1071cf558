"""The lessons in teaching order, each declared once in :data:`CATALOGUE`.

A catalogue entry names the lesson's id (the stem of ``resources/lessons/<lang>/<id>.md`` and
``<id>.quiz.json``), its book chapter, its English title (translated in context "Lessons") and its
widget as ``"module:Class"`` under ``ui.lessons``. The window lists the lessons without importing
their modules (a lesson pulls in plotting and the engine, which would slow start-up); the module is
imported when the learner first opens the lesson. A lesson of several files is a package whose
widget lives in ``lesson.py``. ``docs/adding-a-lesson.md`` walks through adding one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Lesson:
    """One lesson: its id, book chapter, English title and interactive widget."""

    id: str
    chapter: str
    title: str
    widget: str | Callable[[], QWidget]
    """``"module:Class"`` under ``ui.lessons`` (imported on first use), or a factory (tests)."""

    def make_widget(self) -> QWidget:
        """Import the lesson's module if needed and build its interactive widget."""
        return self.widget_factory()()

    def widget_factory(self) -> Callable[[], QWidget]:
        """The widget class (or factory); importing its module may raise ImportError."""
        if callable(self.widget):
            return self.widget
        module_name, _, attribute = self.widget.partition(":")
        module = importlib.import_module(f"{__name__}.{module_name}")
        try:
            return getattr(module, attribute)
        except AttributeError:
            raise ImportError(f"{module.__name__} has no {attribute}") from None

    def translated_title(self) -> str:
        """The title in the current language."""
        return QCoreApplication.translate("Lessons", self.title)


CATALOGUE: tuple[Lesson, ...] = (
    Lesson("perceptron", "2", QT_TRANSLATE_NOOP("Lessons", "Perceptron"),
           "perceptron.lesson:PerceptronLesson"),
    Lesson("activations", "3", QT_TRANSLATE_NOOP("Lessons", "Activation functions"),
           "activations:ActivationsLesson"),
    Lesson("forward_pass", "3", QT_TRANSLATE_NOOP("Lessons", "Forward pass"),
           "forward_pass.lesson:ForwardPassLesson"),
    Lesson("learning_minibatch", "4", QT_TRANSLATE_NOOP("Lessons", "Learning with mini-batches"),
           "learning_minibatch.lesson:LearningMinibatchLesson"),
    Lesson("numerical_differentiation", "4",
           QT_TRANSLATE_NOOP("Lessons", "Numerical differentiation and the gradient"),
           "numerical_differentiation.lesson:NumericalDifferentiationLesson"),
    Lesson("gradient_check", "4–5", QT_TRANSLATE_NOOP("Lessons", "Numerical gradient vs backpropagation"),
           "gradient_check.lesson:GradientCheckLesson"),
    Lesson("computational_graph", "5", QT_TRANSLATE_NOOP("Lessons", "Computational graphs"),
           "computational_graph.lesson:ComputationalGraphLesson"),
    Lesson("backprop_layers", "5", QT_TRANSLATE_NOOP("Lessons", "Backprop through layers"),
           "backprop_layers.lesson:BackpropLayersWidget"),
    Lesson("two_layer_net", "5", QT_TRANSLATE_NOOP("Lessons", "Two-layer network"),
           "two_layer_net:TwoLayerNetLesson"),
    Lesson("optimizers", "6", QT_TRANSLATE_NOOP("Lessons", "Optimizers: SGD, Momentum, AdaGrad, Adam"),
           "optimizers.lesson:OptimizersWidget"),
    Lesson("weight_init", "6", QT_TRANSLATE_NOOP("Lessons", "Initial weights"),
           "weight_init:WeightInitWidget"),
    Lesson("batch_norm", "6", QT_TRANSLATE_NOOP("Lessons", "Batch normalization"),
           "batch_norm:BatchNormWidget"),
    Lesson("overfitting", "6", QT_TRANSLATE_NOOP("Lessons", "Overfitting and regularisation"),
           "overfitting:OverfittingWidget"),
    Lesson("hyperparameter_search", "6",
           QT_TRANSLATE_NOOP("Lessons", "Validation data and hyperparameter search"),
           "hyperparameter_search.lesson:HyperparameterSearchWidget"),
)

LESSON_IDS: tuple[str, ...] = tuple(lesson.id for lesson in CATALOGUE)


def load_lesson(lesson_id: str) -> Lesson:
    """The catalogue entry of ``lesson_id``, its widget class imported (so import errors show here)."""
    for lesson in CATALOGUE:
        if lesson.id == lesson_id:
            lesson.widget_factory()
            return lesson
    raise KeyError(f"unknown lesson: {lesson_id}")
