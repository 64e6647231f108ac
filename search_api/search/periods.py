"""Periods named in a query, as filters on the meeting month (`IndexUnit.period`, YYYY-MM).

Matched on the folded query, so marks are optional: "tháng 6/2025", "thang 6 nam 2025",
"quý III/2025", "quy 3 nam 2025", "6 tháng đầu năm 2025", "nửa cuối năm", "9 tháng năm 2025".
A single month filters that month's meeting. A range of months (quarter, half, "N tháng đầu/cuối
năm") also keeps the meeting of the month before it: the notice of month M plans "tháng M+1 và
6 tháng cuối năm" (the June notice holds the tasks of the second half). Without a year, a range
keeps those months of every year (`months`); a bare year filters only when asked (`years`): a
January notice reviews the year before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ingest.text import fold

_YEAR = r"(?:(?:/|-|\s+nam\s+|\s+)(20\d\d)\b)?"
_MONTH = re.compile(r"\bthang (\d{1,2})(?:/|-| nam )(\d{4})\b")
_QUARTER = re.compile(r"\bquy (i{1,3}|iv|[1-4])\b" + _YEAR)
_HALF = re.compile(r"\b(?:(\d{1,2}) thang|nua) (dau|cuoi) nam\b" + _YEAR)
_FIRST_N = re.compile(r"\b(\d{1,2}) thang nam (20\d\d)\b")  # "9 tháng năm 2025": Jan..Sep
_BARE_YEAR = re.compile(r"\bnam (20\d\d)\b")
_QN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Named:
    """Months `first`..`last` of `year` (None: of any year), as the query names them."""

    first: int
    last: int
    year: int | None


def _range(query: str) -> Named | None:
    """A multi-month range: a half, the first/last N months, a quarter."""
    if m := _HALF.search(query):
        n = int(m.group(1) or 6)
        if not 1 <= n <= 12:
            return None
        first, last = (1, n) if m.group(2) == "dau" else (13 - n, 12)
        return Named(first, last, int(m.group(3)) if m.group(3) else None)
    if (m := _FIRST_N.search(query)) and 1 <= int(m.group(1)) <= 12:
        return Named(1, int(m.group(1)), int(m.group(2)))
    if m := _QUARTER.search(query):
        n = _QN[m.group(1)]
        return Named(3 * n - 2, 3 * n, int(m.group(2)) if m.group(2) else None)
    return None


def named_period(query: str, years: bool = True) -> Named | None:
    """The period the query names, exactly as named (no planning month)."""
    q = fold(query)
    if (m := _MONTH.search(q)) and 1 <= int(m.group(1)) <= 12:
        return Named(int(m.group(1)), int(m.group(1)), int(m.group(2)))
    if named := _range(q):
        return named
    if years and (m := _BARE_YEAR.search(q)):
        return Named(1, 12, int(m.group(1)))
    return None


def _month_before(year: int, month: int) -> str:
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def _plans(named: Named) -> bool:
    """A range shorter than a year is planned by the meeting of the month before it."""
    return named.first != named.last and (named.first, named.last) != (1, 12)


def time_filter(query: str, years: bool = True) -> tuple[str | None, str | None]:
    """since/until (YYYY-MM) for a period named with its year; (None, None) otherwise."""
    named = named_period(query, years)
    if named is None or named.year is None:
        return None, None
    y = named.year
    since = _month_before(y, named.first) if _plans(named) else f"{y:04d}-{named.first:02d}"
    return since, f"{y:04d}-{named.last:02d}"


def month_filter(query: str) -> frozenset[int]:
    """Months of any year, for a range named without its year ("6 tháng cuối năm", "quý II")."""
    named = named_period(query, years=False)
    if named is None or named.year is not None:
        return frozenset()
    months = set(range(named.first, named.last + 1))
    return frozenset(months | {(named.first - 2) % 12 + 1} if _plans(named) else months)


def in_months(periods: np.ndarray, months: frozenset[int]) -> np.ndarray:
    """Per period (YYYY-MM), whether its month is one of `months`."""
    tails = np.char.rpartition(periods.astype(str), "-")[..., 2]
    return np.isin(tails, [f"{m:02d}" for m in sorted(months)])
