"""What linking reads from and writes to the store for a province's tasks: the findings done
reports are looked for in, the current task state, and the rows `graph.links.write_task_links`
takes (only what changed)."""

from __future__ import annotations

from typing import Any

from search_api.crossmonth.tasks.chain import Link
from search_api.crossmonth.tasks.reports import Report

Row = dict[str, Any]


def changes(now: list[Row], edges: list[Row], tasks: list[Row]
            ) -> tuple[list[Row], list[Row], list[Row]]:
    """What differs from the store's `now` (graph.read.tasks.province_tasks rows): edges to add,
    edges to drop, directives whose task or done report changed. Linking a notice rewrites only
    those."""
    stored = {(r["id"], b) for r in now for b in r["earlier"]}
    wanted = {(e["a"], e["b"]) for e in edges}
    kept = {(r["id"], r["task"], r["report"], _day(r["report_date"])) for r in now}
    return ([e for e in edges if (e["a"], e["b"]) not in stored],
            [{"a": a, "b": b} for a, b in sorted(stored - wanted)],
            [t for t in tasks if (t["id"], t["task"], t["report"], t["report_date"]) not in kept])


def _day(value: object) -> str | None:
    return str(value)[:10] if value else None


def edge_rows(links: list[Link]) -> list[Row]:
    return [{"a": x.later, "b": x.earlier, "similarity": x.cosine, "score": x.score,
             "containment": x.containment, "shared": list(x.shared), "same_lead": x.same_lead,
             "same_project": x.same_project} for x in links]


def task_rows(task_of: dict[str, str], reports: list[Report], findings: list[Row]) -> list[Row]:
    dates = {f["id"]: f["date"] for f in findings}
    by_directive = {r.directive: r.finding for r in reports}
    return [{"id": d, "task": t, "report": by_directive.get(d),
             "report_date": _day(dates.get(by_directive.get(d, "")))}
            for d, t in sorted(task_of.items())]
