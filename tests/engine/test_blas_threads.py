"""engine_blas_threads limits BLAS to one thread in whichever thread trains, not only the first one."""

from __future__ import annotations

import threading

import pytest

from nnlab import blas_threads
from nnlab.blas_threads import engine_blas_threads

threadpoolctl = pytest.importorskip("threadpoolctl")


def blas_threads_now() -> list[int]:
    """Thread counts of every BLAS library loaded (NumPy's OpenBLAS here)."""
    import numpy  # noqa: F401 - loads the BLAS library

    return [info["num_threads"] for info in threadpoolctl.threadpool_info()
            if info["user_api"] == "blas"]


@pytest.fixture
def two_blas_threads():
    """Start from two BLAS threads (skip when BLAS cannot be controlled here)."""
    before = blas_threads_now()
    if not before:
        pytest.skip("no controllable BLAS library")
    with threadpoolctl.threadpool_limits(2, user_api="blas"):
        if blas_threads_now() != [2] * len(before):
            pytest.skip("BLAS does not accept two threads here")
        yield


def test_a_training_thread_gets_one_blas_thread_after_the_main_thread_trained(two_blas_threads):
    assert blas_threads.ENGINE_BLAS_THREADS == 1
    with engine_blas_threads():  # the GUI thread trains first (a lesson, a gradient check)
        assert set(blas_threads_now()) == {1}
    assert set(blas_threads_now()) == {2}
    seen: list[list[int]] = []

    def train() -> None:
        with engine_blas_threads():
            seen.append(blas_threads_now())

    worker = threading.Thread(target=train)
    worker.start()
    worker.join()
    assert seen and set(seen[0]) == {1}  # threadpoolctl >= 3.6 silently ignored this limit
    assert set(blas_threads_now()) == {2}  # and the count is restored afterwards


def test_overlapping_blocks_in_two_threads_restore_the_count(two_blas_threads):
    entered, release = threading.Event(), threading.Event()

    def train() -> None:
        with engine_blas_threads():
            entered.set()
            release.wait(10)

    worker = threading.Thread(target=train)
    worker.start()
    assert entered.wait(10)
    with engine_blas_threads():
        assert set(blas_threads_now()) == {1}
    assert set(blas_threads_now()) == {1}  # the worker still trains
    release.set()
    worker.join()
    assert set(blas_threads_now()) == {2}
