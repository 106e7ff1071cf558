"""LiveCurveFeed: many small updates from the worker become one redraw per frame."""

from __future__ import annotations

import numpy as np
import pytest

from ui.widgets.live_curves import LiveCurveFeed
from ui.widgets.loss_plot import AccuracyPlot, LossPlot


@pytest.fixture
def feed(qtbot) -> LiveCurveFeed:
    loss, accuracy = LossPlot(), AccuracyPlot()
    qtbot.addWidget(loss)
    qtbot.addWidget(accuracy)
    return LiveCurveFeed(loss, accuracy, frames_per_second=20)


def test_a_burst_of_updates_is_drawn_in_one_frame(qtbot, feed: LiveCurveFeed) -> None:
    for start in range(0, 500, 10):  # 50 batches of losses and 5 evaluations, all at once
        feed.add_steps(np.arange(start + 1, start + 11), np.full(10, 2.0 - start / 500))
        if start % 100 == 0:
            feed.add_evaluation(start + 10, 0.5, 0.4)
    assert feed.frames == 0 and feed.has_pending()
    with qtbot.waitSignal(feed.frame_drawn, timeout=5_000) as frame:
        pass
    assert frame.args == [500]  # the last loss drawn
    assert feed.frames == 1 and not feed.has_pending()
    iterations, _ = feed._loss_plot.data()
    np.testing.assert_array_equal(iterations, np.arange(1, 501))
    x, train, test = feed._accuracy_plot.data()
    np.testing.assert_array_equal(x, [10, 110, 210, 310, 410])
    assert train.tolist() == [0.5] * 5 and test.tolist() == [0.4] * 5


def test_flush_draws_at_once_and_discard_forgets(qtbot, feed: LiveCurveFeed) -> None:
    feed.add_steps(np.array([1, 2]), np.array([2.3, 2.2]))
    feed.flush()
    assert feed.frames == 1
    assert feed._loss_plot.data()[0].tolist() == [1, 2]
    feed.add_steps(np.array([3]), np.array([2.1]))
    feed.discard()
    qtbot.wait(150)  # longer than a frame: nothing is drawn after discard
    assert feed.frames == 1 and feed._loss_plot.data()[0].tolist() == [1, 2]
    feed.flush()  # nothing pending: no empty frame
    assert feed.frames == 1


def test_a_frame_of_accuracies_only_reports_no_iteration(qtbot, feed: LiveCurveFeed) -> None:
    feed.add_steps(np.array([99, 100]), np.array([1.0, 0.9]))
    feed.flush()
    feed.add_evaluation(80, 0.7, 0.6)  # measured at 80, arrives after the losses up to 100
    with qtbot.waitSignal(feed.frame_drawn, timeout=5_000) as frame:
        pass
    assert frame.args == [0]  # not 80: the playground's iterations/s must not go backwards


def test_frames_follow_the_updates_at_the_frame_rate(qtbot, feed: LiveCurveFeed) -> None:
    """Updates arriving every 30 ms or so are drawn at most 20 times a second, as they come."""
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    times: list[int] = []
    feed.frame_drawn.connect(lambda _last: times.append(clock.elapsed()))
    for k in range(20):
        feed.add_steps(np.array([k + 1]), np.array([1.0]))
        qtbot.wait(30)
    feed.flush()
    assert feed.frames >= 3  # drawn while the updates stream in, not only at the end
    gaps = np.diff(times[:-1])  # the last frame is the explicit flush
    assert gaps.min() >= 40  # never faster than the frame rate (20/s: 50 ms, less coarse-timer slack)


def test_loss_axis_starts_at_zero_and_follows_the_highest_loss(qtbot) -> None:
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.plan_iterations(1000)
    plot.append(np.arange(1, 4), np.array([2.3, 2.0, np.inf]))  # a diverging value is ignored
    low, high = plot.plot_item.viewRange()[1]
    assert low <= 0.0 < 2.3 < high < 2.6
    plot.append(np.arange(4, 6), np.array([0.5, 0.1]))  # new lows do not move the axis
    assert plot.plot_item.viewRange()[1] == [low, high]
    assert plot.plot_item.viewRange()[0][1] >= 1000


def test_garbage_is_collected_in_the_gui_thread_only(qapp):
    """Automatic collection is off (any thread could run it); the GUI thread's timer collects."""
    import gc
    import weakref

    from ui import gui_gc

    collector = gui_gc.install(qapp)
    assert gui_gc.install(qapp) is collector and not gc.isenabled()

    class Cycle:
        pass

    garbage = Cycle()
    garbage.me = garbage
    alive = weakref.ref(garbage)
    del garbage
    young = [Cycle() for _ in range(gc.get_threshold()[0] + 1)]  # pass generation 0's threshold
    collector.collect()
    assert alive() is None and young
