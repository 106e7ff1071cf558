"""Issue 15 in the window: damaged cache offers Download again, Import… in the background, a stuck
download does not hold the window, a huge model asks first."""

from __future__ import annotations

import socket
import threading

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from nnlab import serialize
from nnlab.data import load, sources
from nnlab.data.idx import write_idx
from nnlab.network import MultiLayerNet, NetSpec
from test_training_data_files import _isolated, answer_message_box  # noqa: F401 - autouse fixture
from ui import model_files
from ui.widgets.dataset_picker import DatasetPicker
from ui.widgets.loss_plot import LossPlot

STEMS = sources.IDX_STEMS


def answer_boxes(buttons: list[str | None], seen: list[str]) -> None:
    """Answer the next modal message boxes in turn (None: close it), recording their texts."""
    handled: list[QMessageBox] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or (handled and box is handled[-1]):
            QTimer.singleShot(20, poll)
            return
        handled.append(box)
        seen.append(f"{box.text()}\n{box.informativeText()}")
        wanted = buttons[len(handled) - 1]
        matches = [b for b in box.buttons() if wanted is not None and b.text() == wanted]
        if matches:
            matches[0].click()
        else:
            box.done(0)
        if len(handled) < len(buttons):
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def tiny_mnist(folder, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    arrays = (rng.integers(0, 256, (40, 28, 28), dtype=np.uint8), rng.integers(0, 10, 40, dtype=np.uint8),
              rng.integers(0, 256, (10, 28, 28), dtype=np.uint8), rng.integers(0, 10, 10, dtype=np.uint8))
    for stem, array in zip(STEMS, arrays, strict=True):
        write_idx(folder / f"{stem}.gz", array)


def test_a_damaged_cache_is_named_and_download_is_offered_again(qtbot, tmp_path):
    cache = tmp_path / "cache" / "mnist"
    tiny_mnist(cache)
    load("mnist")  # first use records the checksums
    write_idx(cache / f"{STEMS[1]}.gz", np.full(40, 7, np.uint8))  # other valid labels
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    seen: list[str] = []
    # first the message naming the damaged file, then Download / Import / offline again
    answer_boxes([None, "Use offline MNIST"], seen)
    with qtbot.waitSignal(picker.dataset_loaded, timeout=10_000) as blocker:
        picker.select("mnist")
    assert STEMS[1] in seen[0] and "damaged" in seen[0] and "Traceback" not in seen[0]
    assert "not on this computer" in seen[1] and blocker.args[0].name == "mnist-offline"


def test_import_runs_in_the_background_with_progress(qtbot, tmp_path):
    source = tmp_path / "mine"
    tiny_mnist(source, seed=3)
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.dataset_loaded, timeout=20_000) as blocker:
        picker.import_in_background(str(source))
        assert picker.is_loading() and not picker.combo.isEnabled()  # the GUI thread went on
    assert blocker.args[0].name == "mnist" and len(blocker.args[0].x_train) == 40
    dialog = picker.findChild(QProgressDialog)
    assert dialog is not None and "step 6 of 6" in dialog.labelText()
    qtbot.waitUntil(lambda: not picker.is_loading())


def test_a_bad_import_ends_in_a_message(qtbot, tmp_path):
    bad = tmp_path / "mnist.pkl"
    bad.write_bytes(b"\x80\x02" + b"N0" * 200_000 + b"N.")
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    seen: list[str] = []
    answer_message_box(None, seen)
    picker.import_in_background(str(bad))
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert "mnist.pkl" in seen[0] and "opcodes" in seen[0]
    qtbot.waitUntil(lambda: not picker.is_loading())


@pytest.fixture
def stuck_mirror(monkeypatch):
    """A mirror that accepts the connection and then never answers."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/"
    monkeypatch.setitem(sources.IDX_SOURCES, "mnist",
                        sources.IdxSource(**{**sources.MNIST.__dict__, "mirrors": (url,)}))
    yield
    for conn in accepted:
        conn.close()
    server.close()


def test_shutdown_during_a_stuck_download_ends_the_thread(qtbot, stuck_mirror):
    picker = DatasetPicker()
    qtbot.addWidget(picker)
    answer_message_box("Download", [])
    picker.select("mnist")
    qtbot.waitUntil(picker.is_loading, timeout=10_000)
    assert picker.shutdown(2000)  # the thread ended: the window may close without an abort
    qtbot.waitUntil(lambda: not picker.is_loading(), timeout=5000)


def test_a_huge_model_asks_first_and_can_be_declined(qtbot, tmp_path, monkeypatch):
    parent = LossPlot()
    qtbot.addWidget(parent)
    net = MultiLayerNet(NetSpec(4, (50,), 3), rng=np.random.default_rng(0))
    path = tmp_path / "big.npz"
    serialize.save_network(net, path)
    monkeypatch.setattr(serialize, "LARGE_MODEL_PARAMS", 100)  # 403 parameters count as huge here
    seen: list[str] = []
    answer_message_box("&No", seen)
    assert model_files.load_model_from(parent, path) is None
    assert "403 parameters" in seen[0] and "4-50-3" in seen[0]
    answer_message_box("&Yes", seen)
    loaded = model_files.load_model_from(parent, path)
    assert loaded is not None and loaded.spec == net.spec
