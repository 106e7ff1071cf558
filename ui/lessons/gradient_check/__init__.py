"""The gradient check lesson: its widget is in ``lesson.py``, its parts beside it."""
