"""Deadline forms and the contexts that make a date no deadline (ingest/extract/deadlines.py):
each test names the genre feature and uses its own short example."""

from datetime import date

from ingest.extract.deadlines import find_deadline, read_deadline

REF = date(2025, 9, 20)


def _day(text: str) -> date | None:
    d = find_deadline(text, REF)
    return d.date if d else None


def test_first_semester_ends_in_january() -> None:
    """"chậm nhất trong học kỳ I năm học 2025 - 2026": by the end of the first semester."""
    assert _day("công bố lịch kiểm tra, chậm nhất trong học kỳ I năm học 2025 - 2026.") == \
        date(2026, 1, 31)


def test_two_month_window_ends_with_its_last_month() -> None:
    """"trong tháng 10 và tháng 11/2025": a window of two months ends with the second."""
    assert _day("kiểm tra công tác tuyển sinh trong tháng 10 và tháng 11/2025.") == \
        date(2025, 11, 30)


def test_school_year_cell_is_the_whole_year() -> None:
    """A deadline column reading "Năm học 2025 - 2026" gives the task the whole school year."""
    d = read_deadline("Năm học 2025 - 2026", REF)
    assert d is not None and d.date == date(2026, 5, 31)


def test_budget_year_is_no_deadline() -> None:
    """"Trong dự toán năm 2026" names the budget that pays, not a time."""
    assert read_deadline("Trong dự toán năm 2026", REF) is None
    assert _day("bố trí kinh phí vận hành trong ngân sách năm 2026.") is None


def test_period_before_tet_is_no_deadline() -> None:
    """"nhất là trong những ngày trước Tết", "dịp trước Tết": a period, not a completion date;
    a plain "trước Tết Nguyên đán" still is one."""
    assert _day("xử lý nghiêm hàng giả, nhất là trong những ngày trước Tết Nguyên đán.") is None
    assert _day("tặng quà cho hộ nghèo trước Tết Nguyên đán.") is not None


def test_time_a_rule_applies_in_is_no_deadline() -> None:
    """"áp dụng trong học kỳ II năm học ..." says when a plan applies, not when it is due."""
    assert _day("xây dựng phương án điều chuyển giáo viên, áp dụng trong học kỳ II năm học "
                "2025 - 2026.") is None


def test_target_share_of_the_capital_plan_keeps_its_deadline() -> None:
    """"giải ngân đạt trên 50% kế hoạch vốn trước ngày 30/9/2025": a strong cue after the
    budget words is still a deadline."""
    assert _day("phấn đấu giải ngân đạt trên 50% kế hoạch vốn trước ngày 30/9/2025.") == \
        date(2025, 9, 30)


def test_period_counted_from_the_end_of_the_meeting() -> None:
    """"trong 05 ngày làm việc kể từ ngày kết thúc Phiên họp": counted from the meeting (held
    Tuesday 4 November 2025: five working days end on Tuesday 11 November)."""
    d = find_deadline("gửi Văn phòng UBND tỉnh trong 05 ngày làm việc kể từ ngày kết thúc Phiên "
                      "họp.", date(2025, 11, 4), date(2025, 11, 6))
    assert d is not None and d.date == date(2025, 11, 11) and d.precision == "relative"


def test_day_of_the_event_a_task_prepares() -> None:
    """"chuẩn bị chu đáo Lễ kỷ niệm ... ngày 15/10/2025": the event's day is the deadline; a
    past event ("tổ chức Hội nghị sơ kết vào ngày 12/3/2025") and a year ("tổ chức Lễ hội ...
    năm 2026") give none."""
    assert _day("chuẩn bị chu đáo Lễ kỷ niệm 80 năm thành lập ngành ngày 15/10/2025.") == \
        date(2025, 10, 15)
    assert _day("tổ chức Hội nghị sơ kết vào ngày 12/3/2025.") is None
    assert _day("tổ chức Lễ hội Cà phê lần thứ 9 năm 2026.") is None
