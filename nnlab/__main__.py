"""``python -m nnlab``: the command line (see nnlab.cli)."""

from __future__ import annotations

from nnlab.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
