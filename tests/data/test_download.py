"""The downloader against real HTTP servers on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import hashlib
import http.server
import threading
from pathlib import Path

import numpy as np
import pytest

from nnlab.data import DatasetError, DownloadCancelled, RemoteFile, download, is_available, load
from nnlab.data.download import IMPORT_HINT, fetch_files
from nnlab.data.idx import write_idx

from .conftest import STEMS, tiny_arrays


@pytest.fixture(scope="module")
def served_files(tmp_path_factory) -> dict[str, bytes]:
    """Four generated MNIST-like gzip files (random pixels, so they do not compress much)."""
    folder = tmp_path_factory.mktemp("served")
    files = {}
    for stem, array in zip(STEMS, tiny_arrays(n_train=200, n_test=60)):
        path = folder / f"{stem}.gz"
        write_idx(path, array)
        files[path.name] = path.read_bytes()
    return files


@pytest.fixture(scope="module")
def remote_files(served_files) -> list[RemoteFile]:
    """Checksums of the generated files, passed to the downloader instead of the real ones."""
    return [RemoteFile(name, len(data), "sha256", hashlib.sha256(data).hexdigest())
            for name, data in served_files.items()]


class _Handler(http.server.BaseHTTPRequestHandler):
    mode = "good"
    files: dict[str, bytes] = {}
    release = threading.Event()

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        name = self.path.rsplit("/", 1)[-1]
        data = self.files.get(name)
        if data is None or self.mode == "404":
            self.send_error(404)
            return
        if self.mode == "wrong":
            data = bytes(b ^ 0x55 for b in data)
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.mode == "drop":
            self.wfile.write(data[: len(data) // 2])  # promise everything, send half, hang up
            self.wfile.flush()
            self.close_connection = True
            return
        if self.mode == "stall":
            self.wfile.flush()
            self.release.wait(10)
            return
        self.wfile.write(data)


@pytest.fixture
def server(served_files):
    """Start servers on 127.0.0.1; server(mode) returns a mirror URL behaving like mode."""
    started = []

    def start(mode: str) -> str:
        handler = type(f"Handler_{mode}", (_Handler,), {"mode": mode, "files": served_files,
                                                      "release": threading.Event()})
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        started.append((httpd, thread, handler))
        return f"http://127.0.0.1:{httpd.server_address[1]}/mnist/"

    yield start
    for httpd, thread, handler in started:
        handler.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


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


def test_wrong_bytes_give_checksum_error_and_leave_nothing(tmp_path, server, remote_files):
    with pytest.raises(DatasetError) as info:
        download("mnist", cache_dir=tmp_path, mirrors=[server("wrong")], files=remote_files)
    assert "checksum mismatch" in str(info.value)
    assert _leftovers(tmp_path / "mnist") == []


def test_dropped_connection_falls_back_to_next_mirror(tmp_path, server, served_files, remote_files):
    mirrors = [server("drop"), server("good")]
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
