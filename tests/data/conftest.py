"""Small generated MNIST-like files for the data tests (never the network, never the user's cache)."""

from __future__ import annotations

import hashlib
import http.server
import threading
from typing import ClassVar

import numpy as np
import pytest

from nnlab.data import RemoteFile
from nnlab.data.idx import write_idx

STEMS = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
         "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")


def tiny_arrays(n_train: int = 30, n_test: int = 10, seed: int = 0) -> tuple[np.ndarray, ...]:
    """Random uint8 28×28 images and labels 0–9 shaped like MNIST."""
    rng = np.random.default_rng(seed)
    return (
        rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        rng.integers(0, 10, n_train, dtype=np.uint8),
        rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        rng.integers(0, 10, n_test, dtype=np.uint8),
    )


def folder_names(folder) -> list[str]:
    """Sorted names in a cache folder, leaving out the checksum list nnlab keeps there."""
    from nnlab.data.cache_check import MANIFEST_NAME

    return sorted(p.name for p in folder.iterdir() if p.name != MANIFEST_NAME) if folder.exists() else []


def write_idx_folder(folder, arrays, *, gz: bool = True) -> None:
    """Write the four IDX files (canonical names) into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, array in zip(STEMS, arrays, strict=True):
        write_idx(folder / (stem + (".gz" if gz else "")), array)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    """Point the default cache at a temporary folder so no test touches the real per-user one."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "default-cache"))


# ---- a local HTTP server (127.0.0.1) standing in for the download mirrors ----

@pytest.fixture(scope="session")
def served_files(tmp_path_factory) -> dict[str, bytes]:
    """Four generated MNIST-like gzip files (random pixels, so they do not compress much)."""
    folder = tmp_path_factory.mktemp("served")
    files = {}
    for stem, array in zip(STEMS, tiny_arrays(n_train=200, n_test=60), strict=True):
        path = folder / f"{stem}.gz"
        write_idx(path, array)
        files[path.name] = path.read_bytes()
    return files


@pytest.fixture(scope="session")
def remote_files(served_files) -> list[RemoteFile]:
    """Checksums of the generated files, passed to the downloader instead of the real ones."""
    return [RemoteFile(name, len(data), "sha256", hashlib.sha256(data).hexdigest())
            for name, data in served_files.items()]


class _Handler(http.server.BaseHTTPRequestHandler):
    mode = "good"
    files: ClassVar[dict[str, bytes]] = {}
    release = threading.Event()

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
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
            self.stall_ended.set()
            return
        if self.mode == "trickle":  # one byte every 0.05 s: alive, but far too slow
            for byte in data:
                if self.release.wait(0.05):
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            return
        self.wfile.write(data)


@pytest.fixture
def server(served_files):
    """Start servers on 127.0.0.1; server(mode) returns a mirror URL behaving like mode."""
    started = []

    def start(mode: str) -> str:
        handler = type(f"Handler_{mode}", (_Handler,), {"mode": mode, "files": served_files,
                                                      "release": threading.Event(),
                                                      "stall_ended": threading.Event()})
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        started.append((httpd, thread, handler))
        start.handler = handler  # the last one started: tests look at what it did
        return f"http://127.0.0.1:{httpd.server_address[1]}/mnist/"

    yield start
    for httpd, thread, handler in started:
        handler.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()
