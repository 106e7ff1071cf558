"""Where the main window opens: fitted to the screen's available area, restored clamped to it.

The window remembers its last size, position and splitter positions (:mod:`ui.settings`).  A saved
geometry from a larger screen, or from a monitor that is gone, must never put the window (and its
Next button) off-screen, so it is clamped to the available area here, in plain integer rectangles
that are easy to test.
"""

from __future__ import annotations

from PySide6.QtCore import QRect

# The smallest size the window prefers; screens smaller than this get their whole available area,
# larger ones FILL_SHARE of it (the lessons use the room), centred.
PREFERRED_WIDTH = 1280
PREFERRED_HEIGHT = 800
FILL_SHARE = 0.9
# Below this the lesson pages scroll; the window itself never asks for more than the screen.
SMALLEST_WIDTH = 640
SMALLEST_HEIGHT = 480


def default_geometry(available: QRect) -> QRect:
    """FILL_SHARE of ``available``, but at least the preferred size (and at most ``available``), centred."""
    width = min(max(PREFERRED_WIDTH, int(FILL_SHARE * available.width())), available.width())
    height = min(max(PREFERRED_HEIGHT, int(FILL_SHARE * available.height())), available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return clamp_to(rect, available)


def clamp_to(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to fit ``available`` and moved so it lies wholly inside it."""
    width = max(min(rect.width(), available.width()), min(SMALLEST_WIDTH, available.width()))
    height = max(min(rect.height(), available.height()), min(SMALLEST_HEIGHT, available.height()))
    left = min(max(rect.left(), available.left()), available.right() + 1 - width)
    top = min(max(rect.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def fills_screen(available: QRect) -> bool:
    """Whether the screen is too small for the preferred size, so the window opens maximized."""
    return available.width() < PREFERRED_WIDTH or available.height() < PREFERRED_HEIGHT


def restored_geometry(saved: QRect | None, available: QRect) -> QRect:
    """The saved geometry clamped to ``available``, or the default one when nothing was saved."""
    if saved is None or saved.width() <= 0 or saved.height() <= 0:
        return default_geometry(available)
    return clamp_to(saved, available)


def scaled_sizes(shares: list[float], total: int, minimums: list[int]) -> list[int]:
    """Splitter sizes from saved ``shares`` of ``total``, none below its minimum where room allows."""
    if not shares or len(shares) != len(minimums) or total <= 0:
        return []
    sum_shares = sum(shares)
    if sum_shares <= 0:
        return []
    sizes = [max(round(total * share / sum_shares), low) for share, low in zip(shares, minimums, strict=True)]
    excess = sum(sizes) - total
    # Give back the excess from the panes that are above their minimum, largest first.
    for index in sorted(range(len(sizes)), key=lambda i: sizes[i] - minimums[i], reverse=True):
        if excess <= 0:
            break
        spare = sizes[index] - minimums[index]
        take = min(spare, excess)
        sizes[index] -= take
        excess -= take
    return sizes


def saved_shares(saved: object, default: list[float]) -> list[float]:
    """``saved`` when it is as many non-negative numbers as ``default`` with a positive sum."""
    if (isinstance(saved, list) and len(saved) == len(default)
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in saved)
            and sum(saved) > 0):
        return [float(v) for v in saved]
    return default


def saved_rect(saved: object) -> QRect | None:
    """The rectangle of a saved ``[x, y, width, height]``, or ``None`` when it is not one."""
    if (isinstance(saved, list) and len(saved) == 4
            and all(isinstance(v, int) and not isinstance(v, bool) for v in saved)):
        return QRect(*saved)
    return None
