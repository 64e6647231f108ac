"""Recurring duties ('hằng tuần', 'trước ngày 25 hằng tháng', 'định kỳ 6 tháng', 'thường xuyên')
are a rhythm, not a deadline."""

from __future__ import annotations

import pytest

from ingest.extract.recurrence import find_recurrence


@pytest.mark.parametrize(
    ("text", "every", "day", "month", "phrase"),
    [
        ("báo cáo trước ngày 20 hằng tháng", "month", 20, None, "trước ngày 20 hằng tháng"),
        ("gửi báo cáo vào ngày 05 hàng tháng", "month", 5, None, "vào ngày 05 hàng tháng"),
        ("báo cáo trước ngày 15/12 hằng năm", "year", 15, 12, "trước ngày 15/12 hằng năm"),
        ("họp giao ban hằng tuần", "week", None, None, "hằng tuần"),
        ("cập nhật số liệu hàng ngày", "day", None, None, "hàng ngày"),
        ("báo cáo kết quả hằng quý", "quarter", None, None, "hằng quý"),
        ("sơ kết định kỳ 6 tháng", "half-year", None, None, "định kỳ 6 tháng"),
        ("kiểm tra định kỳ, đột xuất", "periodic", None, None, "định kỳ"),
        ("thường xuyên theo dõi, nắm tình hình", "continuous", None, None, "thường xuyên"),
    ],
)
def test_rhythms(text: str, every: str, day: int | None, month: int | None, phrase: str) -> None:
    found = find_recurrence(text)
    assert found is not None
    assert (found.every, found.day, found.month, found.text) == (every, day, month, phrase)
    assert text[text.index(found.text) :].startswith(found.text)


@pytest.mark.parametrize(
    "text",
    ["hoàn thành trước ngày 30/11/2025", "mặt hàng thiết yếu", "đổi mới năm 2025", "hàng hóa"],
)
def test_no_rhythm(text: str) -> None:
    assert find_recurrence(text) is None


def test_recurrence_is_reexported_from_deadlines() -> None:
    from ingest.extract import deadlines

    assert deadlines.find_recurrence is find_recurrence
