"""Weight-initialisation lesson on real widgets: activation histograms and one training run per init."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from lesson_support import (
    cancel_during_first_run,
    in_japanese,
    is_japanese,
    show_lesson,
    train_every_row,
)
from nnlab.experiments import (
    HISTOGRAM_ACTIVATIONS,
    INIT_CHOICES,
    INIT_COMPARISON,
    activation_histograms,
    histogram_range,
    init_std,
)
from ui.lessons.weight_init import BINS, N_LAYERS, WeightInitWidget
from ui.percent import percent_text

CLICK = Qt.MouseButton.LeftButton


pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def lesson(qtbot, qapp) -> WeightInitWidget:
    """The lesson widget in English, shown."""
    return show_lesson(qtbot, qapp, WeightInitWidget)


def shown_histograms(lesson: WeightInitWidget) -> list[tuple[np.ndarray, np.ndarray]]:
    """(edges, counts) of the five layer histograms as drawn."""
    return [tuple(np.asarray(v) for v in bars.getData()) for bars in lesson.histograms.bars]


def engine_histograms(activation: str, init: str) -> list[np.ndarray]:
    """The same experiment run outside the UI, binned like the lesson."""
    lo, hi = histogram_range(activation)
    edges = np.linspace(lo, hi, BINS + 1)
    layers = activation_histograms(init, activation, n_layers=N_LAYERS, rng=np.random.default_rng(0))
    return [np.histogram(np.clip(a, lo, hi), bins=edges)[0] for a in layers]


def test_builds_in_english(lesson):
    assert [lesson.tabs.tabText(i) for i in range(2)] == ["Activation histograms", "Training with each init"]
    h = lesson.histograms
    assert [h.plots[i].titleLabel.text for i in range(N_LAYERS)] == [f"layer {i}" for i in range(1, 6)]
    assert h.summary_label.text().startswith("Spread (standard deviation) of the activations")
    network_line = lesson.training.note_label.text().split("\n")[1]
    assert network_line.startswith("Network 64-100-100-100-100-10 with ReLU")


def test_builds_in_japanese(qtbot, qapp):
    with in_japanese(qapp):
        widget = WeightInitWidget()
        qtbot.addWidget(widget)
        histograms = QCoreApplication.translate("WeightInitWidget", "Activation histograms")
        assert widget.tabs.tabText(0) == histograms
        assert widget.histograms.labels[0].text() == QCoreApplication.translate(
            "ActivationHistograms", "Activation:")
        assert widget.training.run_bar.run_button.text() == QCoreApplication.translate(
            "RunBar", "Train with each initialisation")
        assert widget.histograms.summary_label.text()
        assert is_japanese(widget.tabs.tabText(0)) and is_japanese(widget.histograms.summary_label.text())
        # No engine names: the combos and the rows name activations and inits in Japanese.
        combos = widget.histograms
        assert combos.activation_combo.itemText(0) == "シグモイド"
        assert combos.activation_combo.itemData(0) == "sigmoid"
        assert combos.init_combo.itemText(0) == "標準偏差 1" and combos.init_combo.itemData(0) == "std:1"
        assert widget.training.name_of_key(widget.training.table.row_keys()[0]) == "標準偏差 0.01"
    QCoreApplication.processEvents()
    assert widget.tabs.tabText(0) == "Activation histograms"


def test_histograms_match_the_engine_for_every_choice(lesson):
    h = lesson.histograms
    assert (h.activation_combo.currentData(), h.init_combo.currentData()) == ("sigmoid", "std:1")
    previous = None
    for activation in HISTOGRAM_ACTIVATIONS:
        for init in INIT_CHOICES:
            h.activation_combo.setCurrentIndex(h.activation_combo.findData(activation))
            h.init_combo.setCurrentIndex(h.init_combo.findData(init))
            shown = shown_histograms(lesson)
            lo, hi = histogram_range(activation)
            for (edges, counts), expected in zip(shown, engine_histograms(activation, init), strict=True):
                np.testing.assert_allclose(edges, np.linspace(lo, hi, BINS + 1))
                np.testing.assert_array_equal(counts, expected)
                assert counts.sum() == 1000 * 100
            stds = [float(s) for s in h.summary_label.text().rsplit(": ", 1)[1].split(", ")]
            layers = activation_histograms(init, activation, rng=np.random.default_rng(0))
            np.testing.assert_allclose(stds, [a.std() for a in layers], atol=5e-4)
            for plot in h.plots:  # three readable ticks per narrow plot: both ends and the middle
                assert [v for v, _ in plot.getAxis("bottom")._tickLevels[0]] == [lo, (lo + hi) / 2, hi]
            counts_now = np.concatenate([c for _, c in shown])
            assert previous is None or not np.array_equal(counts_now, previous)
            previous = counts_now


def test_the_book_picture_sigmoid_with_std_1_saturates_and_xavier_spreads(lesson):
    h = lesson.histograms
    h.select("sigmoid", "std:1")
    _, counts = shown_histograms(lesson)[-1]
    assert counts[0] + counts[-1] > 0.5 * counts.sum()  # stuck at 0 and 1: vanishing gradients
    h.select("sigmoid", "std:0.01")
    _, counts = shown_histograms(lesson)[-1]
    assert counts[BINS // 2 - 1] + counts[BINS // 2] > 0.9 * counts.sum()  # all near 0.5
    h.select("sigmoid", "xavier")
    _, counts = shown_histograms(lesson)[-1]
    assert (counts > 0).sum() > BINS // 2  # spread out
    assert init_std("xavier", 100) == pytest.approx(0.1)


def test_short_training_fills_one_curve_per_init(qtbot, lesson):
    training = lesson.training
    assert train_every_row(qtbot, training, 10) == [True]
    assert list(training.histories) == list(INIT_COMPARISON)
    for init in INIT_COMPARISON:
        history = training.histories[init]
        assert history.status == "finished" and history.iterations_done == 10
        x, y = training.curves[init].getData()
        np.testing.assert_array_equal(x, np.arange(1, 11))
        np.testing.assert_allclose(y, np.cumsum(history.losses) / np.arange(1, 11))
        assert training.queue.trainers[init].net.spec.init == init
        assert len(history.test_acc) == 1
    losses = [training.histories[init].losses[0] for init in INIT_COMPARISON]
    assert losses[0] == pytest.approx(np.log(10), abs=0.01)  # std 0.01: outputs ~ 0, loss ln 10
    assert len(set(np.round(losses, 6))) == 3  # different starting weights
    text = training.result_label.text()
    best = max(INIT_COMPARISON, key=lambda i: (training.histories[i].test_acc[-1],
                                               -INIT_COMPARISON.index(i)))
    assert text.startswith(f"Best by final test accuracy: {training.name_of_key(best)} (")
    results = [training.table.item(row, training.table.columns.index("status")).text()
               for row in range(3)]
    assert results == [f"train {percent_text(training.histories[i].train_acc[-1], 2)}, "
                       f"test {percent_text(training.histories[i].test_acc[-1], 2)}" for i in INIT_COMPARISON]
    assert [training.name_of_key(i) for i in INIT_COMPARISON] == [
        "std 0.01", "Xavier (1/√n)", "He (√(2/n))"]
    bar = training.run_bar
    assert bar.progress_bar.value() == bar.progress_bar.maximum() == 30
    train_every_row(qtbot, training, 20)  # a second run starts from empty curves
    assert all(len(training.curves[i].getData()[0]) == 20 for i in INIT_COMPARISON)


def test_cancel_stops_the_runs(qtbot, lesson):
    training = lesson.training
    assert training.MAX_ITERATIONS == 20_000
    assert cancel_during_first_run(qtbot, training, training.queue.step_logged) == "std:0.01"
    assert training.curves["he"].getData()[0] is None or len(training.curves["he"].getData()[0]) == 0


def test_histograms_share_one_readable_y_axis(lesson):
    h = lesson.histograms
    h.select("relu", "he")
    left = [plot.getAxis("left") for plot in h.plots]
    assert left[0].isVisible() and not any(axis.isVisible() for axis in left[1:])
    assert left[0].labelText == "activations per bin"
    tops = {plot.vb.viewRange()[1][1] for plot in h.plots}
    assert len(tops) == 1  # one scale for all five, so the heights compare
    top = max(int(np.asarray(bars.getData()[1]).max()) for bars in h.bars)
    values, labels = zip(*left[0]._tickLevels[0], strict=True)
    assert values[0] == 0 and values[-1] <= top * 1.05 and len(values) == 3
    assert all(len(label) <= 5 for label in labels)  # "45k", not "45123"
