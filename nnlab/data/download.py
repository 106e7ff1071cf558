"""Verified downloads with urllib: mirrors in order, checksum before rename, nothing partial left.

Each file is written to a hidden temporary file inside the destination folder and renamed to its
real name only after its size and checksum match. A wrong checksum, an HTTP error, a timeout or a
dropped connection removes the temporary file and moves on to the next mirror. Cancelling (an
Event, a callable, or Ctrl-C in the command line) also removes it.
"""

from __future__ import annotations

import hashlib
import http.client
import logging
import os
import tempfile
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
        self._cancel = cancel

    def report(self, current_file_bytes: int) -> None:
        """Tell the callback about progress, then honour a cancel request."""
        done = min(self.total, max(self._reported, self.finished_bytes + current_file_bytes))
        if self._progress is not None and done != self._reported:
            self._progress(done, self.total)
        self._reported = done
        if is_cancelled(self._cancel):
            raise DownloadCancelled("download cancelled; no partial file was kept")


def _fetch_into(url: str, tmp: Any, remote: RemoteFile, transfer: _Transfer, timeout: float) -> str:
    """Stream url into the open temp file; return the hex digest of what was received."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    digest = remote.new_hash()
    received = 0
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only)
        while True:
            chunk = response.read(_CHUNK)
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


def _try_mirror(url: str, dest: Path, remote: RemoteFile, transfer: _Transfer, timeout: float) -> None:
    """Download one file from one mirror to dest, or raise; never leaves a partial file."""
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{remote.filename}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as tmp:
            _fetch_into(url, tmp, remote, transfer, timeout)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, dest)
    except BaseException:  # includes KeyboardInterrupt and DownloadCancelled
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _mirror_error_text(exc: BaseException) -> str:
    if isinstance(exc, (TimeoutError, OSError)) and "timed out" in str(exc):
        return "timed out"
    return str(exc) or type(exc).__name__


def _download_one(
    remote: RemoteFile, mirrors: list[str], dest_dir: Path, transfer: _Transfer, timeout: float
) -> None:
    """Try each mirror for one file; move the mirror that worked to the front of the list."""
    failures = []
    for base in list(mirrors):
        url = base.rstrip("/") + "/" + remote.filename
        try:
            _try_mirror(url, dest_dir / remote.filename, remote, transfer, timeout)
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
) -> None:
    """Download every file into dest_dir (skipping ones already there and verified)."""
    dest_dir = Path(dest_dir)
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=dest_dir):
            pass  # fail here, not per mirror, when the folder is not writable
    except OSError as exc:
        raise DatasetError(f"{dest_dir}: cannot write to the folder ({exc.strerror or exc})") from None
    if not mirrors:
        raise DatasetError("no download mirrors are configured. " + IMPORT_HINT)
    transfer = _Transfer(sum(f.size for f in files), progress, cancel)
    order = list(mirrors)
    for remote in files:
        transfer.report(0)
        if not file_matches(dest_dir / remote.filename, remote):
            _download_one(remote, order, dest_dir, transfer, timeout)
        transfer.finished_bytes += remote.size
    transfer.report(0)
