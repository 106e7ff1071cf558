"""The two-layer lesson's plots keep a readable data area after runs, at 1024×768 in Japanese.

The layout test looks at every lesson idle; the run table and the notes about the runs appear only
after training, and once squeezed the loss and accuracy plots to about 20 px (the page now scrolls).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

import ui.lessons.two_layer_net as two_layer_net
from layout_support import open_window
from nnlab.run import TrainSettings
from ui import i18n
from ui.lessons import CATALOGUE
from ui.lessons.two_layer_net import TwoLayerNetLesson

READABLE_PX = 64  # a data area in which a curve and its ticks can be read


def data_heights(lesson: TwoLayerNetLesson) -> list[float]:
    for _ in range(6):
        QApplication.processEvents()
    return [plot.plot_item.vb.height() for plot in (lesson.playground.loss_plot, lesson.playground.acc_plot)]


def test_plots_stay_readable_after_a_run_and_the_learning_rate_table(qtbot, qapp, settings_file,
                                                                     offline_digits, monkeypatch):
    monkeypatch.setattr(two_layer_net, "LR_TABLE_ITERATIONS", 60)
    i18n.set_language(qapp, "ja")
    try:
        window = open_window(qtbot, 1024, 768)
        index = [info.id for info in CATALOGUE].index("two_layer_net")
        window.go_to(index)
        lesson = window.page(index).findChild(TwoLayerNetLesson)
        playground = lesson.playground
        settings = TrainSettings(**{**playground.hyper.settings().__dict__, "iterations": 60})
        playground.apply_preset(playground.hyper.spec(), settings)
        assert playground.start()
        qtbot.waitUntil(lambda: lesson.table.rowCount() == 1 and not playground.is_running(), timeout=60_000)
        assert min(data_heights(lesson)) >= READABLE_PX
        lesson.run_learning_rate_table()
        runs = len(two_layer_net.LEARNING_RATES)  # the table starts again with the sequence
        qtbot.waitUntil(lambda: lesson.table.rowCount() == runs and not playground.is_running(),
                        timeout=120_000)
        assert playground.message_label.isVisible()  # the notes on the runs that did not learn
        assert min(data_heights(lesson)) >= READABLE_PX
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")
