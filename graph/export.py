"""Export the whole graph: GraphML (Gephi), CSV (neo4j-admin import), Cypher (rebuild in Neo4j)."""

from __future__ import annotations

import csv
import io
import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from graph.errors import StoreError
from graph.read.units import plain
from graph.schema import LABELS, REL_TYPES, constraint_statements

if TYPE_CHECKING:
    from graph.contract import Store

Row = dict[str, Any]
Format = Literal["graphml", "csv", "cypher"]
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def _nodes(store: Store) -> list[Row]:
    rows = store.execute(
        "MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, "
        "properties(n) AS props ORDER BY n.id",
        {},
    )
    out = []
    for r in rows:
        labels = [lab for lab in r["labels"] if lab in LABELS]
        if labels:
            props = {k: v for k, v in dict(r["props"]).items() if k != "id" and v is not None}
            out.append({"id": r["id"], "label": labels[0], "props": props})
    return out


def _edges(store: Store) -> list[Row]:
    rows = store.execute(
        "MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target, "
        "type(r) AS type, properties(r) AS props ORDER BY a.id, b.id, type(r)",
        {},
    )
    return [{**r, "props": dict(r["props"] or {})} for r in rows if r["type"] in REL_TYPES]


def export(store: Store, fmt: Format, out: Path | TextIO) -> None:
    """Write the graph as `fmt`; csv needs a folder path (nodes.csv + relationships.csv)."""
    nodes, edges = _nodes(store), _edges(store)
    if fmt == "csv":
        if not isinstance(out, Path):
            raise StoreError("csv export needs a folder path (it writes two files)")
        write_csv(nodes, edges, out)
        return
    text = (
        graphml(nodes, edges)
        if fmt == "graphml"
        else cypher(nodes, edges)
        if fmt == "cypher"
        else None
    )
    if text is None:
        raise StoreError(f"unknown export format {fmt!r} (graphml, csv or cypher)")
    if isinstance(out, Path):
        out.write_text(text, encoding="utf-8")
    else:
        out.write(text)


# ---- GraphML -------------------------------------------------------------------------------


def _gml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    return "double" if isinstance(value, float) else "string"


def _gml_value(value: Any) -> str:
    value = plain(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _gml_keys(root: ET.Element, rows: list[Row], domain: str) -> dict[str, str]:
    types: dict[str, str] = {}
    for row in rows:
        for k, v in row["props"].items():
            if k != "embedding":
                types.setdefault(k, _gml_type(plain(v)))
    keys = {"label": f"{domain[0]}_label", **{k: f"{domain[0]}_{k}" for k in sorted(types)}}
    for name, key in keys.items():
        attrs = {
            "id": key,
            "for": domain,
            "attr.name": name,
            "attr.type": types.get(name, "string"),
        }
        ET.SubElement(root, "key", attrs)
    return keys


def _gml_data(el: ET.Element, keys: dict[str, str], label: str, props: Row) -> None:
    ET.SubElement(el, "data", {"key": keys["label"]}).text = label
    for k, v in props.items():
        if k in keys and k != "label":
            ET.SubElement(el, "data", {"key": keys[k]}).text = _gml_value(v)


def graphml(nodes: list[Row], edges: list[Row]) -> str:
    """GraphML 1.0 (embeddings left out: Gephi cannot use them)."""
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    nkeys, ekeys = _gml_keys(root, nodes, "node"), _gml_keys(root, edges, "edge")
    graph = ET.SubElement(root, "graph", {"id": "chidao", "edgedefault": "directed"})
    for n in nodes:
        _gml_data(ET.SubElement(graph, "node", {"id": n["id"]}), nkeys, n["label"], n["props"])
    for i, e in enumerate(edges):
        el = ET.SubElement(
            graph, "edge", {"id": f"e{i}", "source": e["source"], "target": e["target"]}
        )
        _gml_data(el, ekeys, e["type"], e["props"])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# ---- CSV (neo4j-admin database import full) -------------------------------------------------


def _csv_type(value: Any) -> str:
    if isinstance(value, list):
        inner = _csv_type(value[0]) if value else "string"
        return f"{inner}[]"
    if hasattr(value, "iso_format") or (hasattr(value, "isoformat") and not isinstance(value, str)):
        return "date"
    if isinstance(value, bool):
        return "boolean"
    return "long" if isinstance(value, int) else "double" if isinstance(value, float) else "string"


def _csv_value(value: Any) -> str:
    value = plain(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(_csv_value(v) for v in value)
    return str(value)


def _columns(rows: list[Row]) -> dict[str, str]:
    cols: dict[str, str] = {}
    for row in rows:
        for k, v in row["props"].items():
            cols.setdefault(k, _csv_type(v))
    return dict(sorted(cols.items()))


def _write_table(
    path: Path, head: list[str], cols: dict[str, str], rows: Iterable[list[str]]
) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(head + [k if t == "string" else f"{k}:{t}" for k, t in cols.items()])
        writer.writerows(rows)


def write_csv(nodes: list[Row], edges: list[Row], folder: Path) -> None:
    """nodes.csv (id:ID, :LABEL, typed props) and relationships.csv (:START_ID, :END_ID, :TYPE)."""
    folder.mkdir(parents=True, exist_ok=True)
    ncols, ecols = _columns(nodes), _columns(edges)

    def cells(props: Row, cols: dict[str, str]) -> list[str]:
        return [_csv_value(props[k]) if k in props else "" for k in cols]

    _write_table(
        folder / "nodes.csv",
        ["id:ID", ":LABEL"],
        ncols,
        ([n["id"], n["label"], *cells(n["props"], ncols)] for n in nodes),
    )
    _write_table(
        folder / "relationships.csv",
        [":START_ID", ":END_ID", ":TYPE"],
        ecols,
        ([e["source"], e["target"], e["type"], *cells(e["props"], ecols)] for e in edges),
    )


# ---- Cypher ---------------------------------------------------------------------------------


def literal(value: Any) -> str:
    """A Cypher literal for an exported value (strings escaped, dates as date('...'))."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "0.0"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if hasattr(value, "iso_format") or (hasattr(value, "isoformat") and not isinstance(value, str)):
        return f"date({literal(str(plain(value)))})"
    text = (
        str(value)
        .replace("\\", "\\\\")
        .replace("'", "\\'")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    return f"'{text}'"


def _map(props: Row) -> str:
    return "{" + ", ".join(f"`{k}`: {literal(v)}" for k, v in sorted(props.items())) + "}"


def cypher(nodes: list[Row], edges: list[Row]) -> str:
    """One statement per line, ending in ';': constraints, MERGE nodes, CREATE relationships."""
    label_of = {n["id"]: n["label"] for n in nodes}
    lines = [f"{stmt};" for stmt in constraint_statements()]
    for n in nodes:
        lines.append(
            f"MERGE (n:{n['label']} {{id: {literal(n['id'])}}}) SET n += {_map(n['props'])};"
        )
    for e in edges:
        a, b = label_of.get(e["source"]), label_of.get(e["target"])
        if a is None or b is None:
            continue
        lines.append(
            f"MATCH (a:{a} {{id: {literal(e['source'])}}}), (b:{b} {{id: {literal(e['target'])}}}) "
            f"CREATE (a)-[:{e['type']} {_map(e['props'])}]->(b);"
        )
    return "\n".join(lines) + "\n"


def statements(script: str) -> list[str]:
    """Split an exported Cypher script (one statement per line) into statements."""
    buf = io.StringIO(script)
    return [line.rstrip().rstrip(";") for line in buf if line.strip() and not line.startswith("//")]
