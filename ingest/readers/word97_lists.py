"""Word 97-2003 automatic list numbers ([MS-DOC] §2.9.150 PlfLst, §2.9.131 LVL, §2.9.151
PlfLfo): a paragraph whose properties carry sprmPIlfo (its list, through the LFO table) and
sprmPIlvl (its level) is drawn with its level's number text (`xst`, the level placeholders
replaced by each level's counter in its number format) or bullet. Counters run per list (lsid),
a deeper level restarting when a shallower one moves; LFO start overrides and numbering through
a paragraph style are not read (the paragraph's text is then as typed)."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ingest.readers.numbering import advance, bullet, formatted

LSTF, LVLF, LFO = 28, 28, 16
NFC = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
       22: "decimalZero", 23: "bullet", 255: "none"}


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str  # xst: chars 0-8 stand for the counters of levels 0-8


@dataclass
class Lists:
    """The lists of one document (lsid -> levels), the LFO table (ilfo - 1 -> lsid) and the
    running counters; `label(ilfo, ilvl)` advances them."""
    levels: dict[int, list[Level]] = field(default_factory=dict)
    lfo: list[int] = field(default_factory=list)
    counters: dict[int, dict[int, int]] = field(default_factory=dict)

    def label(self, ilfo: int, ilvl: int) -> str:
        lsid = self.lfo[ilfo - 1] if 0 < ilfo <= len(self.lfo) else None
        levels = self.levels.get(lsid) if lsid is not None else None
        if not levels or ilvl >= len(levels) or levels[ilvl].fmt == "none":
            return ""
        counts = self.counters.setdefault(lsid or 0, {})
        advance(counts, ilvl, levels[ilvl].start)
        level = levels[ilvl]
        if level.fmt == "bullet":
            return bullet(level.text)
        return "".join(formatted(counts.get(ord(c), levels[ord(c)].start), levels[ord(c)].fmt)
                       if ord(c) < min(9, len(levels)) else c for c in level.text)


def read_lists(table: bytes, fc_lst: int, lcb_lst: int, fc_lfo: int, lcb_lfo: int) -> Lists:
    """The document's lists; none when the tables are absent or do not parse."""
    try:
        return Lists(_lst(table, fc_lst) if lcb_lst else {}, _lfo(table, fc_lfo) if lcb_lfo else [])
    except (struct.error, IndexError, KeyError):
        return Lists()


def _lst(table: bytes, at: int) -> dict[int, list[Level]]:
    count = struct.unpack_from("<h", table, at)[0]
    heads = [(struct.unpack_from("<i", table, at + 2 + LSTF * i)[0],
              table[at + 2 + LSTF * i + 26] & 1) for i in range(count)]
    pos, out = at + 2 + LSTF * count, {}
    for lsid, simple in heads:
        levels = []
        for _ in range(1 if simple else 9):
            level, pos = _lvl(table, pos)
            levels.append(level)
        out[lsid] = levels
    return out


def _lvl(table: bytes, at: int) -> tuple[Level, int]:
    """One LVL at `at`, and where the next begins."""
    start, nfc = struct.unpack_from("<iB", table, at)
    chpx, papx = table[at + 24], table[at + 25]
    xst = at + LVLF + papx + chpx
    cch = struct.unpack_from("<H", table, xst)[0]
    text = table[xst + 2:xst + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    return Level(start, NFC.get(nfc, "decimal"), text), xst + 2 + 2 * cch


def _lfo(table: bytes, at: int) -> list[int]:
    count = struct.unpack_from("<i", table, at)[0]
    return [struct.unpack_from("<i", table, at + 4 + LFO * i)[0] for i in range(count)]
