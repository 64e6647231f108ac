"""The layout's rules, checked on the source (issue 21): no import cycles, layers that import only
downwards (ingest <- graph <- search_api), every Cypher statement in graph/, and every third-party
import declared in pyproject.toml."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).parents[3]
PACKAGES = ("ingest", "graph", "search_api")
LAYER = {"ingest": 0, "graph": 1, "search_api": 2}
CYPHER = re.compile(r"^\s*(MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|CALL db\.|DETACH DELETE)\b"
                    r"|\bRETURN\s+[^\W\d_]\w*(\.\w+)?\s+AS\b")


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _runtime_imports(tree: ast.Module) -> Iterator[tuple[str, str | None]]:
    """(module, name) of every import outside `if TYPE_CHECKING:` blocks, at any depth."""
    hidden = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
              and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            yield from ((a.name, None) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield from ((node.module, a.name) for a in node.names)


def _resolve(mods: dict[str, Path], module: str, name: str | None) -> str | None:
    for target in ([f"{module}.{name}"] if name else []) + [module]:
        while target and target not in mods:
            target = target.rpartition(".")[0]
        if target:
            return target
    return None


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        for module, name in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            target = _resolve(mods, module, name)
            if target and target != mod and not mod.startswith(target + "."):
                edges[mod].add(target)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules along it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        stack.pop()
        return None

    return next((c for m in sorted(edges) if m not in state and (c := visit(m))), None)


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles() -> None:
    assert _cycle(_graph()) is None


def test_layers_import_only_downwards() -> None:
    upward = sorted(f"{m} -> {t}" for m, ts in _graph().items() for t in ts
                    if LAYER[t.split(".")[0]] > LAYER[m.split(".")[0]])
    assert not upward


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value for v in node.values
                                       if isinstance(v, ast.Constant) and isinstance(v.value, str))


def test_the_cypher_finder_sees_cypher_and_not_prose() -> None:
    assert CYPHER.search("MATCH (m:Meeting {id: $id}) RETURN m.province AS p")
    assert CYPHER.search("RETURN d.id AS id")
    assert not CYPHER.search("Match the agency named in the query, then return its tasks.")


def test_all_cypher_lives_in_graph() -> None:
    outside = [f"{path.relative_to(ROOT)}:{line}" for pkg in ("ingest", "search_api")
               for path in sorted((ROOT / pkg).rglob("*.py"))
               for line, text in _strings(path) if CYPHER.search(text)]
    assert not outside


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    deps = project["dependencies"] + [d for ds in project["optional-dependencies"].values()
                                      for d in ds]
    return {re.split(r"[<>=\[ ;]", d, maxsplit=1)[0].lower().replace("-", "_") for d in deps}


# import name -> distribution name, where they differ
DISTRIBUTIONS = {"docx": "python_docx", "multipart": "python_multipart", "yaml": "pyyaml",
                 "sentence_transformers": "sentence_transformers", "arcadedb_embedded":
                 "arcadedb_embedded", "fpdf": "fpdf2", "PIL": "pillow"}


def test_every_third_party_import_is_declared() -> None:
    stdlib = set(sys.stdlib_module_names) | set(PACKAGES)
    imported = {module.split(".")[0] for path in _modules().values()
                for module, _ in _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))}
    undeclared = sorted(m for m in imported - stdlib
                        if DISTRIBUTIONS.get(m, m).lower() not in _declared())
    assert not undeclared
