"""Deadline phrases: "trước ngày 22/7/2025", "trong quý III năm 2025", "trước 25 tháng Chạp",
"trước Tết Nguyên đán Bính Ngọ", "từ ngày 15/5 đến ngày 15/6/2025", "trong 05 ngày làm việc kể từ
ngày ký"...

Only a date phrase introduced by a deadline cue counts (trước, chậm nhất, trong, hoàn thành, xong,
đến hết, kịp thời, the "đến" of a range ...): cited documents' dates, anniversaries, meeting dates
and periods are ignored, and so is a date that recurs ("trước ngày 25 hằng tháng": its rhythm is
`find_recurrence`, ingest/extract/recurrence.py). The forms are ingest/extract/deadline_forms.py.
Matching runs on length-preserving folded text, so spans map back to the original.
`Deadline.date` is the last day allowed: end of month / quarter / year for coarse phrases; a period
counted from the issue date ("trong 10 ngày kể từ ngày ký") is resolved from it, precision
`relative`. Rules and examples: docs/deadlines.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.extract.deadline_forms import (
    EVENT_DAY,
    FORMS,
    STRONG,
    WEAK,
    Builder,
    When,
    cue_of,
    is_weak,
)
from ingest.extract.recurrence import find_recurrence, recurs_after
from ingest.extract.relative import RELATIVE, relative
from ingest.model import Deadline
from ingest.text import fold_keep

__all__ = ["When", "find_deadline", "find_deadlines", "find_recurrence", "read_deadline"]

_TIME = r"(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{2}(?:\s*phut)?)?,?\s+)?"
_FROM = (  # the start of a range, whose end is the deadline: "từ ngày 15/5/2025 đến"
    r"tu\s+(?:ngay\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"|\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?|thang\s+\d{1,2}(?:\s*(?:/|nam)\s*\d{4})?)"
    r"\s*(?:den|toi|[-–])\s*(?:het\s+)?"
)
_CUE = (
    rf"(?<![^\W_])(?:(?P<cue>{STRONG})\s+(?:(?:het|cuoi|vao|trong|khi)\s+)?"
    rf"|(?P<wcue>{WEAK})\s+(?:(?:het|cuoi|vao)\s+)?|(?P<rcue>{_FROM})){_TIME}"
)
_BARE = r"(?<![^\W_])(?P<cue>)(?P<wcue>)(?P<rcue>)"  # a deadline column's cell needs no cue
_PATTERNS = [(re.compile(_CUE + form), build) for form, build in FORMS]
# "chuẩn bị chu đáo Lễ khai giảng năm học mới ngày 05/9/2024", "tổ chức Hội nghị ... vào ngày
# 20/12/2025": the day of the event a task prepares or holds is its deadline (a day form only;
# the words before it act as a weak cue, so a past event gives none).
_EVENT = (
    r"(?<![^\W_])(?P<wcue>(?:chuan bi|to chuc)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:le|hoi nghi|dai hoi|ky thi|ngay hoi|hoi thao)\s+(?:[^\W_]+\s+|-\s+){0,10}?"
    r"(?:vao\s+)?)(?P<cue>)(?P<rcue>)"
)
_PATTERNS.append((re.compile(_EVENT + EVENT_DAY[0]), EVENT_DAY[1]))
_BARE_PATTERNS = [(re.compile(_BARE + form), build) for form, build in FORMS]
_RESTATED = re.compile(  # "trước khai giảng (05/9/2025)": the date in brackets restates it
    r"\s*\(\s*(?:ngay\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?\s*\)"
)


# What stands right before a date phrase and makes it no deadline (folded): a period ("trong
# những ngày trước Tết", "dịp trước Tết"), the time something applies from or in ("áp dụng
# trong học kỳ II"); before a period without a strong cue, a budget ("dự toán năm 2026"; but
# "đạt 50% kế hoạch vốn trước ngày 30/9" is a deadline).
_NOT_A_DEADLINE = re.compile(
    r"(?<![^\W_])(?:nhung ngay|cac ngay|dip|thoi gian|ap dung|co hieu luc|bat dau)\s+$")
_BUDGET = re.compile(r"(?<![^\W_])(?:du toan|ngan sach|ke hoach von)\s+$")
# "coi đây là nhiệm vụ trọng tâm đến hết năm 2025": how long a priority lasts, not a deadline.
_HORIZON = re.compile(r"(?<![^\W_])(?:trong tam|hang dau|uu tien|xuyen suot|then chot)\s+$")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    deadline: Deadline | None


def _restated(folded: str, end: int, ref: date) -> tuple[date, int] | None:
    m = _RESTATED.match(folded, end)
    if m is None:
        return None
    year = int(m["y"]) if m["y"] else ref.year
    try:
        return date(year, int(m["m"]), int(m["d"])), m.end()
    except ValueError:
        return None


_AHEAD = re.compile(r"\s+(?:it nhat|toi thieu)\s+(?P<n>\d{1,3})\s+ngay(?![^\W_])")


def _ahead(folded: str, m: re.Match[str], day: date) -> tuple[date, int] | None:
    """ "trước Tết Nguyên đán ít nhất 45 ngày": that many days before the date, when the cue is
    "trước"."""
    ahead = _AHEAD.match(folded, m.end())
    if ahead is None or not cue_of(m).startswith("truoc"):
        return None
    return day - timedelta(days=int(ahead["n"])), ahead.end()


def _make_hit(m: re.Match[str], text: str, folded: str, w: When, build: Builder) -> _Hit:
    built = build(m, w)
    weak = is_weak(cue_of(m))
    before = folded[max(0, m.start() - 16) : m.start()]
    vetoed = _NOT_A_DEADLINE.search(before) or (_BUDGET.search(before) and (weak or not cue_of(m)))
    vetoed = vetoed or (cue_of(m) in ("den het", "den cuoi") and _HORIZON.search(before))
    # a cell "Dịp Tết Nguyên đán": the season the task runs in, no last day ("trước dịp Tết" is;
    # so is a day it names, "Dịp nghỉ lễ Tết Dương lịch 1/1/2026")
    season = folded.startswith("dip ", m.start()) and not re.search(r"\d", m.group(0))
    vetoed = vetoed or (not cue_of(m) and season)
    if built is None or vetoed or recurs_after(folded[m.end() :]) or (weak and built[0] < w.ref):
        return _Hit(m.start(), m.end(), None)  # still blocks shorter overlapping phrases
    restated = _restated(folded, m.end(), w.ref)
    day, precision = built
    end = m.end()
    if restated is not None:
        (day, end), precision = restated, "day"
    elif (ahead := _ahead(folded, m, day)) is not None:
        (day, end), precision = ahead, "day"
    return _Hit(m.start(), end, Deadline(date=day, precision=precision, text=text[m.start() : end]))


def _hits(text: str, w: When, patterns: list[tuple[re.Pattern[str], Builder]]) -> list[_Hit]:
    folded = fold_keep(text)
    hits = [_Hit(*relative(m, text, w)) for m in RELATIVE.finditer(folded)]
    for pattern, build in patterns:
        hits += [_make_hit(m, text, folded, w, build) for m in pattern.finditer(folded)]
    return hits


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest hit at each place; a rejected hit still blocks shorter overlapping ones."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def find_deadlines(text: str, ref: date, issued: date | None = None) -> list[Deadline]:
    """Every deadline phrase in `text`, in text order. `ref`: the date the meeting was held (or
    the notice's date); `issued`: the issue date, which relative periods count from (ref when
    not given)."""
    found = _non_overlapping(_hits(text, When(ref, issued or ref), _PATTERNS))
    return [h.deadline for h in found if h.deadline is not None]


def find_deadline(text: str, ref: date, issued: date | None = None) -> Deadline | None:
    """The deadline a directive gets: the earliest one in its text, or None."""
    found = find_deadlines(text, ref, issued)
    return min(found, key=lambda d: d.date) if found else None


def read_deadline(cell: str, ref: date, issued: date | None = None) -> Deadline | None:
    """The deadline written in a task table's deadline column ("31/12/2025", "Tháng 11/2025",
    "Quý I/2026", "Trước 15/11/2025"): a date needs no cue there, and the cell is the whole
    period of the task, so of several dates ("Tháng 01/2026 và tháng 02/2026") the last counts.
    A recurring cell ("Thường xuyên", "Hằng tháng") has none: see `find_recurrence`."""
    w = When(ref, issued or ref)
    found = find_deadlines(cell, ref, issued) or [
        h.deadline for h in _non_overlapping(_hits(cell, w, _BARE_PATTERNS)) if h.deadline
    ]
    return max(found, key=lambda d: d.date) if found else None
