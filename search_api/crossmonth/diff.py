"""A meeting compared with the previous one of its province (NEXT chain): its new and repeated
directives, and the previous meeting's directives that no longer appear."""

from __future__ import annotations

from typing import Any

from graph.read import crossmonth
from graph.store import BoltStore

Row = dict[str, Any]


def meeting_diff(store: BoltStore, meeting_id: str) -> Row:
    """Compared with the previous meeting (NEXT chain): new, repeated and disappeared directives."""
    prev = crossmonth.previous_meeting(store, meeting_id)
    mine = crossmonth.directive_repeats(store, meeting_id)
    repeated = [{"id": r["id"], "repeats": r["repeats"]} for r in mine if r["repeats"]]
    new = [r["id"] for r in mine if not r["repeats"]]
    gone: list[str] = []
    if prev:
        hit = {x for r in repeated for x in r["repeats"]}
        gone = [d for d in crossmonth.meeting_directive_ids(store, prev) if d not in hit]
    return {"previous": prev, "new": new, "repeated": repeated, "disappeared": gone}
