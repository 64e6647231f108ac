"""Matching primitives over gazetteer surfaces: tokens with offsets, a token trie, checks.

Tokens are words, "&", dashes, commas and the like; each carries its folded key (for matching
diacritic and tone variants: "&" reads as "và", every dash as "-") and its tone-exact lower-case
form (for checks that folding would blur: "Sở" is not "số"). A blank line is a token of its own,
so nothing matches across paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.gazetteer import AgencyEntry
from ingest.text import fold, nfc, normalize_tones

_TOKEN = re.compile(r"[^\W_]+|\.{2,}|…|[&,;:/()\-–—.]|\n\s*\n", re.UNICODE)


@dataclass(frozen=True)
class Tok:
    """One token of the text, with its offsets."""

    start: int
    end: int
    raw: str
    key: str  # folded, "&" -> "va", dashes -> "-"
    low: str  # lower-case, one tone style (tone-exact comparisons)


@dataclass(frozen=True)
class Surface:
    slug: str
    first: str  # the surface's first token as written (tone and case checks)


@dataclass
class Trie:
    children: dict[str, Trie] = field(default_factory=dict)
    ends: list[Surface] = field(default_factory=list)


@lru_cache(maxsize=1 << 16)  # pure, per token: a notice repeats few distinct words
def token_key(raw: str) -> str:
    if raw == "&":
        return "va"
    if raw in "-–—":
        return "-"
    if raw == "…" or raw.startswith(".."):
        return "..."
    if raw.startswith("\n"):
        return "\n"  # a paragraph break: nothing matches across it
    return fold(raw)


def tokens(text: str) -> list[Tok]:
    return [
        Tok(m.start(), m.end(), m.group(0), token_key(m.group(0)), low(m.group(0)))
        for m in _TOKEN.finditer(text)
    ]


@lru_cache(maxsize=1 << 16)
def low(word: str) -> str:
    return normalize_tones(word).lower()


def insert(trie: Trie, surface: str, slug_: str) -> None:
    toks = tokens(nfc(surface))
    node = trie
    for tok in toks:
        node = node.children.setdefault(tok.key, Trie())
    if toks:
        node.ends.append(Surface(slug_, toks[0].raw))


def first_ok(surface: Surface, tok: Tok, collective: bool) -> bool:
    """Tone-exact on the first word unless written without diacritics; case-checked if not
    collective (so "bảo hiểm xã hội" the concept is not "Bảo hiểm xã hội" the agency)."""
    if not tok.raw.isascii() and tok.low != low(surface.first):
        return False
    return collective or not surface.first[:1].isupper() or tok.raw[:1].isupper()


_TINH = re.compile(r"(?<![^\W_])tỉnh(?![^\W_])")


def province_variants(surface: str, province: str, unit: str = "tỉnh") -> list[str]:
    """Spell-outs with the province: "Công an tỉnh" -> + "Công an tỉnh Cao Bằng". A centrally-run
    city (`unit` "thành phố") names its bodies with "thành phố" where a province says "tỉnh"
    ("Công an thành phố", "Ủy ban MTTQ Việt Nam thành phố Cần Thơ"): both are kept."""
    base = surface.replace("{province}", province)
    out: list[str] = []
    for name in dict.fromkeys([base, _TINH.sub(unit, base)]):
        out += [name]
        if name.endswith(f" {unit}") or name.endswith(" tỉnh"):
            word = unit if name.endswith(f" {unit}") else "tỉnh"
            out += [f"{name} {province}", f"{name[: -len(word) - 1]} {province}"]
        elif name.startswith("Sở "):
            out += [f"{name} {unit}", f"{name} {unit} {province}", f"{name} {province}"]
    return out


def surfaces(entry: AgencyEntry, province: str) -> list[str]:
    out: list[str] = []
    for surface in (entry.name, *entry.aliases):
        out += province_variants(surface, province)
    return out


_ZONE_BOARD = ["ban", "quan", "ly", "khu", "kinh", "te"]
_ZONE_TAIL = ["va", "cac", "khu", "cong", "nghiep"]


def _caps_end(toks: list[Tok], k: int) -> int:
    while k < len(toks) and toks[k].raw[:1].isupper() and toks[k].raw[:1].isalpha():
        k += 1
    return k


def zone_board_end(toks: list[Tok], i: int, j: int) -> int:
    """ "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi": the economic zone
    board's full name holds "và các khu công nghiệp" (+ "tỉnh" or the province); the "và" does
    not end a match at i..j of "Ban Quản lý Khu kinh tế". Else j."""
    if [t.key for t in toks[i : i + 6]] != _ZONE_BOARD:
        return j
    k = _caps_end(toks, j)
    if [t.key for t in toks[k : k + 5]] != _ZONE_TAIL:
        return j
    k += 5
    return k + 1 if k < len(toks) and toks[k].key == "tinh" else _caps_end(toks, k)
