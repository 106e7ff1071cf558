"""Optimizers (book ch. 6): each updates a dict of parameter arrays in place from a dict of grads.

The base class walks the keys; a subclass writes only the rule for one array. Per-key state
(velocities, squared-gradient sums, ...) is created lazily on first use and cleared by reset(),
so the same optimizer works on a network's params or on a 2-D point {"xy": array([x, y])}.
"""

from __future__ import annotations

import math

import numpy as np

EPS = 1e-7  # keeps the adaptive methods from dividing by zero


class Optimizer:
    """Base class: update(params, grads) applies ``_update_one`` to every key, in place."""

    name = "Optimizer"

    def __init__(self, lr: float) -> None:
        self.lr = lr
        self.state: dict[str, dict[str, np.ndarray]] = {}
        self.t = 0  # number of update() calls since the last reset

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        """Move every params[key] one step against grads[key] (arrays are changed in place)."""
        self.t += 1
        for key, p in params.items():
            self._update_one(p, grads[key], self._state_for(key, p))

    def _state_for(self, key: str, p: np.ndarray) -> dict[str, np.ndarray]:
        """This key's state dict, created empty the first time the key is seen."""
        state = self.state.get(key)
        if state is None:
            state = self.state[key] = {}
        return state

    def _update_one(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget all state (velocities, accumulators, step count)."""
        self.state.clear()
        self.t = 0

    def __repr__(self) -> str:
        return f"{self.name}(lr={self.lr:g})"


def _slot(state: dict[str, np.ndarray], name: str, p: np.ndarray) -> np.ndarray:
    """A zero array like p stored under state[name], created on first use."""
    if name not in state:
        state[name] = np.zeros_like(p)
    return state[name]


class SGD(Optimizer):
    """Stochastic gradient descent (Robbins & Monro 1951): p ← p - lr·g."""

    name = "SGD"

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)

    def _update_one(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        p -= self.lr * g


class Momentum(Optimizer):
    """Momentum (Polyak 1964; Rumelhart et al. 1986): v ← μ·v - lr·g ; p ← p + v."""

    name = "Momentum"

    def __init__(self, lr: float = 0.01, momentum: float = 0.9) -> None:
        super().__init__(lr)
        self.momentum = momentum

    def _update_one(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        v = _slot(state, "v", p)
        v *= self.momentum
        v -= self.lr * g
        p += v


class Nesterov(Momentum):
    """Nesterov accelerated gradient (Nesterov 1983; Sutskever et al. 2013): momentum that looks ahead.

    Written in the form of Bengio et al. 2013 ("Advances in optimizing recurrent networks"),
    which needs only the gradient at p: v ← μ·v - lr·g ; p ← p + μ·v - lr·g.
    (The book's code uses a slightly different expression; this is the standard one.)
    """

    name = "Nesterov"

    def _update_one(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        v = _slot(state, "v", p)
        v *= self.momentum
        v -= self.lr * g
        p += self.momentum * v
        p -= self.lr * g


class AdaGrad(Optimizer):
    """AdaGrad (Duchi, Hazan & Singer 2011): h ← h + g² ; p ← p - lr·g / (√h + ε)."""

    name = "AdaGrad"

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)

    def _update_one(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        h = _slot(state, "h", p)
        h += g * g
        p -= self.lr * g / (np.sqrt(h) + EPS)


class RMSProp(Optimizer):
    """RMSProp (Tieleman & Hinton 2012, lecture 6.5): h ← ρ·h + (1-ρ)·g² ; p ← p - lr·g/(√h + ε)."""

    name = "RMSProp"

    def __init__(self, lr: float = 0.01, decay_rate: float = 0.99) -> None:
        super().__init__(lr)
        self.decay_rate = decay_rate

    def _update_one(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        h = _slot(state, "h", p)
        h *= self.decay_rate
        h += (1.0 - self.decay_rate) * g * g
        p -= self.lr * g / (np.sqrt(h) + EPS)


class Adam(Optimizer):
    """Adam (Kingma & Ba 2015), with the bias correction folded into the step size.

    m ← β1·m + (1-β1)·g ; v ← β2·v + (1-β2)·g² ;
    p ← p - lr·√(1-β2ᵗ)/(1-β1ᵗ) · m / (√v + ε)   (the paper's "efficient" form, section 2)
    """

    name = "Adam"

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999) -> None:
        super().__init__(lr)
        self.beta1 = beta1
        self.beta2 = beta2

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        """One Adam step for every key (the bias correction depends on the step count t)."""
        t = self.t + 1
        self._lr_t = self.lr * math.sqrt(1.0 - self.beta2 ** t) / (1.0 - self.beta1 ** t)
        super().update(params, grads)

    def _update_one(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        m = _slot(state, "m", p)
        v = _slot(state, "v", p)
        m *= self.beta1
        m += (1.0 - self.beta1) * g
        v *= self.beta2
        v += (1.0 - self.beta2) * g * g
        p -= self._lr_t * m / (np.sqrt(v) + EPS)


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)
}


def make_optimizer(name: str, lr: float | None = None) -> Optimizer:
    """An optimizer by name ("SGD", "Adam", ...; case-insensitive) with the book's defaults."""
    by_lower = {key.lower(): cls for key, cls in OPTIMIZERS.items()}
    cls = by_lower.get(name.lower())
    if cls is None:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    return cls() if lr is None else cls(lr=lr)
