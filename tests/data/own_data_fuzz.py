"""Fuzz the own-data import: generated CSVs and image folders end in data or a DatasetError, never a crash.

The full run (the figure in the README)::

    PYTHONPATH=$PWD python3 tests/data/own_data_fuzz.py --cases 10000

generates 10,000 CSV files and 10,000 image folders (case k is built from seed k, so any failure
can be replayed with ``--first k --cases 1``) and prints how many ended in data, how many in a
DatasetError, and every crash. ``tests/data/test_own_data_fuzz.py`` runs a few hundred of each.
Each case starts from a valid file or folder and damages it in random ways: ragged rows,
non-numbers, NaN/inf/huge values, stray quotes, binary bytes, truncation, one class, many classes;
truncated, empty, mislabelled and odd-mode images, empty and hidden folders.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

import numpy as np

from nnlab.data.errors import DatasetError
from nnlab.data.own_data import OwnData, read_csv
from nnlab.data.own_images import read_image_folder

_CELLS = ["nan", "inf", "-inf", "1e999", "", " ", "abc", '"', '"1,2"', "0x1F", "1_000",
          "１２",  # noqa: RUF001 - full-width digits are one of the hostile cells
          "\ufeff1", "1e-50", "-0", "3.4e38", "1e31", "é", "\t", "None", "NaN", "1;2"]
_MODES = ["L", "RGB", "RGBA", "P", "1", "LA", "I", "F", "CMYK"]
_FORMATS = [("png", "PNG"), ("jpg", "JPEG"), ("bmp", "BMP"), ("gif", "GIF"), ("tif", "TIFF"),
            ("webp", "WEBP")]


def make_csv(rng: np.random.Generator) -> bytes:
    """A valid CSV (maybe with a header) damaged by 0-3 random mutations."""
    rows, cols = int(rng.integers(0, 30)), int(rng.integers(1, 7))
    n_classes = int(rng.choice([1, 2, 3, 10, 2000]))
    lines = []
    if rng.random() < 0.5:
        lines.append([f"f{k}" for k in range(cols)] + [str(rng.choice(["label", "class", "y", "z"]))])
    for _ in range(rows):
        label = int(rng.integers(0, n_classes))
        lines.append([f"{v:.4g}" for v in rng.normal(0, 10, cols)] +
                     [f"c{label}" if rng.random() < 0.5 else str(label)])
    for _ in range(int(rng.integers(0, 4))):
        if not lines:
            break
        row = lines[int(rng.integers(len(lines)))]
        action = rng.integers(0, 4)
        if action == 0 and row:
            row.pop(int(rng.integers(len(row))))
        elif action == 1:
            row.insert(int(rng.integers(len(row) + 1)), str(rng.choice(_CELLS)))
        elif action == 2 and row:
            row[int(rng.integers(len(row)))] = str(rng.choice(_CELLS))
        else:
            lines.insert(int(rng.integers(len(lines) + 1)), list(row))
    delimiter = str(rng.choice([",", ";", "\t", ",", " "]))
    text = "\n".join(delimiter.join(row) for row in lines)
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if rng.random() < 0.1:
        data = b"\xef\xbb\xbf" + data
    if rng.random() < 0.15 and data:
        cut = int(rng.integers(len(data)))
        data = data[:cut] + bytes(rng.integers(0, 256, int(rng.integers(1, 8)), dtype=np.uint8)) + data[cut:]
    if rng.random() < 0.1 and data:
        data = data[:int(rng.integers(len(data)))]
    return data


def _image_bytes(rng: np.random.Generator) -> tuple[str, bytes]:
    from PIL import Image

    suffix, fmt = _FORMATS[int(rng.integers(len(_FORMATS)))]
    size = (int(rng.integers(1, 50)), int(rng.integers(1, 50)))
    mode = str(rng.choice(_MODES))
    pixels = Image.fromarray(rng.integers(0, 256, size[::-1], dtype=np.uint8), "L").convert(mode)
    buffer = io.BytesIO()
    try:
        pixels.save(buffer, fmt)
    except (OSError, ValueError, KeyError):  # this format cannot store this mode: save as PNG
        buffer = io.BytesIO()
        suffix = "png"
        pixels.convert("RGB").save(buffer, "PNG")
    data = buffer.getvalue()
    damage = rng.random()
    if damage < 0.1:
        data = data[:int(rng.integers(len(data)))]
    elif damage < 0.15:
        data = bytes(rng.integers(0, 256, int(rng.integers(0, 64)), dtype=np.uint8))
    elif damage < 0.2:
        suffix = str(rng.choice(["txt", "csv", "PNG", "JPG"]))
    return suffix, data


def make_image_folder(rng: np.random.Generator, root: Path) -> None:
    """A folder of 0-4 class folders with 0-4 images each, some damaged or not images at all."""
    root.mkdir()
    for c in range(int(rng.integers(0, 5))):
        name = str(rng.choice(["cat", "dog", ".hidden", "0", "10", "猫", "a b", f"class{c}"]))
        folder = root / f"{name}{c}" if rng.random() < 0.5 else root / name
        folder.mkdir(exist_ok=True)
        for k in range(int(rng.integers(0, 5))):
            suffix, data = _image_bytes(rng)
            (folder / f"img{k}.{suffix}").write_bytes(data)
        if rng.random() < 0.1:
            (folder / "nested").mkdir(exist_ok=True)
    if rng.random() < 0.2:
        (root / "loose.png").write_bytes(_image_bytes(rng)[1])


def check(own: OwnData) -> None:
    """What a successful import must hold."""
    assert own.x.ndim == 2 and len(own.x) == len(own.t) > 0
    assert np.isfinite(own.x).all()
    assert len(own.class_names) >= 2 and own.t.min() >= 0 and own.t.max() < len(own.class_names)
    if own.kind == "images":
        assert own.x.shape[1] == 784 and own.x.min() >= 0 and own.x.max() <= 1


def run_cases(first: int, cases: int, folder: Path) -> dict:
    """Run ``cases`` CSV and image-folder cases; counts of outcomes and the crashes."""
    counts = {"csv data": 0, "csv refused": 0, "folder data": 0, "folder refused": 0}
    crashes: list[str] = []
    for k in range(first, first + cases):
        for kind in ("csv", "folder"):
            rng = np.random.default_rng([k, kind == "folder"])
            target = folder / f"case{k}-{kind}"
            try:
                if kind == "csv":
                    target = target.with_suffix(".csv")
                    target.write_bytes(make_csv(rng))
                    check(read_csv(target))
                else:
                    make_image_folder(rng, target)
                    check(read_image_folder(target))
                counts[f"{kind} data"] += 1
            except DatasetError as exc:
                if str(target) not in str(exc):
                    crashes.append(f"case {k} {kind}: message does not name the path: {exc}")
                counts[f"{kind} refused"] += 1
            except Exception:  # noqa: BLE001 - a crash is what this looks for
                crashes.append(f"case {k} {kind}:\n{traceback.format_exc()}")
            finally:
                if target.is_dir():
                    shutil.rmtree(target)
                else:
                    target.unlink(missing_ok=True)
    return {"counts": counts, "crashes": crashes}


def main(argv: list[str] | None = None) -> int:
    """Command line: run the cases and print the outcome; exit 1 on any crash."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--first", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nnlab-fuzz-") as folder:
        result = run_cases(args.first, args.cases, Path(folder))
    seconds = time.perf_counter() - started
    print(f"{args.cases:,} CSV files and {args.cases:,} image folders in {seconds:.0f} s: "
          + ", ".join(f"{n:,} {what}" for what, n in result["counts"].items())
          + f", {len(result['crashes'])} crashes")
    for crash in result["crashes"][:20]:
        print(crash)
    return 1 if result["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
