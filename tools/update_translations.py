"""Update the one Japanese translation source and build its .qm: the only command a translator runs.

    python tools/update_translations.py           # rescan ui/, keep every translation, build .qm
    python tools/update_translations.py --check   # exit 1 when the .ts or .qm is not current

``pyside6-lupdate`` scans every ``.py`` under ``ui/`` into ``resources/i18n/nnlab_ja.ts``. It keeps
the translations already there, adds new strings as unfinished and drops strings no code uses any
more. ``pyside6-lrelease`` then writes ``nnlab_ja.qm``, which the app loads. The script ends by
listing the strings still waiting for a translation (Qt Linguist, or any text editor, fills them).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
LANGUAGE = "ja"
TS = I18N / f"nnlab_{LANGUAGE}.ts"


def tool(name: str) -> str:
    """Path of ``pyside6-<name>``, or the Qt tool inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name, Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    sys.exit(f"pyside6-{name} not found: install the project with pip first")


def sources() -> list[str]:
    """Every Python file under ui/, relative to the repository (stable locations in the .ts)."""
    return sorted(p.relative_to(REPO).as_posix() for p in (REPO / "ui").rglob("*.py"))


def unfinished(ts: Path) -> list[str]:
    """``[context] source`` of every message without a finished translation."""
    waiting = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (
                    "".join(translation.itertext()).strip()):
                waiting.append(f"[{context.findtext('name')}] {message.findtext('source')!r}")
    return waiting


def update(ts: Path, qm: Path) -> None:
    """Rescan the sources into ``ts`` (keeping translations) and release it to ``qm``."""
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", LANGUAGE, "-ts", str(ts)],
                   cwd=REPO, check=True, capture_output=True, text=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail when the committed .ts or .qm is not current")
    args = parser.parse_args(argv)
    qm = TS.with_suffix(".qm")
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            fresh_ts, fresh_qm = Path(folder, TS.name), Path(folder, qm.name)
            shutil.copy(TS, fresh_ts)
            update(fresh_ts, fresh_qm)
            stale = [p.name for p, fresh in ((TS, fresh_ts), (qm, fresh_qm))
                     if not p.is_file() or p.read_bytes() != fresh.read_bytes()]
        if stale:
            print(f"not current: {', '.join(stale)}; run python tools/update_translations.py")
            return 1
        print(f"{TS.name} and {qm.name} are current")
        return 0
    update(TS, qm)
    waiting = unfinished(TS)
    print(f"updated {TS.relative_to(REPO)} and {qm.relative_to(REPO)}: "
          f"{len(waiting)} strings waiting for a translation")
    for line in waiting:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
