"""Readable tick labels: compact large numbers, no two labels overlapping, powers of ten on log axes."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import QRectF

from ui.widgets.axes import ReadableAxis, compact_number, nice_spacing_above
from ui.widgets.loss_plot import LossPlot


def test_compact_numbers() -> None:
    assert [compact_number(v) for v in (0, 200, 5000, 10_000, 200_000, 1_500_000, 0.25)] == \
        ["0", "200", "5000", "10k", "200k", "1.5M", "0.25"]
    assert [compact_number(v) for v in (-4, -0.5, -20_000)] == ["−4", "−0.5", "−20k"]  # U+2212
    assert nice_spacing_above(2.0) == 2.5 and nice_spacing_above(5.0) == 10.0


def label_rects(axis: ReadableAxis, low: float, high: float, size: float) -> list[tuple[float, str]]:
    """(pixel position, text) of every label the axis draws for [low, high] over ``size`` pixels."""
    labelled = []
    for level, (spacing, values) in enumerate(axis.tickValues(low, high, size)):
        if level > axis.style["maxTextLevel"]:
            break
        strings = axis.tickStrings(values, 1.0, spacing) if spacing else axis.logTickStrings(values, 1.0, 0)
        labelled += [((v - low) / (high - low) * size, s) for v, s in zip(values, strings, strict=True)]
    return sorted(labelled)


@pytest.mark.parametrize("high, size", [(1_000_000, 220), (10_000, 160), (3_000_000, 400), (50, 120)])
def test_bottom_labels_never_overlap(qtbot, high: float, size: float) -> None:
    axis = ReadableAxis("bottom")
    axis.setGeometry(QRectF(0, 0, size, 30))
    labels = label_rects(axis, 0, high, size)
    assert len(labels) >= 2
    metrics = axis._metrics()
    for (x1, s1), (x2, s2) in itertools.pairwise(labels):
        half_widths = (metrics.horizontalAdvance(s1) + metrics.horizontalAdvance(s2)) / 2
        assert x2 - x1 > half_widths, (s1, s2)


def test_a_log_axis_labels_only_powers_of_ten_or_one_two_five(qtbot) -> None:
    axis = ReadableAxis("left")
    axis.setLogMode(False, True)
    wide = [s for _, s in label_rects(axis, -4, 1, 300)]  # 10⁻⁴ .. 10¹
    assert 2 <= len(wide) <= 6
    assert all(math.log10(float(s)).is_integer() for s in wide), wide  # no 2…9 between them
    narrow = [s for _, s in label_rects(axis, -0.9, -0.1, 300)]  # 0.126 .. 0.79
    assert narrow == ["0.2", "0.5"]


def test_the_loss_plot_uses_readable_axes(qtbot) -> None:
    plot = LossPlot()
    qtbot.addWidget(plot)
    assert isinstance(plot.plot_item.getAxis("bottom"), ReadableAxis)
