"""PDF with a text layer, read with pdfplumber (character positions): lines regrouped into
paragraphs (a wider line gap, a short line before the right margin, an indented first line or a
numbering marker end one), running page numbers ("- 2 -", "2", "Trang 2/4") and running
headers repeated on several pages dropped, sentences across page breaks and hyphenated words
joined; columns side by side (a Decree-30 header, a signature block) become TAB-joined rows,
ruled tables TAB rows (text contract)."""

from __future__ import annotations

import io
import itertools
import re
import statistics
from dataclasses import dataclass, replace
from typing import Any

from ingest.readers.cells import cell_text, render_rows

_PAGE_NO = re.compile(r"^\s*(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–])?\s*$",
                      re.IGNORECASE)
_MARKER = re.compile(r"^(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[-+•]|\(\d{1,2}\))"
                     r"\s")
_END = re.compile(r"[.;:!?…]$")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    page: int
    table: bool = False  # a row of a ruled table or of side-by-side columns


def read_pdf(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_page_lines(page, i) for i, page in enumerate(pdf.pages)]
    return paragraphs(drop_running(pages))


def _page_lines(page: Any, index: int) -> list[Line]:
    tables = [t for t in page.find_tables() if len(t.rows) > 1]
    boxes = [t.bbox for t in tables]
    out = [_line(raw, index) for raw in page.extract_text_lines(return_chars=True)
           if not any(_inside(raw, box) for box in boxes)]
    for table in tables:
        rows = [[cell_text((c or "").split("\n")) for c in row] for row in table.extract()]
        out.append(Line(render_rows(rows), table.bbox[0], table.bbox[2], table.bbox[1], index,
                        table=True))
    return sorted((ln for ln in out if ln.text.strip()), key=lambda ln: ln.top)


def _inside(raw: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    mid = (raw["top"] + raw["bottom"]) / 2
    return bool(box[1] <= mid <= box[3] and raw["x0"] >= box[0] - 1 and raw["x1"] <= box[2] + 1)


def _line(raw: dict[str, Any], page: int) -> Line:
    """A text line; a gap wider than three character heights splits it into TAB-joined cells."""
    chars = raw["chars"]
    size = statistics.median(c["size"] for c in chars) if chars else 10.0
    text, cells = "", False
    for prev, char in zip([None, *chars], chars, strict=False):
        gap = char["x0"] - prev["x1"] if prev else 0.0
        if prev and gap > 3 * size:
            text, cells = text.rstrip() + "\t", True
        elif prev and gap > 0.15 * size and not text.endswith(" "):
            text += " "
        text += char["text"]
    return Line(re.sub(r" {2,}", " ", text).strip(" "), raw["x0"], raw["x1"], raw["top"], page,
                table=cells)


def drop_running(pages: list[list[Line]]) -> list[Line]:
    """Page numbers at the top or foot of a page, and a first/last line repeated on several
    pages (a running header or footer), are not text."""
    edges: dict[str, int] = {}
    for lines in pages:
        for ln in {id(x): x for x in (lines[:1] + lines[-1:])}.values():
            key = re.sub(r"\d+", "#", ln.text.strip().lower())
            edges[key] = edges.get(key, 0) + 1
    out: list[Line] = []
    for lines in pages:
        for i, ln in enumerate(lines):
            edge = i in (0, len(lines) - 1)
            key = re.sub(r"\d+", "#", ln.text.strip().lower())
            if edge and (_PAGE_NO.match(ln.text) or (edges.get(key, 0) >= 2 and len(pages) > 2)):
                continue
            out.append(ln)
    return out


def paragraphs(lines: list[Line]) -> str:
    """The lines of every page (top to bottom) as paragraphs and TAB rows."""
    if not lines:
        return ""
    body = [ln for ln in lines if not ln.table]
    left = statistics.mode(round(ln.x0) for ln in body) if body else 0
    right = max((ln.x1 for ln in body), default=0.0)
    step = _line_step(lines)
    lines = [_right_column(ln, left, right) for ln in lines]
    out = [lines[0].text]
    for prev, cur in itertools.pairwise(lines):
        if _continues(prev, cur, left, right, step):
            out[-1] = _join(out[-1], cur.text)
        else:
            tight = prev.table and cur.table and cur.page == prev.page
            out.append(("\n" if tight else "\n\n") + cur.text)
    return "".join(out).strip()


def _line_step(lines: list[Line]) -> float:
    """The usual distance between two body lines (rows of tables and columns aside)."""
    steps = [b.top - a.top for a, b in itertools.pairwise(lines)
             if a.page == b.page and b.top > a.top and not (a.table or b.table)]
    return statistics.median(steps) if steps else 14.0


def _right_column(ln: Line, left: float, right: float) -> Line:
    """A line standing in the right half that is not centred on the page is a right column
    (the signature beside the recipients): a row with an empty first cell."""
    offset, tail = ln.x0 - left, right - ln.x1
    if not ln.table and offset > 0.4 * (right - left) and abs(offset - tail) > 20:
        return replace(ln, text="\t" + ln.text, table=True)
    return ln


def _continues(prev: Line, cur: Line, left: float, right: float, step: float) -> bool:
    if prev.table or cur.table:
        return False
    if (cur.page == prev.page and cur.top - prev.top > 1.12 * step) or _heading(prev.text):
        return False
    if _MARKER.match(cur.text) and (_END.search(prev.text) or prev.x1 < right - 60):
        return False
    if prev.x1 < right - 0.12 * (right - left):
        return cur.text[:1].islower() and cur.page != prev.page
    return not (cur.x0 > left + 12 and _END.search(prev.text))


def _heading(text: str) -> bool:
    """A line in capitals (a section heading) ends its paragraph."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _join(prev: str, cur: str) -> str:
    """Join a wrapped line; a word hyphenated at the line end ("thông-" / "tin") is repaired."""
    if re.search(r"[^\W\d_]-$", prev) and cur[:1].islower():
        return prev[:-1] + cur
    return prev + " " + cur
