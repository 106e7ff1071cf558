"""What a learner reads for an engine activation name ("sigmoid" → シグモイド in Japanese).

The engine's name stays the combo item's data; only the shown text is translated, in one place
for every list of activations (the playground's editor, the weight-init histograms).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_SHOWN = {
    "relu": "ReLU",
    "sigmoid": QT_TRANSLATE_NOOP("ActivationNames", "sigmoid"),
    "tanh": "tanh",
    "leaky_relu": "Leaky ReLU",
    "identity": QT_TRANSLATE_NOOP("ActivationNames", "identity (none)"),
}


def activation_text(name: str) -> str:
    """The shown name of an engine activation in the current language."""
    return QCoreApplication.translate("ActivationNames", _SHOWN.get(name, name))
