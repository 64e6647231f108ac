"""A task is a chain: each directive continues at most one earlier task, and a task is continued
by at most one directive of a meeting.

Meetings of a province are taken in order (period, then id). For each meeting, every one of its
directives is scored against every task open before it (a task's score is its best occurrence's
`threads.pair_score`: e5 cosine, content-bigram containment, shared lead, shared project; None
when that pair is not a repeat at all). The pairs are then assigned best first, one to one: a
directive takes the best task still free, a task the best directive still free. A task's id is
the id of its first directive. The result depends only on the set of meetings, not on the order
they were ingested in (the whole province is recomputed)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np

from search_api import threads

Row = dict[str, Any]


@dataclass(frozen=True)
class Link:
    """`later` continues `task`, whose previous occurrence is `earlier`; the evidence is that of
    the task's occurrence that matched best (`matched`, often `earlier` itself)."""

    later: str
    earlier: str
    task: str
    matched: str
    score: float
    cosine: float
    containment: float
    shared: tuple[str, ...]
    same_lead: bool | None
    same_project: bool


@dataclass(frozen=True)
class Candidate:
    score: float
    unit: int  # index of the later directive
    task: str
    occurrence: int  # index of the task's occurrence that matched


def meeting_order(units: list[Row]) -> list[str]:
    keys = {(str(u["period"]), str(u["meeting"])) for u in units}
    return [m for _, m in sorted(keys)]


def chain(units: list[Row], vecs: np.ndarray | None = None) -> tuple[list[Link], dict[str, str]]:
    """Links (later -> earlier) and each directive's task id. `units`: rows with id, meeting,
    period, text, lead, projects, and "embedding" unless `vecs` (one row per unit) is given."""
    if vecs is None:
        units = [u for u in units if u["embedding"]]
        vecs = np.asarray([u["embedding"] for u in units], dtype=np.float32)
    by_meeting: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        by_meeting[str(u["meeting"])].append(i)
    task_of: dict[int, str] = {}
    last: dict[str, int] = {}  # task -> its latest occurrence
    links: list[Link] = []
    done: list[int] = []  # units of meetings of earlier periods
    pending: list[int] = []  # units of meetings of the current period, already chained
    period = None
    for meeting in meeting_order(units):
        mine = sorted(by_meeting[meeting], key=lambda i: str(units[i]["id"]))
        if units[mine[0]]["period"] != period:
            done, pending, period = done + pending, [], units[mine[0]]["period"]
        links += _assign(units, vecs, mine, done, task_of, last)
        pending += mine
    ids = {str(units[i]["id"]): task for i, task in task_of.items()}
    return links, ids


def _assign(units: list[Row], vecs: np.ndarray, mine: list[int], earlier: list[int],
            task_of: dict[int, str], last: dict[str, int]) -> list[Link]:
    """Chain one meeting's directives to the tasks of `earlier` (best first, one to one); the
    ones left open start their own task."""
    cands = _candidates(units, vecs, mine, earlier, task_of)
    taken_units: set[int] = set()
    taken_tasks: set[str] = set()
    out = []
    for c in sorted(cands, key=lambda c: (-c.score, str(units[c.unit]["id"]), c.task)):
        if c.unit in taken_units or c.task in taken_tasks:
            continue
        taken_units.add(c.unit)
        taken_tasks.add(c.task)
        task_of[c.unit] = c.task
        out.append(_link(units, vecs, c, str(units[last[c.task]]["id"])))
        last[c.task] = c.unit
    for i in mine:
        if i not in task_of:
            task_of[i] = str(units[i]["id"])
            last[task_of[i]] = i
    return out


def _candidates(units: list[Row], vecs: np.ndarray, mine: list[int], earlier: list[int],
                task_of: dict[int, str]) -> list[Candidate]:
    """Per (directive of the meeting, open task): the best pair with an occurrence of the task."""
    if not earlier:
        return []
    sims = vecs[mine] @ vecs[earlier].T
    best: dict[tuple[int, str], Candidate] = {}
    for r, j in zip(*np.nonzero(sims >= threads.MIN_COSINE), strict=True):
        i, k = mine[int(r)], earlier[int(j)]
        s = _score(units[i], units[k], float(sims[r, j]))
        task = task_of[k]
        if s is not None and ((i, task) not in best or s > best[(i, task)].score):
            best[(i, task)] = Candidate(s, i, task, k)
    return list(best.values())


def _score(a: Row, b: Row, cos: float) -> float | None:
    cont = threads.containment(threads.unit_grams(a), threads.unit_grams(b))
    return threads.pair_score(cos, cont, threads.shared_lead(a, b), _same_project(a, b))


def _same_project(a: Row, b: Row) -> bool:
    return bool(set(a["projects"]) & set(b["projects"]))


def _link(units: list[Row], vecs: np.ndarray, c: Candidate, previous: str) -> Link:
    a, b = units[c.unit], units[c.occurrence]
    ga, gb = threads.unit_grams(a), threads.unit_grams(b)
    return Link(later=str(a["id"]), earlier=previous, task=c.task, matched=str(b["id"]),
                score=round(c.score, 4),
                cosine=round(float(vecs[c.unit] @ vecs[c.occurrence]), 4),
                containment=round(threads.containment(ga, gb), 4),
                shared=tuple(sorted(" ".join(g) for g in ga & gb)),
                same_lead=threads.shared_lead(a, b), same_project=_same_project(a, b))
