"""Linking a meeting: its province's directives chained into tasks again (tasks/chain.py), the
done reports found (tasks/reports.py), and only what changed written with the meeting's link
marker (graph.links.write_task_links); after a delete, the province linked again."""

from __future__ import annotations

from graph.links import write_task_links
from graph.read import crossmonth
from graph.read import tasks as task_reads
from graph.read.units import plain
from graph.store import BoltStore
from search_api.crossmonth.province_units import ProvinceUnits
from search_api.crossmonth.tasks import rows as task_rows
from search_api.crossmonth.tasks.chain import chain
from search_api.crossmonth.tasks.reports import find_reports


def link_meeting(store: BoltStore, meeting_id: str, sha256: str,
                 cache: ProvinceUnits | None = None) -> int:
    """Recompute the tasks of the meeting's province (chained REPEATS edges with their evidence,
    each directive's task id, findings reporting tasks done) and its NEXT chain, and mark the
    meeting's notice version `sha256` linked: one transaction. `cache` keeps the province's
    directives between calls (one per Chidao); without it they are read for this call only. Returns
    the number of links touching the meeting."""
    province = crossmonth.province_of(store, meeting_id)
    if province is None:
        return 0
    cache = cache or ProvinceUnits()
    meetings = cache.meetings(store, province)
    units, vecs = cache.units(store, province, meetings)
    links, task_of = chain(units, vecs) if units else ([], {})
    ids = [m["id"] for m in meetings]
    findings = [plain(r) for r in task_reads.province_findings(store, ids)]
    tasks = task_rows.task_rows(task_of, find_reports(findings, units, task_of), findings)
    now = [plain(r) for r in task_reads.province_tasks(store, ids)]
    write_task_links(store, meeting_id, sha256,
                     *task_rows.changes(now, task_rows.edge_rows(links), tasks), meetings)
    mine = {str(u["id"]) for u in units if u["meeting"] == meeting_id}
    return sum(1 for x in links if x.later in mine or x.earlier in mine)


def relink_province(store: BoltStore, province: str, cache: ProvinceUnits | None = None) -> int:
    """Recompute a province's tasks after one of its meetings was deleted (its directives, the
    first occurrences of some tasks, are gone): linked again as of its latest meeting, whose
    link marker keeps its value."""
    cache = cache or ProvinceUnits()
    meetings = sorted(cache.meetings(store, province), key=lambda m: (str(m["period"]), m["id"]))
    if not meetings:
        return 0
    return link_meeting(store, meetings[-1]["id"], meetings[-1]["sha"], cache)
