"""Small pure computations behind the first four lessons: perceptron, activations, forward pass, batches.

The lesson widgets only draw; everything they show is computed here, so it can be tested without Qt.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from nnlab.functions import cross_entropy_error, identity, mean_squared_error, sigmoid, softmax
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.perceptron import AND, NAND, OR, perceptron

# ---------------------------------------------------------------- perceptron (chapter 2)

UNIT_SQUARE: tuple[tuple[int, int], ...] = ((0, 0), (1, 0), (0, 1), (1, 1))


def perceptron_table(w1: float, w2: float, b: float) -> list[tuple[int, int, int]]:
    """Rows (x1, x2, y) of the perceptron with weights w1, w2 and bias b on the four binary inputs."""
    return [(x1, x2, perceptron(x1, x2, w1, w2, b)) for x1, x2 in UNIT_SQUARE]


def table_mismatches(
    table: list[tuple[int, int, int]], target: list[tuple[int, int, int]]
) -> list[tuple[int, int]]:
    """Inputs (x1, x2) on which ``table`` gives a different output than ``target``."""
    wanted = {(x1, x2): y for x1, x2, y in target}
    return [(x1, x2) for x1, x2, y in table if wanted[(x1, x2)] != y]


def half_plane_polygon(
    w1: float, w2: float, b: float, box: tuple[float, float, float, float] = (-0.5, 1.5, -0.5, 1.5)
) -> np.ndarray:
    """Corners (m, 2) of the region w1·x1 + w2·x2 + b > 0 inside box (x_min, x_max, y_min, y_max).

    m may be 0.
    """
    x0, x1, y0, y1 = box
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    value = [w1 * px + w2 * py + b for px, py in corners]
    polygon: list[tuple[float, float]] = []
    for i, (p, vp) in enumerate(zip(corners, value, strict=True)):
        q, vq = corners[(i + 1) % 4], value[(i + 1) % 4]
        if vp > 0:
            polygon.append(p)
        if (vp > 0) != (vq > 0):  # the edge crosses the line: add the crossing point
            s = vp / (vp - vq)
            polygon.append((p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])))
    return np.array(polygon, dtype=float).reshape(-1, 2)


def xor_two_layer_rows() -> list[tuple[int, int, int, int, int]]:
    """Rows (x1, x2, s1, s2, y) of XOR built as s1 = NAND(x), s2 = OR(x), y = AND(s1, s2)."""
    rows = []
    for x1, x2 in UNIT_SQUARE:
        s1, s2 = NAND(x1, x2), OR(x1, x2)
        rows.append((x1, x2, s1, s2, AND(s1, s2)))
    return rows


# ---------------------------------------------------------------- activations (chapter 3)


@dataclass(frozen=True)
class AffineStack:
    """Fixed random layers for the 'stacking linear layers' demo.

    weights[i] is (n_in, n_out) and biases[i] (n_out,).
    """

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]


def make_affine_stack(depth: int, width: int = 6, seed: int = 0) -> AffineStack:
    """Build ``depth`` hidden layers of ``width`` units on a 1-D input plus a 1-D output layer."""
    if depth < 1:
        raise ValueError("depth must be at least 1")
    rng = np.random.default_rng(seed)
    sizes = [1] + [width] * depth + [1]
    weights = tuple(rng.normal(0.0, 1.0, (n_in, n_out)) for n_in, n_out in pairwise(sizes))
    biases = tuple(rng.normal(0.0, 0.5, n_out) for n_out in sizes[1:])
    return AffineStack(weights, biases)


def stack_forward(x: np.ndarray, stack: AffineStack, activation: Callable) -> np.ndarray:
    """Run 1-D inputs x (n,) through the stack, ``activation`` after every hidden layer; returns (n,)."""
    h = np.asarray(x, dtype=float).reshape(-1, 1)  # (n, 1)
    last = len(stack.weights) - 1
    for i, (W, b) in enumerate(zip(stack.weights, stack.biases, strict=True)):
        h = h @ W + b
        if i < last:
            h = activation(h)
    return h[:, 0]


def collapse_affine(stack: AffineStack) -> tuple[float, float]:
    """Slope and intercept of the single line that the stack equals when every activation is the identity."""
    W = np.eye(1)
    b = np.zeros(1)
    for Wi, bi in zip(stack.weights, stack.biases, strict=True):
        b = b @ Wi + bi  # (x W + b) Wi + bi = x (W Wi) + (b Wi + bi)
        W = W @ Wi
    return float(W[0, 0]), float(b[0])


def line_residual(x: np.ndarray, y: np.ndarray) -> float:
    """Largest distance of y from its least-squares straight line, relative to the spread of y."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    slope, intercept = np.polyfit(x, y, 1)
    spread = float(np.ptp(y)) or 1.0
    return float(np.max(np.abs(y - (slope * x + intercept))) / spread)


# ---------------------------------------------------------------- forward pass, softmax (chapter 3)


@dataclass(frozen=True)
class ForwardStep:
    """One stage of the three-layer forward pass: a name like 'a1', the formula shown, and its value."""

    name: str
    formula: str
    value: np.ndarray


def forward_steps(
    x: np.ndarray, params: dict[str, np.ndarray], hidden: Callable, output: Callable
) -> list[ForwardStep]:
    """Every intermediate of x -> (W1,b1) -> hidden -> (W2,b2) -> hidden -> (W3,b3) -> output.

    The formulas name the functions passed in ("z1 = sigmoid(a1)", "y = identity(a3)").
    """
    h_name, out_name = _function_name(hidden, "h"), _function_name(output, "output")
    steps = [ForwardStep("x", "x", np.asarray(x, dtype=float))]
    z = steps[0].value
    n_layers = sum(1 for key in params if key.startswith("W"))
    for i in range(1, n_layers + 1):
        a = z @ params[f"W{i}"] + params[f"b{i}"]
        prev = "x" if i == 1 else f"z{i - 1}"
        steps.append(ForwardStep(f"a{i}", f"a{i} = {prev}·W{i} + b{i}", a))
        if i < n_layers:
            z = hidden(a)
            steps.append(ForwardStep(f"z{i}", f"z{i} = {h_name}(a{i})", z))
        else:
            steps.append(ForwardStep("y", f"y = {out_name}(a{i})", output(a)))
    return steps


def _function_name(f: Callable, fallback: str) -> str:
    name = getattr(f, "__name__", "")
    return name if name.isidentifier() else fallback  # a lambda is called "<lambda>"


# The book's chapter-3 example: a 2-3-2-2 network, hand-picked weights, sigmoid hidden layers.
FIXED_WEIGHTS: dict[str, list] = {
    "W1": [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], "b1": [0.1, 0.2, 0.3],
    "W2": [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], "b2": [0.1, 0.2],
    "W3": [[0.1, 0.3], [0.2, 0.4]], "b3": [0.1, 0.2],
}
FIXED_INPUT = (1.0, 0.5)


@dataclass(frozen=True)
class FixedWeightExample:
    """The fixed-weight three-layer forward pass: network, input x (2,) and output y (2,)."""

    net: MultiLayerNet
    x: np.ndarray
    y: np.ndarray
    output: str  # function applied to the last Affine's output: "identity" (the book) or "sigmoid"

    @property
    def params(self) -> dict[str, np.ndarray]:
        """Copies of W1, b1, ..., W3, b3."""
        return {key: value.copy() for key, value in self.net.params.items()}


def fixed_weight_example(output: str = "identity") -> FixedWeightExample:
    """The book's 2-3-2-2 sigmoid network with fixed weights on x = [1.0, 0.5].

    With the book's identity output y = [0.31682708, 0.69627909]; output="sigmoid" also
    squashes the last layer, y = sigmoid(a3) = [0.57855079, 0.66736228].
    """
    if output not in OUTPUT_FUNCTIONS:
        raise ValueError(f"output must be one of {', '.join(OUTPUT_FUNCTIONS)}, got {output!r}")
    spec = NetSpec(input_size=2, hidden=(3, 2), output_size=2, activation="sigmoid",
                   init="std:0", dtype="float64")
    net = MultiLayerNet(spec, rng=np.random.default_rng(0),
                        params={key: np.array(value) for key, value in FIXED_WEIGHTS.items()})
    x = np.array(FIXED_INPUT)
    a3 = net.predict(x.reshape(1, -1))[0]  # predict() gives the scores before softmax
    y = sigmoid(a3) if output == "sigmoid" else a3
    return FixedWeightExample(net=net, x=x, y=y, output=output)


OUTPUT_FUNCTIONS: dict[str, Callable] = {"identity": identity, "sigmoid": sigmoid}


def fixed_weight_params() -> dict[str, np.ndarray]:
    """Fresh copies of the book's chapter-3 weights: W1 (2, 3), b1 (3,), W2 (3, 2), b2 (2,), W3, b3."""
    return {key: np.array(value, dtype=float) for key, value in FIXED_WEIGHTS.items()}


def fixed_weight_steps(x: np.ndarray, output: str = "identity") -> list[ForwardStep]:
    """forward_steps of the book's 2-3-2-2 network (sigmoid hidden layers) for input x (2,).

    output is "identity" (the book: y = a3) or "sigmoid" (y = sigmoid(a3)).
    """
    if output not in OUTPUT_FUNCTIONS:
        raise ValueError(f"output must be one of {', '.join(OUTPUT_FUNCTIONS)}, got {output!r}")
    x = np.asarray(x, dtype=float)
    if x.shape[-1:] != (2,):
        raise ValueError(f"x must have 2 columns, got shape {x.shape}")
    return forward_steps(x, fixed_weight_params(), sigmoid, OUTPUT_FUNCTIONS[output])


def softmax_naive(a: np.ndarray) -> tuple[np.ndarray, bool]:
    """exp(a_k) / Σ exp(a_i) without subtracting the maximum; returns (y, overflowed)."""
    a = np.asarray(a, dtype=float)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        e = np.exp(a)
        y = e / np.sum(e)
    overflowed = any(issubclass(w.category, RuntimeWarning) for w in caught) or not np.all(
        np.isfinite(y)
    )
    return y, overflowed


def softmax_temperature(a: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(a / T): a high temperature flattens the probabilities, a low one sharpens them."""
    if temperature <= 0:
        raise ValueError("temperature must be positive")
    return softmax(np.asarray(a, dtype=float) / temperature)


def cross_entropy_of_right_class(p: float | np.ndarray) -> float | np.ndarray:
    """Cross-entropy −log(p + 1e-7) when the right class gets probability p (the engine's guard)."""
    return -np.log(np.asarray(p, dtype=float) + 1e-7)


# ---------------------------------------------------------------- learning from data (chapter 4)


def expected_coverage(
    n: int, batch_size: int, k: int | np.ndarray, mode: str = "replacement"
) -> float | np.ndarray:
    """Expected share of N samples seen after k mini-batches of size b.

    "replacement" (independent random batches): 1 − (1 − b/N)^k.
    "shuffle" (one permutation per epoch, cut into ⌈N/b⌉ batches): min(1, k·b/N), which is exact.
    """
    k = np.asarray(k, dtype=float)
    if mode == "shuffle":
        return np.minimum(1.0, k * batch_size / n)
    return 1.0 - (1.0 - batch_size / n) ** k


@dataclass
class CoverageSimulation:
    """Draws mini-batches from N sample indices and records which samples have been seen.

    ``mode="replacement"``: every batch is b distinct indices drawn at random, independently of earlier
    batches, so a sample can come back later (as the book's training loop does). ``mode="shuffle"``: each
    epoch is one random permutation cut into ⌈N/b⌉ batches, the last one smaller when b does not divide N,
    so one epoch covers everything (as :class:`nnlab.trainer.Trainer` does with ``sampling="shuffle"``).
    """

    n: int
    batch_size: int
    mode: str = "replacement"
    seed: int = 0
    k: int = 0
    seen: np.ndarray = field(init=False)
    last_batch: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        if not 1 <= self.batch_size <= self.n:
            raise ValueError("batch size must be between 1 and N")
        if self.mode not in ("replacement", "shuffle"):
            raise ValueError(f"unknown sampling mode: {self.mode}")
        self.reset()

    def reset(self) -> None:
        """Forget every batch drawn so far and restart the random stream."""
        self._rng = np.random.default_rng(self.seed)
        self._order = np.empty(0, dtype=np.int64)
        self.k = 0
        self.seen = np.zeros(self.n, dtype=bool)
        self.last_batch = np.empty(0, dtype=np.int64)

    @property
    def batches_per_epoch(self) -> int:
        """Batches in one epoch, as the trainer counts them: shuffle ⌈N/b⌉, random ⌊N/b⌋ (at least 1)."""
        if self.mode == "shuffle":
            return -(-self.n // self.batch_size)
        return max(1, self.n // self.batch_size)

    @property
    def last_batch_size(self) -> int:
        """Size of an epoch's last batch: what is left of the permutation (shuffle), else b."""
        if self.mode == "shuffle":
            return self.n - (self.batches_per_epoch - 1) * self.batch_size
        return self.batch_size

    @property
    def share_seen(self) -> float:
        """Share of the N samples that appeared in at least one batch so far."""
        return float(self.seen.mean())

    def step(self) -> np.ndarray:
        """Draw the next mini-batch, mark it seen and return its indices (batch_size,) or fewer."""
        if self.mode == "replacement":
            batch = self._rng.choice(self.n, self.batch_size, replace=False)
        else:
            if self._order.size == 0:  # a new epoch; its last batch takes what is left
                self._order = self._rng.permutation(self.n)
            batch, self._order = self._order[: self.batch_size], self._order[self.batch_size:]
        self.seen[batch] = True
        self.last_batch = batch
        self.k += 1
        return batch


def simulate_coverage(n: int, batch_size: int, k: int, mode: str = "replacement",
                      seed: int = 0) -> np.ndarray:
    """Share of samples seen after each of k mini-batches, shape (k,)."""
    sim = CoverageSimulation(n, batch_size, mode, seed)
    shares = np.empty(k)
    for i in range(k):
        sim.step()
        shares[i] = sim.share_seen
    return shares


def parse_prediction(text: str) -> np.ndarray:
    """Parse '0.1, 0.7, 0.2' (commas or spaces) into a probability vector; ValueError when it is not one."""
    parts = [p for p in text.replace(",", " ").replace("、", " ").split() if p]
    if len(parts) < 2:
        raise ValueError("need at least two numbers")
    y = np.array([float(p) for p in parts])
    if not np.all(np.isfinite(y)) or np.any(y < 0) or np.any(y > 1):
        raise ValueError("every value must lie between 0 and 1")
    return y


def example_losses(y: np.ndarray, right_class: int) -> tuple[float, float]:
    """(mean squared error, cross-entropy error) of one prediction y against the one-hot right class."""
    y = np.asarray(y, dtype=float)
    if not 0 <= right_class < y.size:
        raise ValueError("the right class is not one of the outputs")
    t = np.zeros_like(y)
    t[right_class] = 1.0
    return float(mean_squared_error(y, t)), float(cross_entropy_error(y, t))
