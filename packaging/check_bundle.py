"""Unpack a bundle's archive into a temporary folder and run the app's self-test from there.

    python packaging/check_bundle.py dist/nnlab-0.1.0-linux-x86_64.tar.gz
    python packaging/check_bundle.py dist          # the one nnlab-*.tar.gz or nnlab-*.zip in dist/

This is what a classroom gets: if a library was lost on the way (a symbolic link stored as a copy
or not at all, an executable bit dropped), the unpacked app does not start and this says so.
Settings, saved runs and logs go to the temporary folder; exit code 0 only on ``self-test ok``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from archive import unpack, unpacked_size  # packaging/archive.py, beside this file


def find_archive(path: Path) -> Path:
    """``path`` itself, or the one archive (nnlab-*.tar.gz / nnlab-*.zip) in the folder ``path``."""
    if path.is_file():
        return path
    found = sorted(path.glob("nnlab-*.tar.gz")) + sorted(path.glob("nnlab-*.zip"))
    if len(found) != 1:
        raise SystemExit(f"expected one nnlab-*.tar.gz or nnlab-*.zip in {path}, found {len(found)}")
    return found[0]


def executable_in(top: Path) -> Path:
    """The app inside an unpacked bundle: nnlab, nnlab.exe, or nnlab.app/Contents/MacOS/nnlab."""
    for candidate in (top / "nnlab", top / "nnlab.exe", top / "Contents" / "MacOS" / "nnlab"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no nnlab executable in {top}")


def self_test(executable: Path, home: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``executable --self-test`` offscreen with every per-user folder inside ``home``."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "appdata"),
               LOCALAPPDATA=str(home / "localappdata"), NNLAB_USER_DATA=str(home / "user-data"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    return subprocess.run([str(executable), "--self-test"], capture_output=True, text=True, env=env,
                          check=False, timeout=timeout)


def result_line(stdout: str, home: Path) -> str:
    """The self-test's verdict: from its output, else from its log (a windowed Windows build has
    no stdout)."""
    for text in [stdout] + [p.read_text(errors="replace") for p in sorted(home.rglob("*.log"))]:
        found = [line for line in text.splitlines() if "self-test ok" in line or "self-test FAILED" in line]
        if found:
            return found[-1].strip()
    return "self-test: no verdict printed or logged"


def main(argv: list[str] | None = None) -> int:
    """Command line: unpack, self-test, print the outcome and the unpacked size."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    args = parser.parse_args(argv)
    args.archive = find_archive(args.archive)
    with tempfile.TemporaryDirectory(prefix="nnlab-bundle-check-") as folder:
        top = unpack(args.archive, Path(folder) / "unpacked")
        result = self_test(executable_in(top), Path(folder) / "home")
        line = result_line(result.stdout, Path(folder) / "home")
        size = unpacked_size(top)
    print(line)
    print(f"{args.archive.name}: {args.archive.stat().st_size / 1e6:.1f} MB, unpacked {size / 1e6:.1f} MB")
    if result.returncode != 0 or "self-test ok" not in line:
        print(result.stderr[-3000:], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
