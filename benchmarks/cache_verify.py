"""Cache verification: what checking the cached files' SHA-256 at every load costs.

A cache folder is filled with real files (Fashion-MNIST from Debian's package, 30.9 MB of gzip,
the same 60,000 + 10,000 images of 28 × 28 as MNIST; else generated ones) and stored as the
"mnist" cache. Then, side by side, median of several runs: hashing the four files alone, a full
``load("mnist")`` with and without verification, and a lesson's first start with MNIST cached
(``load_default_digits()``, what the lessons call) with and without. MNIST's own files are 11.6 MB
of gzip, so its hashing cost is the measured throughput times 11.6 MB.

    python benchmarks/cache_verify.py            # 5 runs each
    python benchmarks/cache_verify.py --quick    # 1 run each (CI)
    python benchmarks/cache_verify.py --json
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from _common import format_table, median, progress, sized_main

SYSTEM_COPY = Path("/usr/share/datasets/fashion-mnist")
STEMS = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
         "t10k-labels-idx1-ubyte")
MNIST_GZ_MB = 11.6  # the four canonical MNIST .gz files
TARGET_SHARE = 0.10  # verification should add at most 10 % to a load


def fill_cache(folder: Path) -> str:
    """Put four MNIST-shaped files into folder; return where they came from."""
    folder.mkdir(parents=True)
    if all((SYSTEM_COPY / f"{stem}.gz").is_file() for stem in STEMS):
        for stem in STEMS:
            shutil.copyfile(SYSTEM_COPY / f"{stem}.gz", folder / f"{stem}.gz")
        return f"Fashion-MNIST from {SYSTEM_COPY}"
    from nnlab.data.idx import write_idx

    rng = np.random.default_rng(0)
    pattern = rng.integers(0, 256, (1, 28, 28), dtype=np.uint8)  # repeats: compresses like MNIST
    for stem, n in zip(STEMS, (60_000, 60_000, 10_000, 10_000), strict=True):
        array = np.repeat(pattern, n, axis=0) if "images" in stem else rng.integers(0, 10, n, dtype=np.uint8)
        write_idx(folder / f"{stem}.gz", array)
    return "generated"


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return median(times)


def measure(runs: int) -> dict:
    from nnlab.data import cache_check, load, load_default_digits, sources

    root = Path(tempfile.mkdtemp(prefix="nnlab-cache-bench-"))
    try:
        origin = fill_cache(root / "mnist")
        os.environ["NNLAB_DATA_DIR"] = str(root)
        paths = sources.find_idx_files(root / "mnist")
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        load("mnist")  # records the checksums (first use), warms the page cache
        progress("hashing the four files ...")
        hash_s = timed(lambda: [cache_check.file_sha256(p) for p in paths], runs)
        progress("load('mnist') and a lesson's first start, with and without verification ...")
        real_verify = sources.verify_cache
        samples: dict[str, list[float]] = {key: [] for key in ("lw", "lo", "sw", "so")}
        try:
            for _ in range(runs):  # alternated, so a busy machine slows both sides alike
                for verified in (True, False):
                    sources.verify_cache = real_verify if verified else (lambda name, folder: None)
                    suffix = "w" if verified else "o"
                    samples["l" + suffix].append(timed(lambda: load("mnist"), 1))
                    samples["s" + suffix].append(timed(load_default_digits, 1))
        finally:
            sources.verify_cache = real_verify
        with_s, without_s = median(samples["lw"]), median(samples["lo"])
        lesson_with, lesson_without = median(samples["sw"]), median(samples["so"])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return {"origin": origin, "runs": runs, "files_mb": size_mb, "hash_s": hash_s,
            "hash_mb_per_s": size_mb / hash_s, "mnist_hash_s": MNIST_GZ_MB / (size_mb / hash_s),
            "load_with_s": with_s, "load_without_s": without_s,
            "lesson_with_s": lesson_with, "lesson_without_s": lesson_without}


def report(result: dict) -> str:
    """The table and the verdict."""
    # The with/without difference drifts with the machine's load; the hashing alone does not.
    share = result["hash_s"] / result["load_without_s"]
    rows = [
        [f"SHA-256 of the four files ({result['files_mb']:.1f} MB)", result["hash_s"] * 1000, "-"],
        [f"same for MNIST's {MNIST_GZ_MB} MB (from {result['hash_mb_per_s']:.0f} MB/s)",
         result["mnist_hash_s"] * 1000, "-"],
        ["load('mnist'): without | with verification", result["load_without_s"] * 1000,
         result["load_with_s"] * 1000],
        ["lesson first start (load_default_digits): without | with", result["lesson_without_s"] * 1000,
         result["lesson_with_s"] * 1000],
    ]
    verdict = "PASS" if share <= TARGET_SHARE else "FAIL"
    return "\n".join([
        f"cache verification at every load ({result['origin']}; median of {result['runs']} runs)",
        format_table(["what", "ms", "ms (verified)"], rows),
        f"verification (the hashing) costs {result['hash_s'] * 1000:.0f} ms = {share * 100:.1f} % of a "
        f"load (target <= {TARGET_SHARE * 100:g} %)  {verdict}; measured difference with | without: "
        f"{(result['load_with_s'] - result['load_without_s']) * 1000:+.0f} ms per load, "
        f"{(result['lesson_with_s'] - result['lesson_without_s']) * 1000:+.0f} ms per lesson start",
    ])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    return sized_main(__doc__, measure, report, argv, size="runs", quick=1, full=5, unit="runs of each load")


if __name__ == "__main__":
    sys.exit(main())
