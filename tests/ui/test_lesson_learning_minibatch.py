"""Mini-batch lesson on real widgets: covered share per batch and per epoch, bad settings, two losses."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import is_japanese, show_lesson
from nnlab.lesson_math import CoverageSimulation, example_losses, expected_coverage, simulate_coverage
from ui import i18n
from ui.lessons.learning_minibatch.coverage import CELL_COLOURS
from ui.lessons.learning_minibatch.lesson import LearningMinibatchLesson

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def lesson(qtbot, qapp) -> LearningMinibatchLesson:
    """The lesson widget in English, shown."""
    return show_lesson(qtbot, qapp, LearningMinibatchLesson)


@pytest.fixture
def panel(lesson):
    """The coverage tab set to N = 600, b = 100, random batches."""
    coverage = lesson.coverage
    coverage.size_combo.setCurrentIndex(coverage.size_combo.findData(600))
    coverage.batch_spin.setValue(100)
    return coverage


def percent(label) -> float:
    """The percentage shown in a label ('... 12.3 %')."""
    return float(re.search(r"(\d+\.\d)\u00a0%", label.text()).group(1))


def unseen_cells(panel) -> int:
    """Cells of the sample grid still drawn in the 'not seen yet' colour."""
    image = panel.image.image  # (rows, cols, 4)
    return int(np.all(image == CELL_COLOURS[0], axis=-1).sum())


def test_builds_in_english(lesson):
    assert [lesson.tabs.tabText(i) for i in range(2)] == ["Mini-batches and epochs", "Loss functions"]
    c = lesson.coverage
    assert [b.text() for b in (c.step_button, c.epoch_button, c.run_button, c.reset_button)] == [
        "Step", "+1 epoch", "Run", "Reset"]
    assert c.k_label.text().startswith("Mini-batches drawn k = 0")
    assert lesson.losses.mse_label.text().startswith("Mean squared error")


def test_builds_in_japanese(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        widget = LearningMinibatchLesson()
        qtbot.addWidget(widget)
        assert widget.tabs.tabText(0) == QCoreApplication.translate(
            "LearningMinibatchLesson", "Mini-batches and epochs")
        assert widget.coverage.epoch_button.text() == QCoreApplication.translate("CoveragePanel", "+1 epoch")
        assert widget.losses.preset_buttons[0].text() == QCoreApplication.translate(
            "LossPanel", "Confident and right")
        assert widget.coverage.seen_label.text() and widget.losses.ce_label.text()
        assert is_japanese(widget.tabs.tabText(0)) and is_japanese(widget.coverage.k_label.text())
    finally:
        i18n.set_language(qapp, "en")
    QCoreApplication.processEvents()
    assert widget.tabs.tabText(0) == "Mini-batches and epochs"
    assert widget.coverage.step_button.text() == "Step"


def test_stepping_k_batches_updates_the_shown_share(qtbot, panel):
    assert percent(panel.seen_label) == 0.0 and unseen_cells(panel) == 600
    reference = CoverageSimulation(600, 100, "replacement", seed=0)
    for k in range(1, 5):
        qtbot.mouseClick(panel.step_button, CLICK)
        reference.step()
        assert panel.k_label.text().startswith(f"Mini-batches drawn k = {k} ")
        assert percent(panel.seen_label) == pytest.approx(100 * reference.share_seen, abs=0.05)
        assert percent(panel.expected_label) == pytest.approx(
            100 * (1 - (1 - 100 / 600) ** k), abs=0.05)
        assert unseen_cells(panel) == round(600 * (1 - reference.share_seen))
        x, y = panel.simulated_curve.getData()
        np.testing.assert_array_equal(x, np.arange(k + 1))
        assert y[-1] == pytest.approx(reference.share_seen)
    orange = np.all(panel.image.image == CELL_COLOURS[2], axis=-1).sum()
    assert orange == 100  # the batch just drawn
    qtbot.mouseClick(panel.reset_button, CLICK)
    assert panel.k_label.text().startswith("Mini-batches drawn k = 0 ")
    assert unseen_cells(panel) == 600


def test_random_batches_cover_1_minus_1_minus_b_over_n_to_the_k_on_average():
    n, b, k = 600, 100, 12
    expected = expected_coverage(n, b, np.arange(1, k + 1))
    np.testing.assert_allclose(expected, 1 - (1 - b / n) ** np.arange(1, k + 1))
    shares = np.array([simulate_coverage(n, b, k, "replacement", seed) for seed in range(40)])
    # one run's share has a standard deviation of about 0.02; the mean of 40 about 0.003
    np.testing.assert_allclose(shares.mean(axis=0), expected, atol=0.012)
    assert np.all(np.abs(shares - expected) < 0.1)


def test_the_shown_share_matches_the_expectation_within_sampling_noise(qtbot, panel):
    for _ in range(6):
        qtbot.mouseClick(panel.step_button, CLICK)
    shown, expected = percent(panel.seen_label), percent(panel.expected_label)
    assert expected == pytest.approx(100 * (1 - (5 / 6) ** 6), abs=0.05)
    assert abs(shown - expected) < 8  # four standard deviations of one run
    x, y = panel.expected_curve.getData()
    np.testing.assert_allclose(y, expected_coverage(600, 100, x))


def test_one_epoch_with_shuffling_covers_everything(qtbot, panel):
    qtbot.mouseClick(panel.epoch_button, CLICK)  # random batches first: an epoch misses some
    assert panel.k_label.text().startswith("Mini-batches drawn k = 6 ")
    assert 50 < percent(panel.seen_label) < 80
    panel.shuffle_radio.click()
    assert panel.k_label.text().startswith("Mini-batches drawn k = 0 ")  # a new simulation
    qtbot.mouseClick(panel.epoch_button, CLICK)
    assert panel.k_label.text().startswith("Mini-batches drawn k = 6 ")
    assert panel.seen_label.text() == "Seen at least once (simulated): 100.0\u00a0%"
    assert panel.expected_label.text() == "Expected min(1, k·b/N) = 100.0\u00a0%"
    assert unseen_cells(panel) == 0
    panel.size_combo.setCurrentIndex(panel.size_combo.findData(6000))
    panel.batch_spin.setValue(250)
    qtbot.mouseClick(panel.epoch_button, CLICK)
    assert panel.k_label.text().startswith("Mini-batches drawn k = 24 ")
    assert percent(panel.seen_label) == 100.0 and unseen_cells(panel) == 0


def test_one_shuffled_epoch_covers_everything_when_b_does_not_divide_n(qtbot, panel):
    panel.shuffle_radio.click()
    panel.batch_spin.setValue(7)  # 600 = 85 * 7 + 5: the trainer's epoch is 86 batches, the last of 5
    assert panel.k_label.text() == ("Mini-batches drawn k = 0  (0.00 epochs; "
                                    "1 epoch = ⌈N / b⌉ = 86 batches, the last one of 5)")
    qtbot.mouseClick(panel.epoch_button, CLICK)
    assert panel.k_label.text().startswith("Mini-batches drawn k = 86  (1.00 epochs; ")
    assert panel.seen_label.text() == "Seen at least once (simulated): 100.0\u00a0%"
    assert panel.expected_label.text() == "Expected min(1, k·b/N) = 100.0\u00a0%"
    assert unseen_cells(panel) == 0
    assert np.all(panel.image.image == CELL_COLOURS[2], axis=-1).sum() == 5  # the short last batch
    qtbot.mouseClick(panel.epoch_button, CLICK)
    assert panel.k_label.text().startswith("Mini-batches drawn k = 172  (2.00 epochs; ")
    panel.random_radio.click()  # the trainer's random epoch is ⌊N / b⌋ full batches
    assert panel.k_label.text() == ("Mini-batches drawn k = 0  (0.00 epochs; "
                                    "1 epoch = ⌊N / b⌋ = 85 batches)")
    qtbot.mouseClick(panel.epoch_button, CLICK)
    assert panel.k_label.text().startswith("Mini-batches drawn k = 85  (1.00 epochs; ")
    assert percent(panel.seen_label) < 100


def test_run_button_keeps_drawing_batches_until_paused(qtbot, panel):
    qtbot.mouseClick(panel.run_button, CLICK)
    assert panel.run_button.isChecked() and panel.run_button.text() == "Pause"
    qtbot.waitUntil(lambda: panel.sim.k >= 3, timeout=10_000)
    qtbot.mouseClick(panel.run_button, CLICK)
    assert not panel.timer.isActive() and panel.run_button.text() == "Run"
    k = panel.sim.k
    qtbot.wait(150)
    assert panel.sim.k == k
    assert panel.k_label.text().startswith(f"Mini-batches drawn k = {k} ")


def test_a_batch_larger_than_the_data_shows_the_error_and_disables_the_buttons(qtbot, panel):
    qtbot.mouseClick(panel.step_button, CLICK)
    panel.batch_spin.setValue(601)
    assert panel.error_label.text() == "The batch size must not be larger than the data set."
    assert not any(b.isEnabled() for b in (panel.step_button, panel.epoch_button, panel.run_button))
    assert panel.reset_button.isEnabled()
    # The figures of the last valid settings are gone, not left stale next to the error.
    assert (panel.k_label.text(), panel.seen_label.text(), panel.expected_label.text()) == ("", "", "")
    assert panel.image.image is None and len(panel.simulated_curve.getData()[0] or []) == 0
    panel.batch_spin.setValue(600)  # b = N is allowed
    assert panel.error_label.text() == ""
    assert all(b.isEnabled() for b in (panel.step_button, panel.epoch_button, panel.run_button))
    qtbot.mouseClick(panel.step_button, CLICK)
    assert percent(panel.seen_label) == 100.0


def test_loss_panel_updates_mse_and_cross_entropy(qtbot, lesson):
    losses = lesson.losses
    lesson.tabs.setCurrentWidget(losses)
    losses.y_edit.setText("0.1, 0.8, 0.1")
    losses.class_spin.setValue(1)
    mse, ce = example_losses(np.array([0.1, 0.8, 0.1]), 1)
    assert mse == pytest.approx(0.5 * (0.01 + 0.04 + 0.01)) and ce == pytest.approx(-np.log(0.8 + 1e-7))
    assert losses.mse_label.text().endswith(f"= {mse:.4f}")
    assert losses.ce_label.text().endswith(f"= −log y[1] = {ce:.4f}")
    assert losses.t_label.text() == "right answer t (one-hot) = [0, 1, 0]"
    assert losses.class_spin.maximum() == 2
    np.testing.assert_allclose(losses.bars.opts["height"], [0.1, 0.8, 0.1])

    losses.class_spin.setValue(2)  # the same output, now wrong
    _, ce_wrong = example_losses(np.array([0.1, 0.8, 0.1]), 2)
    assert losses.ce_label.text().endswith(f"= −log y[2] = {ce_wrong:.4f}")

    qtbot.mouseClick(losses.preset_buttons[0], CLICK)  # confident and right
    right = float(losses.ce_label.text().rsplit("= ", 1)[1])
    qtbot.mouseClick(losses.preset_buttons[1], CLICK)  # confident and wrong
    wrong = float(losses.ce_label.text().rsplit("= ", 1)[1])
    assert losses.class_spin.value() == 4 and wrong > 5 * right
    assert losses.note_label.text() == ""  # sums to 1

    losses.y_edit.setText("0.5, 0.9")
    assert "sum to 1.40, not 1" in losses.note_label.text()
    losses.y_edit.setText("abc")
    assert "Type 2 to 10 numbers" in losses.note_label.text()
    assert losses.mse_label.text() == "" and losses.ce_label.text() == ""
    assert len(losses.bars.opts["height"]) == 0
