"""The cache is verified at use (issue 15): a replaced file is named, moved aside, and Download is offered."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.cli import main
from nnlab.data import DatasetNotAvailable, import_path, is_available, load, sources
from nnlab.data.cache_check import MANIFEST_NAME, leftovers
from nnlab.data.errors import DatasetDamaged
from nnlab.data.idx import write_idx

from .conftest import STEMS, tiny_arrays, write_idx_folder


@pytest.fixture
def local_mnist(monkeypatch, server, remote_files):
    """'mnist' downloads from a local server."""
    patched = sources.IdxSource(**{**sources.MNIST.__dict__, "files": tuple(remote_files),
                                   "mirrors": (server("good"),)})
    monkeypatch.setitem(sources.IDX_SOURCES, "mnist", patched)


def every_label_seven(folder) -> None:
    """Re-encode the cached test labels with other valid labels (a valid IDX file, other content)."""
    path = folder / f"{STEMS[3]}.gz"
    n = len(load("mnist", cache_dir=folder.parent).t_test)
    write_idx(path, np.full(n, 7, np.uint8))


def test_a_replaced_download_is_damaged_moved_aside_and_offered_again(tmp_path, local_mnist, capsys):
    folder = sources.download("mnist", cache_dir=tmp_path)
    assert (folder / MANIFEST_NAME).exists()
    every_label_seven(folder)
    assert main(["data", "--cache-dir", str(tmp_path), "list"]) == 0
    assert "mnist          damaged" in capsys.readouterr().out
    with pytest.raises(DatasetDamaged) as info:
        load("mnist", cache_dir=tmp_path)
    message = str(info.value)
    assert f"{STEMS[3]}.gz" in message and "moved aside" in message and "data download mnist" in message
    assert isinstance(info.value, DatasetNotAvailable)  # so the window offers Download again
    assert [p.name for p in leftovers(folder)] == [f"{STEMS[3]}.gz.damaged"]
    assert not is_available("mnist", cache_dir=tmp_path)
    assert main(["data", "--cache-dir", str(tmp_path), "list"]) == 0
    assert "damaged" in capsys.readouterr().out
    assert main(["data", "--cache-dir", str(tmp_path), "info", "mnist"]) == 2
    assert "not on this computer" in capsys.readouterr().err
    sources.download("mnist", cache_dir=tmp_path)  # Download again: good files, no leftovers
    assert leftovers(folder) == [] and len(load("mnist", cache_dir=tmp_path).t_test) > 0
    assert main(["data", "--cache-dir", str(tmp_path), "list"]) == 0
    assert "mnist          cached" in capsys.readouterr().out


def test_cli_names_the_damaged_file(tmp_path, local_mnist, capsys):
    folder = sources.download("mnist", cache_dir=tmp_path)
    every_label_seven(folder)
    assert main(["data", "--cache-dir", str(tmp_path), "info", "mnist"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"{STEMS[3]}.gz" in err and "damaged" in err


def test_imported_files_are_verified_too(tmp_path):
    source = tmp_path / "mine"
    write_idx_folder(source, tiny_arrays())
    import_path(source, cache_dir=tmp_path / "cache")
    load("mnist", cache_dir=tmp_path / "cache")  # the import recorded its own digests
    folder = tmp_path / "cache" / "mnist"
    write_idx(folder / f"{STEMS[1]}.gz", np.zeros(30, np.uint8))
    with pytest.raises(DatasetDamaged, match=STEMS[1]):
        load("mnist", cache_dir=tmp_path / "cache")


def test_files_placed_by_hand_are_recorded_at_first_use(tmp_path):
    write_idx_folder(tmp_path / "mnist", tiny_arrays())
    assert len(load("mnist", cache_dir=tmp_path).t_train) == 30
    assert (tmp_path / "mnist" / MANIFEST_NAME).exists()
    write_idx(tmp_path / "mnist" / f"{STEMS[0]}.gz", tiny_arrays(seed=5)[0])
    with pytest.raises(DatasetDamaged, match=STEMS[0]):
        load("mnist", cache_dir=tmp_path)


def test_an_unreadable_checksum_list_is_ignored(tmp_path):
    write_idx_folder(tmp_path / "mnist", tiny_arrays())
    (tmp_path / "mnist" / MANIFEST_NAME).write_text("[" * 100_000)
    assert len(load("mnist", cache_dir=tmp_path).t_train) == 30
