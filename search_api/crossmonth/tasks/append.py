"""Linking a meeting appended after the province's last one, without chaining the province again.

The chain is causal: a meeting's assignment depends only on the meetings before it (in order
period, then id) through the chains as they stand (`chain.Tasks`: each task's latest occurrence,
its scopes, places and `carried` wording), except for two province-wide inputs:
- `objects.boilerplate`, clauses repeated inside one meeting, taken out of every pair's shared
  wording. A clause the new meeting adds to it changes older decisions only if an older unit has
  it (`object_shared` drops a clause from each side; a clause neither side has drops nothing):
  the set of every older unit's candidate clauses (`seen`) is kept to tell.
- `overlap.Overlap`, the units' bigram rows: counts per pair, whatever the columns; extended.
Done reports (`reports.Reporter`) look at occurrences of earlier periods only, so a later
meeting changes no earlier report; its findings are matched against the tasks as they stand.

So the chains, the reports and the meeting order as the last link of the province left them
(`Snapshot`) are kept in process (`ProvinceUnits.chains`, dropped with the province's units),
stamped with the meetings (id -> sha) they were computed from. A link whose province holds
exactly those meetings plus the one linked, that one last in order and adding no boilerplate
that an older unit has, runs the assignment for that meeting only, reads its findings and the
task state of the meetings it touches (its own, those of the directives its findings report),
and writes what changed there. Anything else (an older month inserted, a meeting replaced or
deleted, another process's write, a first link in this process) takes the full recompute,
which leaves a new snapshot. The snapshot is taken out while a link runs and put back only after
its write committed: a failed write leaves none.

In process rather than in the store: the full recompute reads the province's directives and
vectors anyway (`ProvinceUnits`), and the snapshot is what it computed; rebuilding the open
tasks' state from stored task ids would repeat the chain's bookkeeping in Cypher for the cold
case only, which takes the full path once and is warm afterwards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from graph.links import write_task_links
from graph.read import tasks as task_reads
from graph.read.units import plain
from graph.rows import ProvinceMeeting
from graph.store import BoltStore
from search_api.crossmonth.province_units import ProvinceUnits
from search_api.crossmonth.tasks import rows as task_rows
from search_api.crossmonth.tasks.chain import (
    Link,
    Tasks,
    assign_meeting,
    chain_state,
    meeting_order,
)
from search_api.crossmonth.tasks.objects import boiler_clauses, boilerplate
from search_api.crossmonth.tasks.reports import Report, Reporter

__all__ = ["Snapshot", "append", "appendable", "boiler_clauses", "boilerplate", "full",
           "unchanged"]

Row = dict[str, Any]
Clause = tuple[str, ...]


@dataclass
class Snapshot:
    """A province's chains as of its meetings `meetings` (id -> sha)."""

    meetings: dict[str, str]
    units: list[Row]
    vecs: np.ndarray
    tasks: Tasks
    order: dict[str, int]  # chain order of the meetings with directives
    links: list[Link]
    reporter: Reporter
    reports: list[Report]
    findings: list[Row]
    seen: set[Clause] = field(default_factory=set)  # every unit's boiler_clauses
    meeting_of: dict[str, str] = field(default_factory=dict)  # directive -> meeting
    buffer: np.ndarray | None = None  # `vecs` are its first rows once appended to (`grown`)

    def task_ids(self) -> dict[str, str]:
        return {str(self.units[i]["id"]): t for i, t in self.tasks.task_of.items()}


def stamp(meetings: Sequence[ProvinceMeeting]) -> dict[str, str]:
    """The meetings as a snapshot is stamped with: id -> sha."""
    return {str(m["id"]): str(m["sha"]) for m in meetings}


def full(units: list[Row], vecs: np.ndarray, findings: list[Row],
         meetings: Sequence[ProvinceMeeting]) -> Snapshot:
    """The province chained from scratch (`chain.chain_state`, `reports.find_reports`)."""
    if units:
        links, tasks, order = chain_state(units, vecs)
    else:
        links, tasks, order = [], Tasks(), {}
    snap = Snapshot(stamp(meetings), units, vecs, tasks, order,
                    links, Reporter(meeting_order(units + findings)), [], findings)
    snap.reporter.add_units(units, snap.task_ids())
    snap.reports = snap.reporter.report(findings)
    snap.seen = {c for u in units for c in boiler_clauses(u)}
    snap.meeting_of = {str(u["id"]): str(u["meeting"]) for u in units}
    return snap


def appendable(snap: Snapshot | None, meetings: Sequence[ProvinceMeeting], meeting_id: str
               ) -> bool:
    """The province holds the snapshot's meetings and `meeting_id`, which comes after them all."""
    if snap is None or meeting_id in snap.meetings:
        return False
    now = stamp(meetings)
    if now.pop(meeting_id, None) is None or now != snap.meetings:
        return False
    key = {str(m["id"]): (str(m["period"]), str(m["id"])) for m in meetings}
    return all(key[m] < key[meeting_id] for m in now)


def unchanged(snap: Snapshot | None, meetings: Sequence[ProvinceMeeting]) -> bool:
    return snap is not None and snap.meetings == stamp(meetings)


def append(snap: Snapshot, rows: list[Row], vecs: np.ndarray, meeting: ProvinceMeeting
           ) -> bool:
    """Chain one meeting after the snapshot's (in place); False, the snapshot untouched, when
    its boilerplate reaches an older unit (the full recompute must decide then)."""
    added = boilerplate(rows) - snap.tasks.boiler
    if added & snap.seen:
        return False
    mid = str(meeting["id"])
    snap.meetings[mid] = str(meeting["sha"])
    snap.reporter.add_meeting(mid)
    if not rows:
        return True
    first = len(snap.units)
    snap.units += rows
    snap.vecs = grown(snap, vecs) if first else vecs
    snap.tasks.boiler |= added
    snap.tasks.overlap.extend(rows)
    snap.order[mid] = len(snap.order)
    with threadpool_limits(limits=1, user_api="blas"):
        snap.links += assign_meeting(snap.units, snap.vecs, list(range(first, len(snap.units))),
                                     snap.tasks, snap.order)
    snap.reporter.add_units(rows, {str(r["id"]): snap.tasks.task_of[first + n]
                                   for n, r in enumerate(rows)})
    snap.seen |= {c for r in rows for c in boiler_clauses(r)}
    snap.meeting_of.update({str(r["id"]): mid for r in rows})
    return True


def grown(snap: Snapshot, more: np.ndarray) -> np.ndarray:
    """The snapshot's vectors with the rows `more` after them, as a view of `snap.buffer`, which
    doubles when full: copying a province's matrix (13 k × 384 at 10 k notices) on every
    append was most of an append's non-model cost. `snap.vecs` stays the first rows of it."""
    n, k = len(snap.vecs), len(more)
    buf = snap.buffer
    if buf is None or snap.vecs.base is not buf or len(buf) < n + k:
        buf = np.empty((max(2 * n, n + k), snap.vecs.shape[1]), dtype=np.float32)
        buf[:n] = snap.vecs
        snap.buffer = buf
    buf[n:n + k] = more
    return buf[:n + k]


def add_findings(snap: Snapshot, findings: list[Row]) -> set[str]:
    """The appended meeting's findings matched; the meetings whose directives they report."""
    reports = snap.reporter.report(findings)
    snap.reports += reports
    snap.findings += findings
    return {snap.meeting_of[r.directive] for r in reports}


def write_touched(store: BoltStore, snap: Snapshot, meeting_id: str, sha256: str,
                  touched: set[str], meetings: Sequence[ProvinceMeeting]) -> None:
    """What changed in the `touched` meetings' directives, written (`rows.changes` over those
    meetings only: their stored state against what the snapshot says of them)."""
    ids = sorted(touched)
    now = [plain(r) for r in task_reads.province_tasks(store, ids)] if ids else []
    edges = [x for x in snap.links if snap.meeting_of[x.later] in touched]
    task_of = {d: t for d, t in snap.task_ids().items() if snap.meeting_of[d] in touched}
    tasks = task_rows.task_rows(task_of, snap.reports, snap.findings)
    write_task_links(store, meeting_id, sha256,
                     *task_rows.changes(now, task_rows.edge_rows(edges), tasks), meetings,
                     around=True)


def touching(snap: Snapshot, meeting_id: str) -> int:
    """The number of links touching the meeting."""
    return sum(1 for x in snap.links if meeting_id in
               (snap.meeting_of[x.later], snap.meeting_of[x.earlier]))


def take(cache: ProvinceUnits, province: str) -> Snapshot | None:
    snap = cache.chains.pop(province, None)
    return snap if isinstance(snap, Snapshot) else None
