"""The one grammar of named periods (ingest/periods.py), and its two readers agreeing on it: a
deadline phrase's last day (ingest/extract/deadlines.py) and a query's months (search)."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from ingest.extract.deadlines import find_deadline
from ingest.periods import Period, half, named_period, quarter, shift_month
from ingest.text import fold
from search_api.search.due import due_in_query

HELD = date(2025, 3, 10)


@pytest.mark.parametrize(("text", "period"), [
    ("quý III năm 2025", Period(7, 9, 2025)),
    ("quy 3/2025", Period(7, 9, 2025)),
    ("Quý IV", Period(10, 12, None)),
    ("6 tháng đầu năm 2025", Period(1, 6, 2025)),
    ("sáu tháng cuối năm", Period(7, 12, None)),
    ("nửa cuối năm 2025", Period(7, 12, 2025)),
    ("9 tháng đầu năm", Period(1, 9, None)),
    ("9 tháng năm 2025", Period(1, 9, 2025)),
    ("tháng 6/2025", Period(6, 6, 2025)),
    ("tháng 6 năm 2025", Period(6, 6, 2025)),
    ("năm 2026", Period(1, 12, 2026)),
])
def test_a_named_period_is_its_months(text: str, period: Period) -> None:
    assert named_period(fold(text)) == period


def test_no_period_in_words_that_only_look_like_one() -> None:
    assert named_period(fold("quyết định số 12 của tỉnh")) is None
    assert named_period(fold("tháng 13/2025")) is None
    assert half("13", "dau") is None
    assert quarter("iv") == Period(10, 12, None)


@pytest.mark.parametrize("phrase", [
    "trong quý III năm 2025", "trong 6 tháng đầu năm 2025", "trong nửa cuối năm 2025",
    "trong 9 tháng đầu năm 2025", "đến hết quý II/2025",
])
def test_a_deadline_ends_where_the_named_period_ends(phrase: str) -> None:
    period = named_period(fold(phrase))
    assert period is not None and period.year is not None
    found = find_deadline(f"Giao Sở Tài chính hoàn thành {phrase}.", HELD)
    assert found is not None
    last = calendar.monthrange(period.year, period.last)[1]
    assert found.date == date(period.year, period.last, last)


def test_a_query_window_starts_where_the_named_period_starts() -> None:
    due = due_in_query("việc phải hoàn thành trong 6 tháng đầu năm 2025", HELD)
    assert due is not None and due.exact == ("2025-01-01", "2025-06-30")
    due = due_in_query("nhiệm vụ hoàn thành trong quý III năm 2025", HELD)
    assert due is not None and due.exact == ("2025-07-01", "2025-09-30")


def test_shift_month_crosses_years_both_ways() -> None:
    assert shift_month("2025-12", 2) == "2026-02" and shift_month("2025-01", -1) == "2024-12"
    assert shift_month("2026-12", -60) == "2021-12" and shift_month("2025-06", 0) == "2025-06"
