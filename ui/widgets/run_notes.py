"""What the playground says about a run: its status line, and notes on runs that diverged or did not learn.

``nnlab.run_verdict`` judges a finished run from its History alone; the note texts here name the
learning rate, because that is what a learner should change first.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from nnlab.network import NetSpec
from nnlab.run import TrainSettings
from nnlab.run_verdict import MIN_ITERATIONS, head_mean, learning_verdict, tail_mean
from nnlab.trainer import History
from ui.percent import keep_percent_signs
from ui.sentences import filled

_ERROR_STYLE = "background: #fdecea; color: #8b0000; border: 1px solid #d32f2f; padding: 3px;"
_INFO_STYLE = "background: #e8f1fb; padding: 3px;"


# Called by this name with a literal context ("RunNotes") so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def divergence_note(iteration: int, settings: TrainSettings) -> str:
    """The message for a run whose loss became NaN/inf at (0-based) ``iteration``."""
    lr = settings.lr
    return filled(translate(
        "RunNotes",
        "Training diverged at iteration %1: the loss became NaN or infinite. The learning rate "
        "%2 is most likely too high for %3 — try %4 or smaller."),
        f"{iteration + 1:,}", f"{lr:g}", settings.optimizer, f"{lr / 10:g}")


def verdict_note(history: History, settings: TrainSettings, n_classes: int) -> str:
    """A note on a run that did not learn or learned slowly ('' when it learned)."""
    return keep_percent_signs(_verdict_sentence(history, settings, n_classes))


def _verdict_sentence(history: History, settings: TrainSettings, n_classes: int) -> str:
    verdict = learning_verdict(history, n_classes)
    losses, lr = history.losses, settings.lr
    test_acc, guessing = f"{100 * history.final_test_acc:.1f}", f"{100 / n_classes:.0f}"
    if verdict == "too_high":
        return filled(translate(
            "RunNotes",
            "“%1” did not learn: test accuracy %3 % after %2 iterations (guessing: %4 %); the loss "
            "jumped up and stayed at %5. The learning rate %6 is too high for %7: each step jumps "
            "past the minimum. Try %8."), settings.label(), f"{history.iterations_done:,}", test_acc,
            guessing, f"{tail_mean(losses):.3f}", f"{lr:g}", settings.optimizer, f"{lr / 10:g}")
    if verdict == "slow":
        return filled(translate(
            "RunNotes",
            "“%1” learns slowly: in %2 iterations the loss fell only from %3 to %4 (test accuracy "
            "%5 %). The learning rate %6 may be too small: try a larger one or more iterations."),
            settings.label(), f"{history.iterations_done:,}", f"{head_mean(losses):.3f}",
            f"{tail_mean(losses):.3f}", test_acc, f"{lr:g}")
    if verdict == "too_short":
        return filled(translate(
            "RunNotes",
            "“%1” stopped after %2 iterations: too short to tell whether it learns. Let it run for "
            "at least %3 iterations."), settings.label(), f"{history.iterations_done:,}",
            f"{MIN_ITERATIONS:,}")
    if verdict == "weak":
        return filled(translate(
            "RunNotes",
            "“%1” learned only a little: test accuracy %2 % (guessing: %3 %). The network may be "
            "too small for this data, or the run too short: try more hidden neurons or more "
            "iterations."), settings.label(), test_acc, guessing)
    return ""


STATUS_SEPARATOR = "  ·  "  # between the parts of the status line; lines break only here


def status_word(status: str) -> str:
    """One translated word for a History status."""
    words = {"finished": translate("RunNotes", "finished"),
             "cancelled": translate("RunNotes", "stopped"),
             "diverged": translate("RunNotes", "diverged"),
             "failed": translate("RunNotes", "failed"),
             "paused": translate("RunNotes", "paused")}
    return words.get(status, status)


def status_text(iteration: int, total: int, loss: float, logs: dict, rate: float, state: str) -> str:
    """The status line: iteration, loss, accuracies, speed and state ('' state: still running)."""
    parts = [filled(translate("RunNotes", "Iteration %1 / %2"), f"{iteration:,}", f"{total:,}")]
    if not np.isnan(loss):
        parts.append(filled(translate("RunNotes", "loss %1"), f"{loss:.4f}"))
    if logs:
        train_acc, test_acc = f"{100 * logs['train_acc']:.1f}", f"{100 * logs['test_acc']:.1f}"
        parts.append(keep_percent_signs(filled(translate("RunNotes", "train acc. %1 %"), train_acc)))
        parts.append(keep_percent_signs(filled(translate("RunNotes", "test acc. %1 %"), test_acc)))
    if rate > 0:
        parts.append(filled(translate("RunNotes", "%1 iterations/s"), f"{rate:,.0f}"))
    if state:
        parts.append(status_word(state))
    return STATUS_SEPARATOR.join(parts)


class RunProgress:
    """The current (or last) run's legend label, latest loss and accuracies, and speed."""

    def __init__(self) -> None:
        self.settings = TrainSettings()
        self.label = ""  # legend: ``lr=0.1, SGD``, plus the network when it changed
        self.description = ""  # settings and network, e.g. ``lr=0.1, SGD, 784-50-10 relu``
        self.loss = math.nan
        self.logs: dict = {}
        self.rate = 0.0  # iterations per second, smoothed
        self._last_spec: NetSpec | None = None
        self._mark: tuple[float, int] | None = None  # (time, iteration) of the last measurement

    def begin(self, settings: TrainSettings, spec: NetSpec) -> None:
        """A new run of ``spec`` (already fitted to the data) with ``settings``."""
        self.settings, self.description = settings, f"{settings.label()}, {spec.label()}"
        # Short legends: the network is named only when it differs from the previous run's.
        same_net = self._last_spec is None or self._last_spec == spec
        self.label = settings.label() if same_net else self.description
        self._last_spec = spec
        self.logs, self.loss, self.rate, self._mark = {}, math.nan, 0.0, None

    def clear(self) -> None:
        """Forget loss, accuracies and speed."""
        self.logs, self.loss, self.rate = {}, math.nan, 0.0

    def measure(self, iteration: int, paused: bool) -> None:
        """Update the smoothed speed now that ``iteration`` is drawn (time spent paused does not count)."""
        now = time.perf_counter()
        if self._mark is not None and now > self._mark[0] and not paused:
            rate = (iteration - self._mark[1]) / (now - self._mark[0])
            self.rate = rate if self.rate == 0 else 0.7 * self.rate + 0.3 * rate
        self._mark = (now, iteration)

    def text(self, iteration: int, state: str) -> str:
        """The status line at ``iteration`` ('' state: still running)."""
        return status_text(iteration, self.settings.iterations, self.loss, self.logs, self.rate, state)


class NotesLabel(QLabel):
    """A box of notes about the current run (or sequence of runs); red when any note is an error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes: list[tuple[str, bool]] = []
        self.setWordWrap(True)
        self.hide()

    def set_note(self, text: str, error: bool = False) -> None:
        """Replace every note by ``text`` ('' hides the box)."""
        self.notes = []
        if text:
            self.add_note(text, error)
        else:
            self._render()

    def add_note(self, text: str, error: bool = False) -> None:
        """Append a note below the others."""
        if text:
            self.notes.append((text, error))
            self._render()

    def message(self) -> str:
        """All notes, one per line ('' when none)."""
        return "\n".join(text for text, _ in self.notes)

    def _render(self) -> None:
        self.setText(self.message())
        self.setVisible(bool(self.notes))
        self.setStyleSheet(_ERROR_STYLE if any(error for _, error in self.notes) else _INFO_STYLE)
