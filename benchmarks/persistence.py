"""Keeping the learner's work: saving a run, starting with 1,000 saved runs, importing 10,000 images.

1. Saving a finished run: the time the GUI thread spends in ``SavedRunsPanel.keep`` (building the
   record from a 10,000-iteration History and handing it to the archive's worker), and the time the
   worker then spends in the SQLite transaction. Target: <= 20 ms in the GUI thread. Also an
   overfitting-lesson run, whose network's 129,400 weights the worker summarises as the quantiles
   its histogram is drawn again from, and the worker's time for that.
2. Start-up with 1,000 saved runs: fresh starts of the app (``--quit-after-show``) with an empty
   store and with 1,000 stored runs, the playground lesson set as the last one; then, in this
   process, how long after the playground is built its table holds all 1,000 runs. Target: start-up
   <= 1.5 s (the runs load after the window shows).
3. Importing a folder of 10,000 images (10 classes, 64×48 RGB PNG and JPEG) as 28×28 grayscale.
   Target: <= 10 s.

    python benchmarks/persistence.py            # the figures above
    python benchmarks/persistence.py --quick    # 100 stored runs, 1,000 images, 1 start each (CI)
    python benchmarks/persistence.py --json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from _common import format_table, median, progress
from startup import launch_command, time_one_start

if TYPE_CHECKING:
    from nnlab.trainer import History

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GUI_SAVE_TARGET_MS = 20.0
STARTUP_TARGET_S = 1.5
IMPORT_TARGET_S = 10.0


def _history(iterations: int) -> History:
    from nnlab.trainer import History

    rng = np.random.default_rng(0)
    losses = (2.3 * np.exp(-np.arange(iterations) / 2000) + rng.normal(0, 0.05, iterations)).tolist()
    evals = list(range(600, iterations + 1, 600))
    return History(losses=losses, eval_iterations=evals, train_acc=[0.9] * len(evals),
                   test_acc=[0.88] * len(evals), status="finished", iterations_done=iterations,
                   train_seconds=3.0)


def measure_saving(runs: int, iterations: int) -> dict:
    """GUI-thread and worker milliseconds per saved run."""
    from PySide6.QtWidgets import QApplication

    from nnlab.run_store import RunStore, SavedRun
    from ui.run_archive import RunArchive
    from ui.widgets.saved_runs import SavedRunsPanel

    app = QApplication.instance() or QApplication([])
    history = _history(iterations)
    settings = {"lr": 0.1, "optimizer": "SGD", "spec": {"hidden": [50]}}
    with tempfile.TemporaryDirectory(prefix="nnlab-bench-store-") as folder:
        archive = RunArchive(Path(folder) / "runs.sqlite3")
        panel = SavedRunsPanel("playground", archive)
        archive.wait()
        panel.keep(history, name="warm-up", dataset="mnist", n_classes=10, settings=settings)
        archive.wait()  # the first save opens the store; the playground's has done so at start-up
        gui_ms = []
        for _ in range(runs):
            started = time.perf_counter()
            panel.keep(history, name="lr=0.1, SGD", dataset="mnist", n_classes=10, settings=settings)
            gui_ms.append(1000 * (time.perf_counter() - started))
            archive.wait()
            app.processEvents()
        lesson_ms, quantile_ms = _time_lesson_saves(app, archive, history, settings, runs)
        archive.close()
        store = RunStore.open(Path(folder) / "runs.sqlite3")
        worker_ms = []
        for _ in range(runs):
            run = SavedRun.from_history(history, name="x", dataset="mnist", n_classes=10, settings=settings)
            started = time.perf_counter()
            store.save(run)
            worker_ms.append(1000 * (time.perf_counter() - started))
        size = store.path.stat().st_size
    return {"runs": runs, "iterations": iterations, "gui_ms_median": median(gui_ms),
            "gui_ms_p95": sorted(gui_ms)[int(0.95 * (len(gui_ms) - 1))], "gui_ms_max": max(gui_ms),
            "worker_ms_median": median(worker_ms), "lesson_ms_median": median(lesson_ms),
            "lesson_ms_p95": sorted(lesson_ms)[int(0.95 * (len(lesson_ms) - 1))],
            "quantile_ms_median": median(quantile_ms),
            "bytes_per_run": size / (2 * runs)}


def _time_lesson_saves(app: object, archive: object, history: object, settings: dict, runs: int
                       ) -> tuple[list[float], list[float]]:
    """GUI-thread ms to save an overfitting-lesson run, and the worker's ms for its weight quantiles."""
    from nnlab.comparisons import preset
    from nnlab.experiments import weight_quantiles, weight_values
    from nnlab.network import MultiLayerNet
    from ui.widgets.saved_runs import SavedRunsPanel

    spec = preset("overfitting", "notes").setup.spec(preset("overfitting", "notes").runs[0], 784, 10)
    net = MultiLayerNet(spec, rng=np.random.default_rng(0))
    panel = SavedRunsPanel("lesson:OverfittingWidget", archive)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        arrays = {"weight_quantiles": lambda: weight_quantiles(weight_values(net.params))}
        panel.keep(history, name="L2", dataset="mnist", n_classes=10, settings=settings, arrays=arrays)
        times.append(1000 * (time.perf_counter() - started))
        archive.wait()
        app.processEvents()
    summary = []
    for _ in range(runs):
        started = time.perf_counter()
        weight_quantiles(weight_values(net.params))
        summary.append(1000 * (time.perf_counter() - started))
    return times, summary


def fill_store(folder: Path, runs: int, iterations: int) -> None:
    """A user data folder with ``runs`` saved playground runs."""
    from nnlab.run_store import RunStore, SavedRun

    store = RunStore.open(folder / "runs.sqlite3")
    history = _history(iterations)
    for k in range(runs):
        store.save(SavedRun.from_history(history, name=f"run {k}", dataset="mnist", n_classes=10,
                                         settings={"lr": 0.1}))


def _start_env(home: str, user_data: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               NNLAB_USER_DATA=str(user_data))
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = os.path.join(home, var.lower())
    config = Path(env["XDG_CONFIG_HOME"]) / "nnlab"
    config.mkdir(parents=True, exist_ok=True)
    (config / "nnlab.conf").write_text("[progress]\nlast_lesson=two_layer_net\n")
    return env


def measure_startup(runs: int, iterations: int, starts: int) -> dict:
    """Start-up medians with an empty store and with ``runs`` stored runs, and the listing time."""
    command = launch_command(None)
    result: dict = {"runs": runs, "command": " ".join(command)}
    with tempfile.TemporaryDirectory(prefix="nnlab-bench-start-") as home:
        for label, count in (("empty", 0), ("filled", runs)):
            user_data = Path(home) / f"user-{label}"
            user_data.mkdir()
            if count:
                progress(f"storing {count:,} runs of {iterations:,} iterations ...")
                fill_store(user_data, count, iterations)
            env = _start_env(home, user_data)
            time_one_start(command, env)  # warm-up
            times = [time_one_start(command, env) for _ in range(starts)]
            result[f"start_s_{label}"] = median(times)
            progress(f"start-up with {count:,} runs: {median(times):.3f} s")
        result["listed_s"], result["fill_ms"] = _time_listing(Path(home) / "user-filled", runs)
    return result


def _time_listing(user_data: Path, runs: int) -> tuple[float, float]:
    """Seconds from building the panel to its table showing ``runs`` rows; the longest GUI step (ms)."""
    from PySide6.QtWidgets import QApplication

    from ui.run_archive import RunArchive
    from ui.widgets.saved_runs import SavedRunsPanel

    app = QApplication.instance() or QApplication([])
    archive = RunArchive(user_data / "runs.sqlite3")
    started = time.perf_counter()
    panel = SavedRunsPanel("playground", archive)
    steps: list[float] = []

    def timed(method: Callable[..., object]) -> Callable[..., None]:
        def wrapper(*args: object) -> None:
            t0 = time.perf_counter()
            method(*args)
            steps.append(1000 * (time.perf_counter() - t0))
        return wrapper

    panel._fill, panel._fill_chunk = timed(panel._fill), timed(panel._fill_chunk)
    while panel.tree.topLevelItemCount() < runs and time.perf_counter() - started < 30:
        app.processEvents()
    listed = time.perf_counter() - started
    archive.close()
    return listed, max(steps, default=float("nan"))


def make_image_folder(root: Path, images: int) -> None:
    """``images`` 64×48 RGB images in 10 class folders, alternately PNG and JPEG."""
    from PIL import Image

    rng = np.random.default_rng(0)
    base = rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)
    for k in range(images):
        folder = root / f"class{k % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        picture = Image.fromarray(np.roll(base, k, axis=1))
        picture.save(folder / f"{k:05d}.{'png' if k % 2 else 'jpg'}")


def measure_import(images: int) -> dict:
    """Seconds to read a folder of ``images`` images (best of one warm run; the files are cached)."""
    from nnlab.data.own_images import read_image_folder

    with tempfile.TemporaryDirectory(prefix="nnlab-bench-images-") as folder:
        progress(f"writing {images:,} images ...")
        make_image_folder(Path(folder), images)
        started = time.perf_counter()
        own = read_image_folder(folder)
        seconds = time.perf_counter() - started
    return {"images": images, "seconds": seconds, "shape": list(own.x.shape)}


def report(result: dict) -> str:
    """The three tables and their verdicts."""
    save, start, imp = result["saving"], result["startup"], result["import"]
    quick = " (quick mode: too small to judge the targets)" if result.get("quick") else ""

    def verdict(ok: bool) -> str:
        return "" if quick else ("PASS" if ok else "FAIL")

    rows = [
        [f"save a {save['iterations']:,}-iteration run: GUI thread (median / p95 / max ms)",
         f"{save['gui_ms_median']:.2f} / {save['gui_ms_p95']:.2f} / {save['gui_ms_max']:.2f}",
         f"p95 <= {GUI_SAVE_TARGET_MS:g}", verdict(save["gui_ms_p95"] <= GUI_SAVE_TARGET_MS)],
        ["  the worker's SQLite transaction (median ms)", f"{save['worker_ms_median']:.2f}", "", ""],
        ["  an overfitting-lesson run with its weight quantiles: GUI thread (median / p95 ms)",
         f"{save['lesson_ms_median']:.2f} / {save['lesson_ms_p95']:.2f}",
         f"p95 <= {GUI_SAVE_TARGET_MS:g}", verdict(save["lesson_ms_p95"] <= GUI_SAVE_TARGET_MS)],
        ["  its weight quantiles, computed in the worker (median ms)",
         f"{save['quantile_ms_median']:.2f}", "", ""],
        ["  store size per run (kB)", f"{save['bytes_per_run'] / 1024:.0f}", "", ""],
        ["start-up to window shown, empty store (s)", f"{start['start_s_empty']:.3f}", "", ""],
        [f"start-up to window shown, {start['runs']:,} runs (s)", f"{start['start_s_filled']:.3f}",
         f"<= {STARTUP_TARGET_S:g}", verdict(start["start_s_filled"] <= STARTUP_TARGET_S)],
        [f"  panel built -> {start['runs']:,} runs in its table (s)", f"{start['listed_s']:.3f}", "", ""],
        ["  longest GUI-thread step while filling it (ms)", f"{start['fill_ms']:.0f}", "", ""],
        [f"import {imp['images']:,} images as 28x28 (s)", f"{imp['seconds']:.2f}",
         f"<= {IMPORT_TARGET_S:g}", verdict(imp["seconds"] <= IMPORT_TARGET_S)],
    ]
    load = result.get("load_average")
    note = f"\n1-minute load average before / after: {load[0]:.1f} / {load[1]:.1f}" if load else ""
    return f"persistence and import{quick}\n" + format_table(["what", "figure", "target", ""], rows) + note


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    runs, images, starts = (100, 1000, 1) if args.quick else (1000, 10_000, 5)
    before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    result = {"quick": args.quick,
              "saving": measure_saving(20 if args.quick else 100, 10_000),
              "startup": measure_startup(runs, 2000 if args.quick else 10_000, starts),
              "import": measure_import(images)}
    result["load_average"] = [before, os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")]
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
