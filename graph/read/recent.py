"""Reads of the landing page (`search_api.crossmonth.overview`): the meetings held by a date (of
some provinces), the latest of them and the months they span, the provinces and their meeting
counts, who a directive is assigned to, and which agency succeeded which; none reads a text, so
the page costs the same at 24 months and at 10 k notices. The meeting reads are ranges of the
`meeting_period` index: at 10 k notices a scan of every meeting took 0.8-1.3 s per read, the
range 6 ms."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

from graph.contract import Row, Store
from graph.read.units import node_props, plain
from graph.rows import Assignee, MeetingMonth, ProvinceCount, Succession, UnitDigest
from ingest.periods import shift_month

# A meeting held by a day reviews a month at most AHEAD months after it (a meeting of December
# held in late November): the upper end of the index range; HELD then says exactly.
AHEAD = 2
SPANS = (3, 12, 60)  # months back the latest meetings are looked for, widened in turn, then all
HELD = ("m.period <= $ceiling AND ($provinces IS NULL OR m.province IN $provinces) AND "
        "((m.date IS NULL AND m.period <= $month) OR m.date <= $day)")
LATEST = " RETURN m AS m ORDER BY m.period DESC, m.id DESC LIMIT $n"
LATEST_FROM = "MATCH (m:Meeting) WHERE m.period >= $since AND " + HELD + LATEST
LATEST_ANY = "MATCH (m:Meeting) WHERE " + HELD + LATEST
SINCE = ("MATCH (m:Meeting) WHERE m.period >= $since AND " + HELD + " RETURN m.id AS id, "
         "m.period AS period, m.date AS date, m.title AS title, m.province AS province")
DIGEST = (  # the latest meeting's summary: no text, no embedding
    "MATCH (:Meeting {id: $id})-[:ISSUED]->(u) WHERE u:Directive OR u:Finding OR u:Passage "
    "RETURN u.id AS id, u:Directive AS directive, u.deadline_date IS NOT NULL AS dated, "
    "[(u)-[r:ASSIGNED_TO]->(a:Agency) WHERE r.role = 'lead' | a.name] AS leads, "
    "[(u)-[:CONCERNS]->(p:Project) | p.name] AS projects")
PROVINCES = "MATCH (m:Meeting) RETURN m.province AS province, count(m) AS meetings"
ASSIGNEES = ("MATCH (d:Directive)-[r:ASSIGNED_TO]->(a:Agency) WHERE d.id IN $ids "
             "RETURN d.id AS id, a.id AS agency, a.name AS name, r.role AS role")
SUCCESSIONS = ("MATCH (p:Agency)-[:SUCCEEDED_BY]->(a:Agency) "
               "RETURN p.id AS id, a.id AS successor, a.name AS name")


def _held(day: date, provinces: Sequence[str] | None) -> Row:
    month = day.isoformat()[:7]
    return {"day": day, "month": month, "ceiling": shift_month(month, AHEAD),
            "provinces": list(provinces) if provinces is not None else None}


def latest_meetings(store: Store, day: date, provinces: Sequence[str] | None, n: int) -> list[Row]:
    """The `n` latest meetings (by month, then id) held on or before `day` (one without a date:
    of a month not after it), of `provinces` where given; latest first, all properties. Looked
    for in the last SPANS months in turn (an index range each), then among every meeting."""
    params = {**_held(day, provinces), "n": n}
    for span in SPANS:
        rows = store.execute(LATEST_FROM, {**params, "since": shift_month(params["month"], -span)})
        if len(rows) >= n:
            break
    else:
        rows = store.execute(LATEST_ANY, params)
    return [node_props(r["m"]) for r in rows]


def meetings_since(store: Store, since: str, day: date,
                   provinces: Sequence[str] | None) -> list[MeetingMonth]:
    """Every meeting of a month from `since` held by `day` (of `provinces` where given)."""
    rows = store.execute(SINCE, {**_held(day, provinces), "since": since})
    return cast("list[MeetingMonth]", [plain(r) for r in rows])


def digest(store: Store, meeting_id: str) -> list[UnitDigest]:
    """Each unit (directive, finding or passage) of the meeting in id order: whether it is a
    directive, whether it has a deadline, its lead agencies' and its projects' names."""
    rows = cast("list[UnitDigest]", store.execute(DIGEST, {"id": meeting_id}))
    return sorted(rows, key=lambda r: r["id"])


def provinces(store: Store) -> list[ProvinceCount]:
    """Each province as stored (None: a notice naming none) and how many meetings it holds."""
    return cast("list[ProvinceCount]", store.execute(PROVINCES, {}))


def assignees(store: Store, directive_ids: Sequence[str]) -> list[Assignee]:
    """Every agency these directives are assigned to, with its role (lead or support)."""
    return cast("list[Assignee]", store.execute(ASSIGNEES, {"ids": list(directive_ids)}))


def successions(store: Store) -> list[Succession]:
    """Every SUCCEEDED_BY edge: the agency renamed or merged away and the body it went into."""
    return cast("list[Succession]", store.execute(SUCCESSIONS, {}))
