"""Linking a meeting: its province's directives chained into tasks again (tasks/chain.py), the
done reports found (tasks/reports.py), and only what changed written with the meeting's link
marker (graph.links.write_task_links); after a delete, the province linked again. A meeting
appended after the province's last one, with the chains of the province kept from the previous
link, is chained alone (tasks/append.py: the same result)."""

from __future__ import annotations

from graph.links import write_task_links
from graph.read import crossmonth
from graph.read import tasks as task_reads
from graph.read.units import plain
from graph.rows import ProvinceMeeting
from graph.store import BoltStore
from search_api.crossmonth.province_units import ProvinceUnits
from search_api.crossmonth.tasks import append
from search_api.crossmonth.tasks import rows as task_rows


def link_meeting(store: BoltStore, meeting_id: str, sha256: str,
                 cache: ProvinceUnits | None = None) -> int:
    """Recompute the tasks of the meeting's province (chained REPEATS edges with their evidence,
    each directive's task id, findings reporting tasks done) and its NEXT chain, and mark the
    meeting's notice version `sha256` linked: one transaction. `cache` keeps the province's
    directives and chains between calls (one per Chidao); without it they are read for this
    call only. Returns the number of links touching the meeting."""
    province = crossmonth.province_of(store, meeting_id)
    if province is None:
        return 0
    cache = cache or ProvinceUnits()
    meetings = cache.meetings(store, province)
    snap = append.take(cache, province)
    if append.unchanged(snap, meetings) and snap is not None:
        write_task_links(store, meeting_id, sha256, [], [], [], meetings, around=True)
    elif not (snap and _appended(store, cache, snap, meetings, meeting_id, sha256)):
        snap = _full(store, cache, province, meetings, meeting_id, sha256)
    cache.chains[province] = snap
    return append.touching(snap, meeting_id)


def _appended(store: BoltStore, cache: ProvinceUnits, snap: append.Snapshot,
              meetings: list[ProvinceMeeting], meeting_id: str, sha256: str) -> bool:
    """The fast path, when it applies (`append.appendable`, `append.append`); written."""
    if not append.appendable(snap, meetings, meeting_id):
        return False
    meeting = next(m for m in meetings if m["id"] == meeting_id)
    block = cache.block(store, str(meeting["province"]), meeting_id, str(meeting["sha"]))
    if not append.append(snap, list(block.rows), block.vectors, meeting):
        return False
    found = [plain(r) for r in task_reads.province_findings(store, [meeting_id])]
    touched = append.add_findings(snap, found) | {meeting_id}
    append.write_touched(store, snap, meeting_id, sha256, touched, meetings)
    return True


def _full(store: BoltStore, cache: ProvinceUnits, province: str,
          meetings: list[ProvinceMeeting], meeting_id: str, sha256: str) -> append.Snapshot:
    """The whole province chained again and what changed written."""
    units, vecs = cache.units(store, province, meetings)
    ids = [m["id"] for m in meetings]
    findings = [plain(r) for r in task_reads.province_findings(store, ids)]
    snap = append.full(units, vecs, findings, meetings)
    tasks = task_rows.task_rows(snap.task_ids(), snap.reports, findings)
    now = [plain(r) for r in task_reads.province_tasks(store, ids)]
    write_task_links(store, meeting_id, sha256,
                     *task_rows.changes(now, task_rows.edge_rows(snap.links), tasks), meetings)
    return snap


def relink_province(store: BoltStore, province: str, cache: ProvinceUnits | None = None) -> int:
    """Recompute a province's tasks after one of its meetings was deleted (its directives, the
    first occurrences of some tasks, are gone): linked again as of its latest meeting, whose
    link marker keeps its value."""
    cache = cache or ProvinceUnits()
    meetings = sorted(cache.meetings(store, province), key=lambda m: (str(m["period"]), m["id"]))
    if not meetings:
        return 0
    cache.chains.pop(province, None)
    return link_meeting(store, meetings[-1]["id"], meetings[-1]["sha"], cache)
