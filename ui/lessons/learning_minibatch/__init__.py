"""The learning minibatch lesson: its widget is in ``lesson.py``, its parts beside it."""
