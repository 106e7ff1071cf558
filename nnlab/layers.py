"""Layers with forward/backward (book ch. 5-6): each caches in forward what backward needs.

Parameter layers (Affine, BatchNormalization) hold *references* to the network's arrays, so an
optimizer updating ``net.params`` in place updates the layers too, exactly as in the book.

Speed notes (kept out of the math): ReLU and Dropout multiply by a stored boolean mask, and
ReLU's backward writes into ``dout`` in place (the book's version does the same with
``dout[mask] = 0``); Affine can skip dx for the first layer, whose input is the data.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from nnlab.functions import cross_entropy_from_logits, sigmoid, softmax


class Layer(Protocol):
    """What a layer of MultiLayerNet offers: forward caches what backward needs."""

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """Output for input x (batch, ...); train selects dropout and batch-norm behaviour."""
        ...

    def backward(self, dout: np.ndarray) -> np.ndarray | None:
        """Gradient with respect to the input, given the gradient of the output."""
        ...


class Affine:
    """Fully connected layer y = x·W + b."""

    def __init__(self, W: np.ndarray, b: np.ndarray) -> None:
        self.W = W  # (n_in, n_out)
        self.b = b  # (n_out,)
        self.dW: np.ndarray | None = None
        self.db: np.ndarray | None = None
        self.x: np.ndarray | None = None
        self.original_x_shape: tuple[int, ...] = ()
        # The network turns this off for the first layer: nobody needs the gradient of the data,
        # and skipping it saves the largest matrix product of the backward pass.
        self.compute_dx = True

    @property
    def params(self) -> dict[str, np.ndarray]:
        """Learnable arrays (shared with the network)."""
        return {"W": self.W, "b": self.b}

    @property
    def grads(self) -> dict[str, np.ndarray | None]:
        """Gradients from the last backward pass."""
        return {"W": self.dW, "b": self.db}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """x (batch, n_in) or (batch, ...) flattened -> (batch, n_out)."""
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x
        out = np.dot(x, self.W)
        out += self.b
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray | None:
        """dout (batch, n_out) -> dx shaped like the input (None when compute_dx is off)."""
        self.dW = np.dot(self.x.T, dout)  # BLAS reads x.T without copying it
        self.db = np.sum(dout, axis=0)
        if not self.compute_dx:
            return None
        dx = np.dot(dout, self.W.T)
        return dx.reshape(self.original_x_shape)

    def __repr__(self) -> str:
        return f"Affine({self.W.shape[0]}, {self.W.shape[1]})"


class Relu:
    """ReLU layer: passes positive inputs, blocks the rest (and their gradients)."""

    def __init__(self) -> None:
        self.mask: np.ndarray | None = None  # True where the input was positive
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """max(0, x)."""
        self.mask = x > 0
        return np.maximum(x, 0)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dout where the input was positive, else 0 (computed in place in dout)."""
        return np.multiply(dout, self.mask, out=dout)

    def __repr__(self) -> str:
        return "Relu()"


class LeakyRelu:
    """Leaky ReLU layer: x for x > 0, alpha·x otherwise."""

    def __init__(self, alpha: float = 0.01) -> None:
        self.alpha = alpha
        self.mask: np.ndarray | None = None
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """Leaky ReLU of x."""
        self.mask = x > 0
        return np.where(self.mask, x, self.alpha * x)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dout scaled by 1 or alpha."""
        return np.where(self.mask, dout, self.alpha * dout)

    def __repr__(self) -> str:
        return f"LeakyRelu({self.alpha:g})"


class Sigmoid:
    """Sigmoid layer; backward uses the stored output y: dx = dout·y·(1 - y)."""

    def __init__(self) -> None:
        self.out: np.ndarray | None = None
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """sigmoid(x)."""
        self.out = sigmoid(x)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dout·y·(1 - y)."""
        return dout * (1.0 - self.out) * self.out

    def __repr__(self) -> str:
        return "Sigmoid()"


class Tanh:
    """Tanh layer; backward uses the stored output y: dx = dout·(1 - y²)."""

    def __init__(self) -> None:
        self.out: np.ndarray | None = None
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """tanh(x)."""
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dout·(1 - y²)."""
        return dout * (1.0 - self.out * self.out)

    def __repr__(self) -> str:
        return "Tanh()"


class Dropout:
    """Dropout as in the book (Srivastava et al. 2014), *not* inverted dropout.

    Training: each unit is dropped (set to 0) with probability ``ratio``.
    Evaluation: every unit is kept and scaled by (1 - ratio), so the expected value matches.
    Randomness comes only from ``rng``. For gradient checks the mask can be fixed with
    ``set_mask()`` or by setting ``frozen = True`` (the last mask is reused while shapes match).
    """

    def __init__(self, ratio: float = 0.5, rng: np.random.Generator | None = None) -> None:
        if not 0.0 <= ratio < 1.0:
            raise ValueError(f"dropout ratio must be in [0, 1), got {ratio}")
        self.ratio = ratio
        self.rng = rng if rng is not None else np.random.default_rng()
        self.mask: np.ndarray | None = None  # True = unit kept
        self.frozen = False
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def set_mask(self, mask: np.ndarray) -> None:
        """Use this fixed keep-mask (True = keep) from now on; makes the layer deterministic."""
        self.mask = np.asarray(mask, dtype=bool)
        self.frozen = True

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """Drop units at random in training; scale by (1 - ratio) in evaluation."""
        if not train:
            return x * (1.0 - self.ratio)
        if not (self.frozen and self.mask is not None and self.mask.shape == x.shape):
            self.mask = self.rng.random(x.shape) >= self.ratio
        return x * self.mask

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """Gradients flow only through the kept units."""
        return dout * self.mask

    def __repr__(self) -> str:
        return f"Dropout({self.ratio:g})"


class BatchNormalization:
    """Batch normalization (Ioffe & Szegedy 2015): normalise each unit over the batch, then γ·x̂ + β.

    Training uses the batch mean/variance and updates running averages
    (running = momentum·running + (1 - momentum)·batch); evaluation uses the running averages.
    """

    eps = 1e-6  # added to the variance so that a constant unit does not divide by zero

    def __init__(self, gamma: np.ndarray, beta: np.ndarray, momentum: float = 0.9,
                 running_mean: np.ndarray | None = None,
                 running_var: np.ndarray | None = None) -> None:
        self.gamma = gamma  # (n,)
        self.beta = beta    # (n,)
        self.momentum = momentum
        self.running_mean = np.zeros_like(gamma) if running_mean is None else running_mean
        self.running_var = np.ones_like(gamma) if running_var is None else running_var
        self.dgamma: np.ndarray | None = None
        self.dbeta: np.ndarray | None = None
        self.xn: np.ndarray | None = None   # normalised input x̂
        self.std: np.ndarray | None = None  # sqrt(var + eps) used in forward
        self.input_shape: tuple[int, ...] = ()
        self.train = True  # mode of the last forward pass

    @property
    def params(self) -> dict[str, np.ndarray]:
        """Learnable arrays (shared with the network)."""
        return {"gamma": self.gamma, "beta": self.beta}

    @property
    def grads(self) -> dict[str, np.ndarray | None]:
        """Gradients from the last backward pass."""
        return {"gamma": self.dgamma, "beta": self.dbeta}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        """(batch, n) -> (batch, n) normalised, scaled and shifted."""
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.train = train
        if train:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc * xc, axis=0)
            self.std = np.sqrt(var + self.eps)
            self.running_mean *= self.momentum
            self.running_mean += (1.0 - self.momentum) * mu
            self.running_var *= self.momentum
            self.running_var += (1.0 - self.momentum) * var
        else:
            xc = x - self.running_mean
            self.std = np.sqrt(self.running_var + self.eps)
        self.xn = xc / self.std
        out = self.gamma * self.xn + self.beta
        return out.reshape(self.input_shape)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """Gradients of γ, β and x (the batch statistics depend on x too in training)."""
        dout = dout.reshape(dout.shape[0], -1)
        n = dout.shape[0]
        self.dbeta = dout.sum(axis=0)
        self.dgamma = np.sum(self.xn * dout, axis=0)
        if self.train:
            # The book's chain of small steps, collapsed into one line:
            # dx = γ/(N·σ) · (N·dout - Σdout - x̂·Σ(x̂·dout))
            dx = (self.gamma / (n * self.std)) * (n * dout - self.dbeta - self.xn * self.dgamma)
        else:
            dx = dout * (self.gamma / self.std)
        return dx.reshape(self.input_shape)

    def __repr__(self) -> str:
        return f"BatchNormalization({self.gamma.shape[0]})"


class SoftmaxWithLoss:
    """Softmax followed by cross-entropy: backward is simply (y - t) / batch.

    ``t`` may be integer labels (batch,) or one-hot (batch, classes); labels are used directly,
    no one-hot matrix is built. The loss comes from the scores (cross_entropy_from_logits), so
    it is finite and matches backward exactly, which a gradient check can see.
    """

    def __init__(self) -> None:
        self.y: np.ndarray | None = None  # probabilities (batch, classes)
        self.t: np.ndarray | None = None
        self.labels: np.ndarray | None = None  # set when t is given as labels
        self.loss: float | None = None
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, t: np.ndarray) -> float:
        """Mean cross-entropy of softmax(x) against t."""
        self.y = softmax(x)
        t = np.asarray(t)
        if t.shape == self.y.shape:
            self.t, self.labels = t.astype(self.y.dtype, copy=False), None  # keep float32
        else:
            self.t, self.labels = t, t.reshape(len(t)).astype(np.intp, copy=False)
        self.loss = cross_entropy_from_logits(x, t)
        return self.loss

    def backward(self, dout: float = 1.0) -> np.ndarray:
        """(y - t)·dout / batch."""
        batch = self.y.shape[0]
        scale = float(dout) / batch  # a Python float keeps float32 arrays float32
        if self.labels is None:
            dx = self.y - self.t
        else:
            dx = self.y.copy()
            dx[np.arange(batch), self.labels] -= 1.0
        dx *= scale
        return dx

    def __repr__(self) -> str:
        return "SoftmaxWithLoss()"
