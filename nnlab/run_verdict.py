"""Did a finished run learn? A verdict from its History alone, for the app's notes and the CLI.

Guessing scores ``1 / n_classes``: 50 % on two classes, 10 % on ten, so "no better than guessing"
is measured from that level, never with one threshold for all data sets.  The loss of one
mini-batch is noisy, so a jump means the loss *stayed* high over a window of iterations (a moving
median), not that one batch was unlucky.  A run stopped after a handful of iterations is too short
to judge and is called so, not "learned".

Verdicts: 'too_short', 'too_high' (at chance after the loss jumped up: steps overshoot), 'slow'
(at chance with a smooth loss, or the loss hardly fell), 'weak' (better than guessing but far
from good: the net may be too small or the run too short), 'ok'.
"""

from __future__ import annotations

import numpy as np

from nnlab.trainer import History

TOO_SHORT, TOO_HIGH, SLOW, WEAK, OK = "too_short", "too_high", "slow", "weak", "ok"
MIN_ITERATIONS = 50
# "At chance": within 10 % of the way from guessing to perfect; "weak": less than halfway there.
CHANCE_MARGIN = 0.10
WEAK_SHARE = 0.5
JUMP_FACTOR = 1.05


def head_mean(losses: list[float]) -> float:
    """Mean loss of the first 5 % of the iterations (at least 5)."""
    return float(np.mean(losses[:max(5, len(losses) // 20)]))


def tail_mean(losses: list[float]) -> float:
    """Mean loss of the last 10 % of the iterations (at least 5)."""
    return float(np.mean(losses[-max(5, len(losses) // 10):]))


def chance_level(n_classes: int) -> float:
    """The accuracy of guessing among ``n_classes`` equally likely classes."""
    return 1.0 / max(n_classes, 1)


def share_above_chance(accuracy: float, n_classes: int) -> float:
    """How far ``accuracy`` is from guessing (0) to perfect (1)."""
    chance = chance_level(n_classes)
    return (accuracy - chance) / (1.0 - chance) if chance < 1.0 else 1.0


def loss_jumped(losses: list[float]) -> bool:
    """Whether the loss stayed above its first value for a while (one noisy batch is not a jump).

    The first loss is the reference: it is measured before any step, so overshooting steps
    cannot have raised it yet."""
    window = max(5, len(losses) // 50)
    if len(losses) < 2 * window:
        return False
    values = np.asarray(losses, dtype=float)
    medians = np.median(np.lib.stride_tricks.sliding_window_view(values, window), axis=1)
    return bool(np.nanmax(medians) > JUMP_FACTOR * values[0])


def learning_verdict(history: History, n_classes: int, min_iterations: int = MIN_ITERATIONS) -> str:
    """How a finished run went (one of the verdicts above); runs that diverged or failed are 'ok'
    here, because their own message already says what happened."""
    losses = history.losses
    if history.status not in ("finished", "cancelled"):
        return OK
    if len(losses) < min_iterations:
        return TOO_SHORT
    share = share_above_chance(history.final_test_acc, n_classes) if history.test_acc else 1.0
    at_chance = share <= CHANCE_MARGIN
    if at_chance and loss_jumped(losses):
        return TOO_HIGH
    if at_chance or tail_mean(losses) > 0.9 * head_mean(losses):
        return SLOW
    if share < WEAK_SHARE:
        return WEAK
    return OK
