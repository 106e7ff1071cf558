"""Perceptrons and logic gates (book chapter 2).

A perceptron with two inputs fires (outputs 1) when ``w1*x1 + w2*x2 + b > 0``.  AND, NAND and
OR are single perceptrons that differ only in their weights and bias; XOR is not linearly
separable, so it needs two layers: ``XOR(x1, x2) = AND(NAND(x1, x2), OR(x1, x2))``.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["GATES", "perceptron", "AND", "NAND", "OR", "XOR", "truth_table", "decision_line"]

# (w1, w2, b): one of infinitely many choices that realise each gate.
GATES: dict[str, tuple[float, float, float]] = {
    "AND": (0.5, 0.5, -0.7),
    "NAND": (-0.5, -0.5, 0.7),
    "OR": (0.5, 0.5, -0.2),
}

INPUTS: tuple[tuple[int, int], ...] = ((0, 0), (1, 0), (0, 1), (1, 1))


def perceptron(x1: float, x2: float, w1: float, w2: float, b: float) -> int:
    """1 if w1*x1 + w2*x2 + b > 0 else 0."""
    return 1 if w1 * x1 + w2 * x2 + b > 0 else 0


def AND(x1: float, x2: float) -> int:
    """AND gate as one perceptron."""
    return perceptron(x1, x2, *GATES["AND"])


def NAND(x1: float, x2: float) -> int:
    """NAND gate: AND with every sign flipped."""
    return perceptron(x1, x2, *GATES["NAND"])


def OR(x1: float, x2: float) -> int:
    """OR gate: AND with a smaller threshold."""
    return perceptron(x1, x2, *GATES["OR"])


def XOR(x1: float, x2: float) -> int:
    """XOR as a two-layer perceptron: AND(NAND(x1, x2), OR(x1, x2))."""
    return AND(NAND(x1, x2), OR(x1, x2))


def truth_table(gate_fn: Callable[[int, int], int]) -> list[tuple[int, int, int]]:
    """Rows (x1, x2, y) for the four binary inputs, in the order 00, 10, 01, 11."""
    return [(x1, x2, int(gate_fn(x1, x2))) for x1, x2 in INPUTS]


def decision_line(
    w1: float, w2: float, b: float, box: tuple[float, float, float, float] = (-0.5, 1.5, -0.5, 1.5)
) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """End points of the line w1*x1 + w2*x2 + b = 0 inside box (x_min, x_max, y_min, y_max), or None.

    None means the line misses the box, or w1 = w2 = 0 (then there is no line: the output
    is the same everywhere).
    """
    x_min, x_max, y_min, y_max = box
    eps = 1e-12
    if abs(w1) < eps and abs(w2) < eps:
        return None
    points: list[tuple[float, float]] = []
    if abs(w2) >= eps:  # crossings with the left and right edges
        for x in (x_min, x_max):
            y = -(w1 * x + b) / w2
            if y_min - eps <= y <= y_max + eps:
                points.append((x, min(max(y, y_min), y_max)))
    if abs(w1) >= eps:  # crossings with the bottom and top edges
        for y in (y_min, y_max):
            x = -(w2 * y + b) / w1
            if x_min - eps <= x <= x_max + eps:
                points.append((min(max(x, x_min), x_max), y))
    unique: list[tuple[float, float]] = []
    for p in points:  # a line through a corner is found twice
        if all(abs(p[0] - q[0]) > 1e-9 or abs(p[1] - q[1]) > 1e-9 for q in unique):
            unique.append(p)
    if len(unique) < 2:
        return None
    return unique[0], unique[1]
