"""Build the nnlab standalone executable with PyInstaller.

Usage:  python packaging/build.py [--onefile] [--dist DIR] [--work DIR]
Produces dist/nnlab/ (one folder) or dist/nnlab[.exe] (one file) for the platform it runs on.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(dist: Path, work: Path, onefile: bool = False) -> Path:
    """Run PyInstaller on packaging/nnlab.spec and return the built executable's path."""
    env = dict(os.environ, NNLAB_ONEFILE="1" if onefile else "0")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "nnlab.spec")]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / f"nnlab{suffix}" if onefile else dist / "nnlab" / f"nnlab{suffix}"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build and print where the executable is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-extracting executable")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    executable = build(args.dist, args.work, args.onefile)
    print(f"built {executable}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
