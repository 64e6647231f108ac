"""Deadlines counted from a date: "trong 10 ngày kể từ ngày ký", "chậm nhất 05 ngày làm việc kể
từ ngày ban hành Thông báo", "trong vòng 02 tháng kể từ ngày 01/7/2025".

Counted from the signing / issue / receipt of the notice, the deadline is resolved from the issue
date (receipt is taken as the issue date), precision `relative`; counted from the receipt of
something else ("kể từ ngày nhận được phương án được phê duyệt") it is not resolved; counted
from the meeting ("kể từ ngày kết thúc Phiên họp", "kể từ ngày họp") it is resolved from the
meeting's date, `relative`;
counted from a written date it is exact, precision `day`. Working days skip Saturdays, Sundays
and public holidays, and count a Saturday worked in exchange (`holidays.py`).
A bare period with no starting point ("trong 03 ngày") is not resolved.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ingest.extract.deadline_forms import When
from ingest.extract.holidays import is_working_day
from ingest.model import Deadline, Precision
from ingest.text import fold

RELATIVE = re.compile(
    r"(?:(?<![^\W_])(?:trong(?:\s+vong|\s+thoi\s+han)?|cham\s+nhat(?:\s+la)?|khong\s+qua|sau)\s+"
    r"|^\s*)"  # a deadline cell or line: "10 ngày làm việc kể từ ngày ký"
    r"(?P<n>\d{1,3})\s+(?P<u>ngay(?P<work>\s+lam\s+viec)?|tuan|thang)\s*,?\s*"
    r"(?:ke\s+tu|tinh\s+tu)\s+(?:ngay\s+)?"
    r"(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
    r"|(?P<anchor>ky|ban\s+hanh|nhan\s+duoc|phat\s+hanh|co\s+thong\s+bao|thong\s+bao)"
    r"|(?P<meet>(?:ket\s+thuc\s+)?(?:phien\s+hop|cuoc\s+hop|hoi\s+nghi|buoi\s+lam\s+viec|hop)))"
    r"(?![^\W_])"
)


def add_working_days(start: date, n: int) -> date:
    day = start
    while n > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def _add_months(start: date, n: int) -> date:
    month0 = start.month - 1 + n
    year, month = start.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _count(start: date, n: int, unit: str, working: bool) -> date:
    if unit == "thang":
        return _add_months(start, n)
    if unit == "tuan":
        return start + timedelta(weeks=n)
    return add_working_days(start, n) if working else start + timedelta(days=n)


# After "kể từ ngày nhận được": the notice itself, or nothing more in the clause; anything else
# ("... nhận được phương án được phê duyệt", "... hồ sơ hợp lệ") is an event of unknown date.
_THE_NOTICE = re.compile(r"\s*(?:$|[,;.)]|(?:thong\s+bao|ket\s+luan|van\s+ban)(?![^\W_]))")


def _start(m: re.Match[str], text: str, w: When) -> tuple[date, Precision] | None:
    if m["anchor"] and m["anchor"].startswith("nhan") and \
            not _THE_NOTICE.match(fold(text[m.end():m.end() + 40])):
        return None
    if m["anchor"]:
        return w.issued, "relative"
    if m["meet"]:  # "kể từ ngày kết thúc Phiên họp": counted from the meeting
        return w.ref, "relative"
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])), "day"
    except ValueError:
        return None


def relative(m: re.Match[str], text: str, w: When) -> tuple[int, int, Deadline | None]:
    """(start, end, deadline) of one RELATIVE match over folded `text` (same offsets)."""
    start = _start(m, text, w)
    if start is None:
        return m.start(), m.end(), None
    day = _count(start[0], int(m["n"]), m["u"].split()[0], bool(m["work"]))
    phrase = text[m.start() : m.end()]
    return m.start(), m.end(), Deadline(date=day, precision=start[1], text=phrase)
