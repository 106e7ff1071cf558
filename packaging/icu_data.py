"""Shrink the ICU data library of a Linux bundle to the parts Qt calls (Linux only).

PySide6's Qt Core on Linux is linked against ICU, whose data library ``libicudata.so.73`` is the
largest file of the bundle: 32 MB, 12.3 MB of the archive. Qt calls ICU for four things only
(the ``*_73`` symbols ``libQt6Core`` imports): collation (``ucol_*``, QCollator and sorting file
names), text encodings other than the ones Qt has built in (``ucnv_*``), time-zone names and IDs
(``ucal_*``) and case mapping (``u_strToUpper``/``Lower``, whose tables are compiled into
``libicuuc``). So the data keeps the collation tree, the time-zone tree and every locale's main
resource, and loses what no ICU call of Qt reads: the break-iterator dictionaries (``brkitr/``),
transliteration, spelled-out numbers (``rbnf/``), the display names of languages, regions,
currencies and units, and the 190 legacy code-page converters (``*.cnv``; nnlab reads and writes
UTF-8, which Qt converts itself). The alias table stays, so asking for such an encoding finds it
missing instead of failing oddly.

The data is one "common data" package (ICU's ``CmnD`` format: a header, a table of contents of
sorted names and 16-byte-aligned items) behind the symbol ``icudt<version>_dat``. It is read out
with ``objcopy``, filtered here, and linked back into a library of the same name with the C
compiler (``cc -shared``): nothing else in the bundle changes.

    python packaging/icu_data.py dist/nnlab     # shrinks dist/nnlab/_internal/.../libicudata.so.*
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

DROPPED_TREES = frozenset({"brkitr", "translit", "rbnf", "lang", "region", "curr", "unit"})
ALIGNMENT = 16
PADDING = b"\xaa"  # what ICU's own packager (icupkg) fills the gaps with


def parse_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split a ``CmnD`` package into its header and its ``(name, item)`` pairs, in stored order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD, little-endian)")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return blob[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A ``CmnD`` package of ``items`` (names must stay sorted: ICU looks them up by bisection)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = _aligned(table_size + len(names))
    name_offsets, data_offsets, position, offset = [], [], data_start, table_size
    for name, item in items:
        name_offsets.append(offset)
        offset += len(name) + 1
        data_offsets.append(position)
        position = _aligned(position + len(item))
    toc = bytearray(struct.pack("<I", len(items)))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        toc += struct.pack("<II", name_offset, data_offset)
    toc += names
    for (_, item), data_offset in zip(items, data_offsets, strict=True):
        toc += PADDING * (data_offset - len(toc)) + item
    return header + bytes(toc)


def _aligned(size: int) -> int:
    return (size + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


def qt_needs(name: str) -> bool:
    """Whether an item (``icudt73l/coll/ja.res``) is read by any ICU call Qt makes."""
    parts = name.split("/")[1:]  # without the package prefix
    if parts[-1].endswith(".cnv"):
        return False
    return not (len(parts) > 1 and parts[0] in DROPPED_TREES)


def shrink_library(library: Path, compiler: str, objcopy: str) -> int:
    """Rewrite ``library`` (a ``libicudata.so.N``) with only the items Qt needs; bytes saved."""
    match = re.match(r"libicudata\.so\.(\d+)", library.name)
    if match is None:
        raise ValueError(f"{library.name} is not an ICU data library")
    symbol = f"icudt{match.group(1)}_dat"
    with tempfile.TemporaryDirectory(prefix="nnlab-icu-") as folder:
        work = Path(folder)
        whole, kept, source = work / "all.dat", work / "kept.dat", work / "data.S"
        subprocess.run([objcopy, "-O", "binary", "--only-section=.rodata", str(library), str(whole)],
                       check=True)
        header, items = parse_package(whole.read_bytes())
        kept.write_bytes(build_package(header, [(n, d) for n, d in items if qt_needs(n)]))
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign {ALIGNMENT}\n{symbol}:\n\t.incbin "{kept}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                        "-Wl,-z,noexecstack", "-o", str(work / library.name), str(source)], check=True)
        before = library.stat().st_size
        shutil.copyfile(work / library.name, library)
    return before - library.stat().st_size


def shrink_icu_data(bundle: Path) -> int:
    """Shrink the bundle's ICU data library, if it has one and a C compiler is at hand; bytes saved."""
    compiler, objcopy = shutil.which("cc") or shutil.which("gcc"), shutil.which("objcopy")
    libraries = [p for p in Path(bundle).rglob("libicudata.so.*") if not p.is_symlink()]
    if not sys.platform.startswith("linux") or not libraries:
        return 0
    if compiler is None or objcopy is None:
        print("warning: no C compiler or objcopy: ICU's data library is left whole "
              "(+8.7 MB archive)", file=sys.stderr)
        return 0
    return sum(shrink_library(library, compiler, objcopy) for library in libraries)


if __name__ == "__main__":
    saved = shrink_icu_data(Path(sys.argv[1]))
    print(f"ICU data: {saved / 1e6:.1f} MB saved")
