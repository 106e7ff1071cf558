"""Build the nnlab standalone executable with PyInstaller.

Usage:  python packaging/build.py [--onefile] [--archive] [--dist DIR] [--work DIR]
Produces dist/nnlab/ (one folder) or dist/nnlab[.exe] (one file) for the platform it runs on;
--archive also packs the one-folder bundle for handing out (packaging/archive.py): a .tar.gz on
Linux, which keeps Qt's symbolic links, and a .zip on Windows and macOS (the nnlab.app on macOS).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from icu_data import shrink_icu_data  # packaging/icu_data.py, beside this file

ROOT = Path(__file__).resolve().parent.parent


def build(dist: Path, work: Path, onefile: bool = False) -> Path:
    """Run PyInstaller on packaging/nnlab.spec and return the built executable's path."""
    env = dict(os.environ, NNLAB_ONEFILE="1" if onefile else "0")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "nnlab.spec")]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    if not onefile:
        strip_python_debug_info(dist / "nnlab")
        shrink_icu_data(dist / "nnlab")  # ICU's data down to the parts Qt reads (Linux)
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / f"nnlab{suffix}" if onefile else dist / "nnlab" / f"nnlab{suffix}"


def strip_python_debug_info(bundle: Path) -> int:
    """Remove debug sections from the bundled Python library and its extension modules (Linux).

    A Python built from source (pyenv) keeps its debug information: about 30 MB of a bundle that
    no classroom debugs, and Pillow's extension modules carry theirs too. Only these files are
    touched; the other wheels' libraries (NumPy's OpenBLAS, Qt) are left as their makers built
    them. Returns the bytes saved.
    """
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    internal = bundle / "_internal"
    targets = [p for p in internal.glob("libpython*.so*") if not p.is_symlink()]
    targets += sorted((internal / f"python{sys.version_info.major}.{sys.version_info.minor}").rglob("*.so"))
    # Pillow's wheel also ships its extension modules with debug sections (2.7 of _imaging's 3.5 MB).
    targets += sorted((internal / "PIL").glob("*.so"))
    before = sum(p.stat().st_size for p in targets)
    for path in targets:
        subprocess.run([strip, "--strip-debug", str(path)], check=False)
    return before - sum(p.stat().st_size for p in targets)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build and print where the executable is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-extracting executable")
    parser.add_argument("--archive", action="store_true",
                        help="also write the download: .tar.gz on Linux, .zip on Windows and macOS")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    if args.archive and args.onefile:
        parser.error("--archive packs the one-folder bundle; leave out --onefile")
    executable = build(args.dist, args.work, args.onefile)
    print(f"built {executable}")
    if args.archive:
        from archive import make_archive, unpacked_size  # packaging/archive.py, beside this file

        app = args.dist / "nnlab.app"
        folder = app if sys.platform == "darwin" and app.is_dir() else executable.parent
        target = make_archive(folder, args.dist)
        print(f"archive {target}: {target.stat().st_size / 1e6:.1f} MB "
              f"({target.stat().st_size / 2**20:.1f} MiB); unpacked {unpacked_size(folder) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
