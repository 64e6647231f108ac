"""What a search answers, shaped from the ranking: each hit as a result row (the unit's keys, its
agencies, projects and themes by name, the meetings that repeat it), the page, and why there is
no result when the evidence floors say so (search_api/search/evidence.py). And the request's
filters as the ranking's `fusion.Filters`."""

from __future__ import annotations

from typing import Any

from graph.rows import UnitRow, names
from search_api.search import fusion
from search_api.search.evidence import Evidence

Row = dict[str, Any]
RESULT_KEYS = ("id", "kind", "text", "meeting", "section", "span", "deadline")


def result_row(row: UnitRow, score: float, repeats: list[str]) -> Row:
    """A search result: RESULT_KEYS of the unit, its agencies, projects and themes by name, the
    units that repeat it."""
    out: Row = {key: row.get(key) for key in RESULT_KEYS}
    out["score"] = round(float(score), 6)
    out.update(lead=names(row["lead"]), support=names(row["support"]),
               projects=names(row["projects"]), themes=names(row["themes"]))
    out["repeats"] = repeats
    return out


def answer(q: str, page: list[Row], offset: int, reason: str | None,
           evidence: Evidence | None) -> Row:
    """The response body: the page of results, `no_result` with its reason, the evidence."""
    out: Row = {"query": q, "results": page, "offset": offset, "no_result": reason is not None}
    if reason is not None:
        out["reason"] = reason
    if evidence is not None:
        out["evidence"] = {"coverage": round(evidence.coverage, 4),
                           "cosine": None if evidence.cosine is None
                           else round(evidence.cosine, 4)}
    return out


def make_filters(f: Row) -> fusion.Filters:
    return fusion.Filters(
        agency_ids=[f["agency"]] if f.get("agency") else [],
        role=f.get("role"),
        project_ids=[f["project"]] if f.get("project") else [],
        theme_ids=[f["theme"]] if f.get("theme") else [],
        since=f.get("since"),
        until=f.get("until"),
        kind=f.get("kind"),
    )
