"""The PySide6 GUI of nnlab (imports ``nnlab``, never the reverse)."""

from __future__ import annotations

import ctypes
import sys


def pin_python_singletons() -> None:
    """Make None, True, False, ... immortal on Python < 3.12, as Python 3.12+ does.

    The PySide6 6.12 wheels return these singletons from C++ calls without a new reference
    (``label.setText(...)`` gives None, ``signal.emit(...)`` gives True), which is harmless where they
    are immortal (3.12+) but on Python 3.11 every call drops one reference, and after a few thousand
    calls the interpreter aborts with "none_dealloc: deallocating None". One huge reference count,
    added once, keeps them alive. Safe to call more than once. Done on import of ``ui``, so the
    shell and every lesson are covered, not only the code that trains.
    """
    if sys.version_info >= (3, 12) or getattr(sys, "_nnlab_singletons_pinned", False):
        return
    for value in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
    sys._nnlab_singletons_pinned = True


pin_python_singletons()
