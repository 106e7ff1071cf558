"""The child process that runs one reader on input after input, under a memory cap.

It receives (index, bytes) over a pipe, writes the bytes to a file in a private temporary
folder, runs the reader and answers (index, outcome, detail, peak RSS in bytes, seconds).
Outcomes: "accepted", "refused" (the project's error with a one-line bounded message), "crash"
(any other exception, a project error with a bad message, or a warning printed by a library).
"""

from __future__ import annotations

import logging
import os
import resource
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path


def _cap_memory(cap_bytes: int) -> None:
    """Limit the address space to what the process uses now plus cap_bytes."""
    with open("/proc/self/statm") as fh:
        vm_now = int(fh.read().split()[0]) * resource.getpagesize()
    limit = vm_now + cap_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _peak_rss() -> int:
    """This process's peak resident memory in bytes (VmHWM: not inherited, unlike ru_maxrss)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def serve(conn: Connection, reader_name: str, cap_bytes: int) -> None:
    """Answer inputs until the parent closes the pipe."""
    from fuzz.readers import READERS
    from nnlab.data.errors import DatasetError
    from nnlab.limits import MAX_MESSAGE_CHARS
    from nnlab.serialize import ModelFileError

    logging.disable(logging.CRITICAL)  # the readers log their refusals; not needed here
    reader = READERS[reader_name]
    reader.seeds()  # imports and seed files, before the cap and the clock
    _cap_memory(cap_bytes)
    folder = Path(tempfile.mkdtemp(prefix=f"nnlab-fuzz-{reader_name}-",
                                   dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    try:
        while True:
            try:
                index, data = conn.recv()
            except EOFError:
                return
            path = folder / f"input{index}{reader.suffix}"
            path.write_bytes(data)
            started = time.perf_counter()
            outcome, detail = _run_one(reader.run, path, (DatasetError, ModelFileError), MAX_MESSAGE_CHARS)
            seconds = time.perf_counter() - started
            path.unlink(missing_ok=True)
            peak = _peak_rss()
            detail = detail.encode("ascii", "backslashreplace").decode("ascii")  # any text survives the pipe
            conn.send((index, outcome, detail, peak, seconds))
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


def _run_one(run: Callable[[Path], str], path: Path, project_errors: tuple,
             max_chars: int) -> tuple[str, str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            outcome, detail = run(path), ""
        except project_errors as exc:
            message = str(exc)
            if "\n" in message or len(message) > max_chars:
                outcome, detail = "crash", f"bad message ({len(message)} chars)"
            else:
                outcome, detail = "refused", message.replace(str(path), "<input>")[:200]
        except BaseException as exc:  # noqa: BLE001 - a crash is what the fuzz run looks for
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{Path(frame.filename).name}:{frame.lineno}"
            outcome, detail = "crash", f"{type(exc).__name__} at {where}: {str(exc)[:200]}"
    if caught and outcome != "crash":
        outcome, detail = "crash", f"warning: {caught[0].category.__name__}: {str(caught[0].message)[:150]}"
    return outcome, detail
