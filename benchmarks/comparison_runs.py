"""Chapter-6 comparisons: one run after another versus two at once, and the batch-norm grid's time.

The lessons train their rows in a background queue. On a 2-core machine a second training thread
could use the other core, but NumPy releases the GIL only inside its larger operations, and the
GUI thread needs a core too. This measures both ways on the real MNIST test images (8,000 / 2,000):

* the optimizer comparison's course-notes rows (5 runs of a 40-20 sigmoid net);
* the batch-norm grid on the book's 16 scales, with and without batch norm (32 runs, 20 epochs).

    python benchmarks/comparison_runs.py            # full (about two minutes on 2 cores)
    python benchmarks/comparison_runs.py --quick    # a few runs of 50 iterations (CI)
    python benchmarks/comparison_runs.py --json
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time

import numpy as np

from _common import Split, format_table, load_mnist_t10k, machine, progress
from nnlab.comparisons import make_trainer, preset, scale_init
from nnlab.data.dataset import Dataset


def as_dataset(split: Split) -> Dataset:
    """The benchmark split as an engine Dataset (float32, as the lessons train)."""
    names = [str(i) for i in range(10)]
    return Dataset(split.name, split.x_train.astype(np.float32), split.t_train,
                   split.x_test.astype(np.float32), split.t_test, (28, 28), names, names, split.name)


def trainers_for(comparison: str, name: str, data: Dataset, iterations: int | None,
                 limit: int | None) -> list:
    """Factories of the preset's runs (batch norm: one per scale and row), at most ``limit``."""
    p = preset(comparison, name)
    jobs = []
    scales = p.setup.weight_scales or (None,)
    for scale in scales:
        for run in p.runs:
            init = scale_init(scale) if scale is not None else None
            jobs.append(lambda r=run, i=init: make_trainer(r, p.setup, data, iterations=iterations,
                                                           init=i))
    return jobs[:limit] if limit else jobs


def run_all(jobs: list, at_once: int) -> float:
    """Wall seconds to run every job, ``at_once`` threads at a time (in queue order)."""
    started = time.perf_counter()
    pending = list(jobs)
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                if not pending:
                    return
                job = pending.pop(0)
            job().run()

    threads = [threading.Thread(target=worker) for _ in range(at_once)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


def measure(quick: bool) -> dict:
    """Sequential and two-at-once wall times for both comparisons."""
    split = load_mnist_t10k()
    if split is None:
        return {"missing": "mnist-t10k"}
    data = as_dataset(split)
    cases = [("optimizers", "notes", 50 if quick else None, 2 if quick else None),
             ("batch_norm", "book", 20 if quick else None, 4 if quick else None)]
    rows = []
    for comparison, name, iterations, limit in cases:
        jobs = trainers_for(comparison, name, data, iterations, limit)
        times = {}
        for at_once in (1, 2):
            progress(f"{comparison}/{name}: {len(jobs)} runs, {at_once} at once ...")
            times[at_once] = run_all(jobs, at_once)
        rows.append({"comparison": f"{comparison} ({name})", "runs": len(jobs),
                     "one_after_another_s": times[1], "two_at_once_s": times[2],
                     "speed_up": times[1] / times[2]})
    return {"machine": machine(), "quick": quick, "rows": rows}


def report(result: dict) -> str:
    """The table."""
    if "missing" in result:
        return f"comparison runs: {result['missing']} not found, skipped"
    table = format_table(["comparison", "runs", "one after another s", "two at once s", "speed-up"],
                         [[r["comparison"], r["runs"], r["one_after_another_s"], r["two_at_once_s"],
                           r["speed_up"]] for r in result["rows"]])
    note = " (quick: too short to judge)" if result["quick"] else ""
    return f"chapter-6 comparison runs{note}\n{table}"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.quick)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
