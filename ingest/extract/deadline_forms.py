"""The date forms a deadline phrase can take, each with the rule that turns it into the last day
allowed (ingest/extract/deadlines.py puts a cue in front of each and finds them in a text).

Forms are regexes over folded text (ingest/text.py): Gregorian days, months, quarters, halves
and years (named periods are ingest/periods.py's grammar, shared with search); lunar days and
months (leap months "tháng 6 nhuận"), Tết (with its year: "Tết Nguyên đán Bính Ngọ", "Tết 2026"),
Tết Dương lịch; a school year, its opening ("khai giảng", 5 September) and its end (31 May). A
year left out is the held date's, or the next when that is well past.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.extract.holidays import last_day_off
from ingest.extract.lunar import BRANCHES, STEMS, lunar_to_solar, named_year, solar_to_lunar
from ingest.model import Precision
from ingest.periods import HALF, QUARTER, YEAR_TAIL, Period, half, quarter
from ingest.text import fold

STRONG = (r"truoc|cham nhat(?: la)?|muon nhat(?: la)?|han chot(?: la)?|den het|den cuoi"
          r"|kip thoi truoc")
WEAK = r"trong|hoan thanh|hoan tat|xong|ket thuc"
END = r"(?![^\W_]|/\d|\.\d)"
_YEAR = rf"(?:{YEAR_TAIL})?"
_LUNAR_MONTHS = {"chap": 12, "gieng": 1, "mot": 11}
_SLACK = timedelta(days=62)
_STEMS = [fold(s) for s in STEMS]
_BRANCHES = [fold(b) for b in BRANCHES]  # "tý" and "tỵ" both fold to "ty": parity tells them apart
OPENING = (9, 5)  # khai giảng: 5 September, nationwide
CLOSING = (5, 31)  # the school year ends by 31 May


@dataclass(frozen=True)
class When:
    """The dates a deadline is read against: the meeting (held) and the notice's issue date."""

    ref: date
    issued: date


Built = tuple[date, Precision] | None
Builder = Callable[[re.Match[str], When], Built]


def cue_of(m: re.Match[str]) -> str:
    return m["cue"] or m["wcue"] or ("tu" if m["rcue"] else "")


def is_weak(cue: str) -> bool:
    """A weak cue ("trong", "hoàn thành", a range) names a period: only a future one counts. No
    cue at all (a deadline column's cell) is as strong as "trước"."""
    return bool(cue) and not re.fullmatch(STRONG, cue)


def end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def infer_year(explicit: str | None, ref: date, make: Callable[[int], date]) -> date:
    """An explicit year wins; otherwise ref's year, or the next if that is well before ref."""
    if explicit:
        return make(int(explicit))
    found = make(ref.year)
    return make(ref.year + 1) if found < ref - _SLACK else found


def _day(m: re.Match[str], w: When) -> Built:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]):
        return None
    if not m["y"] and (month, day) == (2, 29):
        return None
    try:
        return infer_year(m["y"], w.ref, lambda y: date(y, month, day)), "day"
    except ValueError:
        return None


def before_it(m: re.Match[str]) -> bool:
    """ "trước tháng 6", "trước quý III", "trước năm 2027": before the period BEGINS (the day
    before its first), where "trong / đến hết / chậm nhất tháng 6" run to its end. A day is
    its own deadline either way ("trước ngày 22/7": by 22 July, the genre's reading)."""
    return re.fullmatch(r"(?:kip thoi )?truoc", cue_of(m)) is not None


def _month(m: re.Match[str], w: When) -> Built:
    month = int(m["m"])
    if not 1 <= month <= 12:
        return None
    return _bound(Period(month, month, None), m, w), "month"


def _bound(period: Period, m: re.Match[str], w: When) -> date:
    """The deadline a named period (ingest/periods.py) sets, in the year written or inferred:
    its last day, or the day before its first after "trước"."""
    if before_it(m):
        return infer_year(m["y"], w.ref, lambda y: period.start(y) - timedelta(days=1))
    return _last_day(period, m, w)


def _last_day(period: Period, m: re.Match[str], w: When) -> date:
    """The last day of a named period, in the year written or inferred."""
    return infer_year(m["y"], w.ref, lambda y: end_of_month(y, period.last))


def _quarter(m: re.Match[str], w: When) -> Built:
    return _bound(quarter(m["q"]), m, w), "quarter"


def _half(m: re.Match[str], w: When) -> Built:
    """ "6 tháng đầu năm": 30 June; "nửa cuối năm": 31 December; "9 tháng đầu năm": 30 Sept."""
    period = half(m["n"], m["h"])
    if period is None:
        return None
    ends = period.last
    precision: Precision = "year" if ends == 12 else "quarter" if ends % 3 == 0 else "month"
    return _last_day(period, m, w), precision


def _year(m: re.Match[str], w: When) -> Built:
    year = int(m["y"]) if m["y"] else w.ref.year
    return date(year - 1 if m["y"] and before_it(m) else year, 12, 31), "year"


def _this_year(m: re.Match[str], w: When) -> Built:
    """ "đến hết năm", "đến cuối năm", "trước cuối năm", "trong năm" without a year: 31 December
    of the meeting's year. Other cues before a bare "năm" ("trước năm") are no deadline."""
    if not re.search(r"(?:het|cuoi|trong)\s+nam$", m[0]):
        return None
    return date(w.ref.year, 12, 31), "year"


def _holiday_break(m: re.Match[str], w: When) -> Built:
    """ "trong dịp nghỉ lễ Quốc khánh 2/9", "trong thời gian nghỉ lễ 30/4 - 1/5": a duty for a
    holiday's days off, written with the holiday's date, ends with the break (its last day off,
    ingest/extract/holidays.py). Without the date ("những ngày nghỉ Tết", "dịp Tết") it is a
    period of the season, no deadline."""
    built = _day(m, w)
    return (last_day_off(built[0]), "day") if built else None


def _school_year(m: re.Match[str], w: When) -> Built:
    """ "trước năm học 2026-2027": before it starts (31 August); "(trước khi) kết thúc năm học
    2025-2026", "triển khai trong năm học 2025-2026" and a deadline cell "Năm học 2025 - 2026":
    by its end (31 May). Without a cue in running text ("kế hoạch tuyển sinh năm học 2026-2027")
    it is a topic and never reaches here."""
    first, second = int(m["a"]), int(m["b"])
    if second != first + 1:
        return None
    if m["close"] or is_weak(cue_of(m)) or not cue_of(m):
        return date(second, *CLOSING), "month"  # a deadline cell's school year: its whole span
    return date(first, 8, 31), "month"


def _semester(m: re.Match[str], w: When) -> Built:
    """ "trong học kỳ II năm học 2025-2026": the end of the school year (31 May)."""
    first, second = int(m["a"]), int(m["b"])
    return (date(second, *CLOSING), "month") if second == first + 1 else None


def _first_semester(m: re.Match[str], w: When) -> Built:
    """ "chậm nhất trong học kỳ I năm học 2024-2025": the end of the first semester (January)."""
    first, second = int(m["a"]), int(m["b"])
    return (end_of_month(second, 1), "month") if second == first + 1 else None


def _month_range(m: re.Match[str], w: When) -> Built:
    """ "tháng 01 - 3/2026", "tháng 9 và tháng 10/2024": the last month of the range."""
    return _month(m, w)


def _opening(m: re.Match[str], w: When) -> Built:
    """ "trước khai giảng năm học 2025-2026": 5 September of its first year (the next one when
    the year is not written)."""
    if m["a"] and int(m["b"]) != int(m["a"]) + 1:
        return None
    return infer_year(m["a"], w.ref, lambda y: date(y, *OPENING)), "day"


def next_lunar(day: int, month: int, ref: date, leap: bool = False) -> date:
    """The first Gregorian date on/after `ref` that is lunar `day`/`month` (a leap month when
    `leap`: only years that have it; day 30 of a 29-day month is its last day)."""
    lunar_year = solar_to_lunar(ref)[2]
    for year in range(lunar_year - 1, lunar_year + (20 if leap else 3)):
        try:
            found = _lunar_or_last(day, month, year, leap)
        except ValueError:
            continue  # no such leap month that year
        if found >= ref:
            return found
    raise ValueError(f"no lunar {day}/{month} after {ref}")


def _lunar_or_last(day: int, month: int, year: int, leap: bool) -> date:
    try:
        return lunar_to_solar(day, month, year, leap)
    except ValueError:
        if day < 30:
            raise
        return lunar_to_solar(29, month, year, leap)


def _lunar_day(m: re.Match[str], w: When) -> Built:
    """A lunar day: the next one after the meeting, or that of the named lunar year ("rằm
    tháng Giêng năm Bính Ngọ")."""
    day = 15 if m["d"] == "ram" else int(m["d"])
    month = _LUNAR_MONTHS.get(m["m"]) or int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    named = m.groupdict().get("ty") or m.groupdict().get("cs")
    year = _tet_year(m, w.ref.year) if named else None
    try:
        if year is not None:
            return _lunar_or_last(day, month, year, bool(m["leap"])), "lunar"
        return next_lunar(day, month, w.ref, bool(m["leap"])), "lunar"
    except ValueError:
        return None


def _lunar_month(m: re.Match[str], w: When) -> Built:
    return next_lunar(30, _LUNAR_MONTHS[m["m"]], w.ref), "lunar"


def _new_year(m: re.Match[str], w: When) -> Built:
    """ "trước Tết Dương lịch": the next 1 January (Gregorian)."""
    if is_weak(cue_of(m)):
        return None
    ref = w.ref
    return (date(ref.year + 1, 1, 1) if (ref.month, ref.day) != (1, 1) else ref), "day"


def _tet_year(m: re.Match[str], near: int) -> int | None:
    if m["ty"]:
        return int(m["ty"])
    stem = _STEMS.index(m["cs"])
    branches = [i for i, b in enumerate(_BRANCHES) if b == m["cb"] and i % 2 == stem % 2]
    return named_year(stem, branches[0], near) if branches else None


def _tet(m: re.Match[str], w: When) -> Built:
    """ "trước Tết Nguyên đán": the next Tết; with its year ("Bính Ngọ", "2026") that Tết."""
    if is_weak(cue_of(m)):  # "trong dịp Tết" is a period, not a deadline
        return None
    if not (m["ty"] or m["cs"]):
        return next_lunar(1, 1, w.ref), "lunar"
    year = _tet_year(m, w.ref.year)
    return (lunar_to_solar(1, 1, year), "lunar") if year else None


# The day of an event ("... Lễ khai giảng ... ngày 05/9/2024"), read by ingest/extract/deadlines.py.
EVENT_DAY: tuple[str, Builder] = (
    r"ngay\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?" + END, _day)
_LM = r"(?P<m>chap|gieng|\d{1,2}(?=(?:\s+nhuan)?\s+(?:am lich|al)\b|\s+nhuan\b))"
_LEAP = r"(?P<leap>\s+nhuan)?(?:\s+(?:am lich|al))?"
_CAN_CHI = rf"(?P<cs>{'|'.join(_STEMS)})\s+(?P<cb>{'|'.join(sorted(set(_BRANCHES)))})"
_SCHOOL = r"nam\s+hoc\s+(?P<a>\d{4})\s*[-–—/]\s*(?P<b>\d{4})"
FORMS: list[tuple[str, Builder]] = [
    (rf"(?:ngay\s+)?(?:(?:mung|mong)\s+)?(?P<d>\d{{1,2}}|ram)\s+thang\s+{_LM}{_LEAP}"
     rf"(?:\s+nam\s+(?:(?P<ty>\d{{4}})|{_CAN_CHI}))?{END}", _lunar_day),
    (r"(?:ngay\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
     r"(?:(?P<leap>\s+nhuan)(?:\s+(?:am lich|al))?|\s+(?:am lich|al))" + END, _lunar_day),
    (r"thang\s+(?P<m>chap|gieng)" + END, _lunar_month),
    (r"(?:dip\s+)?tet\s+duong\s+lich" + END, _new_year),
    (r"(?:dip\s+)?tet(?!\s+duong)(?:\s+nguyen\s+dan|\s+co\s+truyen)?"
     rf"(?:\s+(?:nam\s+)?(?:(?P<ty>\d{{4}})|{_CAN_CHI}))?" + END, _tet),
    (r"(?:ngay\s+)?(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?" + END, _day),
    (r"(?:ngay\s+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + END, _day),
    (r"(?:ngay\s+)?(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})" + _YEAR + END, _day),
    (r"thang\s+(?P<m>\d{1,2})" + _YEAR + END, _month),
    (r"thang\s+\d{1,2}\s*(?:[-–]|va)\s*(?:thang\s+)?(?P<m>\d{1,2})" + _YEAR + END, _month_range),
    (r"hoc\s+ky\s+(?:ii|2)\s+(?:cua\s+)?" + _SCHOOL + END, _semester),
    (r"hoc\s+ky\s+(?:i|1)\s+(?:cua\s+)?" + _SCHOOL + END, _first_semester),
    (QUARTER + _YEAR + END, _quarter),
    (HALF + _YEAR + END, _half),
    (rf"(?P<close>(?:khi\s+)?ket\s+thuc\s+)?{_SCHOOL}" + END, _school_year),
    (r"(?:(?:le|ngay)\s+)?khai\s+giang(?:\s+" + _SCHOOL + ")?" + END, _opening),
    (r"(?:(?:dip|ky|thoi gian|nhung ngay|cac ngay)\s+)?nghi\s+(?:le|tet)\s+(?:[^\W\d_]+\s+){0,6}?"
     r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?" + END, _holiday_break),
    (r"nam\s+(?P<y>\d{4})(?!\s*[-–—]\s*\d)" + END, _year),
    (r"nam(?!\s+(?:hoc|nay|qua|toi|sau|truoc|moi|dau|tiep|thu|tai chinh|ngan sach|ke hoach)"
     r"(?![^\W_])|\s*\d)" + END, _this_year),
    (r"nam\s+nay" + END + r"(?P<y>)?", _year),
]
