"""The About box credits the data sets and the libraries that keep the learner's own work and data."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shell_support import CATALOGUE, LessonSet
from ui.main_window import MainWindow
from ui.settings import Progress


def test_about_names_the_data_sets_pillow_and_sqlite_in_both_languages(qtbot, lessons: LessonSet):
    window = MainWindow(Progress(), catalogue=CATALOGUE, loader=lessons.load)
    qtbot.addWidget(window)
    english = window.about_text()
    for name in ("UCI optdigits", "CC BY 4.0", "Fashion-MNIST", "Zalando", "Pillow", "SQLite"):
        assert name in english
    window.switch_language("ja")
    QApplication.processEvents()
    try:
        japanese = window.about_text()
        assert "データセット" in japanese and "Pillow" in japanese and "パブリックドメイン" in japanese
    finally:
        window.switch_language("en")
