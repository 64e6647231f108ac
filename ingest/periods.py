"""Named periods, the one grammar: a month, a quarter, a half or the first/last N months of a
year, a year — as notices and people write them, over folded text (ingest/text.py `fold`, marks
optional): "tháng 6/2025", "quý III năm 2025", "quy 3 2025", "6 tháng đầu năm", "nửa cuối năm
2025", "9 tháng năm 2025", "năm 2025".

Two readers build on it: a deadline phrase (ingest/extract/deadline_forms.py: the period's last
day) and a query (search_api/search/periods.py: a filter on the meeting month; search/due.py: a
window on the deadline field). The regex fragments carry named groups (`q`, `n`, `h`, `m`, `y`)
that the functions below read. `shift_month` is the one month arithmetic on "YYYY-MM" periods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# a year after a period: "/2025", "-2025", " năm 2025", " 2025"
YEAR_TAIL = r"(?:\s*(?:/|-|\bnam\b)\s*|\s+)(?P<y>(?:19|20)\d\d)(?!\d)"
QUARTER = r"quy\s+(?P<q>iv|iii|ii|i|[1-4])(?![^\W_])"
# "6 tháng đầu năm", "sáu tháng cuối năm", "nửa đầu năm", "9 tháng đầu năm"
HALF = r"(?:(?P<n>\d{1,2}|sau)\s+thang|nua)\s+(?P<h>dau|cuoi)\s+nam(?![^\W_])"
FIRST_N = r"(?P<n>\d{1,2})\s+thang\s+nam"  # "9 tháng năm 2025": January to September (a year named)
MONTH = r"thang\s+(?P<m>\d{1,2})(?![^\W_])"
YEAR = r"nam\s+(?P<y>(?:19|20)\d\d)(?!\d)"


def _anchored(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){body}")


_MONTH_OF, _HALF_OF, _FIRST_N_OF, _QUARTER_OF, _YEAR_OF = map(_anchored, [
    rf"{MONTH}\s*(?:/|-|\bnam\b)\s*(?P<y>\d{{4}})\b", rf"{HALF}(?:{YEAR_TAIL})?",
    rf"{FIRST_N}\s+(?P<y>20\d\d)\b", rf"{QUARTER}(?:{YEAR_TAIL})?", YEAR])


@dataclass(frozen=True)
class Period:
    """Months `first`..`last` of `year` (None: of any year)."""

    first: int
    last: int
    year: int | None

    def start(self, year: int) -> date:
        return date(year, self.first, 1)


def quarter(numeral: str, year: int | None = None) -> Period:
    n = QUARTERS[numeral]
    return Period(3 * n - 2, 3 * n, year)


def half(count: str | None, side: str, year: int | None = None) -> Period | None:
    """The first (`side` "dau") or last ("cuoi") `count` months ("sau"/None: six)."""
    n = 6 if count is None or count == "sau" else int(count)
    if not 1 <= n <= 12:
        return None
    return Period(1, n, year) if side == "dau" else Period(13 - n, 12, year)


def _year(m: re.Match[str]) -> int | None:
    return int(m["y"]) if m["y"] else None


def _range(folded: str) -> Period | None:
    """A multi-month range: a half, the first/last N months, a quarter."""
    if m := _HALF_OF.search(folded):
        return half(m["n"], m["h"], _year(m))
    if (m := _FIRST_N_OF.search(folded)) and 1 <= int(m["n"]) <= 12:
        return Period(1, int(m["n"]), int(m["y"]))
    if m := _QUARTER_OF.search(folded):
        return quarter(m["q"], _year(m))
    return None


def named_period(folded: str, years: bool = True) -> Period | None:
    """The period a folded text names first by kind (a month with its year, a range, a bare year
    when `years`), exactly as named."""
    if (m := _MONTH_OF.search(folded)) and 1 <= int(m["m"]) <= 12:
        return Period(int(m["m"]), int(m["m"]), int(m["y"]))
    if named := _range(folded):
        return named
    if years and (m := _YEAR_OF.search(folded)):
        return Period(1, 12, int(m["y"]))
    return None


def shift_month(period: str, months: int) -> str:
    """The "YYYY-MM" `months` after (negative: before) the month "YYYY-MM" `period`."""
    index = int(period[:4]) * 12 + int(period[5:7]) - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
