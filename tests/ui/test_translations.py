"""Every string the UI marks for translation has a finished Japanese translation; .qm files are current.

``pyside6-lupdate`` scans every ``.py`` under ``ui/`` into a temporary .ts, exactly as a translator
would, and each (context, source text) it finds must have a finished, non-empty translation in the
one committed source, ``resources/i18n/nnlab_ja.ts``. Placeholders (``%1``, ``{0:.2f}``) must survive
the translation, and ``python tools/update_translations.py --check`` must find the .ts and .qm
current (no string that the code no longer uses, a .qm built from today's .ts).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "ui"
I18N = REPO / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*_ja.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|\{[^{}]*\}")
NOT_FINISHED = {"unfinished", "vanished", "obsolete"}

sys.path.insert(0, str(REPO / "tools"))
from update_translations import find_tool  # noqa: E402 - the translator's own command finds the tools

Key = tuple[str, str]  # (context, source text)


def require_tool(name: str) -> str:
    """Path of the tool, or skip the test when PySide6 does not ship it here."""
    tool = find_tool(name)
    if tool is None:
        pytest.skip(f"pyside6-{name} not found (not on PATH, not beside {sys.executable}, "
                    f"not in the PySide6 package)")
    return tool


def translation_text(message: ET.Element) -> tuple[str, bool]:
    """A message's translation and whether it counts as finished (non-empty, not unfinished)."""
    element = message.find("translation")
    if element is None:
        return "", False
    forms = element.findall("numerusform")
    text = "\n".join(f.text or "" for f in forms) if forms else (element.text or "")
    return text, element.get("type") not in NOT_FINISHED and bool(text.strip())


def read_ts(path: Path) -> dict[Key, tuple[str, bool, list[str]]]:
    """(context, source) -> (translation, finished, location file names) of one .ts file."""
    entries: dict[Key, tuple[str, bool, list[str]]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text, finished = translation_text(message)
            files = [loc.get("filename", "") for loc in message.findall("location")]
            entries[(name, source)] = (text, finished, files)
    return entries


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, list[str]]:
    """(context, source) -> source files (relative to the repo) for every string lupdate finds in ui/."""
    lupdate = require_tool("lupdate")
    folder = tmp_path_factory.mktemp("lupdate")
    ts = folder / "scan_ja.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    result = subprocess.run([lupdate, *sources, "-target-language", "ja", "-ts", str(ts)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and ts.is_file(), f"lupdate failed:\n{result.stdout}{result.stderr}"
    found = {}
    for key, (_, _, files) in read_ts(ts).items():
        found[key] = sorted({Path(folder, f).resolve().relative_to(REPO).as_posix() for f in files})
    assert found, "lupdate found no strings under ui/"
    return found


@pytest.fixture(scope="module")
def committed() -> dict[Key, list[tuple[str, str, bool]]]:
    """(context, source) -> [(ts file name, translation, finished)] over all committed *_ja.ts."""
    assert TS_FILES, f"no *_ja.ts files in {I18N}"
    merged: dict[Key, list[tuple[str, str, bool]]] = defaultdict(list)
    for path in TS_FILES:
        for key, (text, finished, _) in read_ts(path).items():
            merged[key].append((path.name, text, finished))
    return merged


def test_every_ui_string_has_a_finished_japanese_translation(scanned, committed) -> None:
    missing: dict[str, list[str]] = defaultdict(list)
    for (context, source), files in sorted(scanned.items()):
        if not any(finished for _, _, finished in committed.get((context, source), [])):
            for file in files or ["(unknown file)"]:
                missing[file].append(f"  [{context or '<no context>'}] {source!r}")
    report = "\n".join(f"{file}:\n" + "\n".join(lines) for file, lines in sorted(missing.items()))
    count = sum(len(lines) for lines in missing.values())
    if missing:
        pytest.fail(f"{count} UI strings have no finished Japanese translation in "
                    "resources/i18n/nnlab_ja.ts (run python tools/update_translations.py, then translate):"
                    f"\n{report}", pytrace=False)


def test_translations_keep_the_placeholders(committed) -> None:
    wrong = []
    for (context, source), entries in sorted(committed.items()):
        expected = Counter(PLACEHOLDER.findall(source))
        for file, text, finished in entries:
            if finished and Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"  {file} [{context}] {source!r} -> {text!r}")
    if wrong:
        pytest.fail("translations whose placeholders differ from the source:\n" + "\n".join(wrong),
                    pytrace=False)


def test_one_translation_source_per_language() -> None:
    assert [p.name for p in TS_FILES] == ["nnlab_ja.ts"], (
        "all Japanese strings live in resources/i18n/nnlab_ja.ts; "
        "run python tools/update_translations.py instead of adding a .ts file")


def test_translation_files_are_current() -> None:
    require_tool("lupdate")
    require_tool("lrelease")
    result = subprocess.run([sys.executable, str(REPO / "tools" / "update_translations.py"), "--check"],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(result.stdout + result.stderr, pytrace=False)
