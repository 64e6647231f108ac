"""Findings that report a task completed ("đã hoàn thành …", "… đã được tổ chức an toàn",
"HĐND tỉnh đã thông qua …"): the assessment part of a later notice closing an earlier task.

A finding is cut into clauses (";" and sentence ends). A clause reports completion when it has
completion wording and no sign of a partial result in the same clause: "chưa", "còn", a count
out of a total ("1.286/1.500"), a percentage. Such a clause reports the open task (latest
occurrence in one of the MAX_GAP_MEETINGS meetings before, in an earlier period) whose
occurrences share the most of its content bigrams (`evidence.content_grams`, at least
MIN_SHARED, containment at least MIN_CONTAINMENT), unless the reporting notice itself carries
the task on (then a step was done, not the task); a clause reports one task, a task is reported
once until it is repeated again."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ingest.text import canon
from search_api.crossmonth import linking
from search_api.crossmonth.tasks.chain import MAX_GAP_MEETINGS, MIN_SHARED, meeting_order
from search_api.crossmonth.tasks.evidence import content_grams

Row = dict[str, Any]
MIN_CONTAINMENT = 0.25
_DONE = re.compile(r"(?:đã|được)\s+(?:được\s+)?(?:hoàn thành|hoàn tất|tổ chức|thông qua|ban "
                   r"hành|bàn giao|phê duyệt|khai giảng|đưa vào sử dụng)|thành công tốt đẹp|"
                   r"hoàn thành tốt đẹp|đúng kế hoạch|đúng thời hạn")
_PARTIAL = re.compile(r"\bchưa\b|\bcòn\b|\d+(?:[.,]\d+)?\s*/\s*\d|\d\s*%")
_CLAUSES = re.compile(r";|\.\s+(?=[^\W\d_])")


@dataclass(frozen=True)
class Report:
    finding: str
    directive: str  # the task's latest occurrence when the report was made
    task: str
    clause: str
    containment: float
    shared: tuple[str, ...]


def completion_clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSES.split(text)
            if _DONE.search(canon(c)) and not _PARTIAL.search(canon(c))]


def find_reports(findings: list[Row], units: list[Row], task_of: dict[str, str]) -> list[Report]:
    """`findings`: rows id, text, meeting, period, projects; `units`: the directives chained
    into `task_of` (directive id -> task id)."""
    reporter = Reporter(meeting_order(units + findings))
    reporter.add_units(units, task_of)
    return reporter.report(findings)


class Reporter:
    """The done reports found so far: the tasks' occurrences in meeting order, and what was
    reported. Meetings come in order (`add_meeting`), a meeting's units before its findings:
    a later meeting changes nothing about the reports of earlier ones (a finding looks at
    occurrences of earlier periods only), so reports can be added meeting by meeting."""

    def __init__(self, meetings: list[str]) -> None:
        self.order = {m: n for n, m in enumerate(meetings)}
        self.occurrences: dict[str, list[Row]] = {}
        self.reported: dict[str, str] = {}  # task -> its latest occurrence when last reported

    def add_meeting(self, meeting: str) -> None:
        self.order.setdefault(meeting, len(self.order))

    def add_units(self, units: list[Row], task_of: dict[str, str]) -> None:
        for u in sorted(units, key=lambda u: (self.order[str(u["meeting"])], str(u["id"]))):
            self.occurrences.setdefault(task_of.get(str(u["id"]), str(u["id"])), []).append(u)

    def report(self, findings: list[Row]) -> list[Report]:
        out: list[Report] = []
        for f in sorted(findings, key=lambda f: (self.order[str(f["meeting"])], str(f["id"]))):
            for clause in completion_clauses(str(f["text"] or "")):
                best = _best(f, clause, self.occurrences, self.order)
                # a clause about a task reported already (and not repeated since) says nothing
                # new, and is not another task's report either
                if best is not None and self.reported.get(best.task) != best.directive:
                    self.reported[best.task] = best.directive
                    out.append(best)
        return out


def _best(f: Row, clause: str, occurrences: dict[str, list[Row]], order: dict[str, int]
          ) -> Report | None:
    grams = content_grams({"text": clause, "projects": f.get("projects", [])})
    now, best = order[str(f["meeting"])], None
    for task, every in occurrences.items():
        occ = [o for o in every if o["period"] < f["period"]]  # as known when reported
        if (not occ or now - order[str(occ[-1]["meeting"])] > MAX_GAP_MEETINGS
                or any(o["meeting"] == f["meeting"] for o in every)):
            continue  # closed long ago, or carried on by the reporting notice itself: a step
        latest = occ[-1]
        for o in occ:
            shared = grams & content_grams(o)
            cont = linking.containment(grams, content_grams(o))
            if len(shared) >= MIN_SHARED and cont >= MIN_CONTAINMENT and (
                    best is None or cont > best.containment):
                best = Report(str(f["id"]), str(latest["id"]), task, clause, round(cont, 4),
                              tuple(sorted(" ".join(g) for g in shared)))
    return best
