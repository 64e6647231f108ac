"""Passages: every body block (paragraph or table row) that no directive or finding covers
becomes a searchable unit, so search does not depend on the directive walker being right.

Where the walker classified nothing (`NoticeGraph.unclassified`) its section and headings are
kept. A heading with units under it is not a passage (they carry it); one that heads nothing
is. A heading keeps the headings above it and the section its units are numbered under; any
other block (preamble, approved-document lists, the closing paragraph) stands under the last
heading seen, numbered `p1`, `p2`, ... within it. The blocks given are the body's (header,
title, "Nơi nhận" and signature are never passed in: `pipeline.body_blocks`)."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.extract.blocks import (
    is_attachment_note,
    is_caps_title,
    is_separator,
    reads_as_heading,
)
from ingest.model import Directive, Finding, Passage, Unclassified
from ingest.structure import Block
from ingest.text import fold

Unit = Directive | Finding


@dataclass
class _Context:
    """The last heading passed: what the next uncovered non-heading block stands under."""

    section: str = ""
    headings: list[str] = field(default_factory=list)
    counter: int = 0

    def next_section(self) -> str:
        self.counter += 1
        return f"{self.section}.p{self.counter}" if self.section else f"p{self.counter}"


class _Covered:
    """The spans of the directives and findings, merged: does a block overlap one?"""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if self.spans and s <= self.spans[-1][1]:
                self.spans[-1] = (self.spans[-1][0], max(e, self.spans[-1][1]))
            else:
                self.spans.append((s, e))

    def __call__(self, b: Block) -> bool:
        at = bisect_left(self.spans, b.end, key=lambda r: r[0])  # spans starting before its end
        return at > 0 and self.spans[at - 1][1] > b.start


class _Headings:
    """Heading text -> the units under it, by start: which later unit a heading heads."""

    def __init__(self, units: Sequence[Unit | Unclassified]) -> None:
        self.under: dict[str, list[tuple[int, Unit | Unclassified]]] = {}
        for u in sorted(units, key=lambda u: u.span):
            for h in set(u.headings):
                self.under.setdefault(h, []).append((u.span[0], u))

    def place(self, b: Block) -> tuple[str, list[str]] | None:
        """(section, headings above it) when `b` heads a later unit, else None: that unit's
        section cut to the heading's depth, its headings before this one."""
        rows = self.under.get(b.text, [])
        at = bisect_left(rows, b.end, key=lambda r: r[0])
        if at == len(rows):
            return None
        u = rows[at][1]
        depth = u.headings.index(b.text)
        parts = u.section.split(".")
        section = ".".join(parts[:depth + 1]) if len(parts) > depth else u.section
        return section, u.headings[:depth]


def _top_heading(b: Block) -> tuple[str, list[str]] | None:
    """A top-level section ("II. ...", or an unnumbered ALL-CAPS title) that heads no unit (its
    items were not classified): a new context, numbered by its marker."""
    if b.kind == "roman" and reads_as_heading(b.text):
        return b.marker, []
    return ("", []) if b.kind == "para" and is_caps_title(b.text) else None


def _uid(meeting_id: str, section: str, text: str, taken: set[str]) -> str:
    digest = hashlib.sha1(fold(text).encode()).hexdigest()[:8]
    base = f"{meeting_id}:{section}:{digest}"
    uid, n = base, 1
    while uid in taken:
        n += 1
        uid = f"{base}-{n}"
    taken.add(uid)
    return uid


def find_passages(meeting_id: str, body: Sequence[Block], units: Sequence[Unit],
                  unclassified: Sequence[Unclassified]) -> list[Passage]:
    """The passages of a notice, in text order (`body`: its body blocks in order). A heading
    that other units stand under is no passage of its own: each of them carries it (the search
    passage is the two nearest headings, then the text), and as a unit of its own a short
    heading outranks its content for any query that repeats it."""
    covered = _Covered([u.span for u in units])
    placed = {u.span: u for u in unclassified}
    heads = _Headings([*units, *unclassified])
    taken = {u.id for u in units}
    ctx, found = _Context(), list[tuple[Passage, bool]]()
    for b in body:
        if is_separator(b.text) or is_attachment_note(b.text) or covered(b):
            continue
        section, headings, heading = _place(b, placed, heads, ctx)
        found.append((Passage(id=_uid(meeting_id, section, b.text, taken), text=b.text,
                              section=section, headings=headings, span=(b.start, b.end),
                              order=0), heading))
    under = {h for u in [*units, *unclassified] for h in u.headings}
    under |= {h for p, _ in found for h in p.headings}
    kept = [p for p, heading in found if not (heading and p.text in under)]
    return [p.model_copy(update={"order": i}) for i, p in enumerate(kept, 1)]


def _place(b: Block, placed: dict[tuple[int, int], Unclassified], heads: _Headings,
           ctx: _Context) -> tuple[str, list[str], bool]:
    """The section and headings of an uncovered block, and whether it is a heading (it becomes
    the context of the blocks after it)."""
    known = placed.get((b.start, b.end))
    if known is not None:
        return known.section, list(known.headings), False
    heading = heads.place(b) or _top_heading(b)
    if heading is not None:
        ctx.section, ctx.headings, ctx.counter = heading[0], [*heading[1], b.text], 0
        return heading[0], heading[1], True
    return ctx.next_section(), list(ctx.headings), False
