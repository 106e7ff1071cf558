"""How many threads NumPy's BLAS may use while the engine trains or checks gradients.

The lessons' matrices are small: one training step of the book's 784-50-10 net multiplies a
(100, 784) batch by a (784, 50) matrix in well under 0.1 ms. A second BLAS thread saves a few
tens of microseconds on an idle machine, but when the other core is busy (the app's GUI thread
drawing the curves, or any other program) the BLAS threads wait for each other for whole
scheduler time slices and a step becomes ten to twenty times slower. So while the engine works,
BLAS runs on one thread; the setting is restored when the last such block ends.

The limit goes through threadpoolctl when it is installed; without it this is a no-op.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["ENGINE_BLAS_THREADS", "engine_blas_threads"]

log = logging.getLogger(__name__)

# Threads for BLAS inside engine_blas_threads(); None leaves BLAS as it is (for comparisons).
ENGINE_BLAS_THREADS: int | None = 1

_lock = threading.Lock()
_depth = 0                 # blocks currently open, across all threads
_limiter: Any = None       # threadpoolctl's limiter while a block is open


@contextmanager
def engine_blas_threads() -> Iterator[None]:
    """Within the block BLAS uses ENGINE_BLAS_THREADS threads.

    Nested and concurrent blocks share one limit.
    """
    global _depth, _limiter
    with _lock:
        if _depth == 0:
            _release_control()
            _limiter = _limit(ENGINE_BLAS_THREADS)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _limiter is not None:
                _release_control()
                _limiter.restore_original_limits()
                _limiter = None
                _release_control()


def _release_control() -> None:
    """Let the calling thread change OpenBLAS's thread count (threadpoolctl >= 3.6).

    With OpenBLAS's own (pthreads) pool, threadpoolctl lets only one thread change the count: the
    first that did, for as long as it lives, unless its limits are used as ``with`` blocks. A block
    here may begin in one thread and end in another, and the GUI thread lives as long as the app:
    once it had trained, a training thread's limit was silently ignored, BLAS ran on two threads
    and every step became many times slower on a busy machine. ``_lock`` serialises every change
    made here, so handing the control over each time is safe.
    """
    try:
        from threadpoolctl import OpenBLASController
    except ImportError:
        return
    clear = getattr(OpenBLASController, "clear_controlling_thread", None)
    if clear is not None:
        clear(force=True)


def _limit(threads: int | None) -> Any:
    """A threadpoolctl limiter set to ``threads`` BLAS threads, or None when that is not possible."""
    if threads is None:
        return None
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return None
    try:
        return threadpool_limits(limits=threads, user_api="blas")
    except Exception as exc:  # noqa: BLE001 - an unusual BLAS build must not stop training
        log.warning("could not limit BLAS threads: %s", exc)
        return None
