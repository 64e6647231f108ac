"""Cross-month writes: REPEATS edges, the NEXT chain of each province's meetings, a province's
task links (edges with their evidence, each directive's task and done report), and the
per-meeting link marker that says which notice version was linked."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import cast

from graph.contract import Row, Store, Tx
from graph.rows import ProvinceMeeting
from graph.write import BUMP, LINKED


def mark_linked(store: Store, meeting_id: str, sha256: str) -> None:
    """Record that the notice with this sha256 has its REPEATS/NEXT links written."""
    store.execute(
        "MERGE (g:Meta {key: $key}) SET g.value = $sha", {"key": LINKED + meeting_id, "sha": sha256}
    )


def linked_sha(store: Store, meeting_id: str) -> str | None:
    """The sha256 of the notice version whose links were last completed, or None."""
    rows = store.execute(
        "MATCH (g:Meta {key: $key}) RETURN g.value AS v", {"key": LINKED + meeting_id}
    )
    return str(rows[0]["v"]) if rows and rows[0]["v"] is not None else None


def write_repeats(store: Store, edges: Sequence[tuple[str, str, float]]) -> int:
    """MERGE (later)-[:REPEATS {similarity}]->(earlier); returns edges written."""
    rows = [{"a": a, "b": b, "s": float(s)} for a, b, s in edges]
    return _counted(store, "UNWIND $rows AS r MATCH (a:Directive {id: r.a}), (b:Directive "
                    "{id: r.b}) MERGE (a)-[e:REPEATS]->(b) SET e.similarity = r.s "
                    "RETURN count(e) AS n", {"rows": rows})


def clear_repeats(store: Store, meeting_id: str) -> int:
    """Delete REPEATS edges touching the meeting's directives (either direction)."""
    return _counted(store, "MATCH (:Meeting {id: $id})-[:ISSUED]->(d:Directive)-[e:REPEATS]-() "
                    "DELETE e RETURN count(e) AS n", {"id": meeting_id})


def _counted(store: Store, query: str, params: Row) -> int:
    """One write returning `n` and the generation bump, in one transaction; returns `n`."""
    with store.transaction() as tx:
        out = tx.run(query, params)
        tx.run(BUMP, {})
    return int(out[0]["n"]) if out else 0


MEETING_ORDER = (
    "MATCH (m:Meeting) RETURN m.id AS id, m.province AS province, m.period AS period, "
    "m.date AS date, m.sha256 AS sha"
)


MERGE_NEXT = (
    "UNWIND $rows AS r MATCH (a:Meeting {id: r.a}), (b:Meeting {id: r.b}) MERGE (a)-[:NEXT]->(b)"
)


def next_pairs(meetings: Sequence[ProvinceMeeting]) -> list[Row]:
    """Consecutive meetings of each province (rows as MEETING_ORDER returns), by period then
    date: the NEXT edges."""
    rows = sorted(meetings, key=lambda r: (str(r["province"]), str(r["period"]),
                                           str(r["date"] or ""), r["id"]))
    return [{"a": a["id"], "b": b["id"]} for a, b in pairwise(rows)
            if a["province"] == b["province"]]


NEXT_OF = ("MATCH (a:Meeting)-[:NEXT]->(b:Meeting) WHERE a.id IN $ids "
           "RETURN a.id AS a, b.id AS b")
DROP_NEXT = ("UNWIND $rows AS r MATCH (:Meeting {id: r.a})-[e:NEXT]->(:Meeting {id: r.b}) "
             "DELETE e")


def _write_next(tx: Tx, province: Sequence[ProvinceMeeting]) -> None:
    """The NEXT edges from the province's meetings made its chain (`next_pairs`): the ones not in
    it dropped, the missing ones merged. A notice changes two or three of them; dropping and
    merging all of a province's (~360 at 10 k notices) took ~0.3 s of every ingest."""
    want = {(r["a"], r["b"]) for r in next_pairs(province)}
    have = {(r["a"], r["b"]) for r in tx.run(NEXT_OF, {"ids": [m["id"] for m in province]})}
    if have - want:
        tx.run(DROP_NEXT, {"rows": [{"a": a, "b": b} for a, b in sorted(have - want)]})
    if want - have:
        tx.run(MERGE_NEXT, {"rows": [{"a": a, "b": b} for a, b in sorted(want - have)]})


NEXT_INTO = ("MATCH (a:Meeting)-[:NEXT]->(b:Meeting) WHERE b.id IN $ids "
             "RETURN a.id AS a, b.id AS b")


def _next_touching(tx: Tx, ids: Sequence[str]) -> set[tuple[str, str]]:
    """The stored NEXT edges out of or into these meetings."""
    rows = tx.run(NEXT_OF, {"ids": list(ids)}) + tx.run(NEXT_INTO, {"ids": list(ids)})
    return {(str(r["a"]), str(r["b"])) for r in rows}


def _write_next_around(tx: Tx, province: Sequence[ProvinceMeeting], meeting_id: str) -> None:
    """`_write_next` for a chain that is right but for `meeting_id` (added, or its date or
    period changed): only the edges touching it, its old neighbours (read) and its new ones
    (`next_pairs`) can change, so only those are compared, not the province's ~360."""
    pairs = {(r["a"], r["b"]) for r in next_pairs(province)}
    near = {meeting_id} | {x for e in _next_touching(tx, [meeting_id]) for x in e}
    near |= {x for e in pairs if meeting_id in e for x in e}
    want = {e for e in pairs if near & set(e)}
    have = _next_touching(tx, sorted(near))
    if have - want:
        tx.run(DROP_NEXT, {"rows": [{"a": a, "b": b} for a, b in sorted(have - want)]})
    if want - have:
        tx.run(MERGE_NEXT, {"rows": [{"a": a, "b": b} for a, b in sorted(want - have)]})


def write_next_chain(store: Store) -> int:
    """Rebuild NEXT edges between consecutive meetings of each province, by period then date."""
    pairs = next_pairs(cast("list[ProvinceMeeting]", store.execute(MEETING_ORDER, {})))
    with store.transaction() as tx:
        tx.run("MATCH (:Meeting)-[e:NEXT]->(:Meeting) DELETE e", {})
        tx.run(MERGE_NEXT, {"rows": pairs})
        tx.run(BUMP, {})
    return len(pairs)


def write_links(store: Store, meeting_id: str, sha256: str,
                edges: Sequence[tuple[str, str, float]],
                province: Sequence[ProvinceMeeting]) -> None:
    """One transaction for a meeting's linking: its REPEATS edges replaced by `edges`, the NEXT
    chain of its province (`province`: that province's MEETING_ORDER rows) rebuilt, and the link
    marker set, so the marker is never there without the links."""
    rows = [{"a": a, "b": b, "s": float(s)} for a, b, s in edges]
    with store.transaction() as tx:
        tx.run("MATCH (:Meeting {id: $id})-[:ISSUED]->(d:Directive)-[e:REPEATS]-() DELETE e",
               {"id": meeting_id})
        if rows:
            tx.run("UNWIND $rows AS r MATCH (a:Directive {id: r.a}), (b:Directive {id: r.b}) "
                   "MERGE (a)-[e:REPEATS]->(b) SET e.similarity = r.s", {"rows": rows})
        _write_next(tx, province)
        tx.run("MERGE (g:Meta {key: $key}) SET g.value = $sha",
               {"key": LINKED + meeting_id, "sha": sha256})
        tx.run(BUMP, {})


def write_task_links(store: Store, meeting_id: str, sha256: str, edges: Sequence[Row],
                     stale: Sequence[Row], tasks: Sequence[Row],
                     province: Sequence[ProvinceMeeting], around: bool = False) -> None:
    """One transaction for a province's task chains after a meeting was written: the REPEATS
    edges `stale` (rows a, b) deleted and `edges` written (rows a, b, similarity and the
    evidence: score, containment, shared, same_lead, same_project), each directive of
    `tasks` given its `task`, `done_report` and `done_report_date` (rows id, task, report,
    report_date: the finding reporting it done and its meeting's date, or nulls), the NEXT chain
    of the province (`province`: its MEETING_ORDER rows) rebuilt and the meeting's link marker
    set. The caller passes only what changed; `around`: the NEXT chain was right for the
    province's other meetings (the link before left it), only the edges near the meeting are
    compared (`_write_next_around`)."""
    with store.transaction() as tx:
        if stale:
            tx.run("UNWIND $rows AS r MATCH (:Directive {id: r.a})-[e:REPEATS]->"
                   "(:Directive {id: r.b}) DELETE e", {"rows": list(stale)})
        if edges:
            tx.run("UNWIND $rows AS r MATCH (a:Directive {id: r.a}), (b:Directive {id: r.b}) "
                   "MERGE (a)-[e:REPEATS]->(b) SET e.similarity = r.similarity, "
                   "e.score = r.score, e.containment = r.containment, e.shared = r.shared, "
                   "e.same_lead = r.same_lead, e.same_project = r.same_project",
                   {"rows": list(edges)})
        if tasks:
            tx.run("UNWIND $rows AS r MATCH (d:Directive {id: r.id}) SET d.task = r.task, "
                   "d.done_report = r.report, d.done_report_date = r.report_date",
                   {"rows": list(tasks)})
        if around:
            _write_next_around(tx, province, meeting_id)
        else:
            _write_next(tx, province)
        tx.run("MERGE (g:Meta {key: $key}) SET g.value = $sha",
               {"key": LINKED + meeting_id, "sha": sha256})
        tx.run(BUMP, {})
