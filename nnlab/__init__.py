"""nnlab: neural networks from scratch in NumPy, for learners of "Deep Learning from Scratch".

The engine never imports Qt; the desktop application lives in the separate ``ui`` package.
"""

from __future__ import annotations

__version__ = "0.1.0"
