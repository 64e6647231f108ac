"""The text contract for tables: one row per line, cells joined by TAB, a blank line around the
table. Inside a cell, its lines are joined by "; " when they look like separate items (several
bodies, a "- " list), else by a space; tabs and newlines never occur inside a cell."""

from __future__ import annotations

import re

from ingest.extract.blocks import opens_with_body

_ITEM = re.compile(r"^\s*(?:[-+•–]\s+|\d{1,2}[.)]\s+)")
_BULLET = re.compile(r"^[-+•–]\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_FINAL = re.compile(r"[.:!?]$")
_NAME_WORDS = 15


def cell_text(lines: list[str]) -> str:
    """A cell's lines as one line of text (no TAB, no newline)."""
    parts = [_SPACES.sub(" ", ln).strip() for ln in lines]
    parts = [p for p in parts if p]
    if len(parts) > 1 and _items(parts):
        return _join_items(parts)
    return " ".join(parts)


def _join_items(parts: list[str]) -> str:
    """List items joined by "; ", their bullets dropped ("- Sở Y tế;" / "- Sở Tư pháp" ->
    "Sở Y tế; Sở Tư pháp"); a lead-in line ending in ":" is followed by a space."""
    items = [_BULLET.sub("", p) for p in parts]
    out = items[0]
    for p in items[1:]:
        out = out.rstrip(";,").rstrip() + (" " if out.endswith(":") else "; ") + p
    return out.rstrip(";").rstrip()


def _items(parts: list[str]) -> bool:
    """Several list items: most lines are bulleted, or end in ";" like a list of bodies, or
    every line is a short name of a body ("UBND huyện Hương Khê" / "UBND huyện Vũ Quang": two
    paragraphs of a lead cell are two bodies, not one name)."""
    listed = sum(1 for p in parts if _ITEM.match(p) or p.endswith(";"))
    return listed >= max(2, len(parts) - 1) or all(_body_name(p) for p in parts)


def _body_name(line: str) -> bool:
    return line[:1].isupper() and opens_with_body(line) and len(line.split()) <= _NAME_WORDS \
        and not _FINAL.search(line)


def render_rows(rows: list[list[str]]) -> str:
    """Rows of cell texts as the contract's table text (without the surrounding blank lines);
    rows whose cells are all empty are dropped."""
    lines = ["\t".join(c.replace("\t", " ").replace("\n", " ") for c in row) for row in rows]
    return "\n".join(ln for ln in lines if ln.strip())

