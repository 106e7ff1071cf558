"""Spin boxes set up in one call: range, step, decimals and starting value."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


def int_spin(low: int, high: int, value: int | None = None, step: int = 1) -> QSpinBox:
    """A whole-number spin box from ``low`` to ``high`` (starting at ``value``, else at ``low``)."""
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    if value is not None:
        spin.setValue(value)
    return spin


def float_spin(low: float, high: float, decimals: int, step: float,
               value: float | None = None) -> QDoubleSpinBox:
    """A decimal spin box from ``low`` to ``high`` showing ``decimals`` places."""
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    if value is not None:
        spin.setValue(value)
    return spin
