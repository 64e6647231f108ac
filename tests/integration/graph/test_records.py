"""`graph.records.record_data` gives what `neo4j.Record.data()` gives, on the real engine:
nodes, relationships, paths, temporals, lists of floats, nested lists and maps, nulls."""

from __future__ import annotations

from typing import Any

import pytest

from graph.records import plain, record_data

SETUP = (
    "CREATE (a:Agency {id: 'a', name: 'Sở Tài chính', tags: ['x', 'y']})"
    "-[:ASSIGNED_TO {role: 'lead'}]->"
    "(b:Meeting {id: 'b', date: date('2025-06-30'), embedding: [0.25, -1.5, 3.0], n: 7})"
)
QUERIES = [
    "MATCH (a:Agency {id: 'a'}) RETURN a AS node, a.tags AS tags, null AS nothing",
    "MATCH (a:Agency)-[r:ASSIGNED_TO]->(b:Meeting) RETURN r AS rel, b.date AS date",
    "MATCH p = (:Agency)-[:ASSIGNED_TO]->(:Meeting) RETURN p AS path",
    "MATCH (a:Agency), (b:Meeting) RETURN [a, b] AS nodes, {m: b, xs: [1, 2.5, 'z']} AS map, "
    "b.embedding AS vector, [[1, 2], [a.name]] AS nested",
]


@pytest.mark.parametrize("query", QUERIES)
def test_record_data_equals_the_driver_data(store: Any, query: str) -> None:
    store.execute(SETUP, {})
    with store.driver.session(database=store.engine.database) as session:
        records = list(session.run(query))
    assert records
    for rec in records:
        assert record_data(rec) == rec.data()


def test_plain_keeps_strings_and_tuples_and_converts_inside_them() -> None:
    assert plain("Hoà") == "Hoà"
    assert plain((1, [2.0, "a"], {"k": None})) == (1, [2.0, "a"], {"k": None})
    assert plain({"s": {1, 2}}) == {"s": {1, 2}}
