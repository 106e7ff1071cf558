"""The PySide6 GUI of nnlab (imports ``nnlab``, never the reverse).

PySide6-Essentials 6.12.0 returns None/True/False from C++ calls without a new reference
(``label.setText(...)``, ``signal.emit(...)``); on Python 3.11, where those objects are not yet
immortal, every call drops one reference and after a few thousand the interpreter aborts with
"deallocating None". ``pyproject.toml`` excludes that release, and
``tests/ui/test_pyside_references.py`` fails on any installed PySide6 that drops them, so a later
release with the same bug is caught before a learner meets it (no reference counts are patched).
"""
