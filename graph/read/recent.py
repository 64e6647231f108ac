"""Reads of the landing page (`search_api.crossmonth.overview`): the meetings held by a date (of
some provinces), the latest of them and the months they span, the provinces and their meeting
counts, who a directive is assigned to, and which agency succeeded which; none reads a text, so
the page costs the same at 24 months and at 10 k notices."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

from graph.contract import Row, Store
from graph.read.units import node_props, plain
from graph.rows import Assignee, MeetingMonth, ProvinceCount, Succession

HELD = ("($provinces IS NULL OR m.province IN $provinces) AND "
        "((m.date IS NULL AND m.period <= $month) OR m.date <= $day)")
LATEST = ("MATCH (m:Meeting) WHERE " + HELD
          + " RETURN m AS m ORDER BY m.period DESC, m.id DESC LIMIT $n")
SINCE = ("MATCH (m:Meeting) WHERE m.period >= $since AND " + HELD + " RETURN m.id AS id, "
         "m.period AS period, m.date AS date, m.title AS title, m.province AS province")
PROVINCES = "MATCH (m:Meeting) RETURN m.province AS province, count(m) AS meetings"
ASSIGNEES = ("MATCH (d:Directive)-[r:ASSIGNED_TO]->(a:Agency) WHERE d.id IN $ids "
             "RETURN d.id AS id, a.id AS agency, a.name AS name, r.role AS role")
SUCCESSIONS = ("MATCH (p:Agency)-[:SUCCEEDED_BY]->(a:Agency) "
               "RETURN p.id AS id, a.id AS successor, a.name AS name")


def _held(day: date, provinces: Sequence[str] | None) -> Row:
    return {"day": day, "month": day.isoformat()[:7],
            "provinces": list(provinces) if provinces is not None else None}


def latest_meetings(store: Store, day: date, provinces: Sequence[str] | None, n: int) -> list[Row]:
    """The `n` latest meetings (by month, then id) held on or before `day` (one without a date:
    of a month not after it), of `provinces` where given; latest first, all properties."""
    rows = store.execute(LATEST, {**_held(day, provinces), "n": n})
    return [node_props(r["m"]) for r in rows]


def meetings_since(store: Store, since: str, day: date,
                   provinces: Sequence[str] | None) -> list[MeetingMonth]:
    """Every meeting of a month from `since` held by `day` (of `provinces` where given)."""
    rows = store.execute(SINCE, {**_held(day, provinces), "since": since})
    return cast("list[MeetingMonth]", [plain(r) for r in rows])


def provinces(store: Store) -> list[ProvinceCount]:
    """Each province as stored (None: a notice naming none) and how many meetings it holds."""
    return cast("list[ProvinceCount]", store.execute(PROVINCES, {}))


def assignees(store: Store, directive_ids: Sequence[str]) -> list[Assignee]:
    """Every agency these directives are assigned to, with its role (lead or support)."""
    return cast("list[Assignee]", store.execute(ASSIGNEES, {"ids": list(directive_ids)}))


def successions(store: Store) -> list[Succession]:
    """Every SUCCEEDED_BY edge: the agency renamed or merged away and the body it went into."""
    return cast("list[Succession]", store.execute(SUCCESSIONS, {}))
