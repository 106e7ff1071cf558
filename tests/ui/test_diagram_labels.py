"""Network-diagram labels stay readable however tall the network: at least the widget's font size
on screen (they were about 6 px), and no two column labels overlap."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo

from nnlab.network import NetSpec
from ui.widgets.network_diagram import NetworkDiagram


@pytest.mark.parametrize("hidden", [(50,), (100, 100, 100, 100)])
def test_labels_are_readable_and_apart(qtbot, hidden) -> None:
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(320, 400)
    diagram.show()
    qtbot.waitExposed(diagram)
    diagram.set_spec(NetSpec(input_size=784, hidden=hidden, output_size=10))
    scale = diagram.transform().m11()
    wanted = QFontInfo(diagram.font()).pixelSize()
    labels = [col.label for col in diagram.columns]
    for label in labels:
        assert label.font().pixelSize() * scale >= wanted - 0.5, label.text()
    rects = [label.sceneBoundingRect() for label in labels]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
