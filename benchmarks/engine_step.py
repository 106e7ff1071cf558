"""Training-step speed and accuracy: nnlab's Trainer vs a plain book-style reference vs PyTorch.

The book's chapter-5 network (784-50-10, ReLU, weights N(0, 0.01²), SGD lr 0.1, batch 100,
10,000 iterations, accuracy every 600) is trained on each data set by three implementations
in the same process, interleaved, several times; medians are reported.

    python benchmarks/engine_step.py            # full run (several minutes)
    python benchmarks/engine_step.py --quick    # ~200 iterations, 1 repeat (CI)
    python benchmarks/engine_step.py --json     # machine-readable result on stdout
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable

import numpy as np

from _common import Split, format_table, load_fashion, load_mnist_t10k, machine, median, progress

BATCH, LR, STD, HIDDEN = 100, 0.1, 0.01, 50
TARGET_VS_REFERENCE, TARGET_VS_TORCH, TARGET_ACC_POINTS = 0.5, 1.0, 0.5
PAIR_CHECK = 10  # iterations whose losses must agree for nnlab and the reference to count as paired


# ---- (b) the book's algorithm, written plainly (float64, one-hot targets) ------------------
class _Reference:
    """Affine -> ReLU -> Affine -> SoftmaxWithLoss with explicit forward and backward passes."""

    def __init__(self, rng: np.random.Generator) -> None:
        # Drawn in the order nnlab draws them, so one seed gives both the same initial weights.
        self.W1 = STD * rng.standard_normal((784, HIDDEN))
        self.b1 = np.zeros(HIDDEN)
        self.W2 = STD * rng.standard_normal((HIDDEN, 10))
        self.b2 = np.zeros(10)
        self.last_loss = float("nan")  # loss of the forward pass inside gradient()

    def predict(self, x: np.ndarray) -> np.ndarray:
        self.x = x
        self.a1 = x @ self.W1 + self.b1
        self.mask = self.a1 <= 0
        self.z1 = np.where(self.mask, 0.0, self.a1)
        return self.z1 @ self.W2 + self.b2

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        scores = self.predict(x)
        shifted = scores - scores.max(axis=1, keepdims=True)
        exp = np.exp(shifted)
        self.y = exp / exp.sum(axis=1, keepdims=True)
        self.t = t
        return float(-np.sum(t * np.log(self.y + 1e-7)) / x.shape[0])

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        self.last_loss = self.loss(x, t)
        dscores = (self.y - self.t) / x.shape[0]          # (batch, 10)
        grads = {"W2": self.z1.T @ dscores, "b2": dscores.sum(axis=0)}
        dz1 = dscores @ self.W2.T                        # (batch, 50)
        da1 = np.where(self.mask, 0.0, dz1)
        grads["W1"], grads["b1"] = self.x.T @ da1, da1.sum(axis=0)
        self.dx = da1 @ self.W1.T                        # the book's Affine always returns dx
        return grads

    def accuracy(self, x: np.ndarray, labels: np.ndarray) -> float:
        return float(np.mean(self.predict(x).argmax(axis=1) == labels))


def run_reference(data: Split, iterations: int, eval_every: int, seed: int) -> dict:
    """Train the reference; time training and evaluation separately."""
    rng = np.random.default_rng(seed)
    net = _Reference(rng)
    eye = np.eye(10)
    t_onehot = eye[data.t_train]
    n = data.x_train.shape[0]
    train_s = eval_s = 0.0
    evals = 0
    accs = (float("nan"), float("nan"))
    first_losses = []
    for i in range(iterations):
        start = time.perf_counter()
        idx = rng.choice(n, BATCH)  # with replacement; the same draws as Generator.integers(0, n, 100)
        x, t = data.x_train[idx], t_onehot[idx]
        grads = net.gradient(x, t)
        for key in ("W1", "b1", "W2", "b2"):
            param = getattr(net, key)
            param -= LR * grads[key]  # in place, as the book's SGD.update
        net.loss(x, t)  # the book records the loss with a separate forward pass
        train_s += time.perf_counter() - start
        if i < PAIR_CHECK:
            first_losses.append(net.last_loss)
        if (i + 1) % eval_every == 0 or i + 1 == iterations:
            start = time.perf_counter()
            accs = (net.accuracy(data.x_train, data.t_train), net.accuracy(data.x_test, data.t_test))
            eval_s += time.perf_counter() - start
            evals += 1
    return _result(train_s, iterations, eval_s, evals, accs, first_losses)


# ---- (a) nnlab, as the application drives it -------------------------------------------------
def run_nnlab(data: Split, iterations: int, eval_every: int, seed: int) -> dict:
    """nnlab's MultiLayerNet + SGD + Trainer with a GUI-like throttling callback."""
    from nnlab.network import MultiLayerNet, NetSpec
    from nnlab.optimizers import SGD
    from nnlab.trainer import Callback, Trainer

    class AppLike(Callback):
        """What a GUI worker does per step: buffer the loss, flush ~15 times a second."""

        def __init__(self) -> None:
            self.buffer: list[tuple[int, float]] = []
            self.next_flush = time.perf_counter()

        def on_step(self, i: int, loss: float) -> None:
            self.buffer.append((i, loss))
            if len(self.buffer) >= 64:
                now = time.perf_counter()
                if now >= self.next_flush:
                    self.buffer = []
                    self.next_flush = now + 1 / 15

    rng = np.random.default_rng(seed)
    spec = NetSpec(input_size=784, hidden=(HIDDEN,), output_size=10, activation="relu",
                   init=f"std:{STD}")
    net = MultiLayerNet(spec, rng=rng)
    trainer = Trainer(net, SGD(lr=LR), data, batch_size=BATCH, iterations=iterations,
                      eval_every=eval_every, rng=rng, callbacks=[AppLike()])
    history = trainer.run()
    if history.status != "finished":
        raise RuntimeError(f"nnlab run ended with {history.status}: {history.message}")
    evals = len(history.eval_iterations)
    return _result(history.train_seconds, iterations, history.eval_seconds, evals,
                   (history.final_train_acc, history.final_test_acc), history.losses[:PAIR_CHECK])


# ---- (c) PyTorch CPU ---------------------------------------------------------------------------
def torch_available() -> bool:
    """True when PyTorch imports."""
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


def run_torch(data: Split, iterations: int, eval_every: int, seed: int) -> dict:
    """The same network in PyTorch (float32, 2 threads)."""
    import torch

    torch.set_num_threads(2)
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(784, HIDDEN), torch.nn.ReLU(),
                                torch.nn.Linear(HIDDEN, 10))
    with torch.no_grad():
        for layer in (model[0], model[2]):
            layer.weight.normal_(0.0, STD)
            layer.bias.zero_()
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    criterion = torch.nn.CrossEntropyLoss()
    x_train = torch.from_numpy(data.x_train.astype(np.float32))
    t_train = torch.from_numpy(data.t_train)
    x_test, t_test = torch.from_numpy(data.x_test.astype(np.float32)), torch.from_numpy(data.t_test)
    gen = torch.Generator().manual_seed(seed)
    n = x_train.shape[0]

    def accuracy(x: torch.Tensor, t: torch.Tensor) -> float:
        with torch.no_grad():
            return float((model(x).argmax(dim=1) == t).float().mean())

    train_s = eval_s = 0.0
    evals = 0
    accs = (float("nan"), float("nan"))
    for i in range(iterations):
        start = time.perf_counter()
        idx = torch.randint(n, (BATCH,), generator=gen)
        loss = criterion(model(x_train[idx]), t_train[idx])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        loss.item()  # the loss curve needs the value, as nnlab's history does
        train_s += time.perf_counter() - start
        if (i + 1) % eval_every == 0 or i + 1 == iterations:
            start = time.perf_counter()
            accs = (accuracy(x_train, t_train), accuracy(x_test, t_test))
            eval_s += time.perf_counter() - start
            evals += 1
    return _result(train_s, iterations, eval_s, evals, accs)


def _result(train_s: float, iterations: int, eval_s: float, evals: int,
            accs: tuple[float, float], first_losses: list[float] | None = None) -> dict:
    result = {"ms_per_iter": 1000 * train_s / max(1, iterations),
              "eval_s": eval_s / max(1, evals),  # one full-set evaluation (train + test)
              "train_acc": float(accs[0]), "test_acc": float(accs[1])}
    if first_losses is not None:
        result["first_losses"] = [float(v) for v in first_losses]
    return result


# ---- driver ------------------------------------------------------------------------------------
def benchmark(data: Split, iterations: int, eval_every: int, repeats: int) -> dict:
    """Run every implementation ``repeats`` times, interleaved; medians per implementation."""
    impls: dict[str, Callable[..., dict]] = {"nnlab": run_nnlab, "reference": run_reference}
    if torch_available():
        impls["torch"] = run_torch
    runs: dict[str, list[dict]] = {name: [] for name in impls}
    load = [os.getloadavg()[0]]  # other programs on the machine distort the 2-thread runs most
    for fn in impls.values():  # warm-up: lazy initialisation, caches, BLAS threads
        fn(data, 20, 10**9, seed=99)
    for r in range(repeats):
        for name, fn in impls.items():
            progress(f"  {data.name}: {name} repeat {r + 1}/{repeats} ...")
            runs[name].append(fn(data, iterations, eval_every, seed=r))
    medians = {name: {key: median([run[key] for run in rs]) for key in _FIGURES}
               for name, rs in runs.items()}
    paired = [_paired(a, b) for a, b in zip(runs["nnlab"], runs["reference"], strict=True)]
    load.append(os.getloadavg()[0])
    return {"dataset": data.name, "iterations": iterations, "repeats": repeats, "load_avg": load,
            "results": medians, "runs": runs, "checks": _checks(medians, all(paired)),
            "torch": "torch" in impls}


_FIGURES = ("ms_per_iter", "eval_s", "train_acc", "test_acc")


def _paired(nn: dict, ref: dict) -> bool:
    """True when both runs began from the same weights and batches (their first losses agree)."""
    a, b = np.array(nn["first_losses"]), np.array(ref["first_losses"])
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-4, atol=0.0))


def _checks(m: dict, paired: bool) -> dict:
    """Ratios and PASS/FAIL against the targets."""
    nn, ref = m["nnlab"], m["reference"]
    checks: dict[str, float | bool] = {"nnlab/reference": nn["ms_per_iter"] / ref["ms_per_iter"]}
    checks["speed_vs_reference"] = checks["nnlab/reference"] <= TARGET_VS_REFERENCE
    if "torch" in m:
        checks["nnlab/torch"] = nn["ms_per_iter"] / m["torch"]["ms_per_iter"]
        checks["speed_vs_torch"] = checks["nnlab/torch"] <= TARGET_VS_TORCH
    checks["accuracy_points_vs_reference"] = 100 * (nn["test_acc"] - ref["test_acc"])
    checks["accuracy"] = abs(checks["accuracy_points_vs_reference"]) <= TARGET_ACC_POINTS
    checks["paired"] = paired
    return checks


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def render(result: dict) -> str:
    """The human-readable table of one data set."""
    rows = [(name, r["ms_per_iter"], r["eval_s"], r["train_acc"], r["test_acc"])
            for name, r in result["results"].items()]
    lines = [f"{result['dataset']}: {result['iterations']} iterations, median of "
             f"{result['repeats']} interleaved repeat(s); 1-min load average before/after "
             f"{result['load_avg'][0]:.2f}/{result['load_avg'][1]:.2f}",
             format_table(("implementation", "ms/iter", "eval s", "train acc", "test acc"), rows)]
    c = result["checks"]
    lines.append(f"nnlab/reference = {c['nnlab/reference']:.3f}  (target <= {TARGET_VS_REFERENCE})  "
                 f"{_verdict(c['speed_vs_reference'])}")
    if "nnlab/torch" in c:
        lines.append(f"nnlab/torch     = {c['nnlab/torch']:.3f}  (target <= {TARGET_VS_TORCH})  "
                     f"{_verdict(c['speed_vs_torch'])}")
    else:
        lines.append("torch: not importable, comparison skipped")
    lines.append(f"test accuracy nnlab - reference: {c['accuracy_points_vs_reference']:+.2f} points "
                 f"(target within ±{TARGET_ACC_POINTS})  {_verdict(c['accuracy'])}")
    lines.append("nnlab and reference paired (same initial weights and mini-batches per repeat): "
                 + ("yes" if c["paired"] else "NO - the accuracy comparison includes seed luck"))
    return "\n".join(lines)


def report(result: dict) -> str:
    """All tables of one --json result (what run_all.py prints)."""
    parts = [f"machine: {result['machine']}"] if "machine" in result else []
    parts += [render(r) for r in result.get("results", [])]
    parts += [f"{key}: data not found, skipped" for key in result.get("missing", [])]
    return "\n\n".join(parts)


def profile(data: Split, iterations: int, top: int = 14) -> str:
    """cProfile of nnlab alone (no evaluation): where one training step spends its time."""
    import cProfile
    import io
    import pstats

    run_nnlab(data, 200, 10**9, seed=99)  # warm-up
    profiler = cProfile.Profile()
    profiler.enable()
    figures = run_nnlab(data, iterations, 10**9, seed=0)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    return (f"{data.name}: nnlab, {iterations} iterations under cProfile "
            f"({figures['ms_per_iter']:.3f} ms/iter with the profiler's overhead)\n{out.getvalue()}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark on every available data set; exit 0 even when a target is missed."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="200 iterations, 1 repeat (seconds)")
    p.add_argument("--json", action="store_true", help="JSON on stdout instead of the table")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--iterations", type=int, default=10_000)
    p.add_argument("--dataset", choices=("all", "fashion", "mnist-t10k"), default="all")
    p.add_argument("--profile", action="store_true", help="profile nnlab's step instead (cProfile)")
    args = p.parse_args(argv)
    iterations, repeats = (200, 1) if args.quick else (args.iterations, args.repeats)
    eval_every = 100 if args.quick else 600
    loaders = {"fashion": load_fashion, "mnist-t10k": load_mnist_t10k}
    results, missing = [], []
    for key, loader in loaders.items():
        if args.dataset not in ("all", key):
            continue
        data = loader()
        if data is None:
            missing.append(key)
            continue
        if args.profile:
            print(profile(data, 200 if args.quick else 3000))
            continue
        results.append(benchmark(data, iterations, eval_every, repeats))
    if args.profile:
        return 0
    out = {"machine": machine(), "quick": args.quick, "results": results, "missing": missing}
    print(json.dumps(out, indent=2) if args.json else report(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
