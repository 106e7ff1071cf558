"""Shared helpers for the benchmark scripts: data location, IDX reading, timing, tables."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")

if str(REPO_ROOT) not in sys.path:  # run as `python benchmarks/x.py` from a source checkout
    sys.path.insert(0, str(REPO_ROOT))


def shared_data_dir() -> Path:
    """The shared data folder: $NNLAB_SHARED_DATA, else ../shared/data next to the repository."""
    override = os.environ.get("NNLAB_SHARED_DATA")
    return Path(override) if override else REPO_ROOT.parent / "shared" / "data"


def read_idx(path: Path) -> np.ndarray:
    """Read a (gzipped) IDX file of unsigned bytes: images (n, rows, cols) or labels (n,)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        raw = f.read()
    if raw[:2] != b"\x00\x00" or raw[2] != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte IDX file")
    ndim = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * k:8 + 4 * k], "big") for k in range(ndim))
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(shape)


@dataclass
class Split:
    """One benchmark data set: float64 images in [0, 1], flattened, with integer labels."""

    name: str
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


def _images(path: Path) -> np.ndarray:
    """IDX images as float64 (n, 784) in [0, 1]."""
    images = read_idx(path)
    return images.reshape(images.shape[0], -1).astype(np.float64) / 255.0


def load_fashion() -> Split | None:
    """Fashion-MNIST 60,000 / 10,000, or None when it is not installed."""
    files = [FASHION_DIR / f"{p}-{k}-idx{d}-ubyte.gz" for p in ("train", "t10k")
             for k, d in (("images", 3), ("labels", 1))]
    if not all(f.is_file() for f in files):
        return None
    return Split("fashion-mnist 60k/10k", _images(files[0]), read_idx(files[1]).astype(np.int64),
                 _images(files[2]), read_idx(files[3]).astype(np.int64))


def load_mnist_t10k() -> Split | None:
    """Real MNIST test set split 8,000 / 2,000, or None when the shared data is absent."""
    folder = shared_data_dir() / "mnist-t10k"
    images, labels = folder / "t10k-images-idx3-ubyte.gz", folder / "t10k-labels-idx1-ubyte.gz"
    if not (images.is_file() and labels.is_file()):
        return None
    x, t = _images(images), read_idx(labels).astype(np.int64)
    return Split("mnist-t10k 8k/2k", x[:8000], t[:8000], x[8000:], t[8000:])


def median(values: Sequence[float]) -> float:
    """Median of the values; NaN for an empty sequence."""
    return statistics.median(values) if values else float("nan")


def format_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain monospace table."""
    cells = [[str(h) for h in header]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(header))]
    lines = ["  ".join(c.rjust(w) if k else c.ljust(w)
                       for k, (c, w) in enumerate(zip(r, widths, strict=True)))
             for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    """Numbers with a sensible number of digits."""
    if isinstance(value, float):
        if value != value:
            return "n/a"
        return f"{value:.4f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def machine() -> str:
    """One line naming the machine: CPU model, logical CPUs, kernel, Python, NumPy and its BLAS."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, NumPy {np.__version__} ({_blas()})")


def _blas() -> str:
    """Name and thread count of NumPy's BLAS, as threadpoolctl sees it (when installed)."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "BLAS unknown"
    libs = [i for i in threadpool_info() if i.get("user_api") == "blas"]
    return ", ".join(f"{i.get('internal_api')} {i.get('version')} {i.get('num_threads')} threads"
                     for i in libs) or "BLAS unknown"


def progress(message: str) -> None:
    """Status line on stderr (stdout stays clean for --json)."""
    print(message, file=sys.stderr, flush=True)


def sized_main(doc: str, measure: Callable[..., dict], report: Callable[[dict], str],
               argv: list[str] | None, *, size: str, quick: float, full: float, unit: str = "") -> int:
    """main() of a benchmark with one size: ``--quick`` (size ``quick``), ``--<size> N``, ``--json``.

    Prints the report, or the JSON that run_all.py records; a missed target is a FAIL in the table,
    never an exit code.
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{unit or size}: {quick:,g} instead of {full:,g}")
    parser.add_argument(f"--{size}", type=type(full), default=None)
    parser.add_argument("--json", action="store_true", help="JSON on stdout instead of the table")
    args = parser.parse_args(argv)
    result = measure(getattr(args, size) or (quick if args.quick else full))
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


def best_of(fn: Callable[[], float], repeats: int) -> float:
    """Smallest of several timings of fn (which returns seconds)."""
    return min(fn() for _ in range(repeats))
