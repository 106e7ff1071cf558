"""No lesson silently trains on the 8×8 digits when MNIST is there (offline or downloaded)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from lesson_support import show_lesson
from ui.lessons import CATALOGUE, load_lesson
from ui.lessons.comparison_runs import default_data

pytestmark = pytest.mark.usefixtures("offline_mnist")
# The lessons that train on the digits, each of which must say what it trains on.
TRAINING = {"gradient_check", "two_layer_net", "optimizers", "weight_init", "batch_norm", "overfitting"}


def data_lines(widget) -> list[str]:
    """Every 'Data: …' line a lesson shows."""
    lines = []
    for label in widget.findChildren(QLabel):
        lines += [part for part in label.text().split("\n") if part.startswith("Data:")]
    return lines


def test_the_default_data_is_the_offline_mnist():
    data, note = default_data()
    assert data.name == "mnist-offline" and data.input_size == 784 and "offline MNIST" in note


@pytest.mark.parametrize("lesson_id", [info.id for info in CATALOGUE])
def test_no_lesson_shows_the_8x8_digits(qtbot, qapp, lesson_id):
    widget = show_lesson(qtbot, qapp, load_lesson(lesson_id).make_widget)
    lines = data_lines(widget)
    assert lines or lesson_id not in TRAINING, f"{lesson_id} does not say what it trains on"
    assert not any("8×8" in line for line in lines), lines
    assert all("MNIST" in line for line in lines), lines
    widget.close()


def test_the_training_lessons_build_784_input_networks(qtbot, qapp):
    comparison = {  # the comparison widget of each lesson
        "overfitting": lambda w: w, "batch_norm": lambda w: w,
        "optimizers": lambda w: w.training, "weight_init": lambda w: w.training,
    }
    for lesson_id, find in comparison.items():
        widget = show_lesson(qtbot, qapp, load_lesson(lesson_id).make_widget)
        runs = find(widget)
        trainer = runs.build_trainer(runs.run_keys(runs.table.row_keys()[0])[0])
        assert trainer.net.spec.input_size == 784, lesson_id
        assert any("MNIST (offline" in line for line in data_lines(widget)), lesson_id
        widget.close()
    two_layer = show_lesson(qtbot, qapp, load_lesson("two_layer_net").make_widget)
    assert two_layer.playground.hyper.spec().input_size == 784
    assert "784-50-10" in two_layer.data_label.text()
    two_layer.close()
