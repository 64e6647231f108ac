"""Word 97-2003 .doc without a converter: the main document's text from the piece table
([MS-DOC] §2.4.1: the FIB's ccpText and Clx, each piece cp1252 "compressed" or UTF-16LE), with
Word's marks read as the text contract wants them: a paragraph mark ends a paragraph, a table's
cell marks (0x07) join its cells by TAB and its row-end marks (0x07 too, told apart by the
paragraph property TTP in the PAPX pages, `word97_props`) end its rows; automatic list numbers
are written before their paragraphs (`word97_lists`); a field keeps its result, not its code;
object anchors and optional hyphens are dropped.
Headers, footers and notes lie after ccpText and are not read, as for .docx."""

from __future__ import annotations

import bisect
import io
import re
import struct
from dataclasses import dataclass

from ingest.readers.cells import cell_text, render_rows
from ingest.readers.word97_lists import Lists, read_lists
from ingest.readers.word97_props import TableMarks, table_marks

FIB_MAGIC, NFIB_97 = 0xA5EC, 0x00C1
COMPRESSED = 0x40000000
FIELD_BEGIN, FIELD_SEP, FIELD_END = "\x13", "\x14", "\x15"
MARKS = str.maketrans({"\x0b": "\n", "\x0c": "\r", "\x1e": "-", "\x1f": None, "\x01": None,
                       "\x08": None, "\x02": None, "\x05": None})
CELL, ROW, INSIDE = "\x07", "\ue000", "\ue001"  # ROW / INSIDE: private-use stand-ins


class NotReadable(ValueError):
    """The file is a .doc this reader does not read (Word 6/95, no piece table)."""


class Encrypted(NotReadable):
    """A password-protected .doc: no reader reads it without the password."""


def read_word97(data: bytes) -> str:
    """The .doc's main text in the text contract (paragraphs, TAB-joined table rows)."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if not ole.exists("WordDocument"):
            raise NotReadable("no WordDocument stream: not a Word 97-2003 document")
        word = ole.openstream("WordDocument").read()
        fib = _fib(word)
        name = "1Table" if fib.flags & 0x0200 else "0Table"
        if not ole.exists(name):
            raise NotReadable(f"the {name} stream is missing")
        table = ole.openstream(name).read()
    pieces = _pieces(table[fib.fc_clx:fib.fc_clx + fib.lcb_clx])
    text, places = _text(word, pieces, fib.ccp_text)
    marks = table_marks(word, table[fib.fc_papx:fib.fc_papx + fib.lcb_papx])
    lists = read_lists(table, fib.fc_lst, fib.lcb_lst, fib.fc_lfo, fib.lcb_lfo)
    named, merges = _marks(text, places, marks, lists)
    return _contract(_fields(named).translate(MARKS), merges)


@dataclass(frozen=True)
class Fib:
    flags: int
    ccp_text: int
    fc_clx: int
    lcb_clx: int
    fc_papx: int
    lcb_papx: int
    fc_lst: int
    lcb_lst: int
    fc_lfo: int
    lcb_lfo: int


def _fib(word: bytes) -> Fib:
    """The File Information Block's fields this reader needs."""
    if len(word) < 0x1AA or struct.unpack_from("<H", word, 0)[0] != FIB_MAGIC:
        raise NotReadable("not a Word 97-2003 document (no FIB)")
    version, flags = struct.unpack_from("<H", word, 2)[0], struct.unpack_from("<H", word, 0x0A)[0]
    if flags & 0x0100:
        raise Encrypted("encrypted .doc (password-protected)")
    if version < NFIB_97:
        raise NotReadable(f"a Word 6/95 file (nFib {version})")
    lists = struct.unpack_from("<IIII", word, 0x2E2) if len(word) >= 0x2F2 else (0, 0, 0, 0)
    return Fib(flags, struct.unpack_from("<i", word, 0x4C)[0],
               *struct.unpack_from("<II", word, 0x1A2), *struct.unpack_from("<II", word, 0x102),
               *lists)


def _pieces(clx: bytes) -> list[tuple[int, int, int]]:
    """(cp start, cp end, fc) of each piece: the Pcdt after any Prc records."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise NotReadable("no piece table (Clx)")
    lcb = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5:at + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    fcs = [struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0] for i in range(n)]
    return [(cps[i], cps[i + 1], fcs[i]) for i in range(n)]


Place = tuple[int, int, int]  # (index in the text, byte offset in WordDocument, bytes a char)


def _text(word: bytes, pieces: list[tuple[int, int, int]], ccp_text: int
          ) -> tuple[str, list[Place]]:
    """The main text, and where each piece starts in the text and in the stream."""
    out: list[str] = []
    places: list[Place] = []
    at = 0
    for start, end, fc in pieces:
        end = min(end, ccp_text)
        if start >= end:
            continue
        wide = not fc & COMPRESSED
        base = fc if wide else (fc & ~COMPRESSED) // 2
        size = 2 if wide else 1
        chunk = word[base:base + size * (end - start)]
        out.append(chunk.decode("utf-16-le" if wide else "cp1252", errors="replace"))
        places.append((at, base, size))
        at += end - start
    return "".join(out), places


def _fc(places: list[Place], starts: list[int], index: int) -> int:
    """The stream byte offset of the text's character at `index` (`starts`: each place's
    index in the text, ascending: a bisection, so a fast-saved file of many pieces stays
    linear)."""
    start, base, size = places[bisect.bisect_right(starts, index) - 1]
    return base + size * (index - start)


FIELD = re.compile(f"{FIELD_BEGIN}[^{FIELD_BEGIN}{FIELD_SEP}{FIELD_END}]*"
                   f"(?:{FIELD_SEP}([^{FIELD_BEGIN}{FIELD_SEP}{FIELD_END}]*))?{FIELD_END}")


def _fields(text: str) -> str:
    """Each field as its result (innermost first, so nested fields resolve)."""
    while True:
        done = FIELD.sub(lambda m: m[1] or "", text)
        if done == text:
            return done.replace(FIELD_BEGIN, "").replace(FIELD_SEP, "").replace(FIELD_END, "")
        text = done


def _marks(text: str, places: list[Place], marks: TableMarks, lists: Lists
           ) -> tuple[str, list[frozenset[int]]]:
    """The text with each mark named: ROW for a row end, INSIDE for a paragraph mark inside a
    table cell, the cell mark and the plain paragraph mark as they are; a list paragraph with
    its number before it; per row end, the cells that continue a vertical merge."""
    out, merges, start = list(text), [], 0
    starts = [place[0] for place in places]
    for i, ch in enumerate(text):
        if ch not in ("\r", CELL):
            continue
        fc = _fc(places, starts, i)
        if (row := marks.row_end.start_of(fc)) is not None and ch == CELL:
            out[i] = ROW
            merges.append(marks.continued.get(row, frozenset()))
        else:
            _number(out, start, i, _label(marks, lists, fc), bare=ch == CELL)
            out[i] = INSIDE if ch == "\r" and marks.in_table.holds(fc) else ch
        start = i + 1
    return "".join(out), merges


def _label(marks: TableMarks, lists: Lists, fc: int) -> str:
    listed = marks.listed.start_of(fc)
    return lists.label(*marks.list_of[listed]) if listed is not None else ""


def _number(out: list[str], start: int, end: int, label: str, bare: bool) -> None:
    """The label before the paragraph out[start:end]; an empty one shows it only in a cell."""
    if label and start < end and "".join(out[start:end]).strip():
        out[start] = f"{label} {out[start]}"
    elif label and bare:
        out[end] = label + out[end]


def _contract(text: str, merges: list[frozenset[int]]) -> str:
    """Paragraphs separated by a blank line; each table's rows as TAB-joined lines, one block;
    a cell continuing a vertical merge repeats the text above it (as the .docx reader does)."""
    blocks: list[str] = []
    rows: list[list[str]] = []
    cells: list[str] = []
    lines: list[str] = []  # the paragraph, or the paragraphs of the cell, being read
    for piece in re.split(f"([\r{CELL}{ROW}{INSIDE}])", text):
        if piece == CELL:
            cells.append(cell_text(lines))
            lines = []
        elif piece == ROW:
            rows.append(_merged(cells, rows[-1] if rows else [], merges.pop(0)))
            cells, lines = [], []
        elif piece == "\r":
            blocks += [render_rows(rows), "\n".join(lines)] if rows else ["\n".join(lines)]
            rows, lines = [], []
        elif piece != INSIDE:
            lines.extend(piece.splitlines())
    blocks += [render_rows(rows), "\n".join(lines)] if rows else ["\n".join(lines)]
    return "\n\n".join(b.strip() for b in blocks if b.strip())


def _merged(cells: list[str], above: list[str], continued: frozenset[int]) -> list[str]:
    return [above[c] if c in continued and not text and c < len(above) else text
            for c, text in enumerate(cells)]
