"""Pack the built bundle into one download: ``.tar.gz`` on Linux, ``.zip`` on Windows and macOS.

Qt's libraries in a Linux bundle are symbolic links (``libQt6Core.so.6 -> libQt6Core.so.6.x``),
and so are the versions inside macOS frameworks. ``zip -r`` follows them and stores each library
twice; a tar archive keeps them as links, which is why Linux gets ``.tar.gz``. The zip written here
also keeps links, as Info-ZIP and macOS's Archive Utility understand them (a Unix mode of
``S_IFLNK`` and the target as the member's data), so the macOS ``.app`` stays whole; Windows
bundles have no links. :func:`unpack` reverses both, links included, for the bundle check.

    python packaging/archive.py dist/nnlab          # writes dist/nnlab-<version>-<os>-<machine>.<ext>
"""

from __future__ import annotations

import os
import platform
import re
import stat
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = re.search(r'__version__ = "([^"]+)"', (ROOT / "nnlab" / "__init__.py").read_text()).group(1)


def archive_name(platform_name: str = sys.platform, machine: str = platform.machine()) -> str:
    """``nnlab-0.1.0-linux-x86_64.tar.gz``, ``nnlab-0.1.0-windows-amd64.zip``, ``...-macos-arm64.zip``."""
    system = {"win32": "windows", "darwin": "macos"}.get(platform_name, "linux")
    suffix = ".tar.gz" if system == "linux" else ".zip"
    return f"nnlab-{VERSION}-{system}-{machine.lower() or 'unknown'}{suffix}"


def _members(folder: Path) -> list[Path]:
    """Every file, link and folder under ``folder`` in a stable order (links are not followed)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        base = Path(dirpath)
        found += [base / d for d in dirnames] + [base / f for f in sorted(filenames)]
    return found


def write_tar_gz(folder: Path, target: Path) -> Path:
    """``folder`` (its name as the top folder) as a gzip'd tar; links stay links."""
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name, recursive=True)  # dereference=False: links stay links
    return target


def write_zip(folder: Path, target: Path) -> Path:
    """``folder`` as a deflated zip; symbolic links are stored as links, not as copies."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.write(folder, folder.name)
        for path in _members(folder):
            name = str(Path(folder.name) / path.relative_to(folder)).replace(os.sep, "/")
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so the mode below is read
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            else:
                zf.write(path, name)
    return target


def make_archive(folder: Path, out_dir: Path | None = None, platform_name: str = sys.platform) -> Path:
    """Write the archive of ``folder`` for ``platform_name`` next to it (or into ``out_dir``)."""
    folder = Path(folder)
    out_dir = Path(out_dir) if out_dir is not None else folder.parent
    target = out_dir / archive_name(platform_name)
    target.unlink(missing_ok=True)
    tmp = target.with_name(target.name + ".part")
    writer = write_tar_gz if target.name.endswith(".tar.gz") else write_zip
    writer(folder, tmp)
    os.replace(tmp, target)
    return target


def unpack(archive: Path, into: Path) -> Path:
    """Unpack an archive made here (links restored) and return its top folder."""
    into.mkdir(parents=True, exist_ok=True)
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive) as tar:
            tar.extractall(into, filter="tar")
            top = tar.getnames()[0].split("/")[0]
        return into / top
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            path = into / info.filename
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                path.parent.mkdir(parents=True, exist_ok=True)
                os.symlink(zf.read(info).decode("utf-8"), path)
            elif info.is_dir():
                path.mkdir(parents=True, exist_ok=True)
            else:
                zf.extract(info, into)
                if mode & 0o111:
                    path.chmod(path.stat().st_mode | 0o111)  # executables stay executable
        return into / zf.infolist()[0].filename.split("/")[0]


def unpacked_size(folder: Path) -> int:
    """Bytes the bundle takes when unpacked: every regular file once (links are not copies)."""
    return sum(p.lstat().st_size for p in _members(folder) if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Command line: archive the given bundle folder and print its sizes."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    target = make_archive(args.folder, args.out)
    print(f"archive {target}: {target.stat().st_size / 1e6:.1f} MB; "
          f"unpacked {unpacked_size(args.folder) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
