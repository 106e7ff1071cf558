"""Start-up survives a bad environment (issue 15): malformed settings, odd log paths, a full disk."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from shell_support import CATALOGUE
from ui import logging_setup
from ui.main_window import MainWindow
from ui.settings import KEY_COMPLETED, KEY_LANGUAGE, Progress, app_settings, saved_language


def store(key: str, raw: str) -> None:
    settings = app_settings()
    settings.setValue(key, raw)
    settings.sync()


@pytest.mark.parametrize("raw", ["[" * 100_000, "[[1, 2]]", '{"a": 1}', "x" * 200_000, "not json"])
def test_malformed_progress_is_reset_with_a_warning(settings_file, caplog, raw):
    store(KEY_COMPLETED, raw)
    with caplog.at_level(logging.WARNING):
        assert Progress().completed() == set()
    assert "was reset" in caplog.text and len(caplog.text) < 2000
    assert app_settings().value(KEY_COMPLETED) is None
    Progress().set_completed("alpha")
    assert Progress().completed() == {"alpha"}


@pytest.mark.parametrize("raw", ['{"0": 1e999}', '{"0": true}', "[" * 50_000, '{"0": 1, "x": 2}'])
def test_malformed_quiz_answers_keep_the_lesson_loadable(settings_file, caplog, raw):
    store("quiz/alpha", raw)
    with caplog.at_level(logging.WARNING):
        answers = Progress().quiz_answers("alpha")
    assert answers == ({0: 1} if raw == '{"0": 1, "x": 2}' else {})
    assert "was reset" in caplog.text
    assert Progress().quiz_answers("alpha") == answers  # the good part was kept, no new warning


def test_a_long_language_value_is_reset(settings_file):
    store(KEY_LANGUAGE, "j" * 10_000)
    assert saved_language() is None


def test_the_window_starts_over_deep_json_progress(qtbot, lessons, settings_file):
    store(KEY_COMPLETED, "[" * 100_000)
    store("progress/last_lesson", "]" * 100_000)
    window = MainWindow(Progress(), catalogue=CATALOGUE, loader=lessons.load)
    qtbot.addWidget(window)
    window.show()
    window.open_initial_lesson()
    assert window.current_index() == 0 and not window.is_marked_done(0)


# --- the log file --------------------------------------------------------------------------------
@pytest.fixture
def restore_logging():
    before = list(logging.getLogger().handlers)
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    logging_setup._log_file = None


@pytest.mark.parametrize("kind", ["fifo", "folder", "dev-full", "unwritable-folder"])
def test_unusable_log_path_is_skipped(tmp_path: Path, restore_logging, caplog, kind):
    path = tmp_path / logging_setup.LOG_FILE_NAME
    folder = tmp_path
    if kind == "fifo":
        os.mkfifo(path)  # opening it for writing used to block the start-up for ever
    elif kind == "folder":
        path.mkdir()
    elif kind == "dev-full":
        path.symlink_to("/dev/full")
    else:
        folder = tmp_path / "file-not-folder"
        folder.write_text("")
    with caplog.at_level(logging.WARNING):
        assert logging_setup.setup_logging(folder) is None
    assert "not logging to" in caplog.text and logging_setup.log_file() is None
    logging.getLogger("nnlab.test").warning("the app goes on")


def test_a_full_disk_prints_one_line_not_tracebacks(restore_logging, capfd):
    handler = logging_setup._QuietFileHandler("/dev/full", encoding="utf-8")
    logging.getLogger().addHandler(handler)
    for i in range(20):
        logging.getLogger("nnlab.test").warning("record %d", i)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "--- Logging error ---" not in err
    assert err.count("cannot write the log file") == 1
    assert handler not in logging.getLogger().handlers


def test_a_normal_folder_still_logs(tmp_path: Path, restore_logging):
    path = logging_setup.setup_logging(tmp_path)
    assert path == tmp_path / logging_setup.LOG_FILE_NAME
    logging.getLogger("nnlab.test").warning("hello log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hello log" in path.read_text(encoding="utf-8")
