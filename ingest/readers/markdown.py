"""Markdown: pipe tables become TAB rows (the |---| rule dropped); the rest is kept as written
(emphasis is stripped from block text downstream, spans stay exact)."""

from __future__ import annotations

import html
import re

from ingest.readers.cells import cell_text

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def read_markdown(text: str) -> str:
    """Entities decoded as Markdown renders them ("&nbsp;" paragraphs are blank); pipe tables
    to TAB rows."""
    text = html.unescape(text)
    out: list[str] = []
    table: list[str] = []
    for line in text.split("\n"):
        if _ROW.match(line) or (table and _RULE.match(line)):
            table.append(line)
            continue
        if table:
            out.append(_table(table))
            table = []
        out.append(line)
    if table:
        out.append(_table(table))
    return "\n".join(out)


def _table(lines: list[str]) -> str:
    rows = []
    for line in lines:
        if _RULE.match(line):
            continue
        cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
        rows.append("\t".join(cell_text(re.split(r"<br\s*/?>", c)) for c in cells))
    return "\n" + "\n".join(rows) + "\n"
