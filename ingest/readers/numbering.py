"""Word's automatic numbering, written out: a paragraph numbered by `w:numPr` (its own or its
style's) holds no "1." or "a)" in its text, so the label Word draws ("II.", "1.", "a)", "-") is
rendered from numbering.xml (ECMA-376 §17.9: per list instance `w:num` a counter per level, a
level's counter restarting when a shallower one moves; `w:lvlText` "%1.%2." with each level's
`w:numFmt`). Read in document order, tables included, so the counters run as Word's do."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
LETTERS = "abcdefghijklmnopqrstuvwxyz"
BULLETS = {"-", "–", "—", "+", "•", "*", "o", "·"}  # a symbol-font glyph is written as "-"


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str


def _val(el: Any, tag: str, default: str = "") -> str:
    found = el.find(qn(tag)) if el is not None else None
    return found.get(qn("w:val"), default) if found is not None else default


def _levels(abstract: Any) -> dict[int, Level]:
    return {int(lvl.get(qn("w:ilvl"), "0")): Level(int(_val(lvl, "w:start", "1") or 1),
                                                 _val(lvl, "w:numFmt", "decimal"),
                                                 _val(lvl, "w:lvlText"))
            for lvl in abstract.iter(qn("w:lvl"))}


def _starts(num: Any) -> dict[int, int]:
    """A list instance's `w:startOverride` per level."""
    return {int(o.get(qn("w:ilvl"), "0")): int(_val(o, "w:startOverride", "1") or 1)
            for o in num.iter(qn("w:lvlOverride")) if o.find(qn("w:startOverride")) is not None}


def advance(counts: dict[int, int], level: int, start: int) -> int:
    """One more item at `level` of a list whose counters are `counts` (a level not yet counted
    begins at `start`); the deeper levels restart. The level's new count."""
    counts[level] = counts.get(level, start - 1) + 1
    for deeper in [k for k in counts if k > level]:
        del counts[deeper]
    return counts[level]


def bullet(glyph: str) -> str:
    """A bullet as text: its glyph when it is one, "-" for a symbol-font or picture bullet."""
    return glyph if glyph in BULLETS else "-"


def formatted(value: int, fmt: str) -> str:
    """A counter in a level's number format (decimal for the formats not listed)."""
    if fmt in ("upperRoman", "lowerRoman"):
        out, rest = "", value
        for n, r in ROMAN:
            out, rest = out + r * (rest // n), rest % n
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = LETTERS[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    return f"{value:02d}" if fmt == "decimalZero" else str(value)


@dataclass
class Numbering:
    """The lists of one document and their counters; `label(paragraph)` advances them."""
    lists: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return cls()
        abstract = {a.get(qn("w:abstractNumId")): _levels(a)
                    for a in root.iter(qn("w:abstractNum"))}
        lists = {}
        for num in root.iter(qn("w:num")):
            levels = dict(abstract.get(_val(num, "w:abstractNumId"), {}))
            for ilvl, start in _starts(num).items():
                if ilvl in levels:
                    levels[ilvl] = Level(start, levels[ilvl].fmt, levels[ilvl].text)
            lists[num.get(qn("w:numId"))] = levels
        return cls(lists, {}, _style_lists(document))

    def label(self, p: Any) -> str:
        """The label Word draws before paragraph element `p` ("" when it is not numbered)."""
        num, ilvl = _num_pr(p, self.styles)
        levels = self.lists.get(num or "")
        if not levels or ilvl not in levels or levels[ilvl].fmt == "none":
            return ""
        counts = self.counters.setdefault(num or "", {})
        advance(counts, ilvl, levels[ilvl].start)
        return _text(levels, counts, ilvl)


def _text(levels: dict[int, Level], counts: dict[int, int], ilvl: int) -> str:
    level = levels[ilvl]
    if level.fmt == "bullet":
        return bullet(level.text)
    out = level.text
    for k in range(ilvl + 1):
        if k in levels:
            value = counts.get(k, levels[k].start)
            out = out.replace(f"%{k + 1}", formatted(value, levels[k].fmt))
    return out


def _num_pr(p: Any, styles: dict[str, tuple[str, int]]) -> tuple[str | None, int]:
    """The paragraph's list instance and level: its own `w:numPr`, else its style's."""
    ppr = p.find(qn("w:pPr"))
    pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    style = _val(ppr, "w:pStyle")
    inherited = styles.get(style, (None, 0))
    if pr is None:
        return inherited
    num = _val(pr, "w:numId") or inherited[0]
    ilvl = _val(pr, "w:ilvl")
    return (None if num == "0" else num), int(ilvl) if ilvl else inherited[1]


def _style_lists(document: Any) -> dict[str, tuple[str, int]]:
    """Paragraph styles that number their paragraphs (through `w:basedOn` too)."""
    own: dict[str, tuple[str | None, int, str]] = {}
    for s in document.styles.element.iter(qn("w:style")):
        ppr = s.find(qn("w:pPr"))
        pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num = _val(pr, "w:numId") or None if pr is not None else None
        ilvl = int(_val(pr, "w:ilvl") or 0) if pr is not None else 0
        own[s.get(qn("w:styleId"))] = (num, ilvl, _val(s, "w:basedOn"))
    out: dict[str, tuple[str, int]] = {}
    for sid in own:
        seen, cur = 0, sid
        while cur in own and own[cur][0] is None and seen < 10:
            cur, seen = own[cur][2], seen + 1
        if cur in own and own[cur][0] not in (None, "0"):
            out[sid] = (str(own[cur][0]), own[cur][1])
    return out
