"""A digit drawn with the mouse, turned into an image like the data set's, as MNIST was made.

MNIST's digits were scaled (keeping their aspect ratio, with anti-aliasing) to fit a 20×20 box
and then placed in a 28×28 image so that their centre of mass sits in the middle. A network
trained on MNIST has only ever seen digits prepared that way, so a drawing is prepared the same
way before the network sees it. The 8×8 digits fill their whole frame instead.
"""

from __future__ import annotations

import numpy as np

MNIST_BOX = 20  # the digit's box inside MNIST's 28×28 frame


def _area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights that average source cells by how much of each falls into a target cell."""
    edges_out = np.linspace(0.0, n_in, n_out + 1)
    left = np.arange(n_in)[None, :]
    overlap = np.minimum(left + 1, edges_out[1:, None]) - np.maximum(left, edges_out[:-1, None])
    overlap = np.clip(overlap, 0.0, None)
    return overlap / overlap.sum(axis=1, keepdims=True)


def area_resize(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """Downsample a 2-D array by area averaging (every source pixel counts by its covered area)."""
    rows = _area_matrix(image.shape[0], height)
    cols = _area_matrix(image.shape[1], width)
    return rows @ image @ cols.T


def _shift(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """Move an image by whole pixels, filling with zeros."""
    out = np.zeros_like(image)
    h, w = image.shape
    src = image[max(0, -dy) : h - max(0, dy), max(0, -dx) : w - max(0, dx)]
    out[max(0, dy) : max(0, dy) + src.shape[0], max(0, dx) : max(0, dx) + src.shape[1]] = src
    return out


def to_network_input(ink: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Turn a large ink image (0 = paper, 1 = ink) into a dataset-like image of ``shape``.

    As MNIST was made: crop to the ink, fit into a 20/28 box keeping the aspect ratio (digits 8x8 fill
    the whole frame), average areas down, then centre the centre of mass.
    """
    h, w = shape
    out = np.zeros(shape, dtype=np.float64)
    ys, xs = np.nonzero(ink > 0.05)
    if len(ys) == 0:
        return out
    crop = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    side = max(crop.shape)
    square = np.zeros((side, side))
    oy, ox = (side - crop.shape[0]) // 2, (side - crop.shape[1]) // 2
    square[oy : oy + crop.shape[0], ox : ox + crop.shape[1]] = crop
    box = min(h, w) if min(h, w) < 16 else round(min(h, w) * MNIST_BOX / 28)
    small = area_resize(square, box, box)
    top, left = (h - box) // 2, (w - box) // 2
    out[top : top + box, left : left + box] = small
    if box < min(h, w):
        total = out.sum()
        cy = (out.sum(axis=1) @ np.arange(h)) / total
        cx = (out.sum(axis=0) @ np.arange(w)) / total
        out = _shift(out, int(np.rint((h - 1) / 2 - cy)), int(np.rint((w - 1) / 2 - cx)))
    return np.clip(out, 0.0, 1.0)
