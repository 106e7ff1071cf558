"""Retranslation on a language switch, written once for every widget that shows translated text.

After :func:`ui.i18n.set_language` installs the new translators, Qt sends ``QEvent.LanguageChange``
to every top-level widget, and each widget hands it on to its children, so one ``changeEvent``
override per class is all a widget needs. :class:`Retranslatable` is that override::

    class SoftmaxPanel(Retranslatable, QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.title = QLabel()
            self._retranslate()

        def _retranslate(self) -> None:
            self.title.setText(self.tr("Softmax"))

The mixin goes before the Qt class in the bases, so its ``changeEvent`` is found first and its
``super().changeEvent`` reaches Qt's (PySide6 looks a virtual's Python override up through the MRO).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for a QWidget subclass: on ``LanguageChange`` it calls ``self._retranslate()``.

    ``_retranslate`` sets every visible text from ``tr()`` in the current language; a widget calls
    it once itself at the end of ``__init__``. A subclass that adds texts overrides it and calls
    ``super()._retranslate()``.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc] - the Qt class after the mixin

    def _retranslate(self) -> None:
        """Set every text of the widget in the current language."""
        raise NotImplementedError(f"{type(self).__name__} must define _retranslate()")
