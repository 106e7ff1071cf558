"""The window during the gradient race: GUI-thread stalls while both trainings run, and how fast Cancel is.

The real main window (offscreen, 1280×800) opens the gradient-check lesson's race tab and presses
Start: training by numerical gradients and by backprop run at the same time in two QThreads while
the window's 10 ms timer (``_app_harness.GapRecorder``, as in ``window.py``) records the gaps between
its ticks. Then Cancel is pressed and the time until both threads have ended is measured.

    python benchmarks/gradient_race.py            # 30 s of racing
    python benchmarks/gradient_race.py --quick    # 5 s (CI)
    python benchmarks/gradient_race.py --json
"""

from __future__ import annotations

import sys
import time

from _app_harness import AppHarness, GapRecorder, gap_figures
from _common import format_table, progress, sized_main

TARGET_P99_MS, TARGET_CANCEL_S = 50.0, 1.0
JUDGED_SECONDS = 20.0  # a shorter race is mostly start-up


def measure(seconds: float) -> dict:
    """Race for ``seconds`` in the window, then cancel; return the figures."""
    from ui.lessons.comparison_runs import default_data
    from ui.lessons.gradient_check.lesson import GradientCheckLesson

    harness = AppHarness(lesson_id="gradient_check")
    lesson = harness.find(GradientCheckLesson)
    lesson.tabs.setCurrentIndex(1)
    race = lesson.race
    harness.pump(0.2)
    recorder = GapRecorder()
    recorder.start()
    progress(f"racing for {seconds:g} s ...")
    if not race.start():
        raise SystemExit(f"the race did not start: {race.status_label.text()}")
    harness.wait_until(lambda: False, seconds)
    cancelled_at = time.perf_counter()
    race.cancel_button.click()
    threads = [run.thread for run in race.runs.values()]
    harness.wait_until(lambda: all(t.isFinished() for t in threads), 30.0)
    cancel_seconds = time.perf_counter() - cancelled_at
    gaps = recorder.stop()
    rates = {m: race.done[m] / race.elapsed[m] if race.elapsed[m] else 0.0 for m in race.done}
    result = {"dataset": default_data()[0].name, "seconds": seconds, **gap_figures(gaps),
              "cancel_seconds": cancel_seconds, "numerical_it_per_s": rates["numerical"],
              "backprop_it_per_s": rates["backprop"], "numerical_iterations": race.done["numerical"],
              "backprop_iterations": race.done["backprop"]}
    harness.close()
    return result


def report(result: dict) -> str:
    """The table and the verdict."""
    rows = [
        ["GUI timer gap p50 (ms)", result["gap_p50_ms"], "-"],
        ["GUI timer gap p99 (ms)", result["gap_p99_ms"], f"<= {TARGET_P99_MS:g}"],
        ["GUI timer gap max (ms)", result["gap_max_ms"], "-"],
        ["Cancel until both threads ended (s)", result["cancel_seconds"], f"<= {TARGET_CANCEL_S:g}"],
        ["numerical gradient: iterations / s", result["numerical_it_per_s"], "-"],
        ["backprop: iterations / s", result["backprop_it_per_s"], "-"],
    ]
    checks = {"p99 gap": result["gap_p99_ms"] <= TARGET_P99_MS,
              "cancel": result["cancel_seconds"] <= TARGET_CANCEL_S}
    verdict = "  ".join(f"{name}: {'PASS' if ok else 'FAIL'}" for name, ok in checks.items())
    if result["seconds"] < JUDGED_SECONDS:
        verdict = (f"(a {result['seconds']:g}-second race is too short to judge the targets; they "
                   f"apply to races of {JUDGED_SECONDS:g} s or more)")
    head = (f"window during the gradient race: {result['seconds']:g} s on {result['dataset']}, "
            f"{result['numerical_iterations']:,} numerical and {result['backprop_iterations']:,} "
            f"backprop iterations, {result['timer_ticks']:,} timer ticks")
    return "\n".join([head, format_table(["measure", "value", "target"], rows), verdict])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    return sized_main(__doc__, measure, report, argv, size="seconds", quick=5.0, full=30.0,
                      unit="seconds of race")


if __name__ == "__main__":
    sys.exit(main())
