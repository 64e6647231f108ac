"""Reads on the real engine: units, neighbourhood and stats shapes, look-ups, vector index."""

from __future__ import annotations

from typing import Any

import pytest

from graph.errors import StoreError
from graph.links import write_next_chain, write_repeats
from graph.read.entities import (
    agency_directives,
    find_by_name,
    get_agency,
    get_directive,
    list_meetings,
)
from graph.read.neighbourhood import neighbourhood
from graph.read.stats import stats
from graph.read.units import units_of_meetings
from graph.schema import REL_TYPES
from tests.integration.graph.notices import TAI_CHINH, XAY_DUNG, embeddings, notice


def _two(store: Any) -> tuple[Any, Any]:
    june, july = notice("2025-06"), notice("2025-07", sha="c" * 64)
    store.write_notice(june, embeddings(june))
    store.write_notice(july, embeddings(july))
    return june, july


def test_units_of_meetings_rows(store: Any) -> None:
    june, july = _two(store)
    units = units_of_meetings(store, [june.meeting.id, july.meeting.id])
    assert len(units) == 8 and len({u["id"] for u in units}) == 8
    assert [u["id"] for u in units] == sorted(u["id"] for u in units)
    assert len(units_of_meetings(store, [june.meeting.id])) == 4
    d1 = next(u for u in units if u["id"] == june.directives[0].id)
    assert d1["kind"] == "directive" and d1["span"] == list(june.directives[0].span)
    assert d1["meeting"] == {
        "id": june.meeting.id,
        "period": "2025-06",
        "date": "2025-06-05",
        "title": june.meeting.title,
    }
    assert d1["lead"] == [{"id": TAI_CHINH.id, "name": TAI_CHINH.name}]
    assert d1["support"] == [{"id": XAY_DUNG.id, "name": XAY_DUNG.name}]
    assert d1["deadline"] == {
        "date": "2025-07-22",
        "precision": "day",
        "text": "trước ngày 22/7/2025",
    }
    assert d1["embedding"] == pytest.approx(embeddings(june)[d1["id"]], abs=1e-6)


def test_stats_shape(store: Any) -> None:
    _two(store)
    s = stats(store)
    assert set(s) == {
        "meetings",
        "directives",
        "findings",
        "passages",
        "agencies",
        "projects",
        "themes",
        "edges",
    }
    assert set(s["edges"]) == set(REL_TYPES)
    assert (s["meetings"], s["directives"], s["edges"]["ASSIGNED_TO"]) == (2, 6, 12)


def test_neighbourhood_shape(store: Any) -> None:
    june, _ = _two(store)
    g = neighbourhood(store, june.directives[0].id, depth=1, limit=50)
    assert {n["id"] for n in g["nodes"]} >= {june.meeting.id, TAI_CHINH.id, XAY_DUNG.id}
    assert all(set(n) >= {"id", "label", "name"} for n in g["nodes"])
    roles = {e["role"] for e in g["edges"] if e["type"] == "ASSIGNED_TO"}
    assert roles == {"lead", "support"}
    assert all(set(e) >= {"source", "target", "type"} for e in g["edges"])
    with pytest.raises(StoreError):
        neighbourhood(store, june.meeting.id, depth=4)


def test_repeats_next_and_directive_view(store: Any) -> None:
    june, july = _two(store)
    assert write_next_chain(store) == 1
    write_repeats(store, [(july.directives[0].id, june.directives[0].id, 0.91)])
    d = get_directive(store, july.directives[0].id)
    assert d is not None and d["repeats"]["out"] == [
        {"id": june.directives[0].id, "similarity": 0.91}
    ]
    assert {a["role"] for a in d["agencies"]} == {"lead", "support"}
    assert [m["id"] for m in list_meetings(store)] == [june.meeting.id, july.meeting.id]
    assert [m["id"] for m in list_meetings(store, "2025-07")] == [july.meeting.id]


def test_agency_lineage_and_lookups(store: Any) -> None:
    _two(store)
    a = get_agency(store, TAI_CHINH.id)
    assert a is not None and [p["id"] for p in a["predecessors"]] == [
        "cao-bang:so-ke-hoach-va-dau-tu"
    ]
    assert find_by_name(store, "Agency", "so tai chinh") == [TAI_CHINH.id]
    assert find_by_name(store, "Agency", "Sở Tài chínhh") == [TAI_CHINH.id]
    assert find_by_name(store, "Agency", "Công an tỉnh") == []
    with pytest.raises(StoreError):
        find_by_name(store, "Person", "x")
    rows = agency_directives(store, [XAY_DUNG.id], "support")
    assert len(rows) == 6 and {r["role"] for r in rows} == {"support"}
    assert agency_directives(store, [XAY_DUNG.id], "lead") == []


def test_vector_index_answers_nearest(store: Any) -> None:
    june, _ = _two(store)
    probe = embeddings(june)[june.directives[1].id]
    rows = store.execute(
        "CALL db.index.vector.queryNodes($index, $k, $v) YIELD node, score "
        "RETURN node.id AS id, score",
        {"index": store.engine.vector_index("Directive"), "k": 3, "v": probe},
    )
    assert rows and rows[0]["id"].endswith(":d2")
    assert store.engine.cosine(float(rows[0]["score"])) == pytest.approx(1.0, abs=1e-3)
