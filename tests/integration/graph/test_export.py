"""Export round trips on the real engine."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from graph.export import export, statements
from graph.links import write_next_chain, write_repeats
from graph.read.stats import stats
from tests.integration.graph.notices import embeddings, notice

NS = "{http://graphml.graphdrawing.org/xmlns}"


def _fill(store: Any) -> dict[str, Any]:
    june, july = notice("2025-06"), notice("2025-07", sha="c" * 64)
    june.directives[0].text = "Trích dẫn 'Kết luận' \\ và dòng\nmới"
    store.write_notice(june, embeddings(june))
    store.write_notice(july, embeddings(july))
    write_next_chain(store)
    write_repeats(store, [(july.directives[0].id, june.directives[0].id, 0.9)])
    return stats(store)


def test_graphml_parses_with_all_nodes_and_edges(store: Any) -> None:
    before = _fill(store)
    buf = io.StringIO()
    export(store, "graphml", buf)
    graph = ET.fromstring(buf.getvalue()).find(f"{NS}graph")
    assert graph is not None
    assert len(graph.findall(f"{NS}edge")) == sum(before["edges"].values())
    assert len(graph.findall(f"{NS}node")) == 2 + 6 + 2 + 3 + 1 + 1 + 2 + 1


def test_csv_is_neo4j_admin_import_format(store: Any, tmp_path: Path) -> None:
    before = _fill(store)
    export(store, "csv", tmp_path)
    with (tmp_path / "nodes.csv").open(encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with (tmp_path / "relationships.csv").open(encoding="utf-8") as fh:
        rels = list(csv.DictReader(fh))
    assert {"id:ID", ":LABEL", "embedding:double[]", "span_start:long"} <= set(nodes[0])
    assert sum(1 for n in nodes if n[":LABEL"] == "Directive") == before["directives"]
    assert len(rels) == sum(before["edges"].values())
    assert {r[":TYPE"] for r in rels} == {t for t, n in before["edges"].items() if n}


def test_cypher_rebuilds_the_same_graph(store: Any) -> None:
    before = _fill(store)
    buf = io.StringIO()
    export(store, "cypher", buf)
    store.execute("MATCH (n) DETACH DELETE n", {})
    for stmt in statements(buf.getvalue()):
        store.execute(stmt, {})
    assert stats(store) == before
    texts = store.execute(
        "MATCH (d:Directive) WHERE d.text STARTS WITH 'Trích' RETURN d.text AS t", {}
    )
    assert texts == [{"t": "Trích dẫn 'Kết luận' \\ và dòng\nmới"}]
