"""Stepping a computational graph: time from pressing Step to the window redrawn, at 1280×800.

The real main window (offscreen) opens the computational-graph lesson; each of its three examples
is stepped forward and backward to the end, many times over. One step is timed from the Step
button's click to the event loop having done the layout and the paint it caused
(``processEvents``), in wall time (the target) and in this process's CPU time (what the step
costs, without the waits for a core on a busy machine). The gradient-descent tab of the
numerical-differentiation lesson (a pyqtgraph plot, one more point per step) is timed the same
way. The first round of each is a warm-up.

    python benchmarks/graph_step.py            # 30 rounds per example
    python benchmarks/graph_step.py --quick    # 3 rounds (CI)
    python benchmarks/graph_step.py --json
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = tempfile.mkdtemp(prefix="nnlab-bench-")  # the learner's settings stay untouched
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())

import numpy as np  # noqa: E402

from _common import format_table, progress, sized_main  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

    from ui.main_window import MainWindow

TARGET_MS = 16.0
WIDTH, HEIGHT = 1280, 800


def _open(window: MainWindow, app: QApplication, lesson_id: str) -> QWidget:
    """Show lesson ``lesson_id`` in the window and return its widget."""
    from ui.lessons import LESSON_IDS

    window.go_to(LESSON_IDS.index(lesson_id))
    for _ in range(10):
        app.processEvents()
    return window.page(LESSON_IDS.index(lesson_id)).widget


def _timed_click(app: QApplication, button: QAbstractButton) -> tuple[float, float]:
    """Wall and CPU milliseconds from a click on ``button`` to the event loop idle again.

    The CPU time is this process's own; on a shared machine the wall time also holds the waits
    for a free core, which the CPU time leaves out.
    """
    started, started_cpu = time.perf_counter(), time.process_time()
    button.click()
    app.processEvents()
    return (time.perf_counter() - started) * 1000.0, (time.process_time() - started_cpu) * 1000.0


def graph_steps(window: MainWindow, app: QApplication, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """Step times (ms) per example of the computational-graph lesson, warm-up round left out."""
    lesson = _open(window, app, "computational_graph")
    times: dict[str, list[float]] = {}
    for index in range(lesson.example_combo.count()):
        lesson.example_combo.setCurrentIndex(index)
        app.processEvents()
        key = lesson.example()
        times[key] = []
        for round_ in range(rounds + 1):
            lesson.reset_button.click()
            app.processEvents()
            for _ in range(lesson.run.total_steps):
                timing = _timed_click(app, lesson.step_button)
                if round_:
                    times[key].append(timing)
    return times


def descent_steps(window: MainWindow, app: QApplication, rounds: int) -> list[tuple[float, float]]:
    """Step times (ms) of the gradient-descent tab (20 steps a round), warm-up round left out."""
    lesson = _open(window, app, "numerical_differentiation")
    lesson.tabs.setCurrentWidget(lesson.descent)
    app.processEvents()
    panel = lesson.descent
    times = []
    for round_ in range(rounds + 1):
        panel.reset_button.click()
        app.processEvents()
        for _ in range(20):
            timing = _timed_click(app, panel.step_button)
            if round_:
                times.append(timing)
    return times


def measure(rounds: int) -> dict:
    """Open the window at 1280×800 and time the steps."""
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.settings import Progress

    app = create_application([])
    window = MainWindow(Progress())
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    progress(f"stepping graphs at {WIDTH}x{HEIGHT}, {rounds} rounds")
    series = {f"graph: {key}": ms for key, ms in graph_steps(window, app, rounds).items()}
    series["gradient descent plot"] = descent_steps(window, app, rounds)
    window.close()
    rows = {}
    for name, timings in series.items():
        wall, cpu = np.array(timings).T
        rows[name] = {"steps": int(wall.size), "p50_ms": float(np.percentile(wall, 50)),
                      "p95_ms": float(np.percentile(wall, 95)), "max_ms": float(wall.max()),
                      "cpu_p50_ms": float(np.percentile(cpu, 50)),
                      "cpu_p95_ms": float(np.percentile(cpu, 95))}
    return {"width": WIDTH, "height": HEIGHT, "rounds": rounds, "load_average": os.getloadavg()[0],
            "results": rows}


def report(result: dict) -> str:
    """The table and the verdict (p95 of every row against the target)."""
    rows = [[name, r["steps"], r["p50_ms"], r["p95_ms"], r["max_ms"], r["cpu_p50_ms"],
             r["cpu_p95_ms"], f"<= {TARGET_MS:g}"] for name, r in result["results"].items()]
    ok = all(r["p95_ms"] <= TARGET_MS for r in result["results"].values())
    head = (f"step to redrawn window at {result['width']}x{result['height']}, "
            f"{result['rounds']} rounds per example (after one warm-up round), "
            f"load average {result['load_average']:.1f} on {os.cpu_count()} CPUs")
    table = format_table(["stepping", "steps", "p50 ms", "p95 ms", "max ms", "CPU p50 ms",
                          "CPU p95 ms", "target p95"], rows)
    return "\n".join([head, table, f"step redraw p95: {'PASS' if ok else 'FAIL'}"])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON); a missed target is a FAIL in the table."""
    return sized_main(__doc__, measure, report, argv, size="rounds", quick=3, full=30,
                      unit="rounds per example")


if __name__ == "__main__":
    sys.exit(main())
