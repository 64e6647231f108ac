"""Write, replace and delete a notice's subgraph: one transaction, batched UNWIND, parameters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from graph.contract import Store, Tx, WriteResult
from graph.errors import StoreError
from graph.versions import drop_versions, write_version
from ingest.model import Agency, Directive, Finding, NoticeGraph, Passage
from ingest.text import fold, passage

Row = dict[str, Any]

BUMP = (
    "MERGE (g:Meta {key: 'generation'}) ON CREATE SET g.value = 0 "
    "SET g.value = g.value + 1 RETURN g.value AS v"
)
DROP_UNITS = "MATCH (m:Meeting {id: $id})-[:ISSUED]->(u) DETACH DELETE u"
DROP_INDICATORS = "MATCH (m:Meeting {id: $id})-[:REPORTED]->(i:Indicator) DETACH DELETE i"
DROP_CITES = "MATCH (m:Meeting {id: $id})-[r:CITES]->() DELETE r"
# Per-meeting link marker: a Meta node {key: "linked:<meeting id>", value: <sha256 linked>}.
# Dropped in the notice's own write transaction, set after REPEATS/NEXT linking completed, so a
# process killed between the two leaves a notice that the next ingest of the same file re-links.
LINKED = "linked:"
DROP_LINKED = "MATCH (g:Meta {key: $key}) DELETE g"


def _units(ng: NoticeGraph) -> list[Directive | Finding]:
    return [*ng.directives, *ng.findings]


def _meeting_props(ng: NoticeGraph) -> Row:
    m = ng.meeting
    props = m.model_dump()
    props["folded"] = fold(m.title)
    return props


def _agency_row(a: Agency) -> Row:
    props = a.model_dump(exclude={"id", "successors"})
    props["folded"] = fold(a.name)
    return {"id": a.id, "props": props, "successors": list(a.successors)}


def _agency_rows(ng: NoticeGraph) -> list[Row]:
    rows = {a.id: _agency_row(a) for a in ng.agencies}
    for d in ng.directives:
        for ref in [*d.lead, *d.support]:
            if ref.id not in rows:
                props = {"name": ref.name, "known": ref.known, "collective": ref.collective}
                rows[ref.id] = {
                    "id": ref.id,
                    "props": {**props, "folded": fold(ref.name)},
                    "successors": [],
                }
    return list(rows.values())


def _project_rows(ng: NoticeGraph) -> list[Row]:
    rows = {p.id: {"id": p.id, "name": p.name, "aliases": p.aliases} for p in ng.projects}
    for unit in _units(ng):
        for ref in unit.projects:
            rows.setdefault(ref.id, {"id": ref.id, "name": ref.name, "aliases": []})
    return [{**r, "folded": fold(str(r["name"]))} for r in rows.values()]


def _theme_rows(ng: NoticeGraph) -> list[Row]:
    rows = {t.id: {"id": t.id, "name": t.name, "description": t.description} for t in ng.themes}
    for unit in _units(ng):
        for tid in unit.themes:
            rows.setdefault(tid, {"id": tid, "name": tid, "description": ""})
    return [{**r, "folded": fold(str(r["name"]))} for r in rows.values()]


def _document_rows(ng: NoticeGraph) -> list[Row]:
    rows = {d.id: d.model_dump() for d in ng.documents}
    for unit in _units(ng):
        for did in unit.documents:
            rows.setdefault(did, {"id": did, "number": did, "kind": "", "date": None, "title": ""})
    return [{"id": k, "props": {**v, "folded": fold(str(v["number"]))}} for k, v in rows.items()]


def _unit_props(u: Directive | Finding | Passage, embedding: Sequence[float] | None) -> Row:
    props: Row = {
        "text": u.text,
        "section": u.section,
        "headings": list(u.headings),
        "span_start": u.span[0],
        "span_end": u.span[1],
        "order": u.order,
        "folded": fold(passage(u.text, list(u.headings))),  # the full-text index (TEXT_PROPERTY)
        "embedding": [float(x) for x in embedding] if embedding is not None else None,
    }
    if isinstance(u, Finding):
        props["kind"] = u.kind
        return props
    if isinstance(u, Passage):
        return props
    props["requested"] = u.requested
    if u.deadline is not None:
        dl = u.deadline
        props.update(deadline_date=dl.date, deadline_precision=dl.precision, deadline_text=dl.text)
    if u.recurrence is not None:
        props.update(recurrence_every=u.recurrence.every, recurrence_text=u.recurrence.text)
    return props


def _unit_rows(
    units: Sequence[Directive | Finding | Passage], emb: Mapping[str, Sequence[float]]
) -> list[Row]:
    return [{"id": u.id, "props": _unit_props(u, emb.get(u.id))} for u in units]


def _link_rows(ng: NoticeGraph) -> dict[str, list[Row]]:
    units: list[Directive | Finding] = [*ng.directives, *ng.findings]
    return {
        "assigned": [
            {"d": d.id, "a": r.id, "role": role}
            for d in ng.directives
            for role, refs in (("lead", d.lead), ("support", d.support))
            for r in refs
        ],
        "concerns": [{"u": u.id, "p": p.id} for u in units for p in u.projects],
        "about": [{"u": u.id, "t": t} for u in units for t in u.themes],
        "cites": [{"u": u.id, "doc": doc} for u in units for doc in u.documents],
    }


def _with_stored_aliases(tx: Tx, rows: list[Row]) -> list[Row]:
    """A project's aliases are the sorted union over every notice that named it, so the stored
    node does not depend on which notice was ingested last."""
    stored = tx.run(
        "UNWIND $ids AS id MATCH (p:Project {id: id}) RETURN p.id AS id, p.aliases AS aliases",
        {"ids": [r["id"] for r in rows]},
    )
    old = {r["id"]: list(r["aliases"] or []) for r in stored}
    return [{**r, "aliases": sorted({*r["aliases"], *old.get(r["id"], [])})} for r in rows]


def _write_shared(tx: Tx, ng: NoticeGraph) -> None:
    agencies = _agency_rows(ng)
    _unwind(tx, "UNWIND $rows AS r MERGE (a:Agency {id: r.id}) SET a += r.props", agencies)
    succ = [{"a": r["id"], "b": s} for r in agencies for s in r["successors"]]
    _unwind(
        tx,
        "UNWIND $rows AS r MATCH (a:Agency {id: r.a}), (b:Agency {id: r.b}) "
        "MERGE (a)-[:SUCCEEDED_BY]->(b)",
        succ,
    )
    projects = _project_rows(ng)
    if projects:
        _unwind(
            tx,
            "UNWIND $rows AS r MERGE (p:Project {id: r.id}) "
            "SET p.name = r.name, p.aliases = r.aliases, p.folded = r.folded",
            _with_stored_aliases(tx, projects),
        )
    _unwind(
        tx,
        "UNWIND $rows AS r MERGE (t:Theme {id: r.id}) ON CREATE SET t.name = r.name, "
        "t.description = r.description, t.folded = r.folded",
        _theme_rows(ng),
    )
    _unwind(
        tx,
        "UNWIND $rows AS r MERGE (l:LegalDocument {id: r.id}) SET l += r.props",
        _document_rows(ng),
    )


# One Bolt message stays well under the engines' limits (ArcadeDB refuses messages over 16 MiB,
# and a notice of ~4 k units with their vectors hung the write): rows go in batches of at most
# this many estimated bytes, all inside the notice's one transaction.
BATCH_BYTES = 4 * 1024 * 1024


def _size(value: Any) -> int:
    """A cheap upper bound of a value's packed size (a float packs in 9 bytes, a character in
    at most 3 UTF-8 bytes for Vietnamese)."""
    if isinstance(value, str):
        return 3 * len(value) + 5
    if isinstance(value, Mapping):
        return sum(_size(k) + _size(v) for k, v in value.items()) + 5
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], float):
            return 9 * len(value) + 5
        return sum(_size(v) for v in value) + 5
    return 9


def batches(rows: list[Row], limit: int = BATCH_BYTES) -> list[list[Row]]:
    """The rows in order, cut where a batch would pass `limit` estimated bytes (a row larger
    than the limit is a batch of its own)."""
    out: list[list[Row]] = [[]]
    used = 0
    for row in rows:
        size = _size(row)
        if out[-1] and used + size > limit:
            out.append([])
            used = 0
        out[-1].append(row)
        used += size
    return out if out[0] else []


def _unwind(tx: Tx, query: str, rows: list[Row], **params: Any) -> None:
    """Run an `UNWIND $rows` statement in batches, unless there are no rows (it would change
    nothing): every statement is a round trip and a query the JVM runs."""
    for batch in batches(rows):
        tx.run(query, {**params, "rows": batch})


def _write_units(tx: Tx, ng: NoticeGraph, emb: Mapping[str, Sequence[float]]) -> None:
    mid = ng.meeting.id
    labelled: tuple[tuple[str, Sequence[Directive | Finding | Passage]], ...] = (
        ("Directive", ng.directives), ("Finding", ng.findings), ("Passage", ng.passages))
    for lab, units in labelled:
        _unwind(
            tx,
            f"MATCH (m:Meeting {{id: $mid}}) UNWIND $rows AS r "
            f"CREATE (u:{lab} {{id: r.id}}) SET u += r.props CREATE (m)-[:ISSUED]->(u)",
            _unit_rows(units, emb),
            mid=mid,
        )
    _write_unit_links(tx, ng)


def _write_unit_links(tx: Tx, ng: NoticeGraph) -> None:
    """The units' edges, matched by label so every lookup uses the id index (a label-less
    `MATCH (u {id: ...})` scans every node: it was the JVM's largest cost per notice)."""
    links = _link_rows(ng)
    _unwind(
        tx,
        "UNWIND $rows AS r MATCH (d:Directive {id: r.d}), (a:Agency {id: r.a}) "
        "MERGE (d)-[:ASSIGNED_TO {role: r.role}]->(a)",
        links["assigned"],
    )
    directives = {d.id for d in ng.directives}
    for key, rel, lab, var in (
        ("concerns", "CONCERNS", "Project", "p"),
        ("about", "ABOUT", "Theme", "t"),
        ("cites", "CITES", "LegalDocument", "doc"),
    ):
        for unit in ("Directive", "Finding"):  # passages carry no links
            rows = [r for r in links[key] if (r["u"] in directives) == (unit == "Directive")]
            _unwind(
                tx,
                f"UNWIND $rows AS r MATCH (u:{unit} {{id: r.u}}), (x:{lab} {{id: r.{var}}}) "
                f"MERGE (u)-[:{rel}]->(x)",
                rows,
            )


def _write_indicators(tx: Tx, ng: NoticeGraph) -> None:
    rows = [
        {
            "id": i.id,
            "value": i.value,
            "unit": i.unit,
            "props": {
                "name": i.name,
                "value": i.value,
                "unit": i.unit,
                "period": i.period,
                "text": i.text,
                "span_start": i.span[0],
                "span_end": i.span[1],
                "folded": fold(i.name),
            },
        }
        for i in ng.indicators
    ]
    _unwind(
        tx,
        "MATCH (m:Meeting {id: $mid}) UNWIND $rows AS r CREATE (i:Indicator {id: r.id}) "
        "SET i += r.props CREATE (m)-[:REPORTED {value: r.value, unit: r.unit}]->(i)",
        rows,
        mid=ng.meeting.id,
    )


def _write_meeting(tx: Tx, ng: NoticeGraph) -> None:
    tx.run(
        "MERGE (m:Meeting {id: $id}) SET m += $props",
        {"id": ng.meeting.id, "props": _meeting_props(ng)},
    )


def _ensure_vectors(store: Store, emb: Mapping[str, Sequence[float]]) -> None:
    dims = {len(v) for v in emb.values()}
    if len(dims) > 1:
        raise StoreError(f"embeddings have mixed dimensions: {sorted(dims)}")
    if dims:
        store.engine.ensure_vector_indexes(store.execute, dims.pop())


def write_notice(
    store: Store, ng: NoticeGraph, embeddings: Mapping[str, Sequence[float]]
) -> WriteResult:
    """Create, keep (same sha256) or atomically replace one notice's subgraph."""
    counts = (ng.meeting.id, len(ng.directives), len(ng.findings))
    old = store.notice_sha(ng.meeting.id)
    if old == ng.meeting.sha256:
        return WriteResult(counts[0], "unchanged", counts[1], counts[2])
    _ensure_vectors(store, embeddings)
    with store.transaction() as tx:
        for stmt in (DROP_UNITS, DROP_INDICATORS, DROP_CITES):
            tx.run(stmt, {"id": ng.meeting.id})
        tx.run(DROP_LINKED, {"key": LINKED + ng.meeting.id})
        _write_meeting(tx, ng)
        _write_shared(tx, ng)
        _write_units(tx, ng, embeddings)
        _write_indicators(tx, ng)
        write_version(tx, ng)  # kept, so that a later replacement can be undone
        tx.run(BUMP, {})
    return WriteResult(counts[0], "created" if old is None else "replaced", counts[1], counts[2])


def delete_notice(store: Store, meeting_id: str) -> bool:
    """Remove the notice's own nodes (and edges touching them); shared nodes stay."""
    with store.transaction() as tx:
        found = tx.run("MATCH (m:Meeting {id: $id}) RETURN count(m) AS n", {"id": meeting_id})
        if not found or not found[0]["n"]:
            return False
        for stmt in (DROP_UNITS, DROP_INDICATORS):
            tx.run(stmt, {"id": meeting_id})
        tx.run(DROP_LINKED, {"key": LINKED + meeting_id})
        tx.run("MATCH (m:Meeting {id: $id}) DETACH DELETE m", {"id": meeting_id})
        drop_versions(tx, meeting_id)
        tx.run(BUMP, {})
    return True

