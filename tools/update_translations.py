"""Update the one Japanese translation source and build its .qm: the only command a translator runs.

    python tools/update_translations.py           # rescan ui/, keep every translation, build .qm
    python tools/update_translations.py --check   # exit 1 when the .ts or .qm is not current
    python tools/update_translations.py --resolve-merge   # mid-merge: keep both sides' translations

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


def find_tool(name: str) -> str | None:
    """The PySide6 tool ``pyside6-<name>``: on PATH, beside this Python, or Qt's own in PySide6."""
    wrapper = f"pyside6-{name}"
    found = shutil.which(wrapper)
    if found:
        return found
    scripts = Path(sys.executable).parent
    for candidate in (scripts / wrapper, scripts / f"{wrapper}.exe", scripts / "Scripts" / f"{wrapper}.exe"):
        if candidate.is_file():
            return str(candidate)
    try:
        import PySide6
    except ImportError:
        return None
    package = Path(PySide6.__file__).parent
    for candidate in (package / name, package / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return None


def tool(name: str) -> str:
    """Path of ``pyside6-<name>``; exits with a message when PySide6 does not ship it here."""
    found = find_tool(name)
    if found is None:
        sys.exit(f"pyside6-{name} not found: install the project with pip first")
    return found


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


def finished_translations(text: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> translation element, for every finished message of a .ts text."""
    found = {}
    for context in ET.fromstring(text).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and (
                    "".join(translation.itertext()).strip()):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = translation
    return found


def resolve_merge(ts: Path, qm: Path) -> int:
    """Settle a git merge conflict in ``ts``: rescan, then fill each message from either side.

    Message by message, as git merges lines: a translation that one side changed since the merge
    base is taken from that side; when both changed it, ours is kept.
    """
    def side(stage: int) -> dict[tuple[str, str], ET.Element] | None:
        shown = subprocess.run(["git", "show", f":{stage}:{ts.relative_to(REPO).as_posix()}"],
                               cwd=REPO, capture_output=True, text=True)
        return finished_translations(shown.stdout) if shown.returncode == 0 else None

    base, ours, theirs = side(1) or {}, side(2), side(3)
    if ours is None or theirs is None:
        print(f"{ts.name} is not in conflict")
        return 1

    def text(element: ET.Element | None) -> str | None:
        return None if element is None else "".join(element.itertext())

    known = {}
    for key in ours.keys() | theirs.keys():
        mine, other = ours.get(key), theirs.get(key)
        if mine is None or other is None:
            known[key] = mine if mine is not None else other
        elif text(mine) == text(base.get(key)):
            known[key] = other  # only their side changed it
        else:
            known[key] = mine
    shutil.copy(ts, ts.with_suffix(".conflict"))
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="{LANGUAGE}"></TS>\n', encoding="utf-8")
    update(ts, qm)
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            element = known.get((context.findtext("name") or "", message.findtext("source") or ""))
            if element is not None:
                message.remove(message.find("translation"))
                message.append(element)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    update(ts, qm)
    ts.with_suffix(".conflict").unlink()
    subprocess.run(["git", "add", ts.relative_to(REPO).as_posix(), qm.relative_to(REPO).as_posix()],
                   cwd=REPO, check=True)
    waiting = unfinished(ts)
    print(f"merged {ts.name}: {len(waiting)} strings waiting for a translation")
    for line in waiting:
        print("  " + line)
    return 0


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
    parser.add_argument("--resolve-merge", action="store_true",
                        help="during a git merge that conflicts in the .ts: keep both sides' "
                             "translations, rebuild the .qm and stage both")
    args = parser.parse_args(argv)
    qm = TS.with_suffix(".qm")
    if args.resolve_merge:
        return resolve_merge(TS, qm)
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
