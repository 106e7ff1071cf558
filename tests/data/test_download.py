"""The downloader against real HTTP servers on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from nnlab.data import DatasetError, DownloadCancelled, download, is_available, load
from nnlab.data.download import IMPORT_HINT, fetch_files

from .conftest import folder_names


def _leftovers(folder: Path) -> list[str]:
    return folder_names(folder)


def test_download_success_with_monotone_progress(tmp_path, server, served_files, remote_files):
    reports = []
    folder = download("mnist", cache_dir=tmp_path, mirrors=[server("good")], files=remote_files,
                      progress=lambda done, total: reports.append((done, total)))
    assert folder == tmp_path / "mnist"
    for name, data in served_files.items():
        assert (folder / name).read_bytes() == data
    assert _leftovers(folder) == sorted(served_files)
    total = sum(len(d) for d in served_files.values())
    dones = [d for d, _ in reports]
    assert all(t == total for _, t in reports)
    assert dones == sorted(dones) and dones[-1] == total and len(dones) > 4
    # and the cache is what load() uses from now on
    assert is_available("mnist", cache_dir=tmp_path)
    data = load("mnist", cache_dir=tmp_path)
    assert data.x_train.shape == (200, 784) and data.x_test.shape == (60, 784)


def test_load_with_download_true(tmp_path, server, remote_files, monkeypatch):
    import nnlab.data.sources as sources

    patched = sources.IdxSource(**{**sources.MNIST.__dict__, "files": tuple(remote_files),
                                   "mirrors": (server("good"),)})
    monkeypatch.setitem(sources.IDX_SOURCES, "mnist", patched)
    data = load("mnist", cache_dir=tmp_path, download=True)
    assert len(data.x_train) == 200


def test_written_to_a_temporary_file_and_renamed_after_the_check(tmp_path, server, remote_files):
    seen_mid_file = []

    def progress(done: int, total: int) -> None:
        if 0 < done < remote_files[0].size:  # inside the first file
            seen_mid_file.append(_leftovers(tmp_path / "mnist"))

    download("mnist", cache_dir=tmp_path, mirrors=[server("good")], files=remote_files,
             progress=progress)
    assert seen_mid_file
    for listing in seen_mid_file:
        assert remote_files[0].filename not in listing  # the real name appears only at the end
        assert len(listing) == 1 and listing[0].startswith(f".{remote_files[0].filename}.")
        assert listing[0].endswith(".part")


def test_wrong_bytes_give_checksum_error_and_leave_nothing(tmp_path, server, remote_files):
    with pytest.raises(DatasetError) as info:
        download("mnist", cache_dir=tmp_path, mirrors=[server("wrong")], files=remote_files)
    assert "checksum mismatch" in str(info.value)
    assert _leftovers(tmp_path / "mnist") == []


@pytest.mark.parametrize("first", ["drop", "wrong", "404"])
def test_failing_mirror_falls_back_to_next_mirror(tmp_path, server, served_files, remote_files, first):
    mirrors = [server(first), server("good")]
    folder = download("mnist", cache_dir=tmp_path, mirrors=mirrors, files=remote_files)
    assert _leftovers(folder) == sorted(served_files)
    for name, data in served_files.items():
        assert (folder / name).read_bytes() == data


def test_dropped_connection_alone_leaves_no_partial_file(tmp_path, server, remote_files):
    with pytest.raises(DatasetError, match="could not download"):
        download("mnist", cache_dir=tmp_path, mirrors=[server("drop")], files=remote_files)
    assert _leftovers(tmp_path / "mnist") == []


def test_timeout_moves_on(tmp_path, server, served_files, remote_files):
    mirrors = [server("stall"), server("good")]
    folder = download("mnist", cache_dir=tmp_path, mirrors=mirrors, files=remote_files[3:],
                      timeout=0.3)
    assert _leftovers(folder) == [remote_files[3].filename]


def test_cancel_leaves_no_file(tmp_path, server, remote_files):
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 0:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        download("mnist", cache_dir=tmp_path, mirrors=[server("good")], files=remote_files,
                 progress=progress, cancel=cancel)
    assert _leftovers(tmp_path / "mnist") == []


def test_cancel_callable_before_start(tmp_path, server, remote_files):
    with pytest.raises(DownloadCancelled):
        download("mnist", cache_dir=tmp_path, mirrors=[server("good")], files=remote_files,
                 cancel=lambda: True)
    assert _leftovers(tmp_path / "mnist") == []


def test_keyboard_interrupt_leaves_no_file(tmp_path, server, remote_files):
    def progress(done: int, total: int) -> None:
        if done > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        download("mnist", cache_dir=tmp_path, mirrors=[server("good")], files=remote_files,
                 progress=progress)
    assert _leftovers(tmp_path / "mnist") == []


def test_all_mirrors_fail_explains_import(tmp_path, server, remote_files):
    mirrors = [server("404"), server("wrong"), "http://127.0.0.1:9/closed-port/"]
    with pytest.raises(DatasetError) as info:
        download("mnist", cache_dir=tmp_path, mirrors=mirrors, files=remote_files, timeout=2)
    message = str(info.value)
    assert "python -m nnlab data import PATH" in message and IMPORT_HINT in message
    assert "404" in message and "checksum mismatch" in message and message.count("http://") == 3
    assert "\n" not in message and "any of the 3 mirrors" in message
    assert _leftovers(tmp_path / "mnist") == []


def test_verified_files_are_not_downloaded_again(tmp_path, server, served_files, remote_files):
    folder = download("mnist", cache_dir=tmp_path, mirrors=[server("good")], files=remote_files)
    # a broken mirror is never asked, because every file is already there and verified
    download("mnist", cache_dir=tmp_path, mirrors=[server("404")], files=remote_files)
    assert _leftovers(folder) == sorted(served_files)


def test_unwritable_destination(tmp_path, remote_files):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(DatasetError, match="cannot write to the folder"):
        fetch_files(remote_files, ["http://127.0.0.1:9/"], blocker / "sub")


def test_real_constants_are_untouched():
    from nnlab.data.sources import FASHION_MNIST, MNIST

    for source in (MNIST, FASHION_MNIST):
        assert [f.algorithm for f in source.files] == ["sha256"] * 4
        assert all(len(f.digest) == 64 and int(f.digest, 16) >= 0 for f in source.files)
    assert MNIST.files[2].digest.startswith("8d422c7b") and MNIST.files[2].size == 1_648_877
    assert any("yann.lecun.com/exdb/mnist" in m for m in MNIST.mirrors)
    assert any("ossci-datasets.s3.amazonaws.com/mnist" in m for m in MNIST.mirrors)


@pytest.mark.realdata
def test_real_t10k_files_match_the_constants(mnist_t10k):
    from nnlab.data.download import file_matches
    from nnlab.data.sources import MNIST

    for remote in MNIST.files[2:]:
        assert file_matches(mnist_t10k / remote.filename, remote)
    assert not file_matches(mnist_t10k / MNIST.files[3].filename, MNIST.files[2])
    assert np.all(np.array([f.size for f in MNIST.files]) > 0)


# --- issue 15: prompt cancel, an overall deadline, stale partial files --------------------------
def test_cancel_is_honoured_within_a_second_while_the_server_stalls(tmp_path, server, remote_files):
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(DownloadCancelled):
        download("mnist", cache_dir=tmp_path, mirrors=[server("stall")], files=remote_files[3:],
                 cancel=cancel, timeout=30)
    assert not server.handler.stall_ended.is_set()  # cancelled while the read was still blocked
    assert _leftovers(tmp_path / "mnist") == []


def test_a_trickling_mirror_is_abandoned_at_its_deadline(tmp_path, server, remote_files):
    mirrors = [server("trickle"), server("good")]
    folder = download("mnist", cache_dir=tmp_path, mirrors=mirrors, files=remote_files[3:],
                      timeout=30, min_rate=1000.0, grace=0.5)
    assert _leftovers(folder) == [remote_files[3].filename]


def test_a_trickling_only_mirror_says_it_was_too_slow(tmp_path, server, remote_files):
    with pytest.raises(DatasetError, match="too slow"):
        download("mnist", cache_dir=tmp_path, mirrors=[server("trickle")], files=remote_files[3:],
                 timeout=30, min_rate=1000.0, grace=0.5)
    assert _leftovers(tmp_path / "mnist") == []


def test_stale_part_files_are_removed_at_the_next_download(tmp_path, server, remote_files):
    folder = tmp_path / "mnist"
    folder.mkdir()
    stale = folder / f".{remote_files[3].filename}.killed.part"
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    fresh = folder / f".{remote_files[3].filename}.running.part"  # another download, still alive
    fresh.write_bytes(b"busy")
    download("mnist", cache_dir=tmp_path, mirrors=[server("good")], files=remote_files[3:])
    assert not stale.exists() and fresh.exists()
