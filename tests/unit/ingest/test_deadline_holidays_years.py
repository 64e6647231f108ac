"""Deadlines written as a holiday break or as the end of the current year, and the phrases of
the same words that are no deadline (ingest/extract/deadline_forms.py, docs/deadlines.md)."""

from datetime import date

import pytest

from ingest.extract.deadlines import find_deadlines
from ingest.extract.holidays import last_day_off

AUGUST_2025 = date(2025, 8, 20)


def _read(text: str, ref: date = AUGUST_2025) -> list[tuple[date, str, str]]:
    return [(d.date, d.precision, d.text) for d in find_deadlines(text, ref)]


def test_duty_for_a_dated_holiday_break_ends_with_the_break() -> None:
    """'trong dịp nghỉ lễ Quốc khánh 2/9': the holiday's last day off that year (2/9/2025 a
    Tuesday alone; 2/9/2024 a Monday, off with 3/9)."""
    text = "kiểm tra niêm yết giá tại các bãi biển trong dịp nghỉ lễ Quốc khánh 2/9."
    assert _read(text) == [(date(2025, 9, 2), "day", "trong dịp nghỉ lễ Quốc khánh 2/9")]
    assert _read(text, date(2024, 8, 20))[0][0] == date(2024, 9, 3)
    assert _read("bảo đảm trật tự trong thời gian nghỉ lễ 30/4 - 1/5", date(2025, 4, 10))[0][0] \
        == date(2025, 5, 4)  # 2025: 30/4 to Sunday 4/5 off


def test_last_day_off_walks_the_break_and_keeps_a_working_day() -> None:
    assert last_day_off(date(2026, 2, 17)) > date(2026, 2, 17)  # Tết Bính Ngọ: days off after
    assert last_day_off(date(2025, 9, 10)) == date(2025, 9, 10)  # a Wednesday at work


@pytest.mark.parametrize(
    "text",
    [
        "bố trí nhân lực trực cấp cứu trong những ngày nghỉ Tết",  # the season, no date written
        "bảo đảm an ninh trong dịp Lễ kỷ niệm Ngày Giải phóng miền Nam 30/4",  # a celebration
        "xử lý vi phạm trong dịp nghỉ lễ 2/9 vừa qua",  # a past break (in a September notice)
    ],
)
def test_holiday_season_or_celebration_is_no_deadline(text: str) -> None:
    assert _read(text, date(2025, 9, 10)) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("phấn đấu đến hết năm giải ngân trên 90% kế hoạch vốn", "đến hết năm"),
        ("hoàn thành việc cấp giấy chứng nhận đến cuối năm", "đến cuối năm"),
        ("đưa vào vận hành trước cuối năm", "trước cuối năm"),
        ("tổ chức đánh giá, sơ kết trong năm.", "trong năm"),
    ],
)
def test_end_of_the_current_year_without_its_number(text: str, phrase: str) -> None:
    assert _read(text) == [(date(2025, 12, 31), "year", phrase)]


def test_den_cuoi_is_a_deadline_cue_like_den_het() -> None:
    assert _read("duy trì tổ công tác đến cuối tháng 10/2025")[0][:2] == (
        date(2025, 10, 31), "month")


@pytest.mark.parametrize(
    "text",
    [
        "phát huy kết quả đạt được trong năm qua",
        "chuẩn bị các điều kiện trong năm học mới",
        "xây dựng kế hoạch phát triển trong năm tới",
        "trước năm tài chính",
        "coi đây là nhiệm vụ trọng tâm đến hết năm 2025",  # how long a priority lasts
        "xác định là nhiệm vụ ưu tiên đến cuối năm",
    ],
)
def test_other_years_and_a_priority_horizon_are_no_deadline(text: str) -> None:
    assert _read(text) == []
