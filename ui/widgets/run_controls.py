"""RunControls: the playground's run buttons and the status line under them.

Start, Pause/Resume, Step, Stop and Reset, with their texts and tooltips, enabled as the state
they are told allows; the owner connects their ``clicked`` signals and writes the status.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from ui.widgets.status_line import StatusLine

BUTTON_KEYS = ("start", "pause", "step", "stop", "reset")


class RunControls(QObject):
    """Five run buttons and a status line; ``set_state`` enables them, ``retranslate`` names them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buttons = {key: QPushButton() for key in BUTTON_KEYS}
        self.buttons["start"].setStyleSheet("font-weight: bold;")
        self.status_label = StatusLine()  # wraps between its parts only, never inside "98.1 %"
        self._paused = False

    def retranslate(self) -> None:
        """Texts and tooltips in the current language (the owner calls this)."""
        texts = {"start": self.tr("Start"), "step": self.tr("Step"), "stop": self.tr("Stop"),
                 "reset": self.tr("Reset")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["start"].setToolTip(self.tr("Train a new network with these settings"))
        self.buttons["step"].setToolTip(self.tr("Run exactly one iteration (one mini-batch), then pause"))
        self.buttons["stop"].setToolTip(self.tr("End this run; the network keeps what it learned so far"))
        self.buttons["reset"].setToolTip(
            self.tr("Clear the curves and the trained network (the Saved runs tab keeps every run)"))
        self._name_pause_button()

    def set_state(self, ready: bool, running: bool, paused: bool) -> None:
        """Enable what can be pressed: ``ready`` (data and valid settings), a run training or paused."""
        self._paused = paused
        self.buttons["start"].setEnabled(ready and not running)
        self.buttons["pause"].setEnabled(running)
        self.buttons["step"].setEnabled(paused or (ready and not running))
        self.buttons["stop"].setEnabled(running)
        self.buttons["reset"].setEnabled(not running)
        self._name_pause_button()

    def show_ready(self) -> None:
        """The status before any run."""
        self.status_label.setText(self.tr("Ready. Press Start to train."))

    def show_status(self, text: str) -> None:
        """The status of the current (or last) run."""
        self.status_label.setText(text)

    def _name_pause_button(self) -> None:
        self.buttons["pause"].setText(self.tr("Resume") if self._paused else self.tr("Pause"))
