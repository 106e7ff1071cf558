"""The usual backprop mistakes, as wrappers around the engine's own layers (book ch. 5.6–5.7).

Each wrapper keeps the wrapped layer's forward pass (so the loss, and with it the numerical
gradient, is unchanged) and breaks its backward pass in one way a learner typically does. The
wrappers call the real ``backward`` and then spoil its result, so the correct rule is written once,
in ``nnlab.layers``.  A gradient check then shows which arrays the mistake makes wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from nnlab.layers import Affine, Relu, SoftmaxWithLoss

MISSING_TRANSPOSE = "missing_transpose"
RELU_FORGETS_MASK = "relu_forgets_mask"
NO_BATCH_DIVIDE = "no_batch_divide"
SIGN_ERROR = "sign_error"
MISTAKES: tuple[str, ...] = (MISSING_TRANSPOSE, RELU_FORGETS_MASK, NO_BATCH_DIVIDE, SIGN_ERROR)
# The layer (as the stepper names them) that break_layers() puts each mistake into.
MISTAKE_LAYER = {MISSING_TRANSPOSE: "Affine1", RELU_FORGETS_MASK: "Relu",
                 NO_BATCH_DIVIDE: "SoftmaxWithLoss", SIGN_ERROR: "Affine2"}


class BrokenLayer:
    """An engine layer whose backward pass has one deliberate mistake; everything else is the layer's."""

    mistake = ""

    def __init__(self, layer: Any) -> None:
        self.layer = layer

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        """The wrapped layer's own forward pass."""
        return self.layer.forward(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # Only called for names the wrapper lacks: x, W, mask, dW, params, ... of the real layer.
        return getattr(self.layer, name)

    def __repr__(self) -> str:
        return f"{self.layer!r} with {self.mistake}"


class AffineMissingTranspose(BrokenLayer):
    """dW = x·dout instead of xᵀ·dout (runs silently when the batch size equals the input size)."""

    mistake = MISSING_TRANSPOSE

    def backward(self, dout: np.ndarray) -> np.ndarray | None:
        """The real backward, then dW recomputed without the transpose (NumPy may refuse the shapes)."""
        dx = self.layer.backward(dout)
        self.layer.dW = np.dot(self.layer.x, dout)
        return dx


class ReluForgetsMask(BrokenLayer):
    """ReLU's backward passes every gradient through, also where the input was negative."""

    mistake = RELU_FORGETS_MASK

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dout unchanged: the mask from the forward pass is not applied."""
        return np.array(dout, copy=True)


class SoftmaxLossNoBatchDivide(BrokenLayer):
    """Softmax-with-Loss returns y − t instead of (y − t)/batch."""

    mistake = NO_BATCH_DIVIDE

    def backward(self, dout: float = 1.0) -> np.ndarray:
        """The real backward with dout scaled by the batch size, which cancels its division."""
        return self.layer.backward(float(dout) * self.layer.y.shape[0])


class AffineSignError(BrokenLayer):
    """dx = −dout·Wᵀ: the gradient passed to the layers below has the wrong sign."""

    mistake = SIGN_ERROR

    def backward(self, dout: np.ndarray) -> np.ndarray | None:
        """The real backward with dx negated (dW and db of this layer stay right)."""
        dx = self.layer.backward(dout)
        return None if dx is None else -dx


def break_layers(layers: list[Any], last_layer: Any,
                 mistakes: Iterable[str]) -> tuple[list[Any], Any]:
    """Wrap the layers of Affine → activation → Affine → SoftmaxWithLoss with the chosen mistakes.

    The missing transpose goes into the first Affine (where x is the data), the sign error into the
    last Affine's dx, the forgotten mask into a ReLU (a Sigmoid network has none: nothing changes)
    and the missing division into the loss layer. Unknown names raise ValueError.
    """
    chosen = set(mistakes)
    unknown = chosen - set(MISTAKES)
    if unknown:
        raise ValueError(f"unknown mistakes: {', '.join(sorted(unknown))}")
    layers = list(layers)
    affines = [i for i, layer in enumerate(layers) if isinstance(layer, Affine)]
    if MISSING_TRANSPOSE in chosen:
        layers[affines[0]] = AffineMissingTranspose(layers[affines[0]])
    if SIGN_ERROR in chosen:
        layers[affines[-1]] = AffineSignError(layers[affines[-1]])
    if RELU_FORGETS_MASK in chosen:
        layers = [ReluForgetsMask(layer) if isinstance(layer, Relu) else layer for layer in layers]
    if NO_BATCH_DIVIDE in chosen and isinstance(last_layer, SoftmaxWithLoss):
        last_layer = SoftmaxLossNoBatchDivide(last_layer)
    return layers, last_layer


def applies_to(mistake: str, activation: str) -> bool:
    """Whether a mistake changes a network with this activation (a Sigmoid net has no ReLU mask)."""
    return not (mistake == RELU_FORGETS_MASK and activation != "relu")
