"""Shared fixtures: where the real data sets live, and an offscreen Qt platform for UI tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")


def _shared_data_dir() -> Path:
    override = os.environ.get("NNLAB_SHARED_DATA")
    return Path(override) if override else REPO_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data_dir() -> Path:
    """The shared real-data folder (../shared/data), or skip when it is absent."""
    path = _shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data folder not found: {path}")
    return path


@pytest.fixture(scope="session")
def mnist_t10k(shared_data_dir: Path) -> Path:
    """Folder with the real MNIST test set (two IDX gzip files), or skip."""
    path = shared_data_dir / "mnist-t10k"
    if not (path / "t10k-images-idx3-ubyte.gz").is_file():
        pytest.skip(f"real MNIST test set not found in {path}")
    return path


@pytest.fixture(scope="session")
def fashion_mnist_dir() -> Path:
    """Debian's dataset-fashion-mnist folder, or skip."""
    if not FASHION_DIR.is_dir() or not any(FASHION_DIR.iterdir()):
        pytest.skip(f"Fashion-MNIST not installed in {FASHION_DIR}")
    return FASHION_DIR


@pytest.fixture(autouse=True)
def private_user_data(tmp_path_factory, monkeypatch):
    """Saved runs and imported data sets go to a fresh folder: no test touches the learner's own."""
    monkeypatch.setenv("NNLAB_USER_DATA", str(tmp_path_factory.mktemp("user-data")))
    yield
    archive_module = sys.modules.get("ui.run_archive")
    if archive_module is not None and archive_module._shared is not None:
        archive_module._shared.close()  # finishes pending saves before the folder goes
        archive_module._shared = None
