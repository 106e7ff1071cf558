"""The per-user folder where nnlab keeps what a learner made: saved runs, imported data sets.

``platformdirs.user_data_dir("nnlab")`` (``~/.local/share/nnlab`` on Linux, ``%LOCALAPPDATA%\\nnlab``
on Windows, ``~/Library/Application Support/nnlab`` on macOS), or ``$NNLAB_USER_DATA`` when set
(tests, benchmarks and the self-test point it at a temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

USER_DATA_ENV = "NNLAB_USER_DATA"


def user_data_dir() -> Path:
    """The folder for the learner's own files (not created here)."""
    override = os.environ.get(USER_DATA_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("nnlab", appauthor=False))
