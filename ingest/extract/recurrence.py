"""Recurring duties: "hằng tuần", "báo cáo trước ngày 25 hằng tháng", "định kỳ 6 tháng",
"thường xuyên". A recurring duty has no deadline (ingest/extract/deadlines.py skips a date that
recurs); its rhythm is a `Recurrence`. Matching runs on length-preserving folded text.
"""

from __future__ import annotations

import re

from ingest.model import Frequency, Recurrence
from ingest.text import fold_keep

_EVERY = r"hang\s+"  # hằng / hàng
_UNITS: dict[str, Frequency] = {
    "ngay": "day", "tuan": "week", "thang": "month", "quy": "quarter", "nam": "year",
}
_DATED = re.compile(  # "(trước) ngày 25 hằng tháng", "ngày 15/12 hằng năm"
    r"(?<![^\W_])(?:(?:truoc|cham nhat|vao)\s+)?(?:ngay\s+)?(?P<d>\d{1,2})"
    r"(?:\s*/\s*(?P<m>\d{1,2}))?\s+" + _EVERY + r"(?P<u>thang|nam|quy)(?![^\W_])"
)
_PLAIN = re.compile(
    r"(?<![^\W_])(?:dinh ky\s+)?" + _EVERY + r"(?P<u>ngay|tuan|thang|quy|nam)(?![^\W_])"
)
_HALF = re.compile(r"(?<![^\W_])(?:dinh ky\s+6\s+thang|6\s+thang\s+(?:mot|1)\s+lan)(?![^\W_])")
_PERIODIC = re.compile(r"(?<![^\W_])dinh ky(?![^\W_])")
_CONTINUOUS = re.compile(r"(?<![^\W_])(?:thuong xuyen|lien tuc)(?![^\W_])")


def _dated(text: str, folded: str) -> Recurrence | None:
    m = _DATED.search(folded)
    if m is None:
        return None
    month = int(m["m"]) if m["m"] else None
    return Recurrence(every=_UNITS[m["u"]], day=int(m["d"]), month=month,
                      text=text[m.start() : m.end()])


_ORDER: tuple[tuple[re.Pattern[str], Frequency | None], ...] = (
    (_HALF, "half-year"), (_PLAIN, None), (_PERIODIC, "periodic"), (_CONTINUOUS, "continuous"),
)


def _first(text: str, folded: str) -> Recurrence | None:
    for pattern, every in _ORDER:
        m = pattern.search(folded)
        if m is not None:
            freq = every or _UNITS[m["u"]]
            return Recurrence(every=freq, text=text[m.start() : m.end()])
    return None


def find_recurrence(text: str) -> Recurrence | None:
    """The rhythm of a recurring duty named in `text`, or None. A dated rhythm ("trước ngày 25
    hằng tháng") wins, then a half-year, a unit ("hằng tuần"), "định kỳ", "thường xuyên"."""
    folded = fold_keep(text).lower()
    return _dated(text, folded) or _first(text, folded)


def recurs_after(folded_tail: str) -> bool:
    """Whether a date phrase is followed by a rhythm ("ngày 25 | hằng tháng"): not a deadline."""
    return re.match(r"\s+" + _EVERY + r"(?:ngay|tuan|thang|quy|nam)(?![^\W_])", folded_tail) \
        is not None
