"""The engine's own source, gathered for pasting into an exported script or notebook.

An export must train exactly as the app trains, so it carries the app's code rather than a second
implementation: starting from one engine module, every ``nnlab`` module it imports is collected
(dependencies first), its own imports are removed, and the standard-library and NumPy imports of
all of them are merged into one header.  A refactoring of the engine changes the exports with it.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from dataclasses import dataclass

ROOT_MODULE = "nnlab.run"  # the recipe of a run: everything an exported experiment executes


@dataclass(frozen=True)
class ModuleSource:
    """One engine module as exported: its name, first docstring line and body without imports."""

    name: str      # "nnlab.layers"
    summary: str   # first line of the module docstring
    body: str      # the code, without docstring, imports, __all__ and TYPE_CHECKING blocks


def _is_type_checking_block(node: ast.stmt) -> bool:
    return (isinstance(node, ast.If) and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING")


def _engine_imports(tree: ast.Module) -> list[str]:
    """Names of the nnlab modules a module imports at run time (not under TYPE_CHECKING)."""
    names = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("nnlab"):
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names if alias.name.startswith("nnlab")]
    return names


def engine_modules(root: str = ROOT_MODULE) -> list[str]:
    """``root`` and every nnlab module it needs, each after the modules it imports."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order:
            return
        if name in visiting:
            raise ValueError(f"engine modules import each other in a cycle through {name}")
        visiting.add(name)
        tree = ast.parse(inspect.getsource(importlib.import_module(name)))
        for dependency in _engine_imports(tree):
            visit(dependency)
        visiting.discard(name)
        order.append(name)

    visit(root)
    return order


def _strip(source: str) -> tuple[str, str, list[ast.stmt]]:
    """(docstring summary, body without the stripped statements, the import statements)."""
    tree = ast.parse(source)
    lines = source.splitlines()
    drop: set[int] = set()
    imports: list[ast.stmt] = []
    summary = ""
    for index, node in enumerate(tree.body):
        is_docstring = (index == 0 and isinstance(node, ast.Expr)
                        and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str))
        is_all = (isinstance(node, ast.Assign) and len(node.targets) == 1
                  and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "__all__")
        if is_docstring:
            summary = node.value.value.strip().splitlines()[0]
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.append(node)
        if is_docstring or is_all or _is_type_checking_block(node) or node in imports:
            drop.update(range(node.lineno - 1, node.end_lineno or node.lineno))
    body = "\n".join(line for number, line in enumerate(lines) if number not in drop)
    return summary, body.strip("\n") + "\n", imports


def module_source(name: str) -> ModuleSource:
    """One engine module, ready to paste after :func:`import_header`."""
    summary, body, _ = _strip(inspect.getsource(importlib.import_module(name)))
    return ModuleSource(name=name, summary=summary, body=body)


def import_header(names: list[str]) -> str:
    """The merged non-nnlab imports of ``names``, with ``from __future__`` first."""
    plain: list[str] = []
    from_names: dict[str, list[str]] = {}
    for name in names:
        _, _, imports = _strip(inspect.getsource(importlib.import_module(name)))
        for node in imports:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("nnlab"):
                        continue
                    text = alias.name + (f" as {alias.asname}" if alias.asname else "")
                    if text not in plain:
                        plain.append(text)
            elif node.module and not node.module.startswith("nnlab"):
                listed = from_names.setdefault(node.module, [])
                for alias in node.names:
                    text = alias.name + (f" as {alias.asname}" if alias.asname else "")
                    if text not in listed and alias.name != "TYPE_CHECKING":
                        listed.append(text)
    lines = ["from __future__ import annotations", ""]
    lines += [f"import {text}" for text in sorted(plain, key=_import_order) if "numpy" not in text]
    for module in sorted(m for m in from_names if m != "__future__"):
        if from_names[module]:
            lines.append(f"from {module} import {', '.join(sorted(from_names[module]))}")
    lines += ["", *[f"import {text}" for text in plain if "numpy" in text]]
    return "\n".join(lines) + "\n"


def _import_order(text: str) -> str:
    return text.split(" ")[0]


def top_level_names(body: str) -> set[str]:
    """Names a pasted module body defines at top level (to detect clashes between modules)."""
    names: set[str] = set()
    for node in ast.parse(body).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return names
