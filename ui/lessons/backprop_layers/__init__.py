"""The backprop layers lesson: its widget is in ``lesson.py``, its parts beside it."""
