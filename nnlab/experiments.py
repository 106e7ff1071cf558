"""Small experiments behind the chapter 4–6 lessons (no drawing, no Qt).

Each function returns plain NumPy arrays, numbers or :class:`NetSpec` objects that a lesson widget
draws or hands to a :class:`~nnlab.trainer.Trainer`:

* the activation-histogram experiment for weight initialisation (5 layers x 100 neurons);
* timing figures for numerical gradients versus backpropagation, with ETA and 10,000-step estimates;
* the weight scales and result checks of the batch-norm and overfitting comparisons.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from nnlab.comparisons import INIT_NAMES
from nnlab.functions import ACTIVATIONS
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.trainer import History

# --- weight initialisation: activation histograms ------------------------------------------------

INIT_CHOICES: tuple[str, ...] = ("std:1", "std:0.01", "xavier", "he")
HISTOGRAM_ACTIVATIONS: tuple[str, ...] = ("sigmoid", "tanh", "relu")


def init_std(init: str, n_in: int) -> float:
    """Standard deviation of the initial weights for an init name and fan-in ``n_in``."""
    return NetSpec(input_size=n_in, hidden=(n_in,), output_size=1, init=init).init_std(n_in)


def activation_histograms(
    init: str,
    activation: str,
    *,
    n_layers: int = 5,
    n_neurons: int = 100,
    n_samples: int = 1000,
    rng: np.random.Generator | None = None,
) -> list[np.ndarray]:
    """Push random inputs through ``n_layers`` bias-free layers; return each layer's activations."""
    rng = rng if rng is not None else np.random.default_rng(0)
    f, _ = ACTIVATIONS[activation]
    a = rng.standard_normal((n_samples, n_neurons))  # (samples, neurons)
    scale = init_std(init, n_neurons)
    outputs = []
    for _ in range(n_layers):
        W = rng.standard_normal((n_neurons, n_neurons)) * scale
        a = f(a @ W)
        outputs.append(a)
    return outputs


def histogram_range(activation: str) -> tuple[float, float]:
    """The x-range that shows an activation's whole output range in a histogram."""
    return {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}.get(activation, (0.0, 3.0))


# --- numerical gradient versus backpropagation ---------------------------------------------------


def count_params(net: MultiLayerNet) -> int:
    """Total number of trainable numbers in a network."""
    return int(sum(p.size for p in net.params.values()))


def time_backprop(net: MultiLayerNet, x: np.ndarray, t: np.ndarray, budget: float = 0.3) -> float:
    """Seconds for one backprop gradient: median of repeats filling about ``budget`` seconds."""
    samples: list[float] = []
    start = time.perf_counter()
    while len(samples) < 3 or (time.perf_counter() - start < budget and len(samples) < 200):
        t0 = time.perf_counter()
        net.gradient(x, t)
        samples.append(time.perf_counter() - t0)
    return float(np.median(samples))


def eta_seconds(done: int, total: int, elapsed: float) -> float | None:
    """Remaining seconds at the rate measured so far, or None before any progress."""
    if done <= 0 or elapsed <= 0:
        return None
    return max(0.0, elapsed * (total - done) / done)


@dataclass(frozen=True)
class GradientTiming:
    """Measured seconds for one gradient computed numerically and by backpropagation."""

    n_params: int
    numerical_seconds: float
    backprop_seconds: float

    @property
    def ratio(self) -> float:
        """How many times slower the numerical gradient is."""
        return self.numerical_seconds / max(self.backprop_seconds, 1e-12)

    def estimate(self, iterations: int = 10_000) -> tuple[float, float]:
        """Seconds that ``iterations`` training steps would take (numerical, backprop)."""
        return self.numerical_seconds * iterations, self.backprop_seconds * iterations


def split_duration(seconds: float) -> tuple[int, int, int, float]:
    """Split seconds into (days, hours, minutes, seconds) for display."""
    seconds = max(0.0, float(seconds))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    return int(days), int(hours), int(minutes), secs


GRADCHECK_HIDDEN = {"small": (10,), "book": (50,)}


def gradcheck_spec(input_size: int, output_size: int, size: str = "small") -> NetSpec:
    """The two-layer sigmoid network (float64) of the chapter 4 gradient experiment."""
    return NetSpec(input_size=input_size, hidden=GRADCHECK_HIDDEN[size], output_size=output_size,
                   activation="sigmoid", init="std:0.01", dtype="float64")


BOOK_CHECK_IMAGES = 3  # ch05/gradient_check.py checks its net on the first 3 training images


def book_check_spec(input_size: int = 784, output_size: int = 10) -> NetSpec:
    """The book's TwoLayerNet of ch. 5.7.3: input-50-10, ReLU, weights of std 0.01 (float64)."""
    return NetSpec(input_size=input_size, hidden=(50,), output_size=output_size,
                   activation="relu", init="std:0.01", dtype="float64")


# --- comparison experiments (chapter 6; their runs and presets live in nnlab.comparisons) --------

INIT_COMPARISON: tuple[str, ...] = INIT_NAMES
REGULARISATIONS: tuple[str, ...] = ("none", "l2", "l1", "dropout", "dropout_l1")


def weight_scales(n: int, largest: float = 1.0, smallest: float = 1e-3) -> np.ndarray:
    """``n`` initial weight standard deviations, evenly spaced on a log axis, largest first."""
    return np.logspace(math.log10(largest), math.log10(smallest), n)


def batch_norm_helped(with_bn: History | None, without: History | None) -> bool | None:
    """Did batch norm do better at one scale? None when the pair cannot be compared (yet).

    A diverged run counts as the worse one: it learned nothing, although its curve stops early (or
    never starts).
    """
    if with_bn is None or without is None:
        return None
    with_diverged, without_diverged = with_bn.status == "diverged", without.status == "diverged"
    if with_diverged or without_diverged:
        return without_diverged and not with_diverged
    if not (with_bn.train_acc and without.train_acc):
        return None
    return with_bn.train_acc[-1] > without.train_acc[-1]


def weight_values(params: dict[str, np.ndarray]) -> np.ndarray:
    """All weight-matrix entries (W1, W2, ...) of a network in one flat array; biases left out."""
    weights = [np.ravel(v) for k, v in sorted(params.items()) if k.startswith("W")]
    return np.concatenate(weights) if weights else np.zeros(0)


WEIGHT_QUANTILES = 1001  # kept per saved run (4 kB): any histogram of it within 0.2 % a bin
HISTOGRAM_PERCENTILE = 99.5  # a weight histogram spans ±this percentile of |w|: outliers join the end bins


def weight_quantiles(values: np.ndarray, n: int = WEIGHT_QUANTILES) -> np.ndarray:
    """``n`` evenly spaced quantiles of ``values``, minimum to maximum (float32).

    A small summary of a network's weights that histograms on any bins can be drawn from again,
    so a saved run keeps it instead of every weight.
    """
    return np.quantile(np.asarray(values, dtype=float), np.linspace(0.0, 1.0, n)).astype(np.float32)


def histogram_limit(values: list[np.ndarray]) -> float:
    """Half-width of a weight histogram showing all of ``values`` together (1 when all are 0)."""
    everything = np.abs(np.concatenate([np.ravel(v) for v in values]))
    return float(np.percentile(everything, HISTOGRAM_PERCENTILE)) or 1.0


def weight_shares(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """The share of the weights in each bin; weights beyond the edges count in the end bins."""
    counts, _ = np.histogram(np.clip(values, edges[0], edges[-1]), bins=edges)
    return counts / max(np.size(values), 1)


def quantile_shares(quantiles: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """:func:`weight_shares` read from a run's :func:`weight_quantiles`.

    Between two quantiles the share of weights below a value is interpolated linearly, so each
    bin's share is within 2 / (n - 1) of the exact one.
    """
    q = np.asarray(quantiles, dtype=float)
    x = np.asarray(edges, dtype=float)
    i = np.searchsorted(q, x, side="left")  # q[i - 1] < x <= q[i]: a tie counts from its first quantile
    lo, hi = q[np.clip(i - 1, 0, q.size - 1)], q[np.clip(i, 0, q.size - 1)]
    step = np.where(hi > lo, (x - lo) / np.where(hi > lo, hi - lo, 1.0), 1.0)
    below = np.where(i == 0, 0.0, np.where(i >= q.size, 1.0, (i - 1 + step) / (q.size - 1)))
    below[0], below[-1] = 0.0, 1.0  # the end bins take what lies beyond them, as clipping does
    return np.diff(below)


def final_gap(train_acc: list[float], test_acc: list[float]) -> float:
    """Train minus test accuracy at the last evaluation (nan before any evaluation)."""
    if not train_acc or not test_acc:
        return float("nan")
    return float(train_acc[-1] - test_acc[-1])
