"""Public holidays for working-day deadlines ("trong 05 ngày làm việc kể từ ngày ký").

A working day is a weekday that is not a day off, or a Saturday worked in exchange for a day off.
The days off of 2023-2026 are data (`holidays.json`, each year with its source); another year
gets the statutory days of Bộ luật Lao động 2019, Article 112: 1/1, 30/4, 1/5, 2/9 and 1/9, Giỗ
Tổ Hùng Vương (10/3 lunar) and Tết (the lunar new year's eve and the four days after it); a day
that falls on a weekend moves to the next weekday (compensatory day off).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from ingest.extract.lunar import lunar_to_solar

_DATA = Path(__file__).with_name("holidays.json")


@cache
def _listed() -> dict[int, tuple[frozenset[date], frozenset[date]]]:
    years = json.loads(_DATA.read_text(encoding="utf-8"))["years"]
    return {int(y): (frozenset(map(date.fromisoformat, v["off"])),
                     frozenset(map(date.fromisoformat, v["make_up"]))) for y, v in years.items()}


def _next_weekday(day: date, taken: set[date]) -> date:
    while day.weekday() >= 5 or day in taken:
        day += timedelta(days=1)
    return day


@cache
def statutory_days_off(year: int) -> frozenset[date]:
    """Article 112's days off of `year`, weekend holidays moved to the next free weekday."""
    new_year = lunar_to_solar(1, 1, year)
    tet = [new_year + timedelta(days=i) for i in range(-1, 4)]
    fixed = [date(year, 1, 1), lunar_to_solar(10, 3, year), date(year, 4, 30), date(year, 5, 1),
             date(year, 9, 1), date(year, 9, 2)]
    off: set[date] = set()
    for day in sorted([*tet, *fixed]):
        off.add(_next_weekday(day, off) if day.weekday() >= 5 else day)
    return frozenset(off)


def is_working_day(day: date) -> bool:
    off, make_up = _listed().get(day.year, (statutory_days_off(day.year), frozenset()))
    if day in make_up:
        return True
    return day.weekday() < 5 and day not in off


def last_day_off(day: date) -> date:
    """The last day of the break a day off falls in ("nghỉ lễ Quốc khánh 2/9": 2/9/2024 was a
    Monday, off with 3/9, so the break ends on 3/9); a working day is its own last day."""
    if is_working_day(day):
        return day
    while not is_working_day(day + timedelta(days=1)):
        day += timedelta(days=1)
    return day
