"""Did a finished run learn? A verdict from its History alone, for the app's notes and the CLI.

A run that ends at chance accuracy after its loss jumped above where it started took steps that
overshoot: the learning rate is too high. One whose loss hardly fell learned too slowly: the
learning rate is too small, or the run too short. Both are the first things a learner should change.
"""

from __future__ import annotations

import numpy as np

from nnlab.trainer import History

TOO_HIGH, SLOW, OK = "too_high", "slow", "ok"


def head_mean(losses: list[float]) -> float:
    """Mean loss of the first 5 % of the iterations (at least 5)."""
    return float(np.mean(losses[:max(5, len(losses) // 20)]))


def tail_mean(losses: list[float]) -> float:
    """Mean loss of the last 10 % of the iterations (at least 5)."""
    return float(np.mean(losses[-max(5, len(losses) // 10):]))


def learning_verdict(history: History, n_classes: int, min_iterations: int = 50) -> str:
    """How a finished run went: 'too_high', 'slow' or 'ok'.

    'too_high': the test accuracy is no better than guessing and the loss jumped above its starting
    value on the way (steps overshoot). 'slow': accuracy at chance with a smooth loss, or the loss
    fell by less than 10 %. Runs shorter than ``min_iterations`` are 'ok' (too short to judge).
    """
    losses = history.losses
    if history.status not in ("finished", "cancelled") or len(losses) < min_iterations:
        return OK
    at_chance = bool(history.test_acc) and history.final_test_acc <= 1.5 / max(n_classes, 1)
    jumped = max(losses) > 1.05 * losses[0]
    if at_chance and jumped:
        return TOO_HIGH
    if at_chance or tail_mean(losses) > 0.9 * head_mean(losses):
        return SLOW
    return OK
