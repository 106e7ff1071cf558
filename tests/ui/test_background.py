"""ui.background on real QThreads: results, errors as messages, cancel, closing owners, jobs."""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from thread_support import Cancelled, _no_thread_left_behind  # noqa: F401 - autouse fixture
from ui.background import BackgroundRunner, Worker, live_thread_count


class Recorder:
    """Everything a runner emits, in order, with the thread each slot ran in."""

    def __init__(self, runner: BackgroundRunner) -> None:
        self.events: list[tuple] = []
        self.slot_threads: set[str] = set()
        self.running_in_outcome: list[bool] = []
        for name in ("progressed", "produced", "succeeded", "failed", "cancelled", "finished"):
            getattr(runner, name).connect(lambda *args, name=name: self._record(runner, name, args))

    def _record(self, runner: BackgroundRunner, name: str, args: tuple) -> None:
        self.events.append((name, *args))
        self.slot_threads.add(threading.current_thread().name)
        if name in ("succeeded", "failed", "cancelled"):
            self.running_in_outcome.append(runner.is_running())
            assert runner.thread.isFinished()  # the outcome comes after the thread has ended

    def names(self) -> list[str]:
        return [event[0] for event in self.events]


def wait_until_cancelled(task: Worker) -> None:
    """Work that runs until it is asked to stop (no sleeping, no clock)."""
    task.report(1, 10)
    task.cancel_event.wait()
    raise Cancelled


def test_a_result_arrives_on_the_gui_thread_after_the_thread_ended(qtbot):
    runner = BackgroundRunner()
    rec = Recorder(runner)
    work_threads: list[str] = []

    def work(task: Worker) -> int:
        work_threads.append(threading.current_thread().name)
        return 6 * 7

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(work)
        assert runner.is_running()
    assert rec.events == [("succeeded", 42), ("finished",)]
    assert rec.running_in_outcome == [False]
    assert work_threads and work_threads[0] != threading.main_thread().name
    assert rec.slot_threads == {threading.main_thread().name}
    assert not runner.is_running() and runner.thread.isFinished()


def test_progress_and_partial_results_come_in_order_before_the_outcome(qtbot):
    runner = BackgroundRunner()
    rec = Recorder(runner)

    def work(task: Worker) -> str:
        for i in range(1, 4):
            task.publish(f"part {i}")
            task.report(i, 3)
        return "whole"

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(work)
    assert rec.names() == ["produced", "progressed"] * 3 + ["succeeded", "finished"]
    progress = [event[1:] for event in rec.events if event[0] == "progressed"]
    assert [(done, total) for done, total, _elapsed in progress] == [(1, 3), (2, 3), (3, 3)]
    assert all(elapsed >= 0 for _done, _total, elapsed in progress)
    parts = [event[1] for event in rec.events if event[0] == "produced"]
    assert parts == ["part 1", "part 2", "part 3"]


@pytest.mark.parametrize(("error", "expected", "message", "level", "traceback"), [
    pytest.param(ValueError("the shapes (3,) and (4,) do not match"), (),
                 "ValueError: the shapes (3,) and (4,) do not match", logging.ERROR, True,
                 id="unexpected: named, traceback in the log"),
    pytest.param(OSError("mnist.csv, row 3: not a number"), (OSError,),
                 "mnist.csv, row 3: not a number", logging.WARNING, False,
                 id="expected: its own text, one log line"),
])
def test_an_error_becomes_a_message_for_the_window_and_a_log_record(
        qtbot, caplog, error, expected, message, level, traceback):
    runner = BackgroundRunner()
    rec = Recorder(runner)

    def work(task: Worker) -> None:
        raise error

    logged = caplog.at_level(logging.INFO, logger="ui.background")
    with logged, qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(work, expected=expected, description="the shape test")
    assert rec.events == [("failed", message, error), ("finished",)]
    [record] = [r for r in caplog.records if r.name == "ui.background"]
    assert record.levelno == level and "the shape test failed" in record.getMessage()
    assert (record.exc_info is not None) == traceback  # a traceback never reaches the window


def test_cancel_ends_the_work_with_cancelled(qtbot):
    runner = BackgroundRunner()
    rec = Recorder(runner)
    with qtbot.waitSignal(runner.progressed, timeout=10_000):
        runner.start(wait_until_cancelled, cancelled_by=(Cancelled,))
    assert runner.is_running()
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.cancel()
    assert rec.names() == ["progressed", "cancelled", "finished"]
    assert runner.thread.isFinished()


def test_a_second_start_is_refused_while_a_job_runs(qtbot):
    runner = BackgroundRunner()
    with qtbot.waitSignal(runner.progressed, timeout=10_000):
        runner.start(wait_until_cancelled, cancelled_by=(Cancelled,))
    with pytest.raises(RuntimeError):
        runner.start(lambda task: None)
    assert runner.shutdown(10_000)
    assert not runner.is_running()


def test_closing_the_owner_widget_mid_job_stops_it_and_waits(qtbot, qtlog):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    runner = BackgroundRunner(owner)
    rec = Recorder(runner)
    with qtbot.waitSignal(runner.progressed, timeout=10_000):
        runner.start(wait_until_cancelled, cancelled_by=(Cancelled,))
    thread = runner.thread
    owner.close()
    # close() itself stopped the work, waited for the thread and delivered the end
    assert thread.isFinished() and not runner.is_running()
    assert rec.names() == ["progressed", "cancelled", "finished"]
    assert live_thread_count() == 0
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]


def test_deleting_the_owner_mid_job_stops_it_without_destroying_the_thread(qtbot, qtlog):
    owner = QObject()
    runner = BackgroundRunner(owner)
    stopped = threading.Event()

    def work(task: Worker) -> None:
        task.report(1, 2)
        task.cancel_event.wait()
        stopped.set()

    with qtbot.waitSignal(runner.progressed, timeout=10_000):
        runner.start(work)
    owner.deleteLater()  # takes the runner with it while the thread works
    del runner, owner
    qtbot.waitUntil(stopped.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)
    gc.collect()
    qtbot.wait(50)
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]


def test_a_collected_runner_stops_its_job(qtbot):
    runner = BackgroundRunner()
    stopped = threading.Event()

    def work(task: Worker) -> None:
        task.cancel_event.wait()
        stopped.set()

    runner.start(work)
    del runner
    gc.collect()
    qtbot.waitUntil(stopped.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


def test_many_jobs_in_a_row_each_started_from_the_last_result(qtbot):
    runner = BackgroundRunner()
    rec = Recorder(runner)
    results: list[int] = []
    n_jobs = 25

    def square(k: int) -> Callable[[Worker], int]:
        return lambda task: k * k

    def next_job(value: int) -> None:
        results.append(value)
        if len(results) < n_jobs:
            runner.start(square(len(results)))

    runner.succeeded.connect(next_job)
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.start(lambda task: 0)
    assert results == [k * k for k in range(n_jobs)]
    # one finished, for the last job: the others' ends started a job that was not over yet
    assert rec.names().count("finished") == 1 and rec.names()[-1] == "finished"
    assert rec.running_in_outcome == [False] * n_jobs
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


def test_many_jobs_one_after_another_leave_no_thread(qtbot):
    runner = BackgroundRunner()
    for k in range(20):
        with qtbot.waitSignal(runner.succeeded, timeout=10_000) as blocker:
            runner.start(lambda task, k=k: k + 1)
        assert blocker.args == [k + 1]
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


class CountingWorker(Worker):
    """A worker object with a signal of its own, as the training worker has."""

    counted = Signal(int)

    def __init__(self, n: int) -> None:
        super().__init__(description="counting")
        self.n = n

    def work(self) -> int:
        for i in range(self.n):
            self.counted.emit(i)
        return self.n


class Sink(QObject):
    """A GUI-thread receiver: the worker's signals reach it queued."""

    def __init__(self, order: list[object]) -> None:
        super().__init__()
        self.order = order

    @Slot(int)
    def take(self, i: int) -> None:
        assert threading.current_thread() is threading.main_thread()
        self.order.append(i)


def test_a_worker_object_streams_its_own_signals_before_the_outcome(qtbot):
    runner = BackgroundRunner()
    order: list[object] = []
    sink = Sink(order)
    worker = CountingWorker(500)
    worker.counted.connect(sink.take)
    runner.succeeded.connect(lambda n: order.append(f"done {n}"))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(worker)
    assert order == [*range(500), "done 500"]


def test_shutdown_of_an_idle_runner_returns_at_once(qtbot):
    runner = BackgroundRunner()
    assert runner.shutdown(0)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(lambda task: None)
    assert runner.shutdown(0)
