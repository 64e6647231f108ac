"""Paged lists of meetings, agencies and projects: keyset pages read in the engine.

A page is read `WHERE key > after ORDER BY key LIMIT n + 1`: the extra row says whether there is
a next page, and the last row's key is where it starts. Keys are the lists' sort orders
(meetings by period, none first, then id; agencies and projects by id), so pages stay stable while
notices are added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph.read.units import node_props

if TYPE_CHECKING:
    from graph.contract import Store

Row = dict[str, Any]


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    after: tuple[str, ...] | None  # the key the next page starts after; None at the end


MEETINGS = (
    "MATCH (m:Meeting) WITH m, coalesce(m.period, '') AS period "
    "WHERE $ap IS NULL OR period > $ap OR (period = $ap AND m.id > $ai) "
    "WITH m, period ORDER BY period, m.id LIMIT $n "
    "RETURN m AS node, COUNT { (m)-[:ISSUED]->(:Directive) } AS count"
)
AGENCIES = (
    "MATCH (a:Agency) WHERE $ai IS NULL OR a.id > $ai WITH a ORDER BY a.id LIMIT $n "
    "RETURN a AS node, COUNT { (:Directive)-[:ASSIGNED_TO]->(a) } AS count"
)
PROJECTS = (
    "MATCH (p:Project) WHERE $ai IS NULL OR p.id > $ai WITH p ORDER BY p.id LIMIT $n "
    "RETURN p AS node, COUNT { ()-[:CONCERNS]->(p) } AS count"
)


def _page(store: Store, statement: str, count_as: str, after: tuple[str, ...] | None,
          limit: int, key: tuple[str, ...]) -> Page:
    ap, ai = (after[0], after[-1]) if after else (None, None)
    rows = store.execute(statement, {"ap": ap, "ai": ai, "n": limit + 1})
    out = [{**node_props(r["node"]), count_as: r["count"]} for r in rows[:limit]]
    more = len(rows) > limit and bool(out)
    return Page(out, tuple(str(out[-1].get(k) or "") for k in key) if more else None)


def page_meetings(store: Store, after: tuple[str, ...] | None, limit: int) -> Page:
    """Meetings by period then id, with their number of directives (as `list_meetings`)."""
    return _page(store, MEETINGS, "directives", after, limit, ("period", "id"))


def page_agencies(store: Store, after: tuple[str, ...] | None, limit: int) -> Page:
    """Agencies by id, with their number of assigned directives (as `list_agencies`)."""
    return _page(store, AGENCIES, "directives", after, limit, ("id",))


def page_projects(store: Store, after: tuple[str, ...] | None, limit: int) -> Page:
    """Projects by id, with the number of units concerning them (as `list_projects`)."""
    return _page(store, PROJECTS, "units", after, limit, ("id",))
