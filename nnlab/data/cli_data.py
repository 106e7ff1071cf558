"""``python -m nnlab data list|info|download|import``: the data sets from the command line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import Any

from nnlab.cli.common import EXIT_BAD_INPUT, EXIT_INTERRUPTED
from nnlab.data.catalog import DATASET_NAMES, load
from nnlab.data.errors import DatasetError, DownloadCancelled
from nnlab.data.importers import import_path, imported_test_set_only
from nnlab.data.offline import OFFLINE_MNIST, offline_mnist_folder
from nnlab.data.sources import (
    IDX_SOURCES,
    TEST_SET_SPLIT,
    cache_status,
    dataset_dir,
    download,
    locate,
    locate_test_set_only,
)
from nnlab.data.toy import TOY_NAMES

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``data`` command and its sub-commands to the main parser's subparsers."""
    parser = subparsers.add_parser("data", help="list, inspect, download or import data sets")
    parser.add_argument("--cache-dir", default=None,
                        help="data folder (default: $NNLAB_DATA_DIR or the per-user folder)")
    commands = parser.add_subparsers(dest="data_command", metavar="COMMAND")
    commands.required = True
    commands.add_parser("list", help="every data set, whether it is here, and where")
    info = commands.add_parser("info", help="shapes, classes and source of one data set")
    info.add_argument("name", choices=DATASET_NAMES)
    fetch = commands.add_parser("download", help="download MNIST or Fashion-MNIST (checksums verified)")
    fetch.add_argument("name", choices=list(IDX_SOURCES))
    fetch.add_argument("--timeout", type=float, default=30.0, help="seconds per network read")
    add = commands.add_parser("import", help="import a folder of IDX files, mnist.npz or mnist.pkl")
    add.add_argument("path")
    add.add_argument("--as", dest="as_name", choices=list(IDX_SOURCES), default=None,
                     help="store as this data set (default: recognised from the labels, else mnist)")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    """Run one ``data`` sub-command; print one 'error: ...' line and return 2 on failure."""
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "list": cmd_list, "info": cmd_info, "download": cmd_download, "import": cmd_import,
    }
    try:
        return handlers[args.data_command](args)
    except DatasetError as exc:
        log.info("data %s failed: %s", args.data_command, exc)
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT


def one_line(message: str) -> str:
    """Join a message's lines so an error is always exactly one line."""
    return " ".join(part.strip() for part in message.splitlines() if part.strip())


def _status(name: str, cache_dir: str | None) -> tuple[str, str]:
    if name in IDX_SOURCES:
        status = cache_status(name, cache_dir)
        if status == "not downloaded" and locate_test_set_only(name, cache_dir) is not None:
            return "test set only (split)", str(dataset_dir(name, cache_dir))
        folder = locate(name, cache_dir) if status == "installed (read-only)" else None
        return status, str(folder or dataset_dir(name, cache_dir))
    if name in TOY_NAMES:
        return "generated", "-"
    if name == OFFLINE_MNIST:
        return "bundled", str(offline_mnist_folder())
    return "bundled", "nnlab resources"


def cmd_list(args: argparse.Namespace) -> int:
    """Print every data set with its status and location."""
    rows = [(name, *_status(name, args.cache_dir)) for name in DATASET_NAMES]
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    for name, status, where in rows:
        print(f"{name:<{widths[0]}}  {status:<{widths[1]}}  {where}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """Print shapes, classes, source and location of one data set (loading it, no download)."""
    data = load(args.name, cache_dir=args.cache_dir)
    print(f"name:        {data.name}")
    print(f"training:    x {data.x_train.shape} {data.x_train.dtype}, t {data.t_train.shape}")
    print(f"test:        x {data.x_test.shape} {data.x_test.dtype}, t {data.t_test.shape}")
    if data.image_shape is not None:
        print(f"image:       {data.image_shape[0]}×{data.image_shape[1]} pixels")
    print(f"classes:     {data.n_classes}: {', '.join(data.class_names)}")
    print(f"source:      {data.source}")
    print(f"location:    {data.location if data.location is not None else '-'}")
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    """Download with a progress bar on stderr; Ctrl-C stops cleanly, leaving no partial file."""
    from tqdm import tqdm  # only the command line needs it

    with tqdm(total=0, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
              desc=args.name) as bar:
        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            folder = download(args.name, cache_dir=args.cache_dir, progress=progress,
                              timeout=args.timeout)
        except (KeyboardInterrupt, DownloadCancelled):
            _erase(bar)
            print("error: download cancelled; no partial file was kept", file=sys.stderr)
            return EXIT_INTERRUPTED
        except DatasetError:
            _erase(bar)  # the error line replaces the unfinished bar
            raise
    print(f"{args.name} is ready in {folder}")
    return 0


def _erase(bar: Any) -> None:
    """Close a tqdm bar and clear its line instead of leaving it unfinished on screen."""
    bar.leave = False
    bar.close()


def cmd_import(args: argparse.Namespace) -> int:
    """Import files the user already has into the cache."""
    name = import_path(args.path, name=args.as_name, cache_dir=args.cache_dir)
    print(f"imported {args.path} as {name} into {dataset_dir(name, args.cache_dir)}")
    if imported_test_set_only(name, args.cache_dir):
        n_test = TEST_SET_SPLIT[0]
        print(f"only the test images were there: nnlab splits them into {n_test:,} to test and "
              "the rest to train (the same stratified split every time)")
    return 0
