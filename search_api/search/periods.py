"""Periods named in a query, as filters on the meeting month (`IndexUnit.period`, YYYY-MM).

Matched on the folded query, so marks are optional: "tháng 6/2025", "thang 6 nam 2025",
"quý III/2025", "quy 3 nam 2025", "6 tháng đầu năm 2025", "nửa cuối năm", "9 tháng năm 2025"
(the grammar is ingest/periods.py, shared with the deadline forms).
A single month filters that month's meeting. A range of months (quarter, half, "N tháng đầu/cuối
năm") also keeps the meeting of the month before it: the notice of month M plans "tháng M+1 và
6 tháng cuối năm" (the June notice holds the tasks of the second half). Without a year, a range
keeps those months of every year (`months`); a bare year filters only when asked (`years`): a
January notice reviews the year before.
"""

from __future__ import annotations

import numpy as np

from ingest.periods import Period
from ingest.periods import named_period as named
from ingest.text import fold

Named = Period  # a period as the query names it (ingest/periods.py, the one grammar)


def named_period(query: str, years: bool = True) -> Named | None:
    """The period the query names, exactly as named (no planning month)."""
    return named(fold(query), years)


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
