"""Numerical gradient vs backpropagation: what one full central-difference gradient costs.

The book's chapter-4 network (784-50-10, sigmoid, weights N(0, 0.01²), softmax cross-entropy)
on one mini-batch of 100 real images: one numerical gradient (central differences, h = 1e-4,
two forward passes per parameter entry, 39,760 entries) against one backprop gradient of the
same batch, and the ratio. nnlab's engine is timed as the gradient-check lesson runs it; a
plain book-style float64 version written here is timed beside it. Both results are checked
against backprop (largest relative error per array), so a fast but wrong gradient cannot pass.

    python benchmarks/numerical_gradient.py           # full gradient (tens of seconds per side)
    python benchmarks/numerical_gradient.py --quick   # a 784-5-10 net (seconds; CI)
    python benchmarks/numerical_gradient.py --json    # machine-readable result on stdout
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable

import numpy as np

from _common import format_table, load_fashion, load_mnist_t10k, machine, median, progress

BATCH, STD, H = 100, 0.01, 1e-4
FULL_HIDDEN, QUICK_HIDDEN = 50, 5
TARGET_MAX_REL = 1e-5  # numerical vs backprop, largest error relative to the array's scale


def load_batch(seed: int) -> tuple[np.ndarray, np.ndarray, str]:
    """One mini-batch of 100 images (float64, flattened) and labels, and where it came from."""
    data = load_mnist_t10k() or load_fashion()
    rng = np.random.default_rng(seed)
    if data is None:  # still measures the cost; the numbers do not depend on the pixels much
        return rng.random((BATCH, 784)), rng.integers(0, 10, BATCH), "random pixels (no data found)"
    idx = rng.choice(data.x_train.shape[0], BATCH, replace=False)
    return data.x_train[idx], data.t_train[idx], data.name


# ---- the book's chapter-4 way, written plainly (float64, one-hot, 1e-7 guard) -------------------
class _Reference:
    """Two-layer sigmoid net whose loss is one full forward pass, as the book's TwoLayerNet."""

    def __init__(self, params: dict[str, np.ndarray]) -> None:
        self.params = {key: np.array(value, dtype=np.float64) for key, value in params.items()}

    def loss(self, x: np.ndarray, t_onehot: np.ndarray) -> float:
        p = self.params
        z1 = 1.0 / (1.0 + np.exp(-(x @ p["W1"] + p["b1"])))
        scores = z1 @ p["W2"] + p["b2"]
        exp = np.exp(scores - scores.max(axis=1, keepdims=True))
        y = exp / exp.sum(axis=1, keepdims=True)
        return float(-np.sum(t_onehot * np.log(y + 1e-7)) / x.shape[0])

    def numerical_gradient(self, x: np.ndarray, t_onehot: np.ndarray) -> dict[str, np.ndarray]:
        """Central differences entry by entry, every one through the whole network."""
        grads = {}
        for key, a in self.params.items():
            grad = np.zeros_like(a)
            for idx in np.ndindex(a.shape):
                original = a[idx]
                a[idx] = original + H
                f_plus = self.loss(x, t_onehot)
                a[idx] = original - H
                f_minus = self.loss(x, t_onehot)
                a[idx] = original
                grad[idx] = (f_plus - f_minus) / (2 * H)
            grads[key] = grad
        return grads


def _timed(fn: Callable[..., object], *args: object) -> tuple[float, object]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def measure(hidden: int, seed: int, with_reference: bool) -> dict:
    """Time nnlab's numerical and backprop gradients (and the reference's) on one batch."""
    from nnlab.blas_threads import engine_blas_threads
    from nnlab.gradcheck import compare_gradients
    from nnlab.network import MultiLayerNet, NetSpec

    x, t, source = load_batch(seed)
    spec = NetSpec(784, (hidden,), 10, activation="sigmoid", init=f"std:{STD}", dtype="float64")
    net = MultiLayerNet(spec, rng=np.random.default_rng(seed))
    entries = sum(p.size for p in net.params.values())
    with engine_blas_threads():  # the BLAS setting the numerical gradient runs with
        backprop_runs = [_timed(net.gradient, x, t) for _ in range(20)]
    backprop_s = median([s for s, _ in backprop_runs])
    analytic = backprop_runs[-1][1]
    progress(f"  nnlab: numerical gradient of {entries:,} entries ...")
    numeric_s, numeric = _timed(net.numerical_gradient, x, t, H)
    max_rel = max(compare_gradients(k, analytic[k], numeric[k]).max_rel for k in analytic)
    result = {"net": spec.label(), "entries": entries, "data": source,
              "nnlab": {"numerical_s": numeric_s, "backprop_s": backprop_s,
                        "ratio": numeric_s / backprop_s, "max_rel_error": max_rel}}
    if with_reference:
        reference = _Reference(net.params)
        onehot = np.eye(10)[t]
        progress("  reference: numerical gradient (book style) ...")
        ref_s, ref_grads = _timed(reference.numerical_gradient, x, onehot)
        ref_rel = max(compare_gradients(k, analytic[k], ref_grads[k]).max_rel for k in analytic)
        result["reference"] = {"numerical_s": ref_s, "backprop_s": float("nan"),
                               "ratio": ref_s / backprop_s, "max_rel_error": ref_rel}
    result["checks"] = {"gradients_agree": max_rel <= TARGET_MAX_REL}
    return result


def report(result: dict) -> str:
    """The human-readable table."""
    rows = [(name, r["numerical_s"], r["backprop_s"] * 1000, r["ratio"], f"{r['max_rel_error']:.1e}")
            for name, r in result.items() if isinstance(r, dict) and "numerical_s" in r]
    ok = result["checks"]["gradients_agree"]
    lines = [
        f"machine: {result['machine']}" if "machine" in result else "",
        f"{result['net']}, batch {BATCH}, h = {H:g}, {result['entries']:,} parameter entries "
        f"({2 * result['entries']:,} forward passes); data: {result['data']}",
        format_table(("implementation", "numerical s", "backprop ms", "numerical/backprop",
                      "max rel err"), rows),
        "(the reference's ratio is against nnlab's backprop time)" if "reference" in result else "",
        f"numerical vs backprop agree within {TARGET_MAX_REL:g}: {'PASS' if ok else 'FAIL'}",
    ]
    return "\n".join(line for line in lines if line)


def main(argv: list[str] | None = None) -> int:
    """Run once and print a table (or JSON); exit 0 even when a check fails (it says FAIL)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help=f"784-{QUICK_HIDDEN}-10 net, seconds")
    p.add_argument("--json", action="store_true", help="JSON on stdout instead of the table")
    p.add_argument("--no-reference", action="store_true", help="time nnlab only")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    hidden = QUICK_HIDDEN if args.quick else FULL_HIDDEN
    result = measure(hidden, args.seed, with_reference=not args.no_reference)
    result["quick"] = args.quick
    result["machine"] = machine()
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
