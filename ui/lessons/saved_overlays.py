"""SavedOverlays: a comparison lesson draws the learner's saved runs again, beside its own rows.

*Show in plots* in the lesson's saved-runs window sends a run, with its curves, here. Each shown
run gets a colour of its own (darker than the rows' colours) and the lesson draws it dotted into
every plot it can (``draw(key, run, colour)``, which answers what it could not draw, e.g. a weight
scale the small plots do not show). The line under the plots names the shown runs in their colours,
each with a link that takes it out again; a run renamed or deleted in the window is renamed or
taken out here too.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QLabel

from nnlab.run_store import SavedRun
from ui.engine_names import dataset_text
from ui.widgets.saved_runs import SavedRunsPanel

# Darker than the rows' palette (ui.lessons.comparison_runs.PALETTE), so a saved run never looks
# like a row of this session.
SAVED_PALETTE: tuple[str, ...] = ("#4d4d4d", "#b8860b", "#008080", "#8b008b", "#556b2f", "#a0522d",
                                  "#191970", "#c71585")
REMOVE_ALL = "remove-all"


class SavedOverlays(QObject):
    """The saved runs shown in a lesson's plots, their colours, and the legend line that lists them."""

    def __init__(self, panel: SavedRunsPanel, draw: Callable[[str, SavedRun, str], str],
                 erase: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draw, self._erase = draw, erase
        self.runs: dict[str, SavedRun] = {}  # plot key ("saved:<id>") -> the run with its curves
        self.colours: dict[str, str] = {}
        self.notes: dict[str, str] = {}  # key -> what of the run the lesson could not draw
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        font = self.legend.font()  # a line under the plots: smaller than the lesson's text
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
        self.legend.setFont(font)
        self.legend.linkActivated.connect(self._on_legend_link_activated)
        self.legend.hide()
        panel.overlay_requested.connect(self.show_run)
        panel.count_changed.connect(lambda _count: self._follow(panel.runs))

    @staticmethod
    def key_of(run: SavedRun) -> str:
        """The plot key of a saved run."""
        return f"saved:{run.id}"

    def keys(self) -> list[str]:
        """The shown runs' keys, in the order they were shown."""
        return list(self.runs)

    @Slot(object)
    def show_run(self, run: SavedRun) -> None:
        """Draw a saved run (again, if it is shown already: its curves may have been renamed)."""
        key = self.key_of(run)
        if key in self.runs:
            self._erase(key)
        else:
            used = set(self.colours.values())
            self.colours[key] = next((c for c in SAVED_PALETTE if c not in used),
                                     SAVED_PALETTE[len(self.runs) % len(SAVED_PALETTE)])
        self.runs[key] = run
        self.notes[key] = self._draw(key, run, self.colours[key])
        self.retranslate()

    def remove(self, key: str) -> None:
        """Take a saved run out of the plots."""
        if key in self.runs:
            self._erase(key)
            for store in (self.runs, self.colours, self.notes):
                store.pop(key, None)
            self.retranslate()

    def clear(self) -> None:
        """Take every saved run out of the plots."""
        for key in self.keys():
            self.remove(key)

    def redraw(self) -> None:
        """Draw every shown run again (the lesson rebuilt its plots, or changed what they show)."""
        for key, run in self.runs.items():
            self._erase(key)
            self.notes[key] = self._draw(key, run, self.colours[key])
        self.retranslate()

    def _follow(self, listed: list[SavedRun]) -> None:
        """Rename what was renamed in the saved-runs window; take out what was deleted there."""
        names = {self.key_of(run): run.name for run in listed}
        for key in self.keys():
            if key not in names:
                self.remove(key)
            elif names[key] != self.runs[key].name:
                self.runs[key].name = names[key]
                self.retranslate()

    def retranslate(self) -> None:
        """The legend line in the current language (``redraw`` asks the lesson for the notes again)."""
        self.legend.setVisible(bool(self.runs))
        if not self.runs:
            self.legend.setText("")
            return
        take_out, take_all_out = self.tr("take out"), self.tr("take all out")
        entries = []
        for key, run in self.runs.items():
            entry = (f"<span style='color:{self.colours[key]}'>┅ {html.escape(run.name)}</span>"
                     f" <a href='{key}'>[{take_out}]</a>")
            if self.notes[key]:
                entry += f" <i>({html.escape(self.notes[key])})</i>"
            entries.append(entry)
        self.legend.setText(self.tr("Saved runs in the plots (dotted):") + " " + " &nbsp; ".join(entries)
                            + f" &nbsp; <a href='{REMOVE_ALL}'>[{take_all_out}]</a>")
        self.legend.setToolTip("\n".join(self.trained_with(run) for run in self.runs.values()))

    def trained_with(self, run: SavedRun) -> str:
        """One line on how a saved run was trained: its network, batch and iterations."""
        spec = run.settings.get("spec") or {}
        sizes = [spec.get("input_size"), *spec.get("hidden", []), spec.get("output_size")]
        network = "-".join(str(n) for n in sizes) if None not in sizes else "?"
        return (self.tr("%1: network %2, batch %3, %4 iterations on %5")
                .replace("%1", run.name).replace("%2", network)
                .replace("%3", str(run.settings.get("batch_size", "?")))
                .replace("%4", f"{run.final.get('iterations', 0):,}")
                .replace("%5", dataset_text(run.dataset)))

    @Slot(str)
    def _on_legend_link_activated(self, link: str) -> None:
        if link == REMOVE_ALL:
            self.clear()
        else:
            self.remove(link)
