"""Plot axes whose tick labels stay readable however narrow the plot or long the run.

pyqtgraph chooses its major ticks from the axis length alone, so on a narrow plot of a long run
the labels run together ("200000400000600000800000"), and on a log axis the labels of 2…9 between
the powers of ten pile up.  :class:`ReadableAxis` writes large numbers compactly (200k, 1.5M),
widens the tick spacing until every label has room, labels only the powers of ten on a log axis
that spans several of them, and never labels the minor ticks. :func:`keep_readable_height` keeps a
plot tall enough to read: a lesson page scrolls rather than squeeze it.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget

from nnlab.number_text import MINUS

NICE_STEPS = (1.0, 2.0, 2.5, 5.0)  # spacing mantissas, tried in this order
GAP_EM = 1.2  # free room between two labels, in widths of "M"


def compact_number(value: float) -> str:
    """``200000`` -> "200k", ``1500000`` -> "1.5M"; small numbers as pyqtgraph would print them,
    negative ones with the typographic minus (−0.5) as every number the app writes."""
    magnitude = abs(value)
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e4, "k")):
        if magnitude >= limit:
            scaled = value / (limit if limit != 1e4 else 1e3)
            return f"{scaled:.3g}{suffix}".replace("-", MINUS)
    if value == int(value):
        return str(int(value)).replace("-", MINUS)
    return f"{value:.4g}".replace("-", MINUS)


def nice_spacing_above(spacing: float) -> float:
    """The next 1-2-2.5-5 × 10ⁿ spacing larger than ``spacing``."""
    exponent = math.floor(math.log10(spacing))
    for step in NICE_STEPS + (10.0,):
        candidate = step * 10.0 ** exponent
        if candidate > spacing * (1 + 1e-9):
            return candidate
    return 10.0 ** (exponent + 1)


class ReadableAxis(pg.AxisItem):
    """An AxisItem whose labels never overlap (see the module docstring)."""

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.setStyle(maxTextLevel=0)  # label the major ticks only

    def _metrics(self) -> QFontMetricsF:
        font = self.style.get("tickFont") or QApplication.font()
        return QFontMetricsF(font)

    def _label_room(self, texts: list[str]) -> float:
        """Pixels one label needs along the axis, gap included."""
        metrics = self._metrics()
        if self.orientation in ("left", "right"):
            return metrics.height() * 1.6
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
        return widest + GAP_EM * metrics.horizontalAdvance("M")

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or self.logMode or size <= 0 or maxVal == minVal:
            return levels
        spacing = levels[0][0]
        per_unit = size / abs(maxVal - minVal)
        for _ in range(40):
            first = math.ceil(min(minVal, maxVal) / spacing) * spacing
            ticks = [first + k * spacing for k in range(int(abs(maxVal - minVal) / spacing) + 1)]
            texts = self.tickStrings(ticks, self.autoSIPrefixScale if self.autoSIPrefix else 1.0, spacing)
            if spacing * per_unit >= self._label_room(texts):
                break
            spacing = nice_spacing_above(spacing)
        return [(spacing, 0)] + [level for level in levels[1:] if level[0] < spacing]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        return [compact_number(v * scale) for v in values]

    def logTickValues(self, minVal: float, maxVal: float, size: float,
                      stdTicks: list[float] | None) -> list[tuple[float | None, list[float]]]:
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        decades = sum(len(values) for spacing, values in levels if spacing is not None)
        if decades >= 2:
            return levels  # only the powers of ten (level 0) are labelled
        # Fewer than two powers of ten in view: label 1, 2 and 5 × 10ⁿ instead.
        low, high = math.floor(minVal), math.ceil(maxVal)
        values = [math.log10(m) + e for e in range(low, high + 1) for m in (1, 2, 5)]
        labelled = [v for v in values if minVal <= v <= maxVal]
        minor = [(spacing, [v for v in ticks if all(abs(v - w) > 1e-9 for w in labelled)])
                 for spacing, ticks in levels]
        return [(None, labelled)] + minor


def readable_axes() -> dict[str, ReadableAxis]:
    """``axisItems`` for a PlotWidget/PlotItem: readable left and bottom axes."""
    return {"left": ReadableAxis("left"), "bottom": ReadableAxis("bottom")}


# Lines of text a plot is at least tall: about 5 for its data area, the rest for its title, ticks and
# axis title. With saved runs overlaid, the overfitting lesson's stacked plots were once squeezed to
# 46 px, and the batch-norm grid's small plots to about 35 px.
PLOT_MIN_LINES = 9


def keep_readable_height(plot: QWidget, lines: int = PLOT_MIN_LINES) -> None:
    """Give ``plot`` a minimum height of ``lines`` lines of its font (the page scrolls below it)."""
    plot.setMinimumHeight(lines * plot.fontMetrics().lineSpacing())
