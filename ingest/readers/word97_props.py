"""Which paragraphs of a Word 97-2003 .doc lie in a table and which marks end a table row
([MS-DOC] §2.8.28 PlcBtePapx, §2.9.175 PapxFkp): each paragraph's properties are a list of
sprms; sprmPFInTable (0x2416) marks a paragraph inside a table, sprmPFTtp (0x2417) the
paragraph that holds a row-end mark, whose sprmTDefTable (0xD608) and sprmTVertMerge (0xD62B)
say which of the row's cells continue a vertical merge from the row above. The answer is byte
ranges of the WordDocument stream."""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass

PAGE = 512
IN_TABLE, TTP, INNER_TTP = 0x2416, 0x2417, 0x244C
ILFO, ILVL = 0x460B, 0x260A  # the paragraph's list (1-based LFO index) and its level
DEF_TABLE = 0xD608  # the one variable-size sprm of a PAPX whose size takes two bytes
VERT_MERGE = 0xD62B
CONTINUES = 1  # VerticalMergeFlag: the cell continues the merged cell above it
FIXED = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


@dataclass(frozen=True)
class Ranges:
    """Sorted, disjoint byte ranges [start, end)."""
    starts: list[int]
    ends: list[int]

    def holds(self, fc: int) -> bool:
        return self.start_of(fc) is not None

    def start_of(self, fc: int) -> int | None:
        """The start of the range holding `fc`, if one does."""
        i = bisect.bisect_right(self.starts, fc) - 1
        return self.starts[i] if i >= 0 and fc < self.ends[i] else None


@dataclass(frozen=True)
class TableMarks:
    in_table: Ranges
    row_end: Ranges
    continued: dict[int, frozenset[int]]  # row-end range start -> cells continuing a merge
    listed: Ranges  # paragraphs of an automatic list
    list_of: dict[int, tuple[int, int]]  # listed range start -> (ilfo, ilvl)


def table_marks(word: bytes, plc: bytes) -> TableMarks:
    """The paragraphs (byte ranges) in a table, and those ending a table row."""
    inside: list[tuple[int, int]] = []
    rows: list[tuple[int, int]] = []
    listed: list[tuple[int, int]] = []
    continued: dict[int, frozenset[int]] = {}
    list_of: dict[int, tuple[int, int]] = {}
    n = (len(plc) - 4) // 8
    for i in range(n):
        pn = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * i)[0] & 0x3FFFFF
        for lo, hi, sprms in _page(word[pn * PAGE:(pn + 1) * PAGE]):
            if _flag(sprms, IN_TABLE):
                inside.append((lo, hi))
            if _flag(sprms, TTP) or _flag(sprms, INNER_TTP):
                rows.append((lo, hi))
                continued[lo] = _continued(sprms)
            ilfo = struct.unpack_from("<h", sprms[ILFO])[0] if len(sprms.get(ILFO, b"")) == 2 \
                else 0
            if ilfo > 0:
                listed.append((lo, hi))
                list_of[lo] = (ilfo, sprms.get(ILVL, b"\0")[0])
    return TableMarks(_ranges(inside), _ranges(rows), continued, _ranges(listed), list_of)


def _flag(sprms: dict[int, bytes], sprm: int) -> bool:
    return bool(sprms.get(sprm, b"\0")[:1] != b"\0")


def _continued(sprms: dict[int, bytes]) -> frozenset[int]:
    """The cells of a row that continue a vertically merged cell (TC80 tcgrf bits 5-6)."""
    op, out = sprms.get(DEF_TABLE, b""), set()
    if op:
        cells = op[0]
        at = 1 + 2 * (cells + 1)
        for c in range(cells):
            if at + 20 * c + 2 <= len(op):
                grf = struct.unpack_from("<H", op, at + 20 * c)[0]
                out.update([c] if (grf >> 5) & 0x3 == CONTINUES else [])
    merge = sprms.get(VERT_MERGE, b"")
    if len(merge) >= 3:  # cb, itc, flags
        (out.add if merge[2] == CONTINUES else out.discard)(merge[1])
    return frozenset(out)


def _ranges(pairs: list[tuple[int, int]]) -> Ranges:
    pairs = sorted(pairs)
    return Ranges([a for a, _ in pairs], [b for _, b in pairs])


def _page(fkp: bytes) -> list[tuple[int, int, dict[int, bytes]]]:
    """Each paragraph run of one PapxFkp page: its byte range and its sprms' operands."""
    if len(fkp) < PAGE:
        return []
    crun = fkp[PAGE - 1]
    fcs = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
    out = []
    for i in range(crun):
        offset = fkp[4 * (crun + 1) + 13 * i] * 2
        out.append((fcs[i], fcs[i + 1], _sprms(fkp, offset) if offset else {}))
    return out


def _sprms(fkp: bytes, at: int) -> dict[int, bytes]:
    """The sprms of the PapxInFkp at `at`, each with its operand (a variable one without its
    size prefix but sprmTVertMerge's, kept whole: cb, itc, flags)."""
    cb = fkp[at]
    start, size = (at + 2, 2 * fkp[at + 1]) if cb == 0 else (at + 1, 2 * cb - 1)
    grpprl, out, i = fkp[start + 2:start + size], {}, 0  # after the istd
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        skip, length = _operand(grpprl, i, sprm)
        out[sprm] = grpprl[i + skip:i + length] if sprm != VERT_MERGE else grpprl[i:i + length]
        i += max(length, 1)
    return out


def _operand(grpprl: bytes, i: int, sprm: int) -> tuple[int, int]:
    """(size prefix, whole length) of the operand at `i` ([MS-DOC] §2.2.5.1 spra)."""
    if sprm >> 13 != 6:
        return 0, FIXED[sprm >> 13]
    if sprm == DEF_TABLE and i + 2 <= len(grpprl):
        return 2, struct.unpack_from("<H", grpprl, i)[0] + 1
    return 1, (grpprl[i] + 1 if i < len(grpprl) else 0)
