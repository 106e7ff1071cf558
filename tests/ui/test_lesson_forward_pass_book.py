"""The forward-pass lesson's §3.6 tabs: the book's trained network on MNIST, and drawing for it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from lesson_support import is_japanese, show_lesson
from nnlab import book_network
from nnlab.book_network import load_book_weights, load_test_images
from ui import i18n
from ui.lessons.forward_pass.book import BookNetworkPanel
from ui.lessons.forward_pass.draw import BookDrawPanel
from ui.lessons.forward_pass.lesson import ForwardPassLesson
from ui.widgets.draw_canvas import CANVAS


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language(QCoreApplication.instance(), "en")


@pytest.fixture
def panel(qtbot, qapp) -> BookNetworkPanel:
    return show_lesson(qtbot, qapp, BookNetworkPanel)


def test_the_lesson_has_the_two_book_tabs(qtbot, qapp):
    lesson = show_lesson(qtbot, qapp, ForwardPassLesson)
    titles = [lesson.tabs.tabText(i) for i in range(lesson.tabs.count())]
    assert titles[3:] == ["Trained net (§3.6)", "Draw a digit"]
    assert isinstance(lesson.book, BookNetworkPanel) and isinstance(lesson.draw, BookDrawPanel)


def test_the_stepper_shows_a_test_image_and_its_ten_outputs(qtbot, panel):
    assert panel.index_spin.value() == 0
    heights = panel.bars.opts["height"]
    assert len(heights) == 10 and abs(float(np.sum(heights)) - 1.0) < 1e-5
    assert panel.answer.text().startswith("Label 7; the network says 7")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.index_spin.value() == 1 and "Label 2" in panel.answer.text()
    qtbot.mouseClick(panel.next_wrong_button, Qt.MouseButton.LeftButton)
    _x, t = load_test_images()
    index = panel.index_spin.value()
    assert index > 1 and int(np.argmax(panel.probabilities)) != t[index]
    assert "Wrong" in panel.answer.text()


def test_running_gives_the_books_accuracy_both_ways_and_lists_the_mistakes(qtbot, panel):
    with qtbot.waitSignal(panel.results_shown, timeout=120_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        assert not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.is_running())
    rows = [[label.text() for label in row] for row in panel.result_labels[1:]]
    assert [row[0] for row in rows] == ["one at a time", "batches of 100"]
    assert [row[1] for row in rows] == ["0.9352", "0.9352"]  # what the book prints
    assert all(row[2].endswith(" s") for row in rows)
    assert "Accuracy:0.9352" in panel.status.text()
    assert panel.wrong_list.count() == 648 and "648" in panel.wrong_caption.text()
    item = panel.wrong_list.item(5)
    panel.wrong_list.setCurrentItem(item)
    assert panel.index_spin.value() == item.data(Qt.ItemDataRole.UserRole)
    assert "Wrong" in panel.answer.text()
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_cancel_stops_the_run_without_results(qtbot, panel):
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30_000)
    assert panel.results == [] and panel.wrong_list.count() == 0
    assert panel.status.text() == "Cancelled." and panel.run_button.isEnabled()


def test_tampered_weights_give_a_message_not_a_traceback(qtbot, qapp, tmp_path, monkeypatch):
    arrays = load_book_weights()
    arrays["b3"] = arrays["b3"] + np.float32(1)
    np.savez(tmp_path / "tampered.npz", **arrays)
    monkeypatch.setattr(book_network, "book_weights_path", lambda: tmp_path / "tampered.npz")
    panel = show_lesson(qtbot, qapp, BookNetworkPanel)
    assert panel.net is None and not panel.run_button.isEnabled()
    assert "cannot be shown" in panel.status.text() and "SHA-256" in panel.status.text()


def test_japanese(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    panel = BookNetworkPanel()
    qtbot.addWidget(panel)
    for text in (panel.intro.text(), panel.run_button.text(), panel.answer.text(),
                 panel.next_wrong_button.text(), panel.wrong_caption.text()):
        assert is_japanese(text), text


def paint(panel: BookDrawPanel, ink: np.ndarray) -> None:
    """Put an ink image (CANVAS×CANVAS, 1 = ink) on the drawing sheet, as strokes would."""
    image = panel.canvas.area.image
    for y, x in zip(*np.nonzero(ink > 0.5), strict=True):
        image.setPixelColor(int(x), int(y), QColor("black"))
    panel.canvas._on_area_stroke_changed()


@pytest.mark.parametrize("digit", [0, 1])
def test_drawing_an_mnist_digit_is_recognised_by_the_books_network(qtbot, qapp, digit):
    panel = show_lesson(qtbot, qapp, BookDrawPanel)
    x, t = load_test_images()
    big = np.kron(x[np.flatnonzero(t == digit)[0]].reshape(28, 28), np.ones((8, 8)))
    ink = np.zeros((CANVAS, CANVAS))
    ink[30:30 + big.shape[0], 50:50 + big.shape[1]] = big
    paint(panel, ink)
    assert panel.canvas.x.shape == (1, 784)  # the 28×28 image the network sees
    assert int(np.argmax(panel.canvas.probabilities)) == digit
    assert panel.canvas.answer.text().startswith(f"The network says: {digit}")
