"""How the training playground is put together: settings on the left; controls, notes and tabs beside."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.axes import keep_readable_height
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.loss_plot import AccuracyPlot, LossPlot
from ui.widgets.wrapped_height import wrapped_extra


def side_panel(title: QWidget, picker: QWidget, hyper: QWidget) -> QScrollArea:
    """The settings column (title, data set picker, hyperparameters), scrolled, never sideways."""
    side = QWidget()
    side_box = QVBoxLayout(side)
    side_box.addWidget(title)
    side_box.addWidget(picker)
    side_box.addWidget(hyper, 1)
    scroll = ColumnScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(side)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


SIDE_BY_SIDE_FROM = 480  # px: narrower, the diagram goes under the plots (both stay readable)
# px: narrower (1024 × 768 beside the lesson text), the settings go above the tabs, which then
# have the whole width for their plots, instead of a column about 280 px wide beside them.
SETTINGS_BESIDE_FROM = 760
SETTINGS_STACKED_SHARE = 0.32  # of the height, for the settings when they are above the tabs
# Lines of text each plot is at least tall: about 6 for its data area (a curve can be read), the rest
# for its ticks, axis title and (loss plot) the runs row. Below that the lesson page scrolls instead:
# a run table and notes above the tabs once squeezed the plots to about 20 px.
PLOT_MIN_LINES = {"loss": 12, "accuracy": 10}


class AdaptiveSplitter(QSplitter):
    """Its panes side by side when it is at least ``side_by_side_from`` pixels wide, else stacked;
    stacked, the first pane gets ``stacked_share`` of the height (``None``: as Qt shares it)."""

    def __init__(self, side_by_side_from: int, parent: QWidget | None = None,
                 stacked_share: float | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._threshold = side_by_side_from
        self._stacked_share = stacked_share

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self._threshold
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
            if wanted == Qt.Orientation.Vertical and self._stacked_share is not None and self.count() == 2:
                first = int(self._stacked_share * event.size().height())
                self.setSizes([first, event.size().height() - first])
        super().resizeEvent(event)


class ColumnScrollArea(QScrollArea):
    """Scrolls its column up and down only, so it is never narrower than the column's minimum
    (plus the scroll bar): otherwise the right edge of its labels would be cut off."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = inner.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())


def control_row(buttons: Iterable[QWidget], right: QWidget) -> FlowLayout:
    """The run buttons on the left, ``right`` (the File button) at the far right; on a narrow
    screen they wrap onto a second line instead of widening the playground."""
    controls = FlowLayout()
    for button in buttons:
        controls.addWidget(button)
    controls.add_widget(right, right=True)
    return controls


def linked_plots() -> tuple[LossPlot, AccuracyPlot]:
    """Loss and accuracy plots that hold the same runs; only the loss plot has the runs row."""
    loss_plot, acc_plot = LossPlot(), AccuracyPlot()
    for plot in (loss_plot, acc_plot):
        plot.export_button.hide()  # the File menu exports both plots; keeps the plots narrow
    # Both plots hold the same runs: the loss plot's row removes and clears them in both.
    acc_plot.set_run_controls_visible(False)
    acc_plot.set_legend_visible(False)  # same colours as the loss plot's legend; frees the small plot
    for plot, name in ((loss_plot, "loss"), (acc_plot, "accuracy")):
        keep_readable_height(plot, PLOT_MIN_LINES[name])
    loss_plot.run_removed.connect(acc_plot.remove_run)
    loss_plot.runs_cleared.connect(acc_plot.clear_runs)
    return loss_plot, acc_plot


def tab_pages(plots: tuple[QWidget, QWidget], diagram: QWidget, layer_panel: QWidget,
              results: QWidget, canvas: QWidget) -> QTabWidget:
    """Tabs Training (loss over accuracy, beside the diagram), Layer details and Results; no titles yet."""
    plot_column = QSplitter(Qt.Orientation.Vertical)
    for plot in plots:
        plot_column.addWidget(plot)
    training = AdaptiveSplitter(SIDE_BY_SIDE_FROM)
    training.addWidget(plot_column)
    training.addWidget(diagram)
    training.setStretchFactor(0, 3)
    training.setStretchFactor(1, 2)
    results_page = QSplitter(Qt.Orientation.Vertical)
    results_page.addWidget(results)
    results_page.addWidget(canvas)
    tabs = QTabWidget()
    tabs.addTab(training, "")
    tabs.addTab(scrolled(layer_panel), "")
    tabs.addTab(scrolled(results_page), "")
    return tabs


def arrange(owner: QWidget, side: QWidget, controls: FlowLayout, rows: Iterable[QWidget],
            tabs: QTabWidget) -> None:
    """Give ``owner`` its layout: ``side`` left of a column of controls, ``rows`` and the tabs."""
    main = WrappingColumn()
    main_box = QVBoxLayout(main)
    main_box.setContentsMargins(0, 0, 0, 0)
    main_box.addLayout(controls)
    for row in rows:
        main_box.addWidget(row)
    main.wrapping = (controls, *rows)
    main_box.addWidget(tabs, 1)
    splitter = AdaptiveSplitter(SETTINGS_BESIDE_FROM, stacked_share=SETTINGS_STACKED_SHARE)
    splitter.addWidget(side)
    splitter.addWidget(main)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([side.minimumSizeHint().width(), 10_000])  # the settings as narrow as they can be
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(splitter)


class WrappingColumn(QWidget):
    """A column whose minimum height counts the lines its ``wrapping`` rows wrap onto at its width,
    so that long notes make the lesson page scroll instead of squeezing the tabs below them."""

    wrapping: tuple = ()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), hint.height() + wrapped_extra(*self.wrapping))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the wrapped lines depend on the width


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area, so its minimum size does not widen the whole playground."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
