"""Reads for clustering directives (discovered themes): the meetings' versions that choose and
fingerprint a window, and the vectors of the directives of a window's meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from graph.rows import MeetingVersion, WindowDirective

if TYPE_CHECKING:
    from graph.contract import Store

VERSIONS = ("MATCH (m:Meeting) RETURN m.id AS id, m.sha256 AS sha, m.province AS province, "
            "m.period AS period")
DIRECTIVES = (
    "MATCH (m:Meeting) WHERE m.id IN $meetings "
    "MATCH (m)-[:ISSUED]->(d:Directive) "
    "WITH m, d ORDER BY m.period DESC, d.id LIMIT $limit "
    "RETURN d.id AS id, d.text AS text, d.embedding AS embedding, m.id AS meeting, "
    "m.period AS period, m.province AS province, [(d)-[:ABOUT]->(t:Theme) | t.id] AS themes"
)


def meeting_versions(store: Store) -> list[MeetingVersion]:
    """Every meeting's id, stored notice version (sha256), jurisdiction and period: one light
    row per meeting, read again only when the store's generation moved."""
    return cast("list[MeetingVersion]", store.execute(VERSIONS, {}))


def directives_of_meetings(store: Store, meetings: list[str], limit: int) -> list[WindowDirective]:
    """Directives with vectors of the given meetings (from their id index), the most recent
    `limit` of them (latest period first, then by id)."""
    params = {"meetings": meetings, "limit": limit}
    return cast("list[WindowDirective]", store.execute(DIRECTIVES, params))
