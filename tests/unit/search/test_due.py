"""Deadlines named in queries: windows from ingest's deadline grammar, scores on the deadline
field, the meeting-month filter kept for bare periods and dropped for deadline phrases."""

from datetime import date

import numpy as np

from search_api.search.due import due_in_query, scores
from search_api.search.fusion import PRESETS, Filters, mask, query_filters
from search_api.search.index import IndexUnit, SearchIndex

AS_OF = date(2025, 10, 1)
DEADLINES = np.asarray(["2025-07-22", "2025-07-10", "2025-08-31", "2025-11-30", "", "2024-07-22"])


def test_a_day_before_which_ranks_that_day_first_then_earlier_ones() -> None:
    due = due_in_query("ai phải báo cáo trước ngày 22/7", AS_OF)
    assert due is not None and due.cued and due.yearless
    assert scores(DEADLINES, due).tolist() == [2, 1, 0, 0, 0, 2]  # any year: none was named


def test_a_year_named_keeps_to_that_year() -> None:
    due = due_in_query("việc phải xong trước ngày 22/7/2025", AS_OF)
    assert due is not None and not due.yearless
    assert scores(DEADLINES, due).tolist() == [2, 1, 0, 0, 0, 1]


def test_a_month_after_han_is_a_window_on_the_deadline() -> None:
    due = due_in_query("nhiệm vụ hạn trong tháng 8", AS_OF)
    assert due is not None and due.cued
    assert scores(DEADLINES, due).tolist() == [0, 0, 2, 0, 0, 0]


def test_a_quarter_with_its_year() -> None:
    due = due_in_query("báo cáo phải xong trong quý IV năm 2025", AS_OF)
    assert due is not None and due.cued
    assert scores(DEADLINES, due).tolist() == [0, 0, 0, 2, 0, 0]


def test_overdue_is_a_deadline_before_the_reference_day() -> None:
    due = due_in_query("các nhiệm vụ quá hạn", AS_OF)
    assert due is not None and due.overdue
    assert scores(DEADLINES, due).tolist() == [1, 1, 1, 0, 0, 1]


def test_no_date_no_window() -> None:
    assert due_in_query("chống buôn lậu qua biên giới", AS_OF) is None


def _index() -> SearchIndex:
    units = [IndexUnit(id=f"u{i}", kind="directive", text="x", meeting_id=p, period=p, deadline=d)
             for i, (p, d) in enumerate([("2025-06", "2025-11-30"), ("2025-10", ""),
                                         ("2025-06", "")])]
    return SearchIndex(units, np.zeros((3, 2), dtype=np.float32))


def test_a_bare_period_filters_meetings_and_keeps_what_is_due_in_it() -> None:
    f = query_filters("nhiệm vụ quý IV/2025", PRESETS["hybrid"], Filters(as_of=AS_OF))
    assert f.since == "2025-09" and f.due is not None
    assert mask(_index(), f).tolist() == [True, True, False]  # the June task due in November


def test_a_deadline_phrase_does_not_filter_the_meeting_month() -> None:
    f = query_filters("việc hạn trong tháng 11/2025", PRESETS["hybrid"], Filters(as_of=AS_OF))
    assert (f.since, f.until, f.months) == (None, None, [])
    assert mask(_index(), f).all()


def test_a_bare_year_is_no_deadline() -> None:
    assert due_in_query("chuẩn bị kỳ thi hết cấp ba năm nay", AS_OF) is None
    assert due_in_query("xóa nhà tạm, nhà dột nát năm 2025", AS_OF) is None
    assert due_in_query("hoàn thành trong năm 2025", AS_OF) is not None


def test_late_files_are_a_topic_not_overdue_tasks() -> None:
    assert due_in_query("hồ sơ thủ tục hành chính trễ hạn nhiều ở cấp tỉnh", AS_OF) is None
    due = due_in_query("việc được giao đã quá hạn", AS_OF)
    assert due is not None and due.overdue
