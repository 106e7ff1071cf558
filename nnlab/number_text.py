"""Numbers and arrays as a learner reads them: one place decides the digits and the minus sign.

NumPy's own printing pads columns with spaces ("[1.  0.5]") and uses the ASCII hyphen for minus;
a lesson shows math, so every number a view writes goes through here: significant digits instead
of padding, ", " between entries, and the typographic minus sign U+2212 ("−0.36"), also in
exponents ("6.1e−10"). The formulas written in the lesson texts use the same sign.
"""

from __future__ import annotations

import math

import numpy as np

MINUS = "\u2212"


def _typographic(text: str) -> str:
    return text.replace("-", MINUS)


def parse(text: str) -> float:
    """The float a shown or typed number means: accepts the typographic minus and a decimal comma."""
    return float(text.strip().replace(MINUS, "-").replace(",", "."))


def number(value: float | int | bool, digits: int = 8) -> str:
    """One value: integers as integers, floats with ``digits`` significant digits ("0.21924763")."""
    if isinstance(value, (bool, np.bool_)):
        return "1" if value else "0"
    if isinstance(value, (int, np.integer)):
        return _typographic(str(int(value)))
    value = float(value)
    if value == 0:
        return "0"
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "∞" if value > 0 else MINUS + "∞"
    return _typographic(f"{value:.{digits}g}")


def exact(value: float) -> str:
    """Every digit Python keeps (the shortest text that reads back to the same float), as the book
    prints a scalar: 0.1999999999990898."""
    return _typographic(repr(float(value)))


def fixed(value: float, decimals: int) -> str:
    """``decimals`` digits after the point ("0.200000"), with the typographic minus."""
    return _typographic(f"{float(value):.{decimals}f}")


def scientific(value: float, digits: int = 2) -> str:
    """Mantissa and exponent ("1.23e−05"), for errors that span many orders of magnitude."""
    return _typographic(f"{float(value):.{digits}e}")


def signed_term(value: float, decimals: int) -> str:
    """A term added to a formula: "+ 0.250000" or "− 0.250000" (y = a·x − 0.25)."""
    sign = MINUS if value < 0 else "+"
    return f"{sign} {abs(float(value)):.{decimals}f}"


def signed(value: float, decimals: int) -> str:
    """A number that shows its sign: "+0.50", "−0.50" (weights, bias, differences)."""
    return _typographic(f"{float(value):+.{decimals}f}")


def decimal(value: float | int | bool, decimals: int = 8) -> str:
    """A value with at most ``decimals`` digits after the point, trailing zeros dropped, as NumPy
    rounds the book's arrays ("1.05414809", "6"); very small or large values in e-notation with
    as many digits ("−6.11110793e−10")."""
    if isinstance(value, (bool, np.bool_, int, np.integer)):
        return number(value)
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return number(value)
    if 1e-4 <= abs(value) < 1e8:
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "0") else _typographic(text)
    mantissa, exponent = f"{value:.{decimals}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return _typographic(f"{mantissa}e{exponent}")


def array(a: object, decimals: int = 8) -> str:
    """An array as a nested list, one matrix row per line: "[0.6, 0.9]", "[[1, −2],\n [3, 4]]"."""
    a = np.asarray(a)
    if a.ndim == 0:
        return decimal(a.item(), decimals)
    if a.ndim == 1:
        return "[" + ", ".join(decimal(v.item(), decimals) for v in a) + "]"
    rows = [array(row, decimals) for row in a]
    return "[" + (",\n" + " " * (a.ndim - 1)).join(rows) + "]"
