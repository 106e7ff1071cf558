"""Run every nnlab benchmark, each in its own process, and print their tables one after another.

    python benchmarks/run_all.py             # the full figures (about half an hour on 2 cores)
    python benchmarks/run_all.py --quick     # seconds each, so the benchmarks cannot rot (CI)
    python benchmarks/run_all.py --json out.json

A benchmark that misses a target still counts as run (its table says FAIL); a benchmark that
crashes makes this script exit with 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _common import machine

HERE = Path(__file__).resolve().parent
BENCHMARKS = (
    "engine_step", "numerical_gradient", "window", "search", "memory", "startup", "offline_data",
    "graph_step", "gradient_race", "backprop_step", "cache_verify", "comparison_runs", "persistence",
)


def run_one(name: str, quick: bool) -> tuple[int, str, dict | None]:
    """Run one benchmark twice over: its table for people, its --json for the record."""
    args = [sys.executable, str(HERE / f"{name}.py"), *(["--quick"] if quick else []), "--json"]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.run(args, capture_output=True, text=True, env=env, cwd=HERE)
    try:  # a benchmark may exit 1 for a missed target; it still printed its figures
        return proc.returncode, "", json.loads(proc.stdout)
    except json.JSONDecodeError:
        return proc.returncode or 1, f"no JSON on stdout; stderr:\n{proc.stderr[-3000:]}", None


def table_of(name: str, result: dict) -> str:
    """Re-create a benchmark's human table from its JSON (each script exposes report())."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    module = __import__(name)
    if hasattr(module, "report"):
        return module.report(result)
    parts = [module.render(r) for r in result.get("results", [])]  # one table per data set
    parts += [f"{key}: data not found, skipped" for key in result.get("missing", [])]
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; exit 1 if any crashed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="*", choices=BENCHMARKS, help="run only these")
    parser.add_argument("--json", metavar="PATH", help="also write every result to this file")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}\n", flush=True)
    results, failures = {}, []
    for name in args.only or BENCHMARKS:
        started = time.perf_counter()
        print(f"== {name} ==", flush=True)
        code, error, result = run_one(name, args.quick)
        if result is None:
            failures.append(name)
            print(f"{name} FAILED (exit {code}):\n{error}", flush=True)
            continue
        results[name] = result
        print(table_of(name, result), flush=True)
        print(f"({time.perf_counter() - started:.0f} s)\n", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "results": results}, indent=2))
    if failures:
        print(f"benchmarks that crashed: {', '.join(failures)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
