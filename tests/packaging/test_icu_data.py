"""The bundle's ICU data: the package is rewritten exactly, and Qt's ICU calls answer as before."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from icu_data import build_package, parse_package, qt_needs, shrink_library

TOOLS = shutil.which("cc"), shutil.which("objcopy")
needs_tools = pytest.mark.skipif(not sys.platform.startswith("linux") or None in TOOLS,
                                 reason="a Linux C compiler and objcopy")


def _pyside_icu_data() -> Path:
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    found = [p for p in lib.glob("libicudata.so.*") if not p.is_symlink()]
    if not found:
        pytest.skip("this PySide6 has no ICU data library")
    return found[0]


def test_a_package_is_rebuilt_byte_for_byte_and_items_stay_aligned():
    header = (b"\x20\x00\xda\x27" + b"\x14\x00\x00\x00\x00\x00\x02\x00" + b"CmnD"
              + b"\x01\x00\x00\x00" * 3 + b"\0" * 4)
    items = [("icudt73l/a.res", b"\1" * 5), ("icudt73l/coll/ja.res", b"\2" * 33),
             ("icudt73l/z.cnv", b"\3")]
    blob = build_package(header, items)
    again_header, again = parse_package(blob)
    assert again_header == header and [name for name, _ in again] == [name for name, _ in items]
    toc = blob[len(header):]
    assert all(toc.index(data) % 16 == 0 for _, data in items)
    assert build_package(again_header, again) == blob
    with pytest.raises(ValueError):
        parse_package(b"\x20\x00\x00\x00" + blob[4:])


def test_qt_keeps_collation_zones_and_locales_and_loses_what_it_never_reads():
    kept = ["ja.res", "coll/ja.res", "coll/ucadata.icu", "zone/ja.res", "cnvalias.icu",
            "zoneinfo64.res", "supplementalData.res"]
    dropped = ["brkitr/cjdict.dict", "ibm-943_P15A-2003.cnv", "translit/root.res", "lang/ja.res",
               "curr/ja.res", "unit/ja.res", "rbnf/ja.res", "region/ja.res"]
    assert all(qt_needs(f"icudt73l/{name}") for name in kept)
    assert not any(qt_needs(f"icudt73l/{name}") for name in dropped)


@needs_tools
def test_pysides_own_package_is_rebuilt_byte_for_byte(tmp_path):
    library = _pyside_icu_data()
    subprocess.run([TOOLS[1], "-O", "binary", "--only-section=.rodata", str(library),
                    str(tmp_path / "all.dat")], check=True)
    blob = (tmp_path / "all.dat").read_bytes()
    header, items = parse_package(blob)
    assert len(items) > 1000
    assert build_package(header, items) == blob


# What Qt asks ICU for: collation, time-zone names, case mapping, and a legacy code page.
PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
ja = QCollator(QLocale("ja_JP"))
print("ja", ja.compare("あ", "い"), ja.compare("ア", "あ"), ja.compare("漢", "か"))
sv, de = QCollator(QLocale("sv_SE")), QCollator(QLocale("de_DE"))
print("sv", sv.compare("ä", "z"), de.compare("ä", "z"))
tokyo = QTimeZone(b"Asia/Tokyo")
name = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
ja_name, en_name = (tokyo.displayName(*name, QLocale(code)) for code in ("ja_JP", "en_US"))
print("zone", ja_name, "/", en_name)
print("upper", QLocale("tr_TR").toUpper("istanbul"), QLocale("en_US").toUpper("straße"))
print("shift_jis", QStringDecoder("Shift_JIS").isValid())
"""


def _probe(library_dir: Path | None) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library_dir is not None:  # searched before the RUNPATH of Qt's libraries
        env["LD_LIBRARY_PATH"] = str(library_dir)
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env,
                            check=True, timeout=120)
    return dict(line.split(" ", 1) for line in result.stdout.splitlines())


@needs_tools
def test_the_shrunk_library_answers_qt_as_the_whole_one_does(tmp_path):
    library = tmp_path / _pyside_icu_data().name
    shutil.copyfile(_pyside_icu_data(), library)
    saved = shrink_library(library, *TOOLS)
    assert saved > library.stat().st_size  # less than half is left
    whole, shrunk = _probe(None), _probe(tmp_path)
    # A code page is gone: the probe really used the shrunk library.
    assert whole["shift_jis"] == "True" and shrunk["shift_jis"] == "False"
    for key in ("ja", "sv", "zone", "upper"):
        assert shrunk[key] == whole[key], key
    assert shrunk["zone"] == "日本標準時 / Japan Standard Time"
