"""What the ``nnlab`` sub-commands share: exit codes, one-line errors, argument types, the data.

This package is the only part of the engine that prints. Exit codes: 0 done, 2 bad input (one
``error: ...`` line on stderr), 3 training diverged, 130 interrupted with Ctrl-C, 141 the output
pipe was closed (``| head``).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nnlab.run import OPTIMIZER_NAMES

EXIT_OK, EXIT_BAD_INPUT, EXIT_DIVERGED, EXIT_INTERRUPTED = 0, 2, 3, 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a closed pipe


class CliError(Exception):
    """A user mistake reported as one ``error: ...`` line with exit code 2."""


class Parser(argparse.ArgumentParser):
    """argparse that reports errors in one line and never exits the interpreter by itself."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{self.prog}: {message}")


def hidden_sizes(text: str) -> tuple[int, ...]:
    """Parse "50" or "100,100" (empty text: no hidden layer)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    try:
        sizes = tuple(int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 50 or 100,100, got {text!r}") from None
    if any(s < 1 for s in sizes):
        raise argparse.ArgumentTypeError(f"hidden layer sizes must be positive, got {text!r}")
    return sizes


def positive_int(text: str) -> int:
    """An integer >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {value}")
    return value


def float_at_least(minimum: float, strict: bool) -> Callable[[str], float]:
    """argparse type: a finite float > minimum (strict) or >= minimum."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
        if not math.isfinite(value) or value < minimum or (strict and value == minimum):
            relation = ">" if strict else ">="
            raise argparse.ArgumentTypeError(f"expected a finite number {relation} {minimum:g}, "
                                             f"got {text!r}")
        return value
    return parse


def optimizer_name(text: str) -> str:
    """Case-insensitive optimizer name -> the name nnlab.run uses."""
    for name in OPTIMIZER_NAMES:
        if name.lower() == text.lower():
            return name
    raise argparse.ArgumentTypeError(
        f"unknown optimizer {text!r} (choose from {', '.join(OPTIMIZER_NAMES)})")


def load_dataset(args: argparse.Namespace) -> tuple[Any, str]:
    """The requested data set (or the default) and a note saying which one was used."""
    from nnlab import data

    try:
        if args.dataset is None:
            dataset, note = data.load_default_digits()
        else:
            dataset = data.load(args.dataset)
            note = f"using {dataset.name}: {dataset.source}"
        if args.train_size is not None:
            dataset = dataset.subset(args.train_size)
    except data.DatasetError as exc:
        raise CliError(str(exc)) from None
    return dataset, note


def check_writable(path: Path | None) -> None:
    """Fail before training rather than after it when --save cannot be written."""
    if path is None:
        return
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CliError(f"cannot save to {path}: folder {folder} does not exist")
    if path.is_dir():
        raise CliError(f"cannot save to {path}: it is a folder")
