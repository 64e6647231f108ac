"""Split notice text into blocks with exact spans and numbering markers.

Paragraphs are separated by blank lines; inside a chunk of consecutive lines a line starts a new
block when it opens with a marker ("1.", "a)", "- ", "Thứ hai,"), when the line before it reads as
complete (ends with . : ; ! ?) or is a short line that does not fill the text width (a heading or a
one-line paragraph of a web copy), and never when it continues a word-wrapped sentence. A
paragraph broken by a page break ("...bảo đảm" / blank / "kinh phí ...") is joined back.
A table row (cells joined by TAB, the readers' text contract) is one block of kind "row" with the
span of each cell. Markdown emphasis and heading marks are stripped from block text (spans stay
exact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
# "Một là, ...", "Hai là, ...": the other ordinal series of the genre.
_LA_ORDINALS = ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười")
MARKER = re.compile(
    r"^(?:(?P<roman>[IVX]{1,5})\.|[IVX]{1,5}\.(?P<subnum>\d{1,2}(?:\.\d{1,2}){0,2})\.(?!\d)|"
    r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.(?!\d)|"
    r"(?P<letter>[a-zđ])[).]|\((?P<paren>\d{1,2})\)|(?P<paren2>\d{1,2})\)|"
    r"(?P<bullet>[-+•–—▪·*])|Thứ (?P<ordinal>" + "|".join(_ORDINALS) + r")\s*[,:.]|"
    r"(?P<la>" + "|".join(_LA_ORDINALS) + r") là\s*[,:])\s+"
)
_COMPLETE = re.compile(r"[.:!?…][)\]\"”]*\s*$")
_EMPH = re.compile(r"\*\*|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
_HASHES = re.compile(r"^#{1,6}\s+")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–])?\s*$")
_SHORT_LINE = 0.6  # a line under 60 % of the chunk's widest line does not wrap into the next


@dataclass
class Block:
    kind: str  # roman | num | letter | paren | ordinal | bullet | row | para
    marker: str
    text: str  # cleaned, page-break repaired, marker removed (a row: its cells joined by " | ")
    start: int
    end: int
    cells: list[tuple[int, int]] = field(default_factory=list)  # a row's cell spans
    indent: int = 0  # leading spaces of the line (nested Markdown / plain-text lists)
    depth: int = 0  # nesting the outline gives a numbered list restarting under a heading


def clean(text: str) -> str:
    """Strip markdown emphasis and heading marks, collapse whitespace."""
    return _HASHES.sub("", re.sub(r"\s+", " ", _EMPH.sub("", text)).strip())


def _starts_block(prev: str, line: str, widest: int) -> bool:
    """Whether `line` (inside a chunk of lines) begins a new block after `prev`: a marker or a
    table row does; a lower-case start continues a wrapped sentence; else a complete line (. : !
    ?) or a short one (a heading, a one-line paragraph of a web copy) ends its block."""
    stripped = clean(line)
    if "\t" in line or "\t" in prev or MARKER.match(stripped) or not stripped:
        return True
    first = stripped[:1]
    if first.islower():
        return False
    if _COMPLETE.search(clean(prev)):
        return True
    return len(prev.rstrip()) < _SHORT_LINE * widest and (first.isupper() or first.isdigit())


def _pieces(text: str) -> list[tuple[int, int, bool]]:
    """Spans of non-empty paragraphs (blank-line separated chunks, split into lines by
    `_starts_block`), each with whether it is a table row. Between the first and the last TAB
    line of a chunk every line is a row: one without a TAB is a merged one-cell row."""
    spans: list[tuple[int, int, bool]] = []
    for chunk in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        lines = list(re.finditer(r"[^\n]+", chunk.group(0)))
        widest = max(len(m.group(0).rstrip()) for m in lines)
        tabbed = [i for i, m in enumerate(lines) if "\t" in m.group(0)]
        base = chunk.start()
        for i, line in enumerate(lines):
            s, e = base + line.start(), base + line.end()
            row = bool(tabbed) and tabbed[0] <= i <= tabbed[-1]
            if i and not row and not _starts_block(lines[i - 1].group(0), line.group(0), widest):
                spans[-1] = (spans[-1][0], e, spans[-1][2])
            else:
                spans.append((s, e, row))
    return [(s, e, row) for s, e, row in spans if text[s:e].strip()]


def _continues(prev: str, nxt: str) -> bool:
    """A page break inside a sentence: the next paragraph starts lower-case (a paragraph of the
    genre never does) and is not a list item."""
    first = nxt.lstrip()[:1]
    return bool(first) and first.islower() and not MARKER.match(nxt.lstrip()) \
        and "\t" not in prev and "\t" not in nxt


def blocks(text: str) -> list[Block]:
    """Blocks of the whole text (ingest/anatomy.py says which are body: the recipients list and
    the signature are cut there, since an appendix may follow them). A page number alone
    between two halves of a paragraph is dropped, so the halves join (the block's span covers
    both halves, its text leaves the page number out)."""
    merged: list[tuple[int, int, bool]] = []
    skipped: list[tuple[int, int]] = []
    for s, e, row in _pieces(text):
        if not row and _PAGE_NUMBER.match(text[s:e]):
            skipped.append((s, e))
            continue
        prev = merged[-1] if merged else None
        if prev and not row and not prev[2] and _continues(text[prev[0]:prev[1]], text[s:e]):
            merged[-1] = (prev[0], e, False)
        else:
            merged.append((s, e, row))
    return [_row(text, s, e) if row else _block(text, s, e, skipped) for s, e, row in merged]


def _row(text: str, start: int, end: int) -> Block:
    cells: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split("\t"):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    shown = " | ".join(clean(text[s:e]) for s, e in cells)
    return Block("row", "", shown, start, end, cells)


def _block(text: str, start: int, end: int, skipped: list[tuple[int, int]]) -> Block:
    inner = [(s, e) for s, e in skipped if start < s and e < end]
    raw = clean(_without(text, start, end, inner))
    m = MARKER.match(raw)
    line = text[start:end].replace("\t", "    ")
    indent = len(line) - len(line.lstrip(" "))
    if not m:
        return Block("para", "", raw, start, end, indent=indent)
    kind = next(k for k, v in m.groupdict().items() if v is not None)
    marker = m.group(kind)
    # "2)" is a "(2)" item; "II.1." numbers the 1st item under section II
    kind = {"paren2": "paren", "subnum": "num"}.get(kind, kind)
    if kind == "ordinal":
        marker = str(_ORDINALS.index(marker) + 1)
    if kind == "la":
        kind, marker = "ordinal", str(_LA_ORDINALS.index(marker) + 1)
    return Block(kind, marker, raw[m.end():].strip(), start, end, indent=indent)


def _without(text: str, start: int, end: int, cuts: list[tuple[int, int]]) -> str:
    """text[start:end] without the `cuts` spans (page numbers inside a joined paragraph)."""
    out, pos = [], start
    for s, e in cuts:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:end])
    return " ".join(out)
