"""``python -m nnlab data ...`` end to end: progress bar, one-line errors, exit codes, the default note."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest

import nnlab.data.sources as sources
from nnlab.cli import main

from .conftest import STEMS, folder_names, tiny_arrays, write_idx_folder


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


@pytest.fixture
def local_mnist(monkeypatch, server, remote_files):
    """Make "mnist" download from local servers: local_mnist(*modes)."""
    def use(*modes: str) -> None:
        patched = sources.IdxSource(**{**sources.MNIST.__dict__, "files": tuple(remote_files),
                                       "mirrors": tuple(server(mode) for mode in modes)})
        monkeypatch.setitem(sources.IDX_SOURCES, "mnist", patched)
    return use


def test_download_shows_a_progress_bar(tmp_path, capsys, local_mnist, served_files):
    local_mnist("drop", "good")
    assert main(["data", "--cache-dir", str(tmp_path), "download", "mnist"]) == 0
    out, err = capsys.readouterr()
    assert "mnist is ready in" in out and str(tmp_path / "mnist") in out
    assert "100%" in err and "mnist" in err  # tqdm's bar on stderr
    assert folder_names(tmp_path / "mnist") == sorted(served_files)


def test_download_failure_is_one_line_with_exit_2(tmp_path, capsys, local_mnist):
    local_mnist("wrong", "404")
    assert main(["data", "--cache-dir", str(tmp_path), "download", "mnist"]) == 2
    line = _one_error_line(capsys.readouterr().err.split("\r")[-1])
    assert "could not download" in line and "checksum mismatch" in line and "404" in line
    assert "python -m nnlab data import PATH" in line
    assert list((tmp_path / "mnist").iterdir()) == []


def test_import_of_hostile_pickle_is_one_line(tmp_path, capsys):
    target = tmp_path / "created"
    evil = tmp_path / "mnist.pkl"
    evil.write_bytes(b"cos\nsystem\n(V touch " + str(target).encode() + b"\ntR.")
    assert main(["data", "--cache-dir", str(tmp_path / "c"), "import", str(evil)]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "mnist.pkl: refused: this pickle wants to call os.system" in line
    assert not target.exists()


def test_import_then_info(tmp_path, capsys):
    write_idx_folder(tmp_path / "mine", tiny_arrays(n_train=12, n_test=4))
    (tmp_path / "book.pkl").write_bytes(pickle.dumps({"unrelated": 1}))
    assert main(["data", "--cache-dir", str(tmp_path / "c"), "import", str(tmp_path / "mine")]) == 0
    assert main(["data", "--cache-dir", str(tmp_path / "c"), "info", "mnist"]) == 0
    out = capsys.readouterr().out
    assert "(12, 784)" in out and "(4, 784)" in out and "28×28 pixels" in out
    assert folder_names(tmp_path / "c" / "mnist") == sorted(f"{s}.gz" for s in STEMS)
    assert main(["data", "--cache-dir", str(tmp_path / "c"), "import", str(tmp_path / "book.pkl")]) == 2
    assert "not the book's mnist.pkl format" in _one_error_line(capsys.readouterr().err)


def test_unknown_name_is_a_one_line_usage_error(capsys):
    assert main(["data", "info", "cifar10"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "cifar10" in line and "digits" in line


@pytest.mark.parametrize("cached", [False, True])
def test_train_says_which_default_it_uses(tmp_path, capsys, monkeypatch, cached):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path))
    if cached:
        write_idx_folder(tmp_path / "mnist", tiny_arrays(n_train=20, n_test=10))
    assert main(["train", "--iterations", "2", "--batch-size", "5", "--no-progress", "--seed", "0"]) == 0
    err = capsys.readouterr().err
    if cached:
        assert "Using MNIST (20 training images)" in err
    else:
        assert "Using the offline MNIST bundled with nnlab" in err and "8,000 to train" in err


def test_python_dash_m_entry_point(tmp_path):
    env = {**os.environ, "NNLAB_DATA_DIR": str(tmp_path)}
    ok = subprocess.run([sys.executable, "-m", "nnlab", "data", "list"], env=env,
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "not downloaded" in ok.stdout and "bundled" in ok.stdout and "spiral" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "nnlab", "data", "import", str(tmp_path / "nope")],
                         env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2
    assert "no such file or folder" in _one_error_line(bad.stderr)
