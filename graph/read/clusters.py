"""Reads for clustering directives (discovered themes): their vectors within a bounded window."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from graph.rows import WindowDirective
from ingest.text import fold

if TYPE_CHECKING:
    from graph.contract import Store

DIRECTIVES = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) "
    "WHERE ($province IS NULL OR m.province = $province) "
    "AND ($since IS NULL OR m.period >= $since) AND ($until IS NULL OR m.period <= $until) "
    "WITH m, d ORDER BY m.period DESC, d.id LIMIT $limit "
    "RETURN d.id AS id, d.text AS text, d.embedding AS embedding, m.id AS meeting, "
    "m.period AS period, m.province AS province, [(d)-[:ABOUT]->(t:Theme) | t.id] AS themes"
)
PROVINCES = "MATCH (m:Meeting) RETURN DISTINCT m.province AS province"
LATEST = (
    "MATCH (m:Meeting) WHERE $province IS NULL OR m.province = $province "
    "RETURN max(m.period) AS latest"
)


def directives_in_window(store: Store, province: str | None, since: str | None,
                         until: str | None, limit: int) -> list[WindowDirective]:
    """Directives with vectors of meetings of `province` (stored name) whose period lies in
    [since, until], the most recent `limit` of them."""
    params = {"province": province, "since": since, "until": until, "limit": limit}
    return cast("list[WindowDirective]", store.execute(DIRECTIVES, params))


def stored_province(store: Store, name: str) -> str | None:
    """The stored jurisdiction name `name` means, compared without diacritics or case."""
    wanted = fold(name).strip()
    rows = store.execute(PROVINCES, {})
    return next((str(r["province"]) for r in rows
                 if r["province"] and fold(str(r["province"])).strip() == wanted), None)


def latest_period(store: Store, province: str | None) -> str | None:
    rows = store.execute(LATEST, {"province": province})
    return str(rows[0]["latest"]) if rows and rows[0]["latest"] else None
