"""Lesson (chapter 5.1–5.4): computational graphs, forward then backward one node at a time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.computational_graph import GRAPHS, GraphRun, Step, format_number, output_change
from ui.lessons.computational_graph.graph_view import GraphView
from ui.lessons.panel_common import ERROR_STYLE, STEP_SHORTCUT, Panel, StatusLine, wrapped_label

log = logging.getLogger(__name__)

PLAY_INTERVAL_MS = 700
QUESTION_EDGE = {"apple": "apple", "apple_orange": "apple", "chain_rule": "x"}
RIGHT_STYLE = "color: #26a269;"


class ComputationalGraphLesson(Panel):
    """Pick an example, edit its inputs, Step/Play/Reset through forward and backward, answer a question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.example_caption = QLabel(self)
        self.example_combo = QComboBox(self)
        for key in GRAPHS:
            self.example_combo.addItem("", key)
        self.intro = wrapped_label(self)
        self.inputs_box = QWidget(self)
        self.inputs_grid = QGridLayout(self.inputs_box)
        self.inputs_grid.setContentsMargins(0, 0, 0, 0)
        self.input_spins: dict[str, QDoubleSpinBox] = {}
        self.input_captions: dict[str, QLabel] = {}
        self.book_button = QPushButton(self)
        self.step_button, self.play_button, self.reset_button = (QPushButton(self) for _ in range(3))
        self.view = GraphView(self)
        self.status = StatusLine(2, self)
        self.rule = StatusLine(3, self)
        self.question = wrapped_label(self)
        self.answer_edit = QLineEdit(self)
        self.check_button = QPushButton(self)
        self.feedback = wrapped_label(self)
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.run: GraphRun | None = None
        self.last_step: Step | None = None
        self._build_layout()
        self.example_combo.currentIndexChanged.connect(self._on_example_combo_changed)
        self.book_button.clicked.connect(self.use_book_values)
        self.step_button.clicked.connect(self.step)
        self.play_button.clicked.connect(self._on_play_button_clicked)
        self.reset_button.clicked.connect(self.reset)
        self.check_button.clicked.connect(self.check_answer)
        self.answer_edit.returnPressed.connect(self.check_answer)
        self._retranslate()
        self._on_example_combo_changed()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.example_caption)
        top.addWidget(self.example_combo, 1)
        top.addWidget(self.book_button)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        answer = QHBoxLayout()
        answer.addWidget(self.answer_edit, 1)
        answer.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.inputs_box)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.rule)
        layout.addWidget(self.question)
        layout.addLayout(answer)
        layout.addWidget(self.feedback)

    # --- the example and its inputs ------------------------------------------------------------
    def example(self) -> str:
        """Key of the shown graph ("apple", "apple_orange", "chain_rule")."""
        return self.example_combo.currentData()

    def inputs(self) -> dict[str, float]:
        """The values typed into the input spin boxes."""
        return {edge: spin.value() for edge, spin in self.input_spins.items()}

    def _on_example_combo_changed(self, *_args: object) -> None:
        while self.inputs_grid.count():
            old = self.inputs_grid.takeAt(0).widget()
            old.hide()  # deleteLater waits for the event loop; the new boxes take its place now
            old.deleteLater()
        self.input_spins.clear()
        self.input_captions.clear()
        defaults = GRAPHS[self.example()]().defaults
        for index, (edge, value) in enumerate(defaults.items()):
            caption = QLabel(self.inputs_box)
            spin = QDoubleSpinBox(self.inputs_box)
            spin.setLocale(QLocale.c())
            spin.setRange(-1e6, 1e6)
            spin.setDecimals(2)
            spin.setValue(value)
            spin.setMaximumWidth(130)
            spin.valueChanged.connect(self.reset)
            row, col = divmod(index, 2)
            self.inputs_grid.addWidget(caption, row, 2 * col)
            self.inputs_grid.addWidget(spin, row, 2 * col + 1)
            self.input_spins[edge], self.input_captions[edge] = spin, caption
        self.inputs_grid.setColumnStretch(4, 1)
        self._retranslate_example()
        self.reset()

    def use_book_values(self) -> None:
        """Put the book's inputs back (they give the book's printed results)."""
        defaults = GRAPHS[self.example()]().defaults
        for edge, spin in self.input_spins.items():
            spin.blockSignals(True)
            spin.setValue(defaults[edge])
            spin.blockSignals(False)
        self.reset()

    # --- stepping -------------------------------------------------------------------------------
    def reset(self, *_args: object) -> None:
        """A fresh run with the current inputs: only the inputs are known."""
        self._timer.stop()
        self.run = GraphRun(GRAPHS[self.example()](), self.inputs())
        self.last_step = None
        self.feedback.setText("")
        self._redraw()

    def step(self) -> Step | None:
        """Process the next node (forward first, then backward); None when the run is finished."""
        if self.run is None or self.run.finished:
            self._timer.stop()
            self._redraw()
            return None
        self.last_step = self.run.step()
        if self.run.finished:
            self._timer.stop()
        self._redraw()
        return self.last_step

    def _on_play_button_clicked(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
        else:
            if self.run.finished:
                self.reset()
            self._timer.start()
        self._redraw()

    def _on_timer_timeout(self) -> None:
        self.step()

    def _redraw(self) -> None:
        step = self.last_step
        node = step.node if step else None
        self.view.show_run(self.run, node, step.phase if step else "", self._short_rule(step))
        self.play_button.setText(self.tr("Pause") if self._timer.isActive() else self.tr("Play"))
        done, total = self.run.done_steps, self.run.total_steps
        if done == 0:
            text = self.tr("Ready: press Step (Ctrl+Right) to compute the first node forward.")
        elif self.run.finished:
            text = self.tr("Step {0} of {1}: done. Red numbers are the derivatives of the output "
                           "with respect to each edge.").format(done, total)
        elif step.phase == "forward":
            text = self.tr("Step {0} of {1}: forward, left to right.").format(done, total)
        else:
            text = self.tr("Step {0} of {1}: backward, right to left (the output's derivative "
                           "starts at 1).").format(done, total)
        self.status.setText(text)
        self.rule.setText(self._rule(step) if step else "")

    def _short_rule(self, step: Step | None) -> str:
        """The few words drawn under the processed node."""
        if step is None:
            return ""
        rule = step.node.layer.rule
        if step.phase == "forward":
            return {"multiply": "x · y", "add": "x + y", "square": "t²"}[rule]
        return {"multiply": self.tr("swap the inputs"), "add": self.tr("pass through"),
                "square": self.tr("× 2t")}[rule]

    def _rule(self, step: Step) -> str:
        """The local rule of the processed node with this step's numbers."""
        node, values, grads = step.node, self.run.values, self.run.grads
        names = [self._caption(e) for e in node.inputs]
        ins = [format_number(values[e]) for e in node.inputs]
        if step.phase == "forward":
            out = format_number(values[node.output])
            if node.layer.rule == "square":
                return self.tr("Forward: {0} = {1}² = {2}").format(self._caption(node.output), ins[0], out)
            sign = "×" if node.layer.rule == "multiply" else "+"
            return self.tr("Forward: {0} = {1} {2} {3} = {4}").format(
                self._caption(node.output), ins[0], sign, ins[1], out)
        dout = format_number(grads[node.output])
        got = [format_number(grads[e]) for e in node.inputs]
        if node.layer.rule == "multiply":
            return self.tr("Backward through ×: each input gets dout times the OTHER input — "
                           "∂L/∂{0} = {1} × {2} = {3}, ∂L/∂{4} = {1} × {5} = {6}.").format(
                names[0], dout, ins[1], got[0], names[1], ins[0], got[1])
        if node.layer.rule == "add":
            return self.tr("Backward through +: dout = {0} passes through unchanged to {1} and {2}.").format(
                dout, names[0], names[1])
        return self.tr("Backward through ²: ∂z/∂t = 2t, so ∂L/∂{0} = {1} × 2 × {2} = {3}.").format(
            names[0], dout, ins[0], got[0])

    # --- the question ---------------------------------------------------------------------------
    def check_answer(self) -> None:
        """Compare the typed answer with the derivative of the output with respect to the asked input."""
        edge = QUESTION_EDGE[self.example()]
        try:
            answer = float(self.answer_edit.text().strip().replace(",", "."))
        except ValueError:
            self.feedback.setStyleSheet(ERROR_STYLE)
            self.feedback.setText(self.tr("Type a number, for example 1.5."))
            return
        exact = GraphRun(GRAPHS[self.example()](), self.inputs()).run().grads[edge]
        if abs(answer - exact) <= 1e-6 * max(1.0, abs(exact)):
            change = output_change(self.example(), edge, self.inputs())
            self.feedback.setStyleSheet(RIGHT_STYLE)
            self.feedback.setText(self.tr(
                "Right: the derivative on that edge is {0}. Recomputing with the input raised by 1 "
                "changes the output by {1}.").format(format_number(exact), format_number(change)))
        else:
            self.feedback.setStyleSheet(ERROR_STYLE)
            self.feedback.setText(self.tr(
                "Not yet. Step the backward pass until it reaches the edge {0} and read the red "
                "number under it.").format(self._caption(edge)))

    # --- texts ----------------------------------------------------------------------------------
    def _caption(self, edge: str) -> str:
        captions = {
            "apple": self.tr("apple"), "apple_num": self.tr("apples"), "orange": self.tr("orange"),
            "orange_num": self.tr("oranges"), "tax": self.tr("tax"), "apple_price": self.tr("apple total"),
            "orange_price": self.tr("orange total"), "all_price": self.tr("subtotal"),
            "price": self.tr("price"),
        }
        return captions.get(edge, edge)  # x, y, t, z stay as they are

    def _retranslate_example(self) -> None:
        key = self.example()
        for edge, caption in self.input_captions.items():
            caption.setText(self.tr("%1:").replace("%1", self._caption(edge)))
        self.view.labels = {edge: self._caption(edge) for edge in GRAPHS[key]().edges}
        intros = {
            "apple": self.tr("Book Fig. 5-5: 2 apples at 100 yen each, consumption tax 1.1."),
            "apple_orange": self.tr("Book Fig. 5-17: 2 apples at 100 yen and 3 oranges at 150 yen, tax 1.1."),
            "chain_rule": self.tr("Book Fig. 5-7: z = t² with t = x + y. Backward multiplies the local "
                                  "derivatives: ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1."),
        }
        self.intro.setText(intros[key])
        if key == "chain_rule":
            self.question.setText(self.tr("If x rises by a tiny amount ε, z changes by about how many ε?"))
        else:
            self.question.setText(self.tr("If the price of one apple rises by 1 yen, by how many yen "
                                          "does the amount you pay change?"))

    def _retranslate(self) -> None:
        self.example_caption.setText(self.tr("Example:"))
        names = {"apple": self.tr("Apples"), "apple_orange": self.tr("Apples and oranges"),
                 "chain_rule": self.tr("Chain rule: z = (x + y)²")}
        for index in range(self.example_combo.count()):
            self.example_combo.setItemText(index, names[self.example_combo.itemData(index)])
        self.book_button.setText(self.tr("Book's values"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setShortcut(STEP_SHORTCUT)  # after setText, which replaces the shortcut
        self.step_button.setToolTip(self.tr("Process the next node (Ctrl+Right)"))
        self.reset_button.setText(self.tr("Reset"))
        self.check_button.setText(self.tr("Check"))
        self.answer_edit.setPlaceholderText(self.tr("your answer"))
        if self.run is not None:
            self._retranslate_example()
            self._redraw()
