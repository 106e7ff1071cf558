"""NetworkViews: what the training playground shows of its network, in tabs beside the plots.

The diagram (recoloured as the network trains), the per-layer details, the results on the test set
and the drawing canvas. It draws what it is handed (a spec, a snapshot, a trained network and its
data); the playground decides when. The layer details are costly to draw, so while their tab is
hidden the snapshots are only recorded and drawn when the tab is opened.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from nnlab.data import Dataset
from nnlab.network import MultiLayerNet, NetSpec
from ui.training_worker import NetworkSnapshot
from ui.widgets.draw_canvas import DrawCanvas
from ui.widgets.layer_panel import LayerPanel
from ui.widgets.network_diagram import NetworkDiagram
from ui.widgets.playground_layout import tab_pages
from ui.widgets.results import ResultsView

log = logging.getLogger(__name__)

TRAINING_TAB, LAYERS_TAB, RESULTS_TAB = 0, 1, 2


class NetworkViews(QObject):
    """The diagram, layer details, results and drawing canvas, with the plots, as tab pages."""

    def __init__(self, plots: tuple[QWidget, QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumSize(160, 160)  # the playground fits beside the lesson text at 1024 px
        self.layer_panel = LayerPanel()
        self.results = ResultsView()
        self.canvas = DrawCanvas()
        self.tabs = tab_pages(plots, self.diagram, self.layer_panel, self.results, self.canvas)
        self.diagram.layer_clicked.connect(self._on_diagram_layer_clicked)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def set_dataset(self, dataset: Dataset) -> None:
        """New data: 2-D sets get the diagram's maps; the last network's results no longer apply."""
        toy = dataset.input_size == 2
        self.diagram.set_toy_data(dataset.x_train if toy else None, dataset.t_train if toy else None)
        self.layer_panel.set_image_shape(dataset.image_shape)
        self.canvas.setEnabled(dataset.image_shape is not None)
        self.canvas.forget_model()  # the last network was trained on other data
        self.results.clear()

    def show_spec(self, spec: NetSpec) -> None:
        """Draw an untrained network of ``spec``."""
        self.diagram.set_spec(spec)

    def show_snapshot(self, snapshot: NetworkSnapshot) -> None:
        """Recolour the diagram; the layer details are drawn only while their tab is shown."""
        with np.errstate(all="ignore"):  # a diverging net's weights overflow; drawn as they are
            self.diagram.update_snapshot(snapshot)
            if self.tabs.currentIndex() == LAYERS_TAB:
                self.layer_panel.update_snapshot(snapshot)
            else:  # kept, so the panel shows the latest state (and gradient history) when opened
                self.layer_panel.record_snapshot(snapshot)

    def show_loaded(self, snapshot: NetworkSnapshot) -> None:
        """Draw a network read from a file in the diagram and the layer details (no history)."""
        self.diagram.update_snapshot(snapshot)
        self.layer_panel.clear()
        self.layer_panel.update_snapshot(snapshot)

    def show_results(self, net: MultiLayerNet, dataset: Dataset) -> None:
        """The trained network's results on ``dataset``, and the canvas for images."""
        try:
            self.results.set_results(net, dataset)
            if dataset.image_shape is not None:
                self.canvas.set_model(net, dataset.image_shape, dataset.class_names)
        except ValueError as exc:  # a loaded model that does not fit the data
            log.warning("results not shown: %s", exc)

    def clear(self, spec: NetSpec) -> None:
        """Forget the trained network: no results or layer history; an untrained ``spec`` drawn."""
        self.results.clear()
        self.layer_panel.clear()
        self.diagram.set_spec(spec)

    def _on_diagram_layer_clicked(self, index: int) -> None:
        self.diagram.set_selected_layer(index)
        self.layer_panel.show_layer(index)
        self.tabs.setCurrentIndex(LAYERS_TAB)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == LAYERS_TAB:
            self.layer_panel.refresh()
