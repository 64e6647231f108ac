"""Deadline phrases: "trước ngày 22/7/2025", "trong quý III năm 2025", "trước 25 tháng Chạp"...

Only a date phrase introduced by a deadline cue counts (trước, chậm nhất, trong, hoàn thành,
xong, đến hết, kịp thời ...): cited documents' dates, anniversaries and periods are ignored.
Matching runs on length-preserving folded text, so spans map back to the original.
`Deadline.date` is the last day allowed: end of month / quarter / year for coarse phrases.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.extract.folding import fold_keep
from ingest.extract.lunar import lunar_to_solar, solar_to_lunar
from ingest.model import Deadline, Precision

_STRONG = r"truoc|cham nhat(?: la)?|muon nhat(?: la)?|han chot(?: la)?|den het|kip thoi truoc"
_WEAK = r"trong|hoan thanh|hoan tat|xong|ket thuc"
_TIME = r"(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{2}(?:\s*phut)?)?,?\s+)?"
_CUE = (
    rf"(?<![^\W_])(?:(?P<cue>{_STRONG})\s+(?:(?:het|cuoi|vao|trong)\s+)?"
    rf"|(?P<wcue>{_WEAK})\s+(?:(?:het|cuoi|vao)\s+)?){_TIME}"
)
_YEAR = r"(?:\s*(?:/|nam)\s*(?P<y>\d{4}))?"
_END = r"(?![^\W_]|/\d|\.\d)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_LUNAR_MONTHS = {"chap": 12, "gieng": 1, "mot": 11}
_SLACK = timedelta(days=62)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    cue: str
    deadline: Deadline | None


Builder = Callable[[re.Match[str], date], tuple[date, Precision] | None]


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _infer_year(explicit: str | None, ref: date, make: Callable[[int], date]) -> date:
    """An explicit year wins; otherwise ref's year, or the next if that is well before ref."""
    if explicit:
        return make(int(explicit))
    found = make(ref.year)
    return make(ref.year + 1) if found < ref - _SLACK else found


def _day(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]):
        return None
    year = m["y"]
    if not year and (month, day) == (2, 29):
        return None
    try:
        return _infer_year(year, ref, lambda y: date(y, month, day)), "day"
    except ValueError:
        return None


def _month(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    month = int(m["m"])
    if not 1 <= month <= 12:
        return None
    return _infer_year(m["y"], ref, lambda y: _end_of_month(y, month)), "month"


def _quarter(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    q = _ROMAN[m["q"]]
    return _infer_year(m["y"], ref, lambda y: _end_of_month(y, 3 * q)), "quarter"


def _half(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    if m["h"] == "dau":
        return _infer_year(m["y"], ref, lambda y: date(y, 6, 30)), "quarter"
    return _infer_year(m["y"], ref, lambda y: date(y, 12, 31)), "year"


def _year(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    year = int(m["y"]) if m["y"] else ref.year
    return date(year, 12, 31), "year"


def _school_year(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    first, second = int(m["a"]), int(m["b"])
    if second != first + 1:
        return None
    return date(first, 8, 31), "month"


def next_lunar(day: int, month: int, ref: date) -> date:
    """The first Gregorian date on/after `ref` that is lunar `day`/`month` (non-leap)."""
    lunar_year = solar_to_lunar(ref)[2]
    for year in (lunar_year - 1, lunar_year, lunar_year + 1):
        try:
            found = lunar_to_solar(day, month, year)
        except ValueError:
            found = lunar_to_solar(day - 1, month, year)
        if found >= ref:
            return found
    return lunar_to_solar(day, month, lunar_year + 2)


def _lunar_day(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    day = 15 if m["d"] == "ram" else int(m["d"])
    month = _LUNAR_MONTHS.get(m["m"]) or int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    return next_lunar(day, month, ref), "lunar"


def _lunar_month(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    month = _LUNAR_MONTHS[m["m"]]
    return next_lunar(30, month, ref), "lunar"


def _new_year(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    """ "trước Tết Dương lịch": the next 1 January (Gregorian)."""
    if _is_weak(_cue(m)):
        return None
    return date(ref.year + 1, 1, 1) if (ref.month, ref.day) != (1, 1) else ref, "day"


def _tet(m: re.Match[str], ref: date) -> tuple[date, Precision] | None:
    if _is_weak(_cue(m)):  # "trong dịp Tết" is a period, not a deadline
        return None
    return next_lunar(1, 1, ref), "lunar"


_LM = r"(?P<m>chap|gieng|\d{1,2}(?=\s+(?:am lich|al)\b))"
_FORMS: list[tuple[str, Builder]] = [
    (rf"(?:ngay\s+)?(?P<d>\d{{1,2}}|ram)\s+thang\s+{_LM}(?:\s+(?:am lich|al))?{_END}", _lunar_day),
    (r"thang\s+(?P<m>chap|gieng)" + _END, _lunar_month),
    (r"(?:dip\s+)?tet\s+duong\s+lich" + _END, _new_year),
    (r"(?:dip\s+)?tet(?!\s+duong)(?:\s+nguyen\s+dan|\s+co\s+truyen)?" + _END, _tet),
    (r"(?:ngay\s+)?(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?" + _END, _day),
    (r"(?:ngay\s+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _END, _day),
    (r"(?:ngay\s+)?(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})" + _YEAR + _END, _day),
    (r"thang\s+(?P<m>\d{1,2})" + _YEAR + _END, _month),
    (r"quy\s+(?P<q>iv|iii|ii|i|[1-4])" + _YEAR + _END, _quarter),
    (r"(?:6|sau)\s+thang\s+(?P<h>dau|cuoi)\s+nam(?:\s+(?P<y>\d{4}))?" + _END, _half),
    (r"nam\s+hoc\s+(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})" + _END, _school_year),
    (r"nam\s+(?P<y>\d{4})(?!\s*[-–—]\s*\d)" + _END, _year),
    (r"nam\s+nay" + _END + r"(?P<y>)?", _year),
]
_PATTERNS = [(re.compile(_CUE + form, re.UNICODE), build) for form, build in _FORMS]


def _cue(m: re.Match[str]) -> str:
    return m["cue"] or m["wcue"]


def _is_weak(cue: str) -> bool:
    return not re.fullmatch(_STRONG, cue)


def _hits(text: str, ref: date) -> list[_Hit]:
    folded = fold_keep(text)
    hits: list[_Hit] = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(folded):
            if _cue(m) == "truoc" or "hoc" not in m.group(0) or build is _school_year:
                hits.append(_make_hit(m, text, ref, build))
    return hits


def _make_hit(m: re.Match[str], text: str, ref: date, build: Builder) -> _Hit:
    built = build(m, ref)
    if built is None or (_is_weak(_cue(m)) and built[0] < ref):
        return _Hit(m.start(), m.end(), _cue(m), None)
    phrase = text[m.start() : m.end()]
    deadline = Deadline(date=built[0], precision=built[1], text=phrase)
    return _Hit(m.start(), m.end(), _cue(m), deadline)


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest hit at each place; a rejected hit still blocks shorter overlapping ones."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def find_deadlines(text: str, ref: date) -> list[Deadline]:
    """Every deadline phrase in `text`, in text order. `ref` is the notice's date."""
    return [h.deadline for h in _non_overlapping(_hits(text, ref)) if h.deadline is not None]


def find_deadline(text: str, ref: date) -> Deadline | None:
    """The deadline a directive gets: the earliest one in its text, or None."""
    found = find_deadlines(text, ref)
    return min(found, key=lambda d: d.date) if found else None
