"""Command line: ``python -m nnlab train|data|infer|search ...``, one module per sub-command.

``nnlab.cli.entry`` builds the parser and runs a command; ``nnlab.cli.common`` holds what the
commands share (exit codes, one-line errors, argument types, the data set).
"""

from __future__ import annotations

from nnlab.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    EXIT_DIVERGED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    CliError,
)
from nnlab.cli.entry import build_parser, main

__all__ = ["main", "build_parser", "CliError", "EXIT_OK", "EXIT_BAD_INPUT", "EXIT_DIVERGED",
           "EXIT_INTERRUPTED", "EXIT_BROKEN_PIPE"]
