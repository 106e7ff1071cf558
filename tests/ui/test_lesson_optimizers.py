"""Optimizers lesson on real widgets: paths on 2-D functions, animation controls, training curves."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import cancel_during_first_run, in_japanese, is_japanese, show_lesson
from nnlab.landscapes import BOOK_LEARNING_RATES, LANDSCAPES, optimizer_path, trace_path
from nnlab.optimizers import make_optimizer
from ui.lessons.optimizers.lesson import OptimizersWidget
from ui.lessons.optimizers.trajectories import BOOK_FOUR, LANDSCAPE_NAMES, OPTIMIZER_NAMES
from ui.percent import percent_text
from ui.training_worker import live_thread_count

CLICK = Qt.MouseButton.LeftButton


pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def lesson(qtbot, qapp) -> OptimizersWidget:
    """The lesson widget in English, shown."""
    return show_lesson(qtbot, qapp, OptimizersWidget)


def drawn_path(view, name: str) -> np.ndarray:
    """Points (k + 1, 2) of an optimizer's path as drawn on the map."""
    x, y = view.curves[name].getData()
    return np.column_stack([x, y])


def test_builds_in_english(lesson):
    assert [lesson.tabs.tabText(i) for i in range(2)] == ["Paths on 2-D functions", "Training on the digits"]
    view = lesson.trajectories
    assert view.landscape_combo.currentText() == "f(x, y) = x²/20 + y²"
    assert view.step_label.text() == "step 30 / 30"
    assert view.play_button.text() == "Play"
    assert lesson.training.run_bar.run_button.text() == "Train with every optimizer"


def test_builds_in_japanese(qtbot, qapp):
    with in_japanese(qapp):
        widget = OptimizersWidget()
        qtbot.addWidget(widget)
        assert widget.tabs.tabText(0) == QCoreApplication.translate(
            "OptimizersWidget", "Paths on 2-D functions")
        assert widget.trajectories.step_button.text() == QCoreApplication.translate("TrajectoryView", "Step")
        assert widget.training.run_bar.run_button.text() == QCoreApplication.translate(
            "RunBar", "Train with every optimizer")
        assert widget.trajectories.step_label.text()
        assert is_japanese(widget.tabs.tabText(0)) and is_japanese(widget.training.note_label.text())
    assert widget.tabs.tabText(0) == "Paths on 2-D functions"
    assert widget.trajectories.step_label.text() == "step 30 / 30"


def test_paths_on_the_book_function_equal_the_engine(lesson):
    view = lesson.trajectories
    assert view.start_point == (-7.0, 2.0)
    for name in OPTIMIZER_NAMES:
        assert view.lr_spins[name].value() == pytest.approx(BOOK_LEARNING_RATES[name])
        expected = optimizer_path("book", name, (-7.0, 2.0), 30)  # the engine, outside the UI
        np.testing.assert_allclose(drawn_path(view, name), expected, rtol=1e-12, atol=1e-12)
        assert view.curves[name].isVisible() == (name in BOOK_FOUR)
        x, y = expected[-1]
        if name in BOOK_FOUR:
            assert view.state_labels[name].text() == f"({x:.2f}, {y:.2f})".replace("-", "−")
        steps, heights = view.loss_curves[name].xData, view.loss_curves[name].yData  # not log10
        np.testing.assert_array_equal(steps, np.arange(31))
        np.testing.assert_allclose(heights, np.maximum(expected[:, 0] ** 2 / 20 + expected[:, 1] ** 2, 1e-16))
    # the book's picture: SGD zig-zags in y, Adam and AdaGrad end near the minimum
    assert np.any(np.diff(np.sign(drawn_path(view, "SGD")[:, 1])) != 0)
    assert np.linalg.norm(drawn_path(view, "AdaGrad")[-1]) < 1.0


def test_changing_a_learning_rate_changes_that_path_only(lesson):
    view = lesson.trajectories
    before = {name: drawn_path(view, name) for name in OPTIMIZER_NAMES}
    view.lr_spins["Momentum"].setValue(0.02)
    after = drawn_path(view, "Momentum")
    assert not np.allclose(after, before["Momentum"])
    expected = trace_path(LANDSCAPES["book"], make_optimizer("Momentum", 0.02), (-7.0, 2.0), 30).points
    np.testing.assert_allclose(after, expected, rtol=1e-12, atol=1e-12)
    for name in OPTIMIZER_NAMES:
        if name != "Momentum":
            np.testing.assert_array_equal(drawn_path(view, name), before[name])


def test_a_too_large_learning_rate_is_shown_as_diverged(lesson):
    view = lesson.trajectories
    view.lr_spins["SGD"].setValue(10.0)
    path = trace_path("book", make_optimizer("SGD", 10.0), (-7.0, 2.0), 30)
    assert path.diverged
    assert view.state_labels["SGD"].text() == f"diverged at step {path.diverged_at}"
    assert np.all(np.isfinite(drawn_path(view, "SGD")))


def test_step_play_and_reset_drive_the_shown_step(qtbot, lesson):
    view = lesson.trajectories
    qtbot.mouseClick(view.reset_button, CLICK)
    assert view.step_label.text() == "step 0 / 30"
    assert len(drawn_path(view, "Adam")) == 1
    for k in (1, 2, 3):
        qtbot.mouseClick(view.step_button, CLICK)
        assert view.step_label.text() == f"step {k} / 30"
        expected = optimizer_path("book", "Adam", None, 30)[: k + 1]
        np.testing.assert_allclose(drawn_path(view, "Adam"), expected)
        assert len(view.loss_curves["Adam"].getData()[0]) == k + 1

    view.speed_slider.setValue(60)
    qtbot.mouseClick(view.play_button, CLICK)
    assert view.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: view.step_index >= 6, timeout=10_000)
    qtbot.mouseClick(view.play_button, CLICK)  # pause
    assert view.play_button.text() == "Play"
    paused_at = view.step_index
    qtbot.wait(100)
    assert view.step_index == paused_at and view.step_label.text() == f"step {paused_at} / 30"
    assert len(drawn_path(view, "SGD")) == paused_at + 1

    qtbot.mouseClick(view.play_button, CLICK)  # play to the end
    qtbot.waitUntil(lambda: view.step_label.text() == "step 30 / 30", timeout=20_000)
    qtbot.waitUntil(lambda: view.play_button.text() == "Play", timeout=5_000)
    assert len(drawn_path(view, "SGD")) == 31
    qtbot.mouseClick(view.step_button, CLICK)  # after the end, Step starts again at 0
    assert view.step_label.text() == "step 0 / 30"
    qtbot.mouseClick(view.reset_button, CLICK)
    assert view.step_index == 0

    view.steps_spin.setValue(12)  # more or fewer steps: recomputed and shown whole
    assert view.step_label.text() == "step 12 / 12"
    np.testing.assert_allclose(drawn_path(view, "RMSProp"), optimizer_path("book", "RMSProp", None, 12))


def test_moving_the_start_point_changes_every_path(lesson):
    view = lesson.trajectories
    before = drawn_path(view, "SGD")
    view.target.setPos(4.0, -3.0)  # what dragging the black cross does
    assert view.start_point == (4.0, -3.0)
    for name in OPTIMIZER_NAMES:
        path = drawn_path(view, name)
        np.testing.assert_allclose(path[0], (4.0, -3.0))
        np.testing.assert_allclose(path, optimizer_path("book", name, (4.0, -3.0), 30), rtol=1e-12)
    assert not np.allclose(drawn_path(view, "SGD"), before)
    view.default_start_button.click()
    assert view.start_point == (-7.0, 2.0)
    np.testing.assert_allclose(drawn_path(view, "SGD"), before)


@pytest.mark.parametrize("landscape", LANDSCAPE_NAMES[1:])
def test_switching_the_function(lesson, landscape):
    view = lesson.trajectories
    view.landscape_combo.setCurrentIndex(LANDSCAPE_NAMES.index(landscape))
    spec = LANDSCAPES[landscape]
    assert view.landscape is spec and view.start_point == spec.default_start
    assert view.landscape_combo.currentText() == spec.formula
    assert view.steps_spin.value() == spec.steps  # each landscape's own step count
    for name in OPTIMIZER_NAMES:
        assert view.lr_spins[name].value() == pytest.approx(spec.learning_rates[name])
        np.testing.assert_allclose(drawn_path(view, name),
                                   optimizer_path(landscape, name, spec.default_start, spec.steps),
                                   rtol=1e-12)
    image = view.image.image
    assert image.shape == (160, 160) and np.all(np.isfinite(image))
    rect = view.image.mapRectToParent(view.image.boundingRect())
    assert (rect.left(), rect.right()) == pytest.approx(spec.x_range)
    marker_x, marker_y = view.minimum_marker.getData()
    if spec.minimum is None:
        assert len(marker_x) == 0
        assert view.loss_plot.getPlotItem().getAxis("left").labelText == "f(x, y)"
    else:
        assert (marker_x[0], marker_y[0]) == spec.minimum
        assert view.loss_plot.getPlotItem().getAxis("left").labelText == "f(x, y) − minimum"
    view.landscape_combo.setCurrentIndex(0)
    assert view.landscape.name == "book" and view.start_point == (-7.0, 2.0)
    assert view.lr_spins["SGD"].value() == pytest.approx(BOOK_LEARNING_RATES["SGD"])


def test_training_tab_draws_one_curve_per_optimizer(qtbot, lesson):
    training = lesson.training
    training.preset_combo.setCurrentIndex(training.preset_combo.findData("same_lr"))  # every optimizer
    training.iterations_spin.setValue(10)
    bar = training.run_bar
    with qtbot.waitSignal(training.queue.all_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(bar.run_button, CLICK)
        assert not bar.run_button.isEnabled() and bar.cancel_button.isEnabled()
    assert blocker.args == [True]
    assert sorted(training.histories) == sorted(OPTIMIZER_NAMES)
    for name in OPTIMIZER_NAMES:
        history = training.histories[name]
        assert history.status == "finished" and history.iterations_done == 10
        x, y = training.curves[name].getData()
        np.testing.assert_array_equal(x, np.arange(1, 11))
        np.testing.assert_allclose(y, np.cumsum(history.losses) / np.arange(1, 11))  # window 20 > 10
        assert training.queue.trainers[name].optimizer.__class__.__name__ == name
    first_losses = {name: training.histories[name].losses[0] for name in OPTIMIZER_NAMES}
    assert len(set(np.round(list(first_losses.values()), 12))) == 1  # the same start for all
    assert bar.status_label.text() == ("Done: the lower the loss and the higher the test accuracy, "
                                       "the better the run learned.")
    assert bar.progress_bar.value() == bar.progress_bar.maximum() == 60
    best = max(OPTIMIZER_NAMES, key=lambda n: (training.histories[n].test_acc[-1],
                                               -OPTIMIZER_NAMES.index(n)))
    assert training.result_label.text().startswith(f"Best by final test accuracy: {best} (")
    for row, name in enumerate(OPTIMIZER_NAMES):  # every run's result in its row
        history = training.histories[name]
        assert training.table.item(row, training.table.columns.index("status")).text() == (
            f"train {percent_text(history.train_acc[-1], 2)}, test {percent_text(history.test_acc[-1], 2)}")
    assert bar.run_button.isEnabled() and not bar.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: live_thread_count() == 0, timeout=10_000)


def test_training_tab_cancel(qtbot, lesson):
    training = lesson.training
    assert training.MAX_ITERATIONS == 20_000
    assert training.table.row_keys()[0] == "SGD"  # the course-notes preset starts with SGD
    assert cancel_during_first_run(qtbot, training, training.queue.step_logged) == "SGD"
    assert training.curves["Adam"].getData()[0] is None or len(training.curves["Adam"].getData()[0]) == 0
