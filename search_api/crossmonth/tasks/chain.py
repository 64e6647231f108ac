"""A task is a chain: each directive continues at most one earlier task, and a task is continued
by at most one directive of a meeting.

Meetings of a province are taken in order (period, then id). For each meeting, every one of its
directives is scored against the latest occurrence of every task open before it (seen in an
earlier period, at most MAX_GAP_MEETINGS meetings before): `linking.pair_score` (e5 cosine,
containment of name-free content bigrams `evidence.content_grams`, shared lead, shared
project), refused below THRESHOLD, with fewer than MIN_SHARED shared bigrams, or when both
name projects (or places) and share none. The pairs are
then assigned best first, one to one: a directive takes the best task still free, a task the
best directive still free.
A task's id is the id of its first directive. The result depends only on the set of meetings,
not on the order they were ingested in (the whole province is recomputed)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from search_api.crossmonth import linking
from search_api.crossmonth.tasks.evidence import content_grams, places

Row = dict[str, Any]
# A task not repeated in the province's last 6 stored meetings (half a year of monthly meetings)
# is no longer continued: yearly tasks (Tết, conscription, exams) come back as new tasks. Counted
# in meetings, not months, so notices missing from the store do not close tasks.
MAX_GAP_MEETINGS = 6
MIN_SHARED = 2  # one shared two-word phrase ("mặt bằng") is coincidence, not the same work
THRESHOLD = 1.04  # linking.pair_score's rule, over the name-free bigrams, a little stricter


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
    about: dict[str, set[str]] = defaultdict(set)  # task -> the projects its occurrences name
    links: list[Link] = []
    order = {m: n for n, m in enumerate(meeting_order(units))}
    for meeting in order:
        mine = sorted(by_meeting[meeting], key=lambda i: str(units[i]["id"]))
        links += _assign(units, vecs, mine, task_of, last, order, about)
    ids = {str(units[i]["id"]): task for i, task in task_of.items()}
    return links, ids


def _assign(units: list[Row], vecs: np.ndarray, mine: list[int], task_of: dict[int, str],
            last: dict[str, int], order: dict[str, int], about: dict[str, set[str]]
            ) -> list[Link]:
    """Chain one meeting's directives to the open tasks (best first, one to one); the ones
    left over start their own task. A directive about a project never continues a task about
    other projects only (`about`: every project its occurrences named, so an occurrence that
    names none does not bridge two projects)."""
    cands = [c for c in _candidates(units, vecs, mine, task_of,
                                    _open(units, mine[0], last, order))
             if not _apart(units[c.unit]["projects"], about[c.task])]
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
        about[task_of[i]].update(units[i]["projects"])
    return out


def _open(units: list[Row], first: int, last: dict[str, int], order: dict[str, int]) -> list[int]:
    """The latest occurrences of the tasks open at the meeting of unit `first`: seen in an
    earlier period, in one of the MAX_GAP_MEETINGS meetings before."""
    now, period = order[str(units[first]["meeting"])], units[first]["period"]
    return sorted(k for k in last.values() if units[k]["period"] < period
                  and now - order[str(units[k]["meeting"])] <= MAX_GAP_MEETINGS)


def _candidates(units: list[Row], vecs: np.ndarray, mine: list[int],
                task_of: dict[int, str], latest: list[int]) -> list[Candidate]:
    """Per (directive of the meeting, open task): the pair with the task's latest occurrence,
    the wording that carries the obligation now."""
    if not latest:
        return []
    sims = vecs[mine] @ vecs[latest].T
    out = []
    for r, j in zip(*np.nonzero(sims >= linking.MIN_COSINE), strict=True):
        i, k = mine[int(r)], latest[int(j)]
        s = _score(units[i], units[k], float(sims[r, j]))
        if s is not None:
            out.append(Candidate(s, i, task_of[k], k))
    return out


def _score(a: Row, b: Row, cos: float) -> float | None:
    """None when not the same task: fewer than MIN_SHARED content bigrams shared, both name
    projects and none is shared (a task about one project is not a task about another, however
    alike their wording), both name places (communes, districts) and none is shared (the same
    work at another commune is another task), or the pair rule refuses."""
    ga, gb = content_grams(a), content_grams(b)
    if len(ga & gb) < MIN_SHARED or _apart(a["projects"], b["projects"]) or _apart(
            places(a), places(b)):
        return None
    s = linking.pair_score(cos, linking.containment(ga, gb), linking.shared_lead(a, b),
                           _same_project(a, b))
    return s if s is not None and s >= THRESHOLD else None


def _apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both name some, and none in common."""
    sa, sb = set(a), set(b)
    return bool(sa and sb and not sa & sb)


def _same_project(a: Row, b: Row) -> bool:
    return bool(set(a["projects"]) & set(b["projects"]))


def _link(units: list[Row], vecs: np.ndarray, c: Candidate, previous: str) -> Link:
    a, b = units[c.unit], units[c.occurrence]
    ga, gb = content_grams(a), content_grams(b)
    return Link(later=str(a["id"]), earlier=previous, task=c.task, matched=str(b["id"]),
                score=round(c.score, 4),
                cosine=round(float(vecs[c.unit] @ vecs[c.occurrence]), 4),
                containment=round(linking.containment(ga, gb), 4),
                shared=tuple(sorted(" ".join(g) for g in ga & gb)),
                same_lead=linking.shared_lead(a, b), same_project=_same_project(a, b))
