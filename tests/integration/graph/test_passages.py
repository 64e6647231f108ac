"""Passages on the real engine: stored as units of their meeting, read back as kind "passage",
written idempotently, replaced and deleted with their notice, kept out of the graph view."""

from __future__ import annotations

from typing import Any

from graph.read.entities import get_meeting
from graph.read.neighbourhood import neighbourhood
from graph.read.units import units_of_meetings
from ingest.model import NoticeGraph, Passage
from tests.integration.graph.notices import embeddings, notice


def _with_passages(ng: NoticeGraph, texts: list[str]) -> NoticeGraph:
    mid = ng.meeting.id
    passages = [Passage(id=f"{mid}:II.p{i}:p", text=t, section=f"II.p{i}", span=(500 + i, 510 + i),
                        headings=["Tập thể UBND tỉnh thông qua"], order=i)
                for i, t in enumerate(texts, 1)]
    return ng.model_copy(update={"passages": passages})


def _count(store: Any, label: str) -> int:
    return int(store.execute(f"MATCH (n:{label}) RETURN count(n) AS n", {})[0]["n"])


def test_passages_are_stored_and_read_as_units(store: Any) -> None:
    ng = _with_passages(notice(), ["Quyết định ban hành Quy chế chợ đêm.", "Báo cáo tháng 6."])
    vectors = {**embeddings(ng), **{p.id: [0.5] * 8 for p in ng.passages}}
    store.write_notice(ng, vectors)
    rows = [r for r in units_of_meetings(store, [ng.meeting.id]) if r["kind"] == "passage"]
    assert [r["text"] for r in rows] == [p.text for p in ng.passages]
    assert rows[0]["section"] == "II.p1" and rows[0]["span"] == [501, 511]
    assert rows[0]["headings"] == ["Tập thể UBND tỉnh thông qua"]
    assert rows[0]["embedding"] == [0.5] * 8
    assert store.stats()["passages"] == 2
    assert store.write_notice(ng, vectors).status == "unchanged"
    assert _count(store, "Passage") == 2


def test_a_new_version_replaces_its_passages_and_delete_removes_them(store: Any) -> None:
    old = _with_passages(notice(sha="a" * 64), ["Một.", "Hai.", "Ba."])
    store.write_notice(old, {})
    new = _with_passages(notice(sha="b" * 64), ["Một."])
    assert store.write_notice(new, {}).status == "replaced"
    assert _count(store, "Passage") == 1
    meeting = get_meeting(store, new.meeting.id)
    assert meeting is not None and [p["text"] for p in meeting["passages"]] == ["Một."]
    store.delete_notice(new.meeting.id)
    assert _count(store, "Passage") == 0


def test_the_graph_view_leaves_passages_out(store: Any) -> None:
    ng = _with_passages(notice(), ["Quyết định ban hành Quy chế chợ đêm."])
    store.write_notice(ng, {})
    view = neighbourhood(store, ng.meeting.id, depth=1, limit=100)
    assert view["nodes"] and all(n["label"] != "Passage" for n in view["nodes"])
