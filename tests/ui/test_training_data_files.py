"""Data set picker (missing MNIST: offline / download via 127.0.0.1), model files, plot and script export."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import subprocess
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

import nnlab.data.sources as sources
from nnlab.data import RemoteFile
from nnlab.data.idx import write_idx
from nnlab.network import MultiLayerNet, NetSpec
from nnlab.run import TrainSettings
from ui import model_files
from ui.training_worker import stop_all_runs
from ui.widgets.dataset_picker import DatasetPicker
from ui.widgets.loss_plot import AccuracyPlot, LossPlot
from ui.widgets.playground import TrainingPlayground

STEMS = sources.IDX_STEMS


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """An empty data cache (MNIST is missing), and no thread left behind."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "cache"))
    yield
    assert stop_all_runs(10_000)


def answer_message_box(button_text: str | None, seen: list[str]) -> None:
    """When the next modal QMessageBox shows, record its texts and press the button (None: close it)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        buttons = [b for b in box.buttons() if button_text is not None and b.text() == button_text]
        if buttons:
            buttons[0].click()
        else:
            box.done(0)

    QTimer.singleShot(0, poll)


# --- data set picker --------------------------------------------------------------------------------
def test_missing_mnist_offers_download_import_and_offline_default(qtbot):
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    seen: list[str] = []
    answer_message_box("Use offline MNIST", seen)
    with qtbot.waitSignal(picker.dataset_loaded, timeout=10_000) as blocker:
        picker.select("mnist")
    assert "MNIST" in seen[0] or "mnist" in seen[0]
    assert blocker.args[0].name == "mnist-offline" and blocker.args[0].input_size == 784
    assert "offline MNIST" in picker.info_label.text() and "8,000 training" in picker.info_label.text()


def test_the_8x8_digits_stay_selectable(qtbot):
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    picker.select("digits")
    assert picker.dataset.name == "digits" and picker.dataset.input_size == 64
    assert "8×8" in picker.combo.currentText()


def test_missing_mnist_cancel_keeps_nothing_loaded(qtbot):
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    seen: list[str] = []
    answer_message_box(None, seen)
    with qtbot.assertNotEmitted(picker.dataset_loaded, wait=100):
        picker.select("mnist")
    assert seen and picker.dataset is None
    assert "No data set" in picker.info_label.text()


def test_after_a_failed_import_the_list_names_the_data_set_in_use(qtbot, monkeypatch, tmp_path):
    """Spiral is loaded, MNIST is chosen, its import fails: the list goes back to spiral."""
    from PySide6.QtWidgets import QFileDialog

    from nnlab.data import DatasetError

    picker = DatasetPicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.dataset_loaded, timeout=10_000):
        picker.select("spiral")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))

    def refuse(_path, **_options):
        raise DatasetError("no IDX files in that folder")

    monkeypatch.setattr("ui.widgets.dataset_picker.data.import_path", refuse)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    seen: list[str] = []
    answer_message_box("Import…", seen)
    picker.combo.setCurrentIndex(0)
    picker.combo.activated.emit(0)  # the learner picks MNIST
    qtbot.waitUntil(lambda: bool(warnings) and not picker.is_loading(), timeout=10_000)
    assert seen and "no IDX files" in warnings[0]
    assert picker.dataset.name == "spiral" and picker.current_name() == "spiral"


@pytest.fixture
def local_mnist(tmp_path, monkeypatch) -> int:
    """Serve four tiny MNIST-like IDX files on 127.0.0.1 and point the MNIST source at them."""
    folder = tmp_path / "served"
    folder.mkdir()
    rng = np.random.default_rng(0)
    arrays = (rng.integers(0, 256, (120, 28, 28), dtype=np.uint8), rng.integers(0, 10, 120, dtype=np.uint8),
              rng.integers(0, 256, (30, 28, 28), dtype=np.uint8), rng.integers(0, 10, 30, dtype=np.uint8))
    remote = []
    for stem, array in zip(STEMS, arrays, strict=True):
        path = folder / f"{stem}.gz"
        write_idx(path, array)
        data = path.read_bytes()
        remote.append(RemoteFile(path.name, len(data), "sha256", hashlib.sha256(data).hexdigest()))

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    patched = sources.IdxSource(**{**sources.MNIST.__dict__, "files": tuple(remote), "mirrors": (url,)})
    monkeypatch.setitem(sources.IDX_SOURCES, "mnist", patched)
    yield sum(f.size for f in remote)
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_download_shows_progress_and_loads_the_set(qtbot, local_mnist):
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    seen: list[str] = []
    answer_message_box("Download", seen)
    with qtbot.waitSignal(picker.dataset_loaded, timeout=20_000) as blocker:
        picker.select("mnist")
    dataset = blocker.args[0]
    assert dataset.name == "mnist" and dataset.x_train.shape == (120, 784)
    dialog = picker.findChild(QProgressDialog)
    assert dialog is not None and dialog.maximum() == local_mnist
    assert "Downloaded" in dialog.labelText()
    qtbot.waitUntil(lambda: not picker.is_loading())
    assert picker.combo.isEnabled()
    assert "120 training" in picker.info_label.text()


def start_failing_download(qtbot, monkeypatch) -> tuple[DatasetPicker, list[str]]:
    """A picker whose MNIST mirror refuses connections, after the learner chose Download."""
    bad = sources.IdxSource(**{**sources.MNIST.__dict__, "mirrors": ("http://127.0.0.1:9/closed/",)})
    monkeypatch.setitem(sources.IDX_SOURCES, "mnist", bad)
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    seen: list[str] = []
    answer_message_box("Download", seen)
    picker.select("mnist")
    qtbot.waitUntil(lambda: len(seen) == 1)
    return picker, seen


def test_download_failure_ends_in_a_message_not_a_traceback(qtbot, monkeypatch):
    picker, seen = start_failing_download(qtbot, monkeypatch)
    answer_message_box(None, seen)  # the error message
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)
    message = seen[1].strip()
    assert message.count(".") == 1 and message.endswith(".")  # one plain sentence
    assert "could not be downloaded" in message and "Import…" in message and "offline MNIST" in message
    assert "urlopen" not in message and "127.0.0.1" not in message and "▸" not in message
    qtbot.waitUntil(lambda: not picker.is_loading())
    assert picker.dataset is None


def test_after_a_failed_download_the_offline_mnist_is_one_click_away(qtbot, monkeypatch):
    picker, seen = start_failing_download(qtbot, monkeypatch)
    with qtbot.waitSignal(picker.dataset_loaded, timeout=20_000) as blocker:
        answer_message_box("Use offline MNIST", seen)
    assert blocker.args[0].name == "mnist-offline"
    assert "offline MNIST" in picker.info_label.text()


# --- model files ------------------------------------------------------------------------------------
def test_model_save_load_round_trip_gives_the_same_predictions(qtbot, tmp_path):
    parent = LossPlot()
    qtbot.addWidget(parent)
    net = MultiLayerNet(NetSpec(2, (6, 4), 3, batch_norm=True), rng=np.random.default_rng(3))
    x = np.random.default_rng(4).normal(size=(10, 2)).astype(np.float32)
    net.loss(x, np.arange(10) % 3)  # moves the batch-norm running statistics
    path = model_files.save_model_to(parent, net, tmp_path / "model")
    assert path == tmp_path / "model.npz" and path.is_file()
    loaded = model_files.load_model_from(parent, path)
    assert loaded is not None and loaded.spec == net.spec
    np.testing.assert_allclose(loaded.predict(x), net.predict(x), rtol=1e-6)


def test_corrupt_model_file_gives_a_clear_message(qtbot, tmp_path):
    parent = LossPlot()
    qtbot.addWidget(parent)
    path = tmp_path / "broken.npz"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    seen: list[str] = []
    answer_message_box(None, seen)
    assert model_files.load_model_from(parent, path) is None
    assert len(seen) == 1 and "broken.npz" in seen[0] and "not a usable nnlab model" in seen[0]
    assert "Traceback" not in seen[0]


def test_loaded_model_for_other_data_is_refused_with_a_message(qtbot, tmp_path):
    playground = TrainingPlayground()
    qtbot.addWidget(playground)
    playground.picker.select("xor")
    seen: list[str] = []
    answer_message_box(None, seen)
    net = MultiLayerNet(NetSpec(64, (10,), 10), rng=np.random.default_rng(0))
    assert not playground.use_loaded_model(net)
    assert "64 inputs" in seen[0]
    fitting = MultiLayerNet(NetSpec(2, (5,), 2), rng=np.random.default_rng(0))
    assert playground.use_loaded_model(fitting)
    assert playground.net is fitting and playground.hyper.spec().hidden == (5,)


# --- export -----------------------------------------------------------------------------------------
def test_plot_exports_png_and_svg(qtbot, tmp_path):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.append(np.arange(1, 51), np.linspace(2.3, 0.2, 50))
    png = plot.export_to(tmp_path / "loss.png")
    svg = plot.export_to(tmp_path / "loss.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:2000]


def test_exported_experiment_runs_alone_and_prints_a_test_accuracy(qtbot, tmp_path):
    playground = TrainingPlayground()
    qtbot.addWidget(playground)
    playground.picker.select("moons", noise=0.1)
    playground.hyper.set_settings(TrainSettings(lr=0.5, batch_size=20, iterations=300, seed=2))
    script = tmp_path / "experiment.py"
    assert playground.export_script(str(script))
    assert str(script) in playground.message()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-I", str(script)], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("final test accuracy:")
    assert float(last.split(":")[1]) > 0.7


def test_experiment_export_to_an_unwritable_place_explains(qtbot, tmp_path):
    playground = TrainingPlayground()
    qtbot.addWidget(playground)
    playground.picker.select("xor")
    seen: list[str] = []
    answer_message_box(None, seen)
    assert not playground.export_script(str(tmp_path / "no" / "such" / "dir" / "x.py"))
    assert "could not be written" in seen[0]


def test_exported_notebook_is_written_in_the_apps_language(qtbot, tmp_path):
    playground = TrainingPlayground()
    qtbot.addWidget(playground)
    playground.picker.select("xor")
    playground.hyper.set_settings(TrainSettings(lr=0.5, batch_size=20, iterations=30, seed=2))
    notebook = tmp_path / "experiment.ipynb"
    assert playground.export_notebook(str(notebook))
    assert str(notebook) in playground.message()
    assert (tmp_path / "experiment_data.npz").is_file()
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    assert cells[-1]["cell_type"] == "code"
    assert any("make_trainer" in "".join(cell["source"]) for cell in cells)


def test_export_refuses_an_invalid_learning_rate_with_the_editors_message(qtbot, tmp_path):
    playground = TrainingPlayground()
    qtbot.addWidget(playground)
    playground.picker.select("xor")
    playground.hyper.lr_edit.setText("fast")
    assert not playground.export_script(str(tmp_path / "x.py"))
    assert not (tmp_path / "x.py").exists()
    assert "learning rate" in playground.message()



def test_exported_accuracy_plot_names_its_runs_although_its_legend_is_hidden(qtbot, tmp_path):
    plot = AccuracyPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.add_points(np.array([100, 200]), np.array([0.5, 0.8]), np.array([0.4, 0.7]))
    plot.finish_run("lr=0.1, SGD")
    plot.set_legend_visible(False)  # as in the playground, where the loss plot's legend names runs
    svg = plot.export_to(tmp_path / "accuracy.svg").read_text(encoding="utf-8", errors="replace")
    assert "lr=0.1, SGD" in svg
    assert not plot.legend.isVisible()


def test_accuracy_points_take_the_colour_of_their_run(qtbot):
    plot = AccuracyPlot()
    qtbot.addWidget(plot)
    plot.add_point(100, 0.5, 0.4)
    plot.finish_run("first")
    plot.add_point(100, 0.6, 0.5)
    first_train = plot.runs[0].series[0].curve.opts
    live_train, live_test = (series.curve.opts for series in plot.current.series)
    first, live = brush_colour(first_train["symbolBrush"]), brush_colour(live_train["symbolBrush"])
    assert first.rgb() != live.rgb()  # each run its own colour, as its line
    assert first.alpha() < 255  # a finished run's points fade with its line
    assert brush_colour(live_test["symbolBrush"]).alpha() == 0  # test points are hollow ...
    assert live_test["symbolPen"].color().rgb() == live.rgb()  # ... with the run's colour


def brush_colour(brush) -> QColor:
    """The colour of a QBrush, or of anything pyqtgraph accepts as one."""
    return pg.mkBrush(brush).color()
