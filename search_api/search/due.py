"""Deadlines named in a query ("trước ngày 22/7", "hạn trong tháng 8", "quý IV", "quá hạn"), read
with ingest's own deadline grammar (`ingest.extract.deadlines.read_deadline`: the same forms,
cues, lunar dates and school years as the directives' deadlines), as a window on the directives'
deadline field.

- A date or period after a deadline cue or the word "hạn" ("trước ngày 22/7", "hạn trong tháng
  8", "hoàn thành trong quý III năm 2025") is a **deadline**: the period is the deadline's, so
  it does not also filter the meeting month (`Due.cued`).
- A bare period ("quý IV", "tháng 6/2025") still filters the meeting month
  (search_api/search/periods.py)
  and keeps the units due in it too.
- "quá hạn" / "trễ hạn" of tasks ("nhiệm vụ", "việc", "chỉ đạo" ... in the query): due before
  the reference date (`as_of`, today by default); "hồ sơ trễ hạn" is a topic, not a window.

Only a deadline phrase ranks (a bare period is the meeting month's first and only widens that
filter): a unit due in the window scores 2 when it is due on the day (or in the period) named, 1
when it is due earlier within it ("trước ngày 22/7": on or before); the deadline channel ranks by
that (`SearchConfig.weights["deadline"]`). A query that names no year compares months and days
only, so "trước ngày 22/7" finds 22/7 of any year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np

from ingest.extract.deadlines import read_deadline
from ingest.periods import named_period
from ingest.text import fold

_OVERDUE = re.compile(r"\b(?:qua|tre|cham) (?:thoi )?han\b")
# "quá hạn" of tasks, not of the reported "hồ sơ trễ hạn" (a finding's topic)
_TASK = re.compile(r"\b(?:nhiem vu|viec|chi dao|yeu cau|duoc giao|phai)\b")
# "trong" alone is not enough: "vi phạm trong tháng 6" names the period reviewed, not a deadline
_CUE = re.compile(r"\b(?:truoc|cham nhat|muon nhat|han|den het|hoan thanh|hoan tat|xong)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BEFORE = re.compile(r"\b(?:truoc|cham nhat|muon nhat|han chot|den het)\b")


@dataclass(frozen=True)
class Due:
    """Units due in first..last (ISO dates; None: open) score; `exact` on that day or period."""

    first: str | None
    last: str
    exact: tuple[str, str] | None  # the day or period named, first..last
    yearless: bool  # compare "MM-DD" only
    cued: bool  # a deadline phrase: the period is not also the meeting month's
    overdue: bool = False


def _start(d: date, precision: str, text: str) -> date:
    """The first day of the period a coarse deadline ends: the named period's (ingest/periods.py:
    "6 tháng đầu năm" from January), else its month, quarter or year."""
    if precision in ("day", "lunar", "relative"):
        return d
    named = named_period(fold(text), years=False)
    if named is not None and named.last == d.month:
        return named.start(d.year)
    first = {"month": d.month, "quarter": d.month - 2}.get(precision, 1)
    return date(d.year, first, 1)


def due_in_query(query: str, as_of: date) -> Due | None:
    """The deadline window the query names, or None."""
    folded = fold(query)
    if _OVERDUE.search(folded) and _TASK.search(folded):
        return Due(None, as_of.isoformat(), None, yearless=False, cued=True, overdue=True)
    found = read_deadline(query, as_of)
    if found is None:
        return None
    start, end = _start(found.date, found.precision, found.text), found.date
    before = bool(_BEFORE.search(folded)) and found.precision in ("day", "lunar")
    yearless = not _YEAR.search(fold(found.text)) and found.precision != "lunar"
    cued = _cued(folded, fold(found.text))
    if found.precision == "year" and (yearless or not cued):
        return None  # "năm nay", a bare "năm 2025": a topic's year, not a deadline
    return Due(None if before else start.isoformat(), end.isoformat(),
               (start.isoformat(), end.isoformat()), yearless=yearless, cued=cued)


def _cued(folded: str, phrase: str) -> bool:
    """A deadline cue in the phrase or in the three words before it."""
    at = folded.find(phrase)
    before = folded[:at].split()[-3:] if at >= 0 else []
    return bool(_CUE.search(" ".join([*before, phrase])))


def _key(values: np.ndarray, yearless: bool) -> np.ndarray:
    return np.char.partition(values, "-")[..., 2] if yearless else values


def scores(deadlines: np.ndarray, due: Due) -> np.ndarray:
    """Per unit (ISO deadline, "" for none): 2 due exactly when named, 1 due within, else 0."""
    has = deadlines != ""
    keys = _key(deadlines.astype(str), due.yearless)
    last = _key(np.asarray([due.last]), due.yearless)[0]
    within = has & (keys <= last)
    if due.first is not None:
        within &= keys >= _key(np.asarray([due.first]), due.yearless)[0]
    out: np.ndarray = within.astype(np.float32)
    if due.exact is not None:
        lo, hi = (_key(np.asarray([x]), due.yearless)[0] for x in due.exact)
        out[within & (keys >= lo) & (keys <= hi)] = 2.0
    return out
