"""Named administrative units: "UBND huyện Bắc Quang", "Chủ tịch UBND xã Tân Thanh",
"UBND các huyện: Đồng Văn, Mèo Vạc", "Các thôn: Bản Mài, Nà Lỳ".

The gazetteer does not list the country's districts and communes (thousands, rearranged in 2025);
it knows the unit words (local.json "units") and takes the proper name as written: capitalised
words (or a number: "Phường 1"), joined by "-". A plural head with a colon or a list gives one body
per name. Matching is on the folded tokens of ingest/gazetteer/match.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingest.gazetteer import UnitEntry, unit_entries
from ingest.gazetteer.match import Tok, low
from ingest.text import fold

_UBND = (("ubnd",), ("uy", "ban", "nhan", "dan"))
_LEADER = (("chu", "tich"),)
_SEPARATORS = (",", "va", ";")
_MAX_NAME = 5


@dataclass(frozen=True)
class NamedUnit:
    start: int  # token indexes [start, end)
    end: int
    unit: UnitEntry
    name: str  # the proper name as written, e.g. "Đồng Văn"


def _keys_at(toks: list[Tok], i: int, options: tuple[tuple[str, ...], ...]) -> int:
    """Index after one of the folded word sequences at i, or i."""
    for words in options:
        if tuple(t.key for t in toks[i : i + len(words)]) == words:
            return i + len(words)
    return i


def _unit_at(toks: list[Tok], i: int, plural: bool) -> tuple[UnitEntry, int] | None:
    for unit in unit_entries():
        words = tuple(unit.word.split())
        after = _keys_at(toks, i, (tuple(fold(w) for w in words),))
        exact = all(t.low == low(w) for t, w in zip(toks[i:after], words, strict=False))
        if after > i and exact and (unit.body or plural or toks[i].raw[:1].isupper()):
            return unit, after
    return None


def name_end(toks: list[Tok], k: int) -> int:
    """End of a proper name starting at k (k itself when there is none)."""
    j = k
    while j < len(toks) and j - k < _MAX_NAME:
        raw = toks[j].raw
        joins = raw == "-" and j > k and j + 1 < len(toks) and toks[j + 1].raw[:1].isupper()
        if not (raw[:1].isupper() or raw.isdigit() or joins):
            break
        j += 1
    return j


def _head(toks: list[Tok], i: int) -> tuple[int, bool, bool] | None:
    """(index after "UBND (các)" or "(các)", plural, has UBND) at i."""
    k = _keys_at(toks, i, _LEADER)
    after = _keys_at(toks, k, _UBND)
    if after == k and k > i:
        return None  # "Chủ tịch" without UBND is not a unit's head
    plural = after < len(toks) and toks[after].key == "cac"
    start = after + 1 if plural else after
    if after == i and not (plural or toks[i].raw[:1].isupper()):
        return None
    return start, plural, after > k


def named_units(toks: list[Tok], i: int, starts_body: Callable[[int], bool]) -> list[NamedUnit]:
    """The named units whose head starts at token i (empty when none)."""
    head = _head(toks, i)
    if head is None:
        return []
    k, plural, ubnd = head
    found = _unit_at(toks, k, plural)
    if found is None or bool(found[0].body) != ubnd:
        return []
    unit, k = found
    k = _other_units(toks, k) if plural else k
    colon = k < len(toks) and toks[k].key == ":"
    k += 1 if colon and plural else 0
    out: list[NamedUnit] = []
    while k < len(toks) and (not out or not starts_body(k)):
        end = name_end(toks, k)
        if end == k:
            break
        out.append(NamedUnit(i if not out else k, end, unit, " ".join(t.raw for t in toks[k:end])))
        if not plural:
            break
        k = end
        while k < len(toks) and toks[k].key in _SEPARATORS:
            k += 1
    return out


def _other_units(toks: list[Tok], k: int) -> int:
    """After "UBND các tỉnh": ", thành phố" (", phường", ...) when a colon and the list follow
    ("UBND các tỉnh, thành phố: Cần Thơ, Vĩnh Long"); else k."""
    j = k
    while j + 1 < len(toks) and toks[j].key == "," and (more := _unit_at(toks, j + 1, True)):
        j = more[1]
    return j if j > k and j < len(toks) and toks[j].key == ":" else k


def zone_names_end(toks: list[Tok], j: int) -> int:
    """ "UBND các xã, phường, đặc khu Hoàng Sa": a collective ending with the special zone
    names it (a province has one or two); the name belongs to the collective. Else j."""
    if j < 2 or [t.key for t in toks[j - 2 : j]] != ["dac", "khu"]:
        return j
    return name_end(toks, j)
