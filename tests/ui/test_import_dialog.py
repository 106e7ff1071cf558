"""Import of the learner's own data on real widgets: what was found, bad files, Cancel, remembered sets."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QDialogButtonBox

from nnlab.data.own_library import remembered
from ui.training_worker import stop_all_runs
from ui.widgets.dataset_picker import CHOICES, DatasetPicker
from ui.widgets.import_dialog import ImportDialog
from ui.widgets.playground import TrainingPlayground


@pytest.fixture(autouse=True)
def _no_threads_left():
    yield
    assert stop_all_runs(10_000)


def points_csv(path, n: int = 40):
    rng = np.random.default_rng(0)
    rows = ["x,y,label"] + [f"{a:.3f},{b:.3f},{'in' if a * a + b * b < 0.5 else 'out'}"
                            for a, b in rng.uniform(-1, 1, (n, 2))]
    path.write_text("\n".join(rows) + "\n")
    return path


def image_folder(root, per_class: int = 4):
    for name, shade in (("dark", 30), ("light", 220)):
        (root / name).mkdir(parents=True)
        for k in range(per_class):
            Image.new("L", (12, 9), shade + k).save(root / name / f"{k:05d}.png")
    return root


def read(qtbot, dialog: ImportDialog, path) -> None:
    dialog.start_reading(path)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=20_000)


def ok_button(dialog: ImportDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_csv_of_points_shows_classes_counts_and_range_before_use(qtbot, tmp_path):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    read(qtbot, dialog, points_csv(tmp_path / "ring.csv"))
    text = dialog.summary_label.text()
    assert "ring: 40 samples in 2 classes" in text and "2-D points" in text and "values from" in text
    counts = [(dialog.classes.topLevelItem(k).text(0), dialog.classes.topLevelItem(k).text(1))
              for k in range(dialog.classes.topLevelItemCount())]
    assert [name for name, _ in counts] == ["in", "out"]
    assert sum(int(c) for _, c in counts) == 40
    dialog.test_spin.setValue(25)
    assert "30 for training, 10 for testing" in dialog.split_label.text()
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    assert dialog.dataset.input_size == 2 and len(dialog.dataset.x_test) == 10
    assert [e.name for e in remembered()] == ["ring"]


def test_a_bad_csv_names_file_and_row_and_keeps_what_was_found(qtbot, tmp_path):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    read(qtbot, dialog, points_csv(tmp_path / "good.csv"))
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y,label\n1,2,a\n1,two,b\n")
    read(qtbot, dialog, bad)
    assert dialog.error_label.isVisibleTo(dialog)
    assert f"{bad}, row 3, column 2: 'two' is not a number" in dialog.error_label.text()
    assert dialog.own.name == "good" and ok_button(dialog).isEnabled()  # the good data is still there


def test_an_image_folder_has_a_preview_and_becomes_28x28_inputs(qtbot, tmp_path):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    read(qtbot, dialog, image_folder(tmp_path / "shades"))
    assert "28×28 grayscale images" in dialog.summary_label.text()
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.height() == 2 * 40
    assert not dialog.standardize_check.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.dataset.input_size == 784 and dialog.dataset.image_shape == (28, 28)


def test_cancel_stops_a_long_import_and_uses_nothing(qtbot, tmp_path):
    root = image_folder(tmp_path / "many", per_class=1500)
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.start_reading(root)
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    dialog.runner.progressed.connect(lambda *_: dialog.cancel_button.click())  # at the first progress
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=30_000)
    assert "cancelled" in dialog.error_label.text()
    assert dialog.own is None and not ok_button(dialog).isEnabled()


def test_imported_sets_are_offered_again_and_train_on_the_2d_map(qtbot, tmp_path):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    read(qtbot, dialog, points_csv(tmp_path / "ring.csv"))
    dialog.accept()
    playground = TrainingPlayground()  # the next session
    qtbot.addWidget(playground)
    picker = playground.picker
    assert picker.combo.count() == len(CHOICES) + 1
    assert picker.combo.itemText(len(CHOICES)) == "Your data: ring"
    picker.combo.setCurrentIndex(len(CHOICES))
    with qtbot.waitSignal(picker.dataset_loaded, timeout=10_000):
        picker._load_current()
    qtbot.waitUntil(lambda: not picker.is_loading())
    assert playground.dataset.name == "ring" and playground.dataset.input_size == 2
    assert playground.diagram.toy_mode  # the decision map of the 2-D view


def test_a_reimported_set_replaces_its_entry(qtbot, tmp_path):
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    for share in (20, 30):
        dialog = ImportDialog()
        qtbot.addWidget(dialog)
        read(qtbot, dialog, points_csv(tmp_path / "ring.csv"))
        dialog.test_spin.setValue(share)
        dialog.accept()
        picker.add_imported(dialog.entry, dialog.dataset)
    assert picker.combo.count() == len(CHOICES) + 1
    assert picker.current_name() == "ring" and picker.dataset.name == "ring"
    assert [e.test_fraction for e in remembered()] == [0.3]
