"""Units (directives, findings, passages) as the search index reads them, with their meeting,
agencies by role, projects, themes, deadline and embedding; node properties as plain values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from graph.contract import Row, Store
from graph.rows import DeadlineCols, UnitRow
from graph.schema import UNIT_LABELS
from graph.schema import label as check_label


def plain(value: Any) -> Any:
    """Driver values to JSON-friendly Python (temporal -> ISO string), recursively."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return str(value.iso_format())
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return value


UNIT_RETURN = (
    "OPTIONAL MATCH (m:Meeting)-[:ISSUED]->(u) "
    "RETURN u AS u, labels(u) AS labels, m.id AS mid, m.period AS period, m.date AS mdate, "
    "m.title AS mtitle, "
    "[(u)-[r:ASSIGNED_TO]->(a:Agency) | {id: a.id, name: a.name, role: r.role}] AS agencies, "
    "[(u)-[:CONCERNS]->(p:Project) | {id: p.id, name: p.name}] AS projects, "
    "[(u)-[:ABOUT]->(t:Theme) | {id: t.id, name: t.name}] AS themes"
)


def _deadline(props: Row) -> DeadlineCols | None:
    if props.get("deadline_date") is None:
        return None
    return {
        "date": plain(props["deadline_date"]),
        "precision": props.get("deadline_precision"),
        "text": props.get("deadline_text"),
    }


def _kind(labels: Sequence[str]) -> Literal["directive", "finding", "passage"]:
    return "directive" if "Directive" in labels else "passage" if "Passage" in labels \
        else "finding"


def unit_row(row: Row) -> UnitRow:
    u = dict(row["u"])
    agencies = row["agencies"] or []
    return {
        "id": u["id"],
        "kind": _kind(row["labels"]),
        "finding_kind": u.get("kind"),
        "text": u.get("text"),
        "section": u.get("section"),
        "headings": list(u.get("headings") or []),
        "span": [u.get("span_start"), u.get("span_end")],
        "order": u.get("order"),
        "meeting": {
            "id": row["mid"],
            "period": row["period"],
            "date": plain(row["mdate"]),
            "title": row["mtitle"],
        },
        "lead": [{"id": a["id"], "name": a["name"]} for a in agencies if a["role"] == "lead"],
        "support": [{"id": a["id"], "name": a["name"]} for a in agencies if a["role"] == "support"],
        "projects": row["projects"] or [],
        "themes": row["themes"] or [],
        "deadline": _deadline(u),
        "embedding": [float(x) for x in u["embedding"]] if u.get("embedding") else None,
    }


def by_ids(store: Store, labels: Sequence[str], ids: Sequence[str], then: str,
           var: str = "n") -> list[Row]:
    """`MATCH ({var}:Label) WHERE {var}.id IN $ids {then}` for each label (from an allow-list),
    each answered by that label's id index; `$label` holds the label. A label-less match scans
    every node (seconds per call at 10 k notices)."""
    return [r for lab in labels for r in store.execute(
        f"MATCH ({var}:{check_label(lab)}) WHERE {var}.id IN $ids {then}",
        {"ids": list(ids), "label": lab})]


def units_of_meetings(store: Store, meeting_ids: Sequence[str]) -> list[UnitRow]:
    """The units issued by these meetings, in id order, each with its meeting, agencies by role,
    projects, themes, deadline and embedding (`_unit`)."""
    rows = store.execute(
        "MATCH (m:Meeting)-[:ISSUED]->(u) WHERE m.id IN $ids "
        "AND (u:Directive OR u:Finding OR u:Passage) "
        f"WITH u {UNIT_RETURN}",
        {"ids": list(meeting_ids)},
    )
    return sorted((unit_row(r) for r in rows), key=lambda x: str(x["id"]))


def units_by_id(store: Store, ids: Sequence[str]) -> list[UnitRow]:
    """The units (as `units_of_meetings` rows) with these ids, in id order (`by_ids`)."""
    rows = by_ids(store, UNIT_LABELS, ids, f"WITH u {UNIT_RETURN}", var="u")
    return sorted((unit_row(r) for r in rows), key=lambda x: str(x["id"]))


def meeting_shas(store: Store) -> dict[str, str]:
    """Every meeting's id -> the sha256 of the notice version stored."""
    rows = store.execute("MATCH (m:Meeting) RETURN m.id AS id, m.sha256 AS sha", {})
    return {str(r["id"]): str(r["sha"]) for r in rows}


def node_props(props: Any) -> Row:
    out = plain(dict(props))
    out.pop("embedding", None)
    out.pop("folded", None)
    return dict(out)
