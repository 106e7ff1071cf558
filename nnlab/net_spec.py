"""NetSpec: everything that defines a fully connected network, checked once (book ch. 5–6).

A spec is what a saved model, an exported script and the editors agree on: the layer sizes, the
activation, the initial weights, batch norm, dropout, weight decay and the dtype.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

ACTIVATION_NAMES: tuple[str, ...] = ("relu", "sigmoid", "tanh", "leaky_relu", "identity")
DTYPES = ("float32", "float64")


@dataclass(frozen=True)
class NetSpec:
    """Everything needed to build a MultiLayerNet (and to save/load one)."""

    input_size: int
    hidden: tuple[int, ...]
    output_size: int
    activation: str = "relu"
    init: str = "he"
    batch_norm: bool = False
    dropout: float = 0.0
    weight_decay_l2: float = 0.0
    weight_decay_l1: float = 0.0
    dtype: str = "float32"

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(int(n) for n in self.hidden))
        sizes = (self.input_size, *self.hidden, self.output_size)
        if any(int(n) != n or n < 1 for n in sizes):
            raise ValueError(f"layer sizes must be positive integers, got {sizes}")
        if self.activation not in ACTIVATION_NAMES:
            raise ValueError(f"unknown activation {self.activation!r}; "
                             f"choose one of {', '.join(ACTIVATION_NAMES)}")
        self.init_std(1)  # validates the init string
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout ratio must be in [0, 1), got {self.dropout}")
        if self.weight_decay_l2 < 0 or self.weight_decay_l1 < 0:
            raise ValueError("weight decay λ must not be negative")
        if self.dtype not in DTYPES:
            raise ValueError(f"dtype must be float32 or float64, got {self.dtype!r}")

    def init_std(self, n_in: int) -> float:
        """Standard deviation of the initial weights of a layer with n_in inputs."""
        if self.init == "he":  # He et al. 2015, for ReLU
            return math.sqrt(2.0 / n_in)
        if self.init == "xavier":  # Glorot & Bengio 2010, as simplified in the book
            return math.sqrt(1.0 / n_in)
        if self.init.startswith("std:"):
            try:
                std = float(self.init[4:])
            except ValueError:
                std = -1.0
            if std >= 0.0 and math.isfinite(std):
                return std
        raise ValueError(f"init must be 'he', 'xavier' or 'std:<number ≥ 0>', got {self.init!r}")

    @property
    def sizes(self) -> tuple[int, ...]:
        """All layer widths, input first: (784, 50, 10)."""
        return (self.input_size, *self.hidden, self.output_size)

    def to_dict(self) -> dict:
        """Plain JSON-friendly dict."""
        d = asdict(self)
        d["hidden"] = list(self.hidden)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> NetSpec:
        """Inverse of to_dict(); unknown or missing keys raise ValueError."""
        names = {f.name for f in fields(cls)}
        unknown = set(d) - names
        if unknown:
            raise ValueError(f"unknown network spec keys: {', '.join(sorted(unknown))}")
        try:
            return cls(**d)
        except TypeError as exc:
            raise ValueError(f"incomplete network spec: {exc}") from exc

    def label(self) -> str:
        """Short human label such as '784-50-10 relu' (plus options when they are on)."""
        text = "-".join(str(n) for n in self.sizes) + f" {self.activation}"
        if self.batch_norm:
            text += " +BN"
        if self.dropout:
            text += f" dropout {self.dropout:g}"
        if self.weight_decay_l2:
            text += f" L2 {self.weight_decay_l2:g}"
        if self.weight_decay_l1:
            text += f" L1 {self.weight_decay_l1:g}"
        return text
