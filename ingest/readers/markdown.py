"""Markdown: pipe tables become TAB rows (the |---| rule dropped); the rest is kept as written
(emphasis is stripped from block text downstream, spans stay exact)."""

from __future__ import annotations

import html
import re

from ingest.readers.cells import cell_text

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$")  # CommonMark: a backslash ends a line
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")  # the underline of a setext heading


def read_markdown(text: str) -> str:
    """Entities decoded as Markdown renders them ("&nbsp;" paragraphs are blank); pipe tables
    to TAB rows."""
    text = html.unescape(_plain_lines(text))
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


def _plain_lines(text: str) -> str:
    """Hard-break backslashes dropped (the line break stays); a setext underline (=== or ---
    right under a text line) becomes a blank line, its heading line kept as written."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if _SETEXT.match(line) and prev.strip() and not _ROW.match(prev):
            out.append("")
            continue
        out.append(_HARD_BREAK.sub("", line))
    return "\n".join(out)
