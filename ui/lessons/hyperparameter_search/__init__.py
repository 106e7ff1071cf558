"""The hyperparameter search lesson: its widget is in ``lesson.py``, its parts beside it."""
