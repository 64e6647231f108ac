"""Split notice text into blocks with exact spans, numbering markers and a heading path.

Paragraphs are separated by blank lines. A paragraph broken by a page break ("...bảo đảm" / blank /
"kinh phí ...") is joined back. Markdown emphasis is stripped from block text (spans stay exact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LETTER_ORDER = "abcdđeghiklmnopqrstuvxy"
MARKER = re.compile(
    r"^(?:(?P<roman>[IVX]{1,5})\.|(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.(?!\d)|"
    r"(?P<letter>[a-zđ])\)|\((?P<paren>\d{1,2})\)|(?P<bullet>[-+•]))\s+"
)
_END = re.compile(r"[.;:!?…)\]\"”]\s*$")
_EMPH = re.compile(r"\*\*|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")


@dataclass
class Block:
    kind: str  # roman | num | letter | paren | bullet | para
    marker: str
    text: str  # cleaned, page-break repaired, marker removed
    start: int
    end: int


def clean(text: str) -> str:
    """Strip markdown emphasis and collapse whitespace."""
    return re.sub(r"\s+", " ", _EMPH.sub("", text)).strip()


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty paragraphs (separated by blank lines or lone newlines before markers)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        chunk = m.group(0)
        offset = m.start()
        for line in re.finditer(r"[^\n]+", chunk):
            if spans and offset + line.start() > 0 and not MARKER.match(line.group(0).strip()) \
                    and spans[-1][1] == offset + line.start() - 1:
                spans[-1] = (spans[-1][0], offset + line.end())
            else:
                spans.append((offset + line.start(), offset + line.end()))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _continues(prev: str, nxt: str) -> bool:
    first = nxt.lstrip()[:1]
    return bool(first) and first.islower() and not MARKER.match(nxt.lstrip()) \
        and not _END.search(prev)


def blocks(text: str) -> list[Block]:
    """Blocks of the whole text (ingest/anatomy.py says which are body: the recipients list and
    the signature are cut there, since an appendix may follow them)."""
    merged: list[tuple[int, int]] = []
    for s, e in _pieces(text):
        if merged and _continues(text[merged[-1][0]:merged[-1][1]], text[s:e]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [_block(text, s, e) for s, e in merged]


def _block(text: str, start: int, end: int) -> Block:
    raw = clean(text[start:end])
    m = MARKER.match(raw)
    if not m:
        return Block("para", "", raw, start, end)
    kind = next(k for k, v in m.groupdict().items() if v is not None)
    return Block(kind, m.group(kind), raw[m.end():].strip(), start, end)
