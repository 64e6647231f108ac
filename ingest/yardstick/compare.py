"""When an extracted value counts as the gold one. Names are compared after diacritic folding,
punctuation removal and the usual administrative abbreviations, and agencies also through the
gazetteer's resolver (so "UBND huyện X" = "Ủy ban nhân dân huyện X", and an alias = its body)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ingest.resolve import AgencyResolver
from ingest.text import WORD_RE, fold

# Abbreviations written interchangeably with the full words in notices (folded forms).
_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tp": "thanh pho",
    "bqlda": "ban quan ly du an", "kh": "ke hoach", "dt": "dau tu", "vpcp": "van phong chinh phu",
    "tb": "thong bao",
}
_PROVINCE_PREFIX = re.compile(r"^(?:tinh|thanh pho|xa|phuong) ")
_PROJECT_MIN_RATIO = 85.0


def key(text: str) -> str:
    """Folded words, abbreviations expanded: the comparison key of a name."""
    return " ".join(_ABBREVIATIONS.get(w, w) for w in WORD_RE.findall(fold(text)))


@dataclass(frozen=True)
class Extracted:
    """An extracted agency as `chidao parse --json` shows it."""

    name: str
    id: str


def agency_matches(resolver: AgencyResolver, gold: str, got: Extracted) -> bool:
    ref = resolver.resolve(gold)
    return ref.id == got.id or key(gold) == key(got.name) or key(ref.name) == key(got.name)


def agencies_cover(resolver: AgencyResolver, gold: Sequence[str], got: Sequence[Extracted]) -> bool:
    """Every gold agency is among the extracted ones (the issue's "lead ⊆")."""
    return all(any(agency_matches(resolver, g, e) for e in got) for g in gold)


def agencies_equal(resolver: AgencyResolver, gold: Sequence[str], got: Sequence[Extracted]) -> bool:
    """Also no extracted agency outside the gold (the strict reading)."""
    return agencies_cover(resolver, gold, got) and all(
        any(agency_matches(resolver, g, e) for g in gold) for e in got)


def deadline_ok(gold: Sequence[str] | None, got: str | None) -> bool:
    """The extracted last day is one of the acceptable dates; no gold deadline wants none."""
    return got is None if gold is None else got in gold


def project_ok(gold: str | None, got: Sequence[str]) -> bool:
    """The gold project is among the extracted ones (no gold project: anything goes)."""
    if gold is None:
        return True
    g = key(gold)
    return any(g in key(p) or key(p) in g or fuzz.token_set_ratio(g, key(p)) >= _PROJECT_MIN_RATIO
               for p in got if key(p))


def meeting_field_ok(field: str, gold: str | None, got: object) -> bool:
    if gold is None:
        return got in (None, "")
    if not isinstance(got, str) or not got:
        return False
    if field in ("period", "date", "issued"):
        return got == gold
    if field == "number":
        return key(gold) == key(re.sub(r"^\s*s[oố]\s*:?\s*", "", got, flags=re.I))
    if field == "province":
        return _PROVINCE_PREFIX.sub("", key(gold)) == _PROVINCE_PREFIX.sub("", key(got))
    return key(gold) == key(got)
