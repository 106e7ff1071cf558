"""Offline MNIST and the book's network: load time, inference one by one vs batched, bundle size.

* loading the bundled MNIST test set (both SHA-256 checks, parsing, the stratified split, scaling
  to float32): ``nnlab.data.load_offline_mnist()``, best of several fresh loads — target ≤ 0.3 s;
* the same pixels from a compressed .npz, for comparison (why the canonical .gz files stay);
* the book's §3.6 network on the 10,000 test images, one image at a time and in batches of 100;
* how much the bundled data adds to the package: the two MNIST files and the book's weights —
  target ≤ 3 MB.

    python benchmarks/offline_data.py            # 7 loads
    python benchmarks/offline_data.py --quick --json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from _common import format_table, median
from nnlab.book_network import book_weights_path, infer, load_book_network, load_test_images
from nnlab.data.offline import load_offline_mnist, offline_mnist_folder, read_mnist_test_set

LOAD_TARGET_S = 0.3
BUNDLE_TARGET_MB = 3.0


def time_load(repeats: int) -> list[float]:
    """Seconds per load of the offline MNIST (each a full read, check, split and scale)."""
    times, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        load_offline_mnist()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return times, cpu


def time_npz_load(repeats: int) -> list[float]:
    """Seconds to read the same uint8 pixels and labels from a compressed .npz."""
    x, t = read_mnist_test_set()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mnist_t10k.npz"
        np.savez_compressed(path, x=x, t=t)
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            with np.load(path, allow_pickle=False) as npz:
                npz["x"], npz["t"]
            times.append(time.perf_counter() - started)
        size = path.stat().st_size
    return times + [size]


def bundle_bytes() -> dict[str, int]:
    """Bytes of the files this data adds to the package and the PyInstaller bundle."""
    folder = offline_mnist_folder()
    files = {p.name: p.stat().st_size for p in sorted(folder.iterdir()) if p.is_file()}
    for p in sorted(book_weights_path().parent.iterdir()):
        files[f"book_network/{p.name}"] = p.stat().st_size
    return files


def measure(repeats: int) -> dict:
    """Every figure of this benchmark."""
    loads, cpu = time_load(repeats)
    *npz_loads, npz_size = time_npz_load(repeats)
    net = load_book_network()
    x, t = load_test_images()
    inference = {str(b): infer(net, x, t, batch_size=b) for b in (1, 100)}
    files = bundle_bytes()
    return {
        "load_s": loads, "load_median_s": median(loads), "load_best_s": min(loads),
        "load_cpu_best_s": min(cpu), "load_average": _load_average(),
        "npz_load_best_s": min(npz_loads), "npz_bytes": npz_size,
        "inference": {b: {"seconds": r.seconds, "accuracy": r.accuracy} for b, r in inference.items()},
        "bundle_files": files, "bundle_mb": sum(files.values()) / 1e6,
    }


def _load_average() -> float | None:
    """The machine's 1-minute load average (other programs slow every figure here)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def report(result: dict) -> str:
    """The tables and the verdicts."""
    load = result["load_best_s"]  # best of the loads: what the loading costs, not the neighbours
    rows = [["offline MNIST, canonical .gz (nnlab)", load, result["load_median_s"],
             result["load_cpu_best_s"]],
            ["same pixels from a compressed .npz (read only)", result["npz_load_best_s"], "-", "-"]]
    busy = result.get("load_average")
    inference = result["inference"]
    infer_rows = [[f"batch {b}", r["seconds"], r["accuracy"]] for b, r in inference.items()]
    speedup = inference["1"]["seconds"] / max(inference["100"]["seconds"], 1e-9)
    size_rows = [[name, size / 1e6] for name, size in result["bundle_files"].items()]
    size_rows.append(["total", result["bundle_mb"]])
    return "\n".join([
        "loading the bundled MNIST test set (checks + split + float32)"
        + (f"; load average {busy:.1f}" if busy is not None else ""),
        format_table(["form", "best s", "median s", "CPU s"], rows),
        f"best {load:.3f} s (target <= {LOAD_TARGET_S:g} s)  "
        f"{'PASS' if load <= LOAD_TARGET_S else 'FAIL'}",
        "",
        "the book's 784-50-100-10 network on the 10,000 test images",
        format_table(["images per pass", "seconds", "accuracy"], infer_rows),
        f"batches of 100 are {speedup:.0f}× faster (the book prints Accuracy:0.9352)",
        "",
        "what the bundled data adds",
        format_table(["file", "MB"], size_rows),
        f"{result['bundle_mb']:.2f} MB (target <= {BUNDLE_TARGET_MB:g} MB)  "
        f"{'PASS' if result['bundle_mb'] <= BUNDLE_TARGET_MB else 'FAIL'}",
    ])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 loads instead of 7")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(3 if args.quick else 7)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
