"""How the engine's names read in the window: data sets, activations, weight initialisations.

The engine names things as code does ("relu", "std:0.01", "mnist-offline"). A widget keeps that
name as an item's data (what it hands back to the engine) and shows the text from here,
translated, so a learner reads "シグモイド" or "標準偏差 0.01", never ``sigmoid`` or ``std:0.01``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nnlab.comparisons import init_label

_ACTIVATIONS = {
    "relu": QT_TRANSLATE_NOOP("EngineNames", "ReLU"),
    "sigmoid": QT_TRANSLATE_NOOP("EngineNames", "sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("EngineNames", "tanh"),
    "leaky_relu": QT_TRANSLATE_NOOP("EngineNames", "Leaky ReLU"),
    "identity": QT_TRANSLATE_NOOP("EngineNames", "identity (none)"),
    "softmax": QT_TRANSLATE_NOOP("EngineNames", "softmax"),
}


_DATA_SETS = {
    "mnist": QT_TRANSLATE_NOOP("EngineNames", "MNIST handwritten digits (28×28)"),
    "mnist-offline": QT_TRANSLATE_NOOP("EngineNames", "MNIST offline (the 10,000 test digits)"),
    "fashion-mnist": QT_TRANSLATE_NOOP("EngineNames", "Fashion-MNIST clothes (28×28)"),
    "digits": QT_TRANSLATE_NOOP("EngineNames", "8×8 digits (small)"),
    "circle": QT_TRANSLATE_NOOP("EngineNames", "2-D toy: circle"),
    "xor": QT_TRANSLATE_NOOP("EngineNames", "2-D toy: XOR"),
    "gauss": QT_TRANSLATE_NOOP("EngineNames", "2-D toy: Gaussian blobs"),
    "spiral": QT_TRANSLATE_NOOP("EngineNames", "2-D toy: spiral"),
    "moons": QT_TRANSLATE_NOOP("EngineNames", "2-D toy: moons"),
}


def dataset_text(name: str) -> str:
    """The learner's name of a built-in data set ("mnist-offline" → "MNIST offline (…)").

    Other sets (the learner's own) keep their names.
    """
    source = _DATA_SETS.get(name)
    return QCoreApplication.translate("EngineNames", source) if source else name


def activation_text(name: str) -> str:
    """The learner's name of the engine's activation ``name`` ("relu" → "ReLU")."""
    source = _ACTIVATIONS.get(name)
    return QCoreApplication.translate("EngineNames", source) if source else name


def std_text() -> str:
    """The name of the Gaussian initialisation of a given standard deviation σ."""
    return QCoreApplication.translate("EngineNames", "std")


def init_text(init: str) -> str:
    """The learner's name of an init choice: "std:0.01" → "std 0.01", "he" → "He (√(2/n))"."""
    if init.startswith("std:"):
        return QCoreApplication.translate("EngineNames", "std {0}").format(init.split(":", 1)[1])
    return init_label(init)
