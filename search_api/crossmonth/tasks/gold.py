"""The links gold of a series (`links.gold.json`): per directive, the earlier one it continues.

A directive is named by its meeting period and an exact substring of its text; it is resolved to
the parsed directive (or finding) whose span covers the substring's place in the notice text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.model import NoticeGraph

Ref = dict[str, str]  # {"month": "2024-03", "contains": "..."}


@dataclass
class Gold:
    """Gold resolved to parsed ids: task label per directive id, gold links, done reports."""

    task_of: dict[str, str] = field(default_factory=dict)
    links: set[tuple[str, str]] = field(default_factory=set)  # (later, earlier)
    done: dict[str, str] = field(default_factory=dict)  # finding id -> directive id it reports
    unresolved: list[str] = field(default_factory=list)


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def locate(ref: Ref, notices: dict[str, NoticeGraph], kind: str = "directives") -> str | None:
    """The id of the unit of the notice of `ref["month"]` whose span covers the substring."""
    ng = notices.get(ref["month"])
    if ng is None:
        return None
    at = ng.text.find(ref["contains"])
    if at < 0:
        return None
    units = ng.directives if kind == "directives" else ng.findings
    for u in units:
        if u.span[0] <= at < u.span[1]:
            return u.id
    return None


def resolve(data: dict[str, Any], notices: dict[str, NoticeGraph]) -> Gold:
    """`notices` by period. A gold entry the parser did not produce as one unit is listed in
    `unresolved` (the parser's miss, not the linker's)."""
    gold = Gold()
    for entry in data["directives"]:
        ident = locate(entry, notices)
        if ident is None or ident in gold.task_of:
            gold.unresolved.append(f"{entry['month']} {entry['contains'][:50]}")
            continue
        gold.task_of[ident] = entry["task"]
        earlier = locate(entry["continues"], notices) if entry["continues"] else None
        if earlier:
            gold.links.add((ident, earlier))
    for entry in data.get("reported_done", []):
        finding = locate(entry, notices, "findings")
        task = locate(entry["reports_done_of"], notices)
        if finding and task:
            gold.done[finding] = task
    return gold
