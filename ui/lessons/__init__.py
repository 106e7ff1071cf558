"""The lessons in teaching order.

The window lists the lessons from :data:`CATALOGUE` without importing them (a lesson module pulls
in plotting and the engine, which would slow start-up); :func:`load_lesson` imports one module and
returns its ``LESSON`` when the learner first opens it.  ``LESSONS`` (all ``Lesson`` objects, in
order) is built on first access.  A test checks that the catalogue matches the modules.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.lessons.base import Lesson


@dataclass(frozen=True)
class LessonInfo:
    """What the navigator shows before a lesson is loaded: module, chapter, English title."""

    id: str
    chapter: str
    title: str  # English; translated at run time in context "Lessons" (same text as the module's)


# The titles are also marked here so the navigator is translated before any lesson is loaded;
# they must equal the lesson modules' titles (a test checks this).
CATALOGUE: tuple[LessonInfo, ...] = (
    LessonInfo("perceptron", "2", QT_TRANSLATE_NOOP("Lessons", "Perceptron")),
    LessonInfo("activations", "3", QT_TRANSLATE_NOOP("Lessons", "Activation functions")),
    LessonInfo("forward_pass", "3", QT_TRANSLATE_NOOP("Lessons", "Forward pass")),
    LessonInfo("learning_minibatch", "4", QT_TRANSLATE_NOOP("Lessons", "Learning with mini-batches")),
    LessonInfo("numerical_differentiation", "4",
               QT_TRANSLATE_NOOP("Lessons", "Numerical differentiation and the gradient")),
    LessonInfo(
        "gradient_check", "4–5", QT_TRANSLATE_NOOP("Lessons", "Numerical gradient vs backpropagation")
    ),
    LessonInfo("computational_graph", "5", QT_TRANSLATE_NOOP("Lessons", "Computational graphs")),
    LessonInfo("backprop_layers", "5", QT_TRANSLATE_NOOP("Lessons", "Backprop through layers")),
    LessonInfo("two_layer_net", "5", QT_TRANSLATE_NOOP("Lessons", "Two-layer network")),
    LessonInfo(
        "optimizers", "6", QT_TRANSLATE_NOOP("Lessons", "Optimizers: SGD, Momentum, AdaGrad, Adam")
    ),
    LessonInfo("weight_init", "6", QT_TRANSLATE_NOOP("Lessons", "Initial weights")),
    LessonInfo("batch_norm", "6", QT_TRANSLATE_NOOP("Lessons", "Batch normalization")),
    LessonInfo("overfitting", "6", QT_TRANSLATE_NOOP("Lessons", "Overfitting and regularisation")),
    LessonInfo("hyperparameter_search", "6",
               QT_TRANSLATE_NOOP("Lessons", "Validation data and hyperparameter search")),
)

LESSON_IDS: tuple[str, ...] = tuple(info.id for info in CATALOGUE)

_lessons: list[Lesson] | None = None


def load_lesson(lesson_id: str) -> Lesson:
    """Import ``ui.lessons.<lesson_id>`` and return its ``LESSON``."""
    if lesson_id not in LESSON_IDS:
        raise KeyError(f"unknown lesson: {lesson_id}")
    module = importlib.import_module(f"{__name__}.{lesson_id}")
    lesson = getattr(module, "LESSON", None)
    if lesson is None:
        raise ImportError(f"module {module.__name__} defines no LESSON")
    return lesson


def __getattr__(name: str) -> object:
    """Build ``LESSONS`` (every lesson, teaching order) the first time it is asked for."""
    global _lessons
    if name == "LESSONS":
        if _lessons is None:
            _lessons = [load_lesson(lesson_id) for lesson_id in LESSON_IDS]
        return _lessons
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
