"""The computational graph lesson: its widget is in ``lesson.py``, its parts beside it."""
