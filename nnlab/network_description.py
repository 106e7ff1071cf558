"""What the network diagram and the layer panel show: one summary per Affine layer.

The description runs a sample through the network's own layers in evaluation mode, so the
activations it reports belong to known inputs rather than to whichever mini-batch came last, and
``MultiLayerNet.predict`` stays the book's plain loop over its layers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from nnlab.functions import softmax

SAMPLE_ROWS = 200  # rows of a sample whose activations a summary keeps


@dataclass
class LayerSummary:
    """What the diagram and layer panel show about one Affine layer (arrays are copies)."""

    index: int
    name: str
    n_in: int
    n_out: int
    activation: str
    weight_mean: float
    weight_std: float
    grad_norm: float
    activation_mean: float
    activation_std: float
    weights: np.ndarray | None = None
    activations: np.ndarray | None = None
    grads: np.ndarray | None = None


def layer_outputs(net: Any, x: np.ndarray) -> list[np.ndarray]:
    """Each hidden layer's output (after its activation, before dropout) and the final scores.

    The layers run in evaluation mode, so batch norm uses its running statistics and nothing
    about the network changes.
    """
    h = np.asarray(x, dtype=net.params["W1"].dtype)
    outputs: list[np.ndarray] = []
    names = net.layer_names
    for position, layer in enumerate(net.layers):
        h = layer.forward(h, False)
        next_name = names[position + 1] if position + 1 < len(names) else "end"
        block_ends = next_name.startswith(("Affine", "end")) or next_name.startswith("Dropout")
        if block_ends and not names[position].startswith("Dropout"):
            outputs.append(h)
    return outputs


def describe(net: Any, x: np.ndarray | None = None,
             include_arrays: bool = False) -> list[LayerSummary]:
    """One LayerSummary per Affine layer; activations from the sample ``x`` when it is given."""
    outputs: list[np.ndarray | None] = [None] * net.n_affine
    if x is not None and len(x):
        outputs = layer_outputs(net, np.asarray(x)[:SAMPLE_ROWS])
        outputs[-1] = softmax(outputs[-1])  # the last layer is shown as probabilities
    return [_summary(net, k, outputs[k - 1], include_arrays) for k in range(1, net.n_affine + 1)]


def _summary(net: Any, k: int, out: np.ndarray | None, include_arrays: bool) -> LayerSummary:
    W = net.params[f"W{k}"]
    grad = net.last_grads.get(f"W{k}")
    return LayerSummary(
        index=k, name=f"Affine{k}", n_in=W.shape[0], n_out=W.shape[1],
        activation="softmax" if k == net.n_affine else net.spec.activation,
        weight_mean=float(W.mean()), weight_std=float(W.std()),
        grad_norm=float(np.linalg.norm(grad)) if grad is not None else math.nan,
        activation_mean=float(out.mean()) if out is not None else math.nan,
        activation_std=float(out.std()) if out is not None else math.nan,
        weights=W.copy() if include_arrays else None,
        activations=out.copy() if include_arrays and out is not None else None,
        grads=grad.copy() if include_arrays and grad is not None else None)
