"""The ``nnlab`` command: its parser with every sub-command, and the entry point that runs one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from nnlab.cli.common import EXIT_BAD_INPUT, EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_OK, CliError, Parser


def build_parser() -> argparse.ArgumentParser:
    """The full ``nnlab`` parser with its sub-commands."""
    from nnlab import __version__
    from nnlab.cli import infer, search, train
    from nnlab.data import cli_data

    parser = Parser(prog="nnlab", description="nnlab: neural networks from scratch (command line)")
    parser.add_argument("--version", action="version", version=f"nnlab {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    train.register(subparsers)
    cli_data.register(subparsers)
    infer.register(subparsers)
    search.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``nnlab-cli`` and ``python -m nnlab``; returns the exit code."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if getattr(args, "func", None) is None:
            raise CliError("choose a command: " + ", ".join(_command_names(parser)))
        return int(args.func(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help and --version end here
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `python -m nnlab train ... | head`: the reader went away
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    """Point stdout at the null device so that the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (tests, IDEs)
        pass


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    """Names of the registered sub-commands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []
