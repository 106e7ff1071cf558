"""Small 2-D data sets for the playground: circle, xor, gauss, spiral, moons.

Every set has two classes (labels 0 and 1), points roughly inside [-1, 1]² (``TOY_BOUNDS`` is a
box that holds them comfortably for plotting), and is fully determined by its arguments: the
random numbers come from ``np.random.default_rng(seed)`` only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from nnlab.data.dataset import Dataset
from nnlab.data.errors import DatasetError

TOY_BOUNDS = (-1.5, 1.5)  # plot range for both axes
TOY_CLASS_NAMES = ["class 0", "class 1"]
TOY_CLASS_NAMES_JA = ["クラス 0", "クラス 1"]
Generator = Callable[[int, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]


def _circle(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Class 1 inside a disc of radius 0.5, class 0 in a ring from 0.7 to 1.0."""
    t = np.repeat([1, 0], [n // 2, n - n // 2])
    r = np.where(t == 1, rng.uniform(0.0, 0.5, n), rng.uniform(0.7, 1.0, n))
    angle = rng.uniform(0.0, 2 * np.pi, n)
    x = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    return x + rng.normal(0.0, noise, x.shape), t


def _xor(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Class 1 where the two coordinates have the same sign (quadrants I and III)."""
    x = rng.uniform(-1.0, 1.0, (n, 2))
    x += np.sign(x) * 0.05  # a small gap along the axes keeps the classes apart without noise
    t = (x[:, 0] * x[:, 1] > 0).astype(np.int64)
    return x + rng.normal(0.0, noise, x.shape), t


def _gauss(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two round clouds centred at (0.5, 0.5) (class 1) and (-0.5, -0.5) (class 0)."""
    t = np.repeat([1, 0], [n // 2, n - n // 2])
    centres = np.where(t[:, None] == 1, 0.5, -0.5)
    return centres + rng.normal(0.0, 0.15 + noise, (n, 2)), t


def _spiral(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals, one and three-quarter turns each."""
    t = np.repeat([0, 1], [n // 2, n - n // 2])
    s = rng.uniform(0.0, 1.0, n)  # position along the arm, centre to rim
    angle = s * 3.5 * np.pi + np.pi * t
    x = np.column_stack([s * np.cos(angle), s * np.sin(angle)])
    return x + rng.normal(0.0, noise, x.shape), t


def _moons(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interlocking half circles, scaled to fit [-1, 1]²."""
    t = np.repeat([0, 1], [n // 2, n - n // 2])
    angle = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(angle), np.sin(angle)])
    lower = np.column_stack([1.0 - np.cos(angle), 0.5 - np.sin(angle)])
    x = np.where(t[:, None] == 0, upper, lower)
    x = (x - [0.5, 0.25]) * [0.65, 0.9]  # centre on the origin, then fill the box
    return x + rng.normal(0.0, noise, x.shape), t


TOY_GENERATORS: dict[str, Generator] = {
    "circle": _circle, "xor": _xor, "gauss": _gauss, "spiral": _spiral, "moons": _moons,
}
TOY_NAMES = list(TOY_GENERATORS)


def make_toy(
    name: str, n_samples: int = 400, noise: float = 0.1, test_ratio: float = 0.3, seed: int = 0
) -> Dataset:
    """Generate a 2-D two-class data set; x float32 (n, 2), labels int64 0/1, shuffled then split."""
    if name not in TOY_GENERATORS:
        raise DatasetError(f"unknown toy data set {name!r}; choose one of {', '.join(TOY_NAMES)}")
    if n_samples < 4:
        raise DatasetError(f"{name}: need at least 4 points, got {n_samples}")
    if not 0.0 < test_ratio < 1.0 or noise < 0.0:
        raise DatasetError(f"{name}: test_ratio must be between 0 and 1 and noise at least 0")
    rng = np.random.default_rng(seed)
    x, t = TOY_GENERATORS[name](n_samples, noise, rng)
    order = rng.permutation(n_samples)
    x, t = x[order].astype(np.float32), t[order].astype(np.int64)
    n_test = min(n_samples - 1, max(1, round(n_samples * test_ratio)))
    n_train = n_samples - n_test
    return Dataset(
        name=name, x_train=x[:n_train], t_train=t[:n_train], x_test=x[n_train:], t_test=t[n_train:],
        image_shape=None, class_names=list(TOY_CLASS_NAMES), class_names_ja=list(TOY_CLASS_NAMES_JA),
        source=f"generated {name!r}: {n_samples} points, noise {noise:g}, seed {seed}",
    )
