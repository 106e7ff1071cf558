"""The description the diagram draws: layer outputs of a sample, run in evaluation mode."""

from __future__ import annotations

import numpy as np

from nnlab.network import MultiLayerNet, NetSpec
from nnlab.network_description import SAMPLE_ROWS, describe, layer_outputs


def test_layer_outputs_end_with_the_network_scores() -> None:
    net = MultiLayerNet(NetSpec(2, (4, 3), 2, batch_norm=True, dropout=0.3, dtype="float64"),
                        rng=np.random.default_rng(3))
    x = np.random.default_rng(4).normal(size=(7, 2))
    outputs = layer_outputs(net, x)
    assert [o.shape for o in outputs] == [(7, 4), (7, 3), (7, 2)]
    np.testing.assert_allclose(outputs[-1], net.predict(x, train=False), rtol=1e-10)
    assert (outputs[0] >= 0).all()  # relu outputs


def test_hidden_outputs_are_taken_after_the_activation_and_before_dropout() -> None:
    spec = NetSpec(3, (5,), 2, activation="sigmoid", dropout=0.5, dtype="float64")
    net = MultiLayerNet(spec, rng=np.random.default_rng(0))
    x = np.random.default_rng(1).normal(size=(4, 3))
    hidden = layer_outputs(net, x)[0]
    a = x @ net.params["W1"] + net.params["b1"]
    np.testing.assert_allclose(hidden, 1 / (1 + np.exp(-a)), rtol=1e-12)


def test_describing_changes_nothing_in_the_network() -> None:
    spec = NetSpec(3, (4,), 2, batch_norm=True, dropout=0.2)
    net = MultiLayerNet(spec, rng=np.random.default_rng(0))
    rng = np.random.default_rng(2)
    x, t = rng.normal(size=(300, 3)).astype(np.float32), rng.integers(0, 2, 300)
    net.gradient(x[:10], t[:10])
    before = {**{k: v.copy() for k, v in net.params.items()}, **net.running_stats()}
    summaries = describe(net, x, include_arrays=True)
    after = {**net.params, **net.running_stats()}
    assert all(np.array_equal(before[k], after[k]) for k in before)
    assert summaries[0].activations.shape == (SAMPLE_ROWS, 4)  # a bounded sample is kept
    assert np.isfinite(summaries[0].grad_norm)
