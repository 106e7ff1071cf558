"""Memory over a long run: resident memory of the app while the window trains 20,000+ iterations.

The real main window (offscreen) trains the book's two-layer network on the real-MNIST split with
every panel of the playground shown in turn (curves and diagram, per-layer panel, results), so
each one keeps receiving updates. Resident memory (RSS) is sampled from the GUI thread; growth is
measured from the end of the warm-up (the first tenth of the run) to the end.

    python benchmarks/memory.py            # 20,000 iterations
    python benchmarks/memory.py --quick    # 2,000 iterations (CI)
    python benchmarks/memory.py --json
"""

from __future__ import annotations

import sys
import time

import psutil

from _app_harness import SEED_SPEC, AppHarness, benchmark_dataset
from _common import format_table, progress, sized_main

TARGET_GROWTH = 0.10
TAB_SECONDS = 1.0  # how long each playground tab stays in front


class _Sampler:
    """Samples RSS every ~100 ms and cycles the playground's tabs, from the GUI thread's timer."""

    def __init__(self, harness: AppHarness) -> None:
        self.process = psutil.Process()
        self.harness = harness
        self.samples: list[tuple[float, int, int]] = []  # (seconds, iteration, rss bytes)
        self.started = time.perf_counter()
        self._last_sample = 0.0
        self._last_switch = 0.0

    def __call__(self) -> None:
        now = time.perf_counter() - self.started
        if now - self._last_sample >= 0.1:
            run = self.harness.playground.run
            iteration = run.trainer.iteration if run is not None else 0
            self.samples.append((now, int(iteration), self.process.memory_info().rss))
            self._last_sample = now
        if now - self._last_switch >= TAB_SECONDS:
            tabs = self.harness.playground.tabs
            tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count())
            self._last_switch = now


def _rss_at(samples: list[tuple[float, int, int]], iteration: int) -> int:
    """RSS of the first sample taken at or after ``iteration``."""
    for _t, it, rss in samples:
        if it >= iteration:
            return rss
    return samples[-1][2]


def measure(iterations: int) -> dict:
    """Train in the window and return RSS at start, end of warm-up, middle and end."""
    from nnlab.run import TrainSettings

    harness = AppHarness()
    harness.set_dataset(benchmark_dataset())
    sampler = _Sampler(harness)
    start_rss = sampler.process.memory_info().rss
    settings = TrainSettings(optimizer="SGD", lr=0.1, batch_size=100, iterations=iterations, seed=2)
    progress(f"training {iterations:,} iterations in the window, sampling RSS ...")
    run = harness.train(SEED_SPEC, settings, on_tick=sampler)
    harness.close()
    samples = sampler.samples
    warm, middle, end = (_rss_at(samples, iterations // 10), _rss_at(samples, iterations // 2),
                         samples[-1][2])
    return {
        "iterations": run.iterations, "status": run.status, "seconds": run.wall_seconds,
        "samples": len(samples), "rss_start_mb": start_rss / 2**20, "rss_warm_mb": warm / 2**20,
        "rss_middle_mb": middle / 2**20, "rss_end_mb": end / 2**20,
        "rss_peak_mb": max(s[2] for s in samples) / 2**20, "growth_after_warmup": end / warm - 1.0,
    }


def report(result: dict) -> str:
    """The table and the verdict."""
    rows = [
        ["window open, before training", result["rss_start_mb"]],
        [f"after warm-up (iteration {result['iterations'] // 10:,})", result["rss_warm_mb"]],
        [f"middle (iteration {result['iterations'] // 2:,})", result["rss_middle_mb"]],
        [f"end (iteration {result['iterations']:,})", result["rss_end_mb"]],
        ["peak", result["rss_peak_mb"]],
    ]
    growth = result["growth_after_warmup"]
    verdict = "PASS" if growth <= TARGET_GROWTH else "FAIL"
    return "\n".join([
        f"memory over a long run: {result['iterations']:,} iterations ({result['status']}), "
        f"{result['seconds']:.0f} s, {result['samples']} RSS samples",
        format_table(["when", "RSS (MB)"], rows),
        f"growth after warm-up: {growth * 100:+.1f} %  (target <= {TARGET_GROWTH * 100:g} %)  {verdict}",
    ])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    return sized_main(__doc__, measure, report, argv, size="iterations", quick=2_000, full=20_000)


if __name__ == "__main__":
    sys.exit(main())
