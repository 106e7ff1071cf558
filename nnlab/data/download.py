"""Verified downloads with urllib: mirrors in order, checksum before rename, nothing partial left.

Each file is written to a hidden temporary file inside the destination folder and renamed to its
real name only after its size and checksum match. A wrong checksum, an HTTP error, a timeout or a
dropped connection removes the temporary file and moves on to the next mirror. Cancelling (an
Event, a callable, or Ctrl-C in the command line) also removes it.

A watcher thread makes both cancelling and the overall deadline prompt: every 0.1 s it checks
them and, when one is due, shuts the connection's socket down so a blocked read returns at once.
The deadline is ``grace + size / min_rate`` per file: a mirror slower than ``min_rate`` bytes/s
is abandoned for the next one. Temporary files a killed process left behind are removed at the
next download.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import logging
import os
import socket
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nnlab import __version__
from nnlab.data.errors import DatasetError, DownloadCancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (bytes done, bytes total)
Cancel = Any  # threading.Event, a callable returning bool, or None
_CHUNK = 64 * 1024
MIN_RATE = 16 * 1024  # bytes/s: a mirror slower than this is abandoned (MNIST's 9.9 MB: 10 min)
GRACE = 20.0  # seconds added to every file's deadline for connecting and the first bytes
POLL = 0.1  # seconds between two looks at the cancel request and the deadline
STALE_PART_AGE = 120.0  # a .part untouched this long belongs to a process that is gone
_USER_AGENT = f"nnlab/{__version__} (Python urllib)"
IMPORT_HINT = (
    "You can add the files by hand: download them with a web browser, then run "
    "`python -m nnlab data import PATH` (PATH = the folder holding them) or choose Import… "
    "where the app offers the download; the offline MNIST bundled with nnlab works meanwhile."
)


@dataclass(frozen=True)
class RemoteFile:
    """One file to fetch: its name on the mirrors, expected size, and checksum (algorithm named)."""

    filename: str
    size: int
    algorithm: str  # "sha256" or "md5" (hashlib name)
    digest: str  # lowercase hex

    def new_hash(self) -> Any:
        """Return a fresh hashlib object for this file's algorithm."""
        return hashlib.new(self.algorithm)


def is_cancelled(cancel: Cancel) -> bool:
    """True when cancel is a set threading.Event or a callable returning True."""
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


def file_matches(path: Path, remote: RemoteFile) -> bool:
    """True when the file at path has the expected size and checksum."""
    try:
        if path.stat().st_size != remote.size:
            return False
        digest = remote.new_hash()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return False
    return digest.hexdigest() == remote.digest


class _Transfer:
    """Overall progress across several files; never goes backwards when a mirror is retried."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel) -> None:
        self.total = total
        self.finished_bytes = 0
        self._reported = 0
        self._progress = progress
        self.cancel = cancel

    def report(self, current_file_bytes: int) -> None:
        """Tell the callback about progress, then honour a cancel request."""
        done = min(self.total, max(self._reported, self.finished_bytes + current_file_bytes))
        if self._progress is not None and done != self._reported:
            self._progress(done, self.total)
        self._reported = done
        if is_cancelled(self.cancel):
            raise DownloadCancelled("download cancelled; no partial file was kept")


class _Watch:
    """Ends one transfer from a second thread when it is cancelled or past its deadline."""

    def __init__(self, cancel: Cancel, deadline: float, rate_text: str) -> None:
        self.reason: str | None = None  # "cancelled" or "too slow" once the watch fired
        self.cancel = cancel
        self._deadline = time.monotonic() + deadline
        self._rate_text = rate_text
        self._sock: socket.socket | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="download-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(POLL):
            if is_cancelled(self.cancel):
                self.reason = "cancelled"
            elif time.monotonic() > self._deadline:
                self.reason = "too slow"
            if self.reason is not None:
                self._shutdown()
                return

    def attach(self, response: Any) -> None:
        """Remember the response's socket so that a blocked read can be ended."""
        raw = getattr(getattr(response, "fp", None), "raw", None)
        self._sock = getattr(raw, "_sock", None)
        if self.reason is not None:
            self._shutdown()

    def _shutdown(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)

    def check(self) -> None:
        """Raise when the watch fired: DownloadCancelled, or a DatasetError for a slow mirror."""
        if self.reason == "cancelled":
            raise DownloadCancelled("download cancelled; no partial file was kept")
        if self.reason == "too slow":
            raise DatasetError(f"too slow: the transfer went on past its deadline ({self._rate_text})")

    def close(self) -> None:
        """Stop watching (the transfer is over)."""
        self._done.set()


def _open(request: urllib.request.Request, timeout: float, watch: _Watch) -> Any:
    """urlopen in a helper thread, so cancelling works while connecting (the open is abandoned)."""
    box: dict[str, Any] = {}
    opened = threading.Event()

    def run() -> None:
        try:
            box["response"] = urllib.request.urlopen(request, timeout=timeout)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = exc
        opened.set()
        if watch.reason is not None and "response" in box:
            box["response"].close()  # nobody waits for it any more

    threading.Thread(target=run, name="download-open", daemon=True).start()
    while not opened.wait(POLL):
        watch.check()
    if "error" in box:
        raise box["error"]
    watch.attach(box["response"])
    return box["response"]


def _fetch_into(url: str, tmp: Any, remote: RemoteFile, transfer: _Transfer, timeout: float,
                watch: _Watch) -> str:
    """Stream url into the open temp file; return the hex digest of what was received."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    digest = remote.new_hash()
    received = 0
    with _open(request, timeout, watch) as response:
        while True:
            try:
                chunk = response.read1(_CHUNK)  # returns what has arrived, not a full 64 KiB
            except (OSError, ValueError, http.client.HTTPException):
                watch.check()  # a read ended by the watch: say why
                raise
            watch.check()
            if not chunk:
                break
            received += len(chunk)
            if received > remote.size:
                raise DatasetError(f"the server sent more than the expected {remote.size:,} bytes")
            digest.update(chunk)
            tmp.write(chunk)
            transfer.report(received)
    if received != remote.size:
        raise DatasetError(f"received {received:,} of {remote.size:,} bytes")
    if digest.hexdigest() != remote.digest:
        raise DatasetError(f"{remote.algorithm} checksum mismatch (the file is not the original)")
    return digest.hexdigest()


def _try_mirror(url: str, dest: Path, remote: RemoteFile, transfer: _Transfer, timeout: float,
                limits: tuple[float, float]) -> None:
    """Download one file from one mirror to dest, or raise; never leaves a partial file."""
    min_rate, grace = limits
    watch = _Watch(transfer.cancel, grace + remote.size / min_rate,
                   f"{remote.size:,} bytes at less than {min_rate / 1024:,.0f} kB/s")
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{remote.filename}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as tmp:
            _fetch_into(url, tmp, remote, transfer, timeout, watch)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, dest)
    except BaseException:  # includes KeyboardInterrupt and DownloadCancelled
        Path(tmp_name).unlink(missing_ok=True)
        raise
    finally:
        watch.close()


def remove_stale_parts(folder: Path, max_age: float = STALE_PART_AGE) -> list[Path]:
    """Delete the temporary ``.part`` files of downloads whose process is gone; return them."""
    removed = []
    now = time.time()
    try:
        candidates = list(folder.glob(".*.part"))
    except OSError:
        return removed
    for path in candidates:
        try:
            if now - path.stat().st_mtime > max_age:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    if removed:
        log.info("removed %d stale partial download(s) in %s", len(removed), folder)
    return removed


def _mirror_error_text(exc: BaseException) -> str:
    if isinstance(exc, (TimeoutError, OSError)) and "timed out" in str(exc):
        return "timed out"
    return str(exc) or type(exc).__name__


def _download_one(
    remote: RemoteFile, mirrors: list[str], dest_dir: Path, transfer: _Transfer, timeout: float,
    limits: tuple[float, float],
) -> None:
    """Try each mirror for one file; move the mirror that worked to the front of the list."""
    failures = []
    for base in list(mirrors):
        url = base.rstrip("/") + "/" + remote.filename
        try:
            _try_mirror(url, dest_dir / remote.filename, remote, transfer, timeout, limits)
        except DownloadCancelled:
            raise
        except (OSError, http.client.HTTPException, ValueError, DatasetError) as exc:
            reason = _mirror_error_text(exc)
            log.warning("download of %s failed: %s", url, reason)
            failures.append(f"{url}: {reason}")
            continue
        log.info("downloaded %s", url)
        mirrors.remove(base)
        mirrors.insert(0, base)
        return
    # one line: the command line prints it as "error: ...", the app in a message box
    raise DatasetError(
        f"could not download {remote.filename} from any of the {len(failures)} mirrors "
        f"({'; '.join(failures)}). {IMPORT_HINT}"
    )


def fetch_files(
    files: Sequence[RemoteFile],
    mirrors: Sequence[str],
    dest_dir: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: Cancel = None,
    timeout: float = 30.0,
    min_rate: float = MIN_RATE,
    grace: float = GRACE,
) -> None:
    """Download every file into dest_dir (skipping ones already there and verified).

    ``timeout`` bounds each network read; ``grace + size / min_rate`` bounds each file.
    """
    dest_dir = Path(dest_dir)
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=dest_dir):
            pass  # fail here, not per mirror, when the folder is not writable
    except OSError as exc:
        raise DatasetError(f"{dest_dir}: cannot write to the folder ({exc.strerror or exc})") from None
    if not mirrors:
        raise DatasetError("no download mirrors are configured. " + IMPORT_HINT)
    remove_stale_parts(dest_dir)
    transfer = _Transfer(sum(f.size for f in files), progress, cancel)
    order = list(mirrors)
    for remote in files:
        transfer.report(0)
        if not file_matches(dest_dir / remote.filename, remote):
            _download_one(remote, order, dest_dir, transfer, timeout, (min_rate, grace))
        transfer.finished_bytes += remote.size
    transfer.report(0)
