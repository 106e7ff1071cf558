"""How long one Step of the backprop lesson takes to compute and redraw, in the real window at 1280×800.

The main window (offscreen) opens the lesson "Backprop through layers" and presses Step through all
eight steps (four forward, four backward), then Reset, again and again, for the small network and
for the one-image network, with ReLU and with Sigmoid. Each step is timed from the click to the end
of the event processing that follows it (the layout and the repaint of what changed, as the window
does it for a user), so the figure includes the engine's layer, the text of every matrix and Qt's
painting.

    python benchmarks/backprop_step.py            # 20 rounds of 8 steps per network and activation
    python benchmarks/backprop_step.py --quick    # 3 rounds (CI)
    python benchmarks/backprop_step.py --json
"""

from __future__ import annotations

import sys
import time

import numpy as np

from _app_harness import AppHarness
from _common import format_table, progress, sized_main

TARGET_MS = 16.0  # one frame at 60 Hz
CASES = (("small", 0, 0), ("small, sigmoid", 0, 1), ("image", 1, 0), ("image, sigmoid", 1, 1))


def measure(rounds: int) -> dict:
    """Time every step of ``rounds`` passes for each case; return per-case figures in ms."""
    from ui.lessons.backprop_layers.lesson import BackpropLayersWidget

    harness = AppHarness(lesson_id="backprop_layers")
    lesson = harness.find(BackpropLayersWidget)
    steps = lesson.steps
    results = []
    for name, example, activation in CASES:
        steps.example_combo.setCurrentIndex(example)
        steps.activation_combo.setCurrentIndex(activation)
        harness.pump(0.1)
        times = []
        for _ in range(rounds):
            steps.reset_button.click()
            harness.pump(0.01)
            while steps.step_button.isEnabled():
                started = time.perf_counter()
                steps.step_button.click()
                harness.app.processEvents()  # layout and paint of the changed widgets
                times.append((time.perf_counter() - started) * 1000)
        progress(f"{name}: {len(times)} steps")
        times_ms = np.asarray(times)
        results.append({"case": name, "steps": int(times_ms.size),
                        "p50_ms": float(np.percentile(times_ms, 50)),
                        "p95_ms": float(np.percentile(times_ms, 95)), "max_ms": float(times_ms.max())})
    size = lesson.window().size()
    harness.close()
    return {"window": f"{size.width()}x{size.height()}", "rounds": rounds, "cases": results}


def report(result: dict) -> str:
    """The table and the verdict (the p95 of every case within one 60 Hz frame)."""
    rows = [[c["case"], c["steps"], c["p50_ms"], c["p95_ms"], c["max_ms"], f"<= {TARGET_MS:g}"]
            for c in result["cases"]]
    ok = all(c["p95_ms"] <= TARGET_MS for c in result["cases"])
    head = (f"backprop lesson: Step (compute + repaint) in a {result['window']} window, "
            f"{result['rounds']} rounds of 8 steps per case")
    verdict = f"p95 step redraw: {'PASS' if ok else 'FAIL'}"
    return "\n".join([head, format_table(["case", "steps", "p50 ms", "p95 ms", "max ms", "target"],
                                         rows), verdict])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    return sized_main(__doc__, measure, report, argv, size="rounds", quick=3, full=20)


if __name__ == "__main__":
    sys.exit(main())
