"""Start-up: from launching nnlab to its main window shown, median of several fresh starts.

Each start is a new process of the installed ``nnlab`` command (or a bundled executable with
``--exe``) run with ``--quit-after-show``: the app prints ``window shown`` as soon as the window
is on screen and quits. The time is taken here, from just before the launch to that line. Settings
and logs go to a temporary folder. ``-X importtime`` then tells which imports dominate.

    python benchmarks/startup.py                     # 5 starts of the installed command
    python benchmarks/startup.py --exe dist/nnlab/nnlab
    python benchmarks/startup.py --quick --json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO_ROOT, format_table, median, progress

TARGET_SECONDS = 1.5
_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def launch_command(exe: str | None) -> list[str]:
    """The command that starts the app: a bundle, the installed script, else ``python -m ui.app``."""
    if exe:
        return [str(Path(exe).resolve())]
    script = shutil.which("nnlab")
    return [script] if script else [sys.executable, "-m", "ui.app"]


def _environment(home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = os.path.join(home, var.lower())
    return env


def time_one_start(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from launch to the app's 'window shown' line."""
    started = time.perf_counter()
    proc = subprocess.Popen([*command, "--quit-after-show"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=tempfile.gettempdir())
    try:
        for line in proc.stdout:
            if line.startswith("window shown"):
                elapsed = time.perf_counter() - started
                proc.wait(timeout=timeout)
                return elapsed
        raise SystemExit(f"{command[0]} ended (exit {proc.wait()}) without printing 'window shown'")
    finally:
        if proc.poll() is None:
            proc.kill()


def dominant_imports(top: int = 6) -> list[tuple[str, float]]:
    """Top-level packages by cumulative import time (ms) when ui.app and the main window load."""
    code = "import ui.app, ui.main_window"
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True,
                         text=True, cwd=REPO_ROOT, env=_environment(tempfile.mkdtemp())).stderr
    totals: dict[str, float] = {}
    for line in out.splitlines():
        match = _IMPORT_LINE.match(line)
        if match and len(match.group(3)) <= 1:  # a top-level import, not one nested inside another
            package = match.group(4).split(".")[0]
            totals[package] = totals.get(package, 0.0) + int(match.group(2)) / 1000.0
    return sorted(totals.items(), key=lambda kv: -kv[1])[:top]


def measure(command: list[str], starts: int) -> dict:
    """One warm-up start (not counted), then ``starts`` timed ones."""
    with tempfile.TemporaryDirectory(prefix="nnlab-startup-") as home:
        env = _environment(home)
        progress(f"warm-up start of {' '.join(command)} ...")
        time_one_start(command, env)
        times = []
        for k in range(starts):
            times.append(time_one_start(command, env))
            progress(f"start {k + 1}: {times[-1]:.3f} s")
    return {"command": " ".join(command), "starts": times, "median_s": median(times),
            "imports_ms": dominant_imports()}


def report(result: dict) -> str:
    """The table and the verdict."""
    rows = [[f"start {k + 1}", t] for k, t in enumerate(result["starts"])]
    rows.append(["median", result["median_s"]])
    verdict = "PASS" if result["median_s"] <= TARGET_SECONDS else "FAIL"
    imports = ", ".join(f"{name} {ms:.0f} ms" for name, ms in result["imports_ms"])
    return "\n".join([
        f"start-up to window shown: {result['command']}",
        format_table(["start", "seconds"], rows),
        f"median {result['median_s']:.3f} s (target <= {TARGET_SECONDS:g} s)  {verdict}",
        f"heaviest imports (cumulative): {imports}",
    ])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 starts instead of 5")
    parser.add_argument("--exe", help="a bundled executable, e.g. dist/nnlab/nnlab")
    parser.add_argument("--starts", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    starts = args.starts or (2 if args.quick else 5)
    result = measure(launch_command(args.exe), starts)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
