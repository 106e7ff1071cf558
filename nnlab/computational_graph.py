"""Computational graphs (book ch. 5.1–5.4): multiply and add nodes, forward then backward, one node a step.

The nodes are the book's "layers" for single numbers: each has ``forward`` (remembering what its
``backward`` needs) and ``backward(dout)``, which returns the derivative for each input. A
:class:`Graph` wires nodes by named edges; a :class:`GraphRun` walks it one node at a time, first
forward (values) and then backward (derivatives of the output with respect to every edge), so a
view can show each step as it happens.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nnlab.number_text import number


class MulLayer:
    """out = x·y; backward swaps the inputs: dx = dout·y, dy = dout·x."""

    rule = "multiply"

    def __init__(self) -> None:
        self.x: float | None = None
        self.y: float | None = None

    def forward(self, x: float, y: float) -> float:
        """x·y, remembering x and y for backward."""
        self.x, self.y = x, y
        return x * y

    def backward(self, dout: float) -> tuple[float, float]:
        """(dout·y, dout·x)."""
        return dout * self.y, dout * self.x

    def __repr__(self) -> str:
        return "MulLayer()"


class AddLayer:
    """out = x + y; backward passes dout through unchanged to both inputs."""

    rule = "add"

    def forward(self, x: float, y: float) -> float:
        """x + y (nothing to remember)."""
        return x + y

    def backward(self, dout: float) -> tuple[float, float]:
        """(dout, dout): ∂(x + y)/∂x = ∂(x + y)/∂y = 1."""
        return dout * 1, dout * 1

    def __repr__(self) -> str:
        return "AddLayer()"


class SquareLayer:
    """out = t²; backward multiplies by the local derivative 2t (the chain rule's inner factor)."""

    rule = "square"

    def __init__(self) -> None:
        self.t: float | None = None

    def forward(self, t: float) -> float:
        """t², remembering t for backward."""
        self.t = t
        return t**2

    def backward(self, dout: float) -> tuple[float]:
        """(dout·2t,)."""
        return (dout * 2 * self.t,)

    def __repr__(self) -> str:
        return "SquareLayer()"


Layer = MulLayer | AddLayer | SquareLayer


@dataclass(frozen=True)
class Node:
    """One operation: the layer, the names of its input edges and of its output edge."""

    name: str
    layer: Layer
    inputs: tuple[str, ...]
    output: str


@dataclass(frozen=True)
class Graph:
    """Nodes in forward order; the edges that are inputs (editable) and their default values."""

    key: str
    nodes: tuple[Node, ...]
    defaults: dict[str, float]

    @property
    def output(self) -> str:
        """The last node's output edge: the result whose derivatives backward computes."""
        return self.nodes[-1].output

    @property
    def edges(self) -> list[str]:
        """Every edge: the inputs first, then each node's output."""
        return list(self.defaults) + [node.output for node in self.nodes]


def apple_graph() -> Graph:
    """Book Fig. 5-2/5-5: 2 apples at 100 yen, 10 % tax."""
    return Graph("apple", (
        Node("mul_apple", MulLayer(), ("apple", "apple_num"), "apple_price"),
        Node("mul_tax", MulLayer(), ("apple_price", "tax"), "price"),
    ), {"apple": 100.0, "apple_num": 2.0, "tax": 1.1})


def apple_orange_graph() -> Graph:
    """Book Fig. 5-3/5-17: 2 apples at 100 yen and 3 oranges at 150 yen, 10 % tax."""
    return Graph("apple_orange", (
        Node("mul_apple", MulLayer(), ("apple", "apple_num"), "apple_price"),
        Node("mul_orange", MulLayer(), ("orange", "orange_num"), "orange_price"),
        Node("add_apple_orange", AddLayer(), ("apple_price", "orange_price"), "all_price"),
        Node("mul_tax", MulLayer(), ("all_price", "tax"), "price"),
    ), {"apple": 100.0, "apple_num": 2.0, "orange": 150.0, "orange_num": 3.0, "tax": 1.1})


def chain_rule_graph() -> Graph:
    """Book Fig. 5-7: z = t², t = x + y, so ∂z/∂x = 2t · 1."""
    return Graph("chain_rule", (
        Node("add", AddLayer(), ("x", "y"), "t"),
        Node("square", SquareLayer(), ("t",), "z"),
    ), {"x": 1.0, "y": 2.0})


GRAPHS = {"apple": apple_graph, "apple_orange": apple_orange_graph, "chain_rule": chain_rule_graph}


@dataclass(frozen=True)
class Step:
    """What one step did: the phase ("forward"/"backward"), the node, and the edges it set."""

    phase: str
    node: Node
    values: dict[str, float]  # edge -> value (forward) or derivative (backward) written


@dataclass
class GraphRun:
    """Forward through the nodes in order, then backward in reverse, one node per :meth:`step`."""

    graph: Graph
    inputs: dict[str, float]
    values: dict[str, float] = field(init=False)
    grads: dict[str, float] = field(init=False)
    done_steps: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        unknown = set(self.inputs) - set(self.graph.defaults)
        if unknown:
            raise KeyError(f"not inputs of {self.graph.key}: {sorted(unknown)}")
        self.inputs = {**self.graph.defaults, **self.inputs}
        self.reset()

    @property
    def total_steps(self) -> int:
        """One forward and one backward step per node."""
        return 2 * len(self.graph.nodes)

    @property
    def finished(self) -> bool:
        """True once every forward and backward step is done."""
        return self.done_steps >= self.total_steps

    @property
    def phase(self) -> str:
        """"forward" while values are still missing, then "backward", then "done"."""
        if self.finished:
            return "done"
        return "forward" if self.done_steps < len(self.graph.nodes) else "backward"

    def reset(self) -> None:
        """Forget every computed value and derivative; only the inputs are known."""
        self.values = dict(self.inputs)
        self.grads = {}
        self.done_steps = 0

    def next_node(self) -> Node | None:
        """The node the next step processes (None when finished)."""
        n = len(self.graph.nodes)
        if self.finished:
            return None
        if self.done_steps < n:
            return self.graph.nodes[self.done_steps]
        return self.graph.nodes[2 * n - 1 - self.done_steps]

    def step(self) -> Step | None:
        """Process the next node: forward computes its output, backward its inputs' derivatives."""
        node = self.next_node()
        if node is None:
            return None
        phase = self.phase
        if phase == "forward":
            out = node.layer.forward(*(self.values[e] for e in node.inputs))
            self.values[node.output] = out
            written = {node.output: out}
        else:
            if node.output == self.graph.output:
                self.grads[node.output] = 1.0  # d(output)/d(output) starts the backward pass
            douts = node.layer.backward(self.grads[node.output])
            written = {}
            for edge, d in zip(node.inputs, douts, strict=True):
                self.grads[edge] = self.grads.get(edge, 0.0) + d  # an edge used twice adds up
                written[edge] = self.grads[edge]
        self.done_steps += 1
        return Step(phase, node, written)

    def run(self) -> GraphRun:
        """Do all remaining steps; return self."""
        while self.step() is not None:
            pass
        return self


def run_graph(key: str, **inputs: float) -> GraphRun:
    """Build the book's graph ``key``, run it forward and backward with these inputs."""
    return GraphRun(GRAPHS[key](), inputs).run()


def output_change(key: str, edge: str, inputs: dict[str, float], delta: float = 1.0) -> float:
    """How much the output really changes when input ``edge`` rises by ``delta`` (recomputed)."""
    before = run_graph(key, **inputs).values
    raised = {**inputs, edge: inputs.get(edge, GRAPHS[key]().defaults[edge]) + delta}
    after = run_graph(key, **raised).values
    output = GRAPHS[key]().output
    return after[output] - before[output]


def format_number(value: float) -> str:
    """A value as the book prints it: 220, 2.2, 3.3 (ten significant digits hide float noise)."""
    return number(value, 10)
