"""Locate the read-only files in ``resources/`` (lesson texts, translations, icons, offline data).

This is the one place that knows where they live, so the engine, the app, the installed wheel
and the PyInstaller bundle all get the same answer:

* frozen by PyInstaller: ``<sys._MEIPASS>/resources`` (``_internal/resources`` in a one-folder build);
* installed from a wheel: ``nnlab/_resources`` (hatchling force-includes ``resources/`` there);
* run from a source checkout: ``<repo>/resources``.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """Return the folder that holds the bundled, read-only resources."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "_resources")
    candidates.append(package_dir.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"nnlab resources folder not found (looked in: {searched})")


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("lessons", "en", "perceptron.md")``."""
    return resources_root().joinpath(*parts)
