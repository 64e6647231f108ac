"""The day a meeting was held, from the opening paragraph: "Ngày 07/4/2025, UBND tỉnh tổ chức",
"Chiều ngày 03/5/2024", "Sáng 3/5", "vào ngày 16 tháng 5 năm 2025". A date that belongs to a cited
document ("Kế hoạch số 12/KH-UBND ngày 3/1/2025") or a span ("từ ngày 01/7/2025") is not it. A
date without its year takes the issue date's (the year before, if it would fall after it)."""

from __future__ import annotations

import re
from datetime import date

_LEAD = r"(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|(?:vào\s+)?ngày\s+)"
_SHORT = re.compile(_LEAD + r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?!\d)", re.IGNORECASE)
_LONG = re.compile(_LEAD + r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.IGNORECASE)
_CITED = re.compile(r"(?:số\s+\S+\s*|\b(?:từ|đến|trước|sau|kể từ)\s+(?:ngày\s*)?)$",
                    re.IGNORECASE)


def find(intro: str, issued: date | None) -> date | None:
    hits = sorted([*_SHORT.finditer(intro), *_LONG.finditer(intro)], key=lambda m: m.start())
    for m in hits:
        if _CITED.search(intro[max(0, m.start() - 40):m.start()]):
            continue
        day = _date(m, issued)
        if day:
            return day
    return None


def _date(m: re.Match[str], issued: date | None) -> date | None:
    d, mo = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else (issued.year if issued else None)
    if year is None:
        return None
    try:
        day = date(year, mo, d)
    except ValueError:
        return None
    if not m.group(3) and issued and day > issued:
        day = day.replace(year=year - 1)
    return day
