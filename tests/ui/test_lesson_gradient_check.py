"""Gradient-check lesson on real widgets: the worker thread, progress, errors, timing, Cancel, closing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread

from lesson_support import is_japanese, show_lesson
from nnlab import number_text
from nnlab.experiments import count_params, gradcheck_spec
from nnlab.network import MultiLayerNet
from ui import i18n
from ui.lessons.comparison_runs import default_data
from ui.lessons.gradient_check.lesson import NET_CHOICES, GradientCheckWidget

CLICK = Qt.MouseButton.LeftButton


pytestmark = pytest.mark.usefixtures("offline_digits")


@pytest.fixture
def widget(qtbot, qapp) -> GradientCheckWidget:
    """The lesson widget in English, shown; no thread may outlive a test."""
    w = show_lesson(qtbot, qapp, GradientCheckWidget)
    yield w
    w.shutdown()
    assert w.thread is None or w.thread.isFinished()


def choose(widget: GradientCheckWidget, net: str, batch: int) -> None:
    """Pick a network and a batch size in the form."""
    widget.net_combo.setCurrentIndex(NET_CHOICES.index(net))
    widget.batch_spin.setValue(batch)


def start_and_wait_for_numbers(qtbot, widget: GradientCheckWidget) -> QThread:
    """Click 'Compute' and wait until the numerical gradient has reported progress."""
    qtbot.mouseClick(widget.run_button, CLICK)
    thread = widget.thread
    assert thread is not None and thread.isRunning()
    qtbot.waitUntil(lambda: widget.progress_bar.maximum() > 1 and widget.progress_bar.value() > 0,
                    timeout=30_000)
    return thread


def test_builds_in_english(widget):
    assert widget.net_combo.itemText(0) == "Small net (64-10-10, finishes in seconds)"
    assert widget.run_button.text() == "Compute both gradients"
    assert "8×8 digits" in widget.data_label.text()  # offline_digits: the fallback
    assert not widget.cancel_button.isEnabled() and widget.table.rowCount() == 0


def test_builds_in_japanese(qtbot, qapp):
    i18n.set_language(qapp, "ja")
    try:
        w = GradientCheckWidget()
        qtbot.addWidget(w)

        def tr(text: str) -> str:
            return QCoreApplication.translate("GradientCheckWidget", text)

        assert w.run_button.text() == tr("Compute both gradients")
        assert w.net_combo.itemText(0) == tr("Small net (%1-10-10, finishes in seconds)").replace("%1", "64")
        assert w.table.horizontalHeaderItem(3).text() == tr("Max rel error")
        assert is_japanese(w.run_button.text()) and is_japanese(w.data_label.text())
    finally:
        i18n.set_language(qapp, "en")
    QCoreApplication.processEvents()
    assert w.run_button.text() == "Compute both gradients"


def test_compute_runs_in_a_thread_and_fills_progress_table_and_timings(qtbot, widget):
    choose(widget, "small", 100)
    qtbot.mouseClick(widget.run_button, CLICK)
    # start() has returned and the event loop has not run: the worker's results cannot have
    # arrived yet (waiting for a progress signal first let this small check finish in between).
    thread = widget.thread
    assert thread is not None and thread is not QThread.currentThread()
    assert not widget.run_button.isEnabled() and widget.cancel_button.isEnabled()
    assert not widget.net_combo.isEnabled() and not widget.batch_spin.isEnabled()
    qtbot.waitUntil(thread.isFinished, timeout=60_000)
    qtbot.waitUntil(lambda: widget.run_button.isEnabled(), timeout=10_000)

    data, _ = default_data()
    net = MultiLayerNet(gradcheck_spec(data.input_size, data.n_classes, "small"))
    n_params = count_params(net)
    assert n_params == 64 * 10 + 10 + 10 * 10 + 10
    assert widget.progress_bar.maximum() == n_params
    assert widget.progress_bar.value() == n_params
    assert not widget.cancel_button.isEnabled()
    assert widget.eta_label.text() == ""

    rows = widget.table.rowCount()
    assert rows == len(net.params) == 4
    cells = [[widget.table.item(r, c).text() for c in range(4)] for r in range(rows)]
    assert [row[0] for row in cells] == ["W1", "b1", "W2", "b2"]
    assert [row[1] for row in cells] == ["64 × 10", "10", "10 × 10", "10"]
    for name, _shape, abs_text, rel_text in cells:
        assert number_text.parse(rel_text) < 1e-4, name  # float64 central differences: about 1e-8 or better
        assert number_text.parse(abs_text) < 1e-6, name
    assert [e.name for e in widget.errors] == ["W1", "b1", "W2", "b2"]
    assert max(e.max_rel for e in widget.errors) < 1e-4
    assert widget.status_label.text().startswith("Done.") and "agree" in widget.status_label.text()
    i18n.set_language(QCoreApplication.instance(), "ja")  # the status follows the language
    QCoreApplication.processEvents()
    assert is_japanese(widget.status_label.text())
    i18n.set_language(QCoreApplication.instance(), "en")
    QCoreApplication.processEvents()
    assert widget.status_label.text().startswith("Done.")

    values = [label.text() for label in widget.result_values]
    assert values[0] == f"{n_params:,}"
    assert all(values), values
    assert values[3].endswith("times slower")
    assert widget.timing is not None and widget.timing.ratio > 1
    assert widget.timing.n_params == n_params


def test_cancel_during_a_run_stops_it(qtbot, widget):
    choose(widget, "book784", 10)  # about 40,000 numbers: seconds, far longer than the click takes
    thread = start_and_wait_for_numbers(qtbot, widget)
    assert widget.eta_label.text().endswith("left")
    qtbot.mouseClick(widget.cancel_button, CLICK)
    qtbot.waitUntil(thread.isFinished, timeout=30_000)
    qtbot.waitUntil(lambda: widget.status_label.text() == "Cancelled.", timeout=10_000)
    assert widget.progress_bar.value() < widget.progress_bar.maximum()
    assert widget.table.rowCount() == 0 and widget.timing is None
    assert widget.run_button.isEnabled() and not widget.cancel_button.isEnabled()
    assert widget.net_combo.isEnabled()
    choose(widget, "small", 20)  # the widget can run again after a cancel
    qtbot.mouseClick(widget.run_button, CLICK)
    qtbot.waitUntil(widget.thread.isFinished, timeout=60_000)
    qtbot.waitUntil(lambda: widget.table.rowCount() == 4, timeout=10_000)


def test_closing_the_widget_mid_run_leaves_no_running_thread(qtbot, widget, qtlog):
    choose(widget, "book784", 10)
    thread = start_and_wait_for_numbers(qtbot, widget)
    widget.close()
    assert thread.isFinished()  # close waited for the worker
    assert not widget.is_running()
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]
