"""Deadline forms beyond plain dates: ranges, Tết with its year, lunar leap months, the school
year, a restated date, periods counted from the issue date, deadline columns, and dates that are
not deadlines (recurring, cited documents, meetings)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.deadlines import find_deadline, find_deadlines, read_deadline

HELD = date(2025, 10, 6)  # a Monday
ISSUED = date(2025, 10, 9)  # a Thursday


def one(text: str, ref: date = HELD, issued: date | None = ISSUED) -> tuple[str, str, str]:
    found = find_deadlines(text, ref, issued)
    assert len(found) == 1, found
    return found[0].date.isoformat(), found[0].precision, found[0].text


def test_range_gives_its_end() -> None:
    """'từ ... đến ...': the task runs until the end of the range."""
    assert one("ra quân từ ngày 10/10/2025 đến ngày 10/11/2025;") == (
        "2025-11-10", "day", "từ ngày 10/10/2025 đến ngày 10/11/2025")
    assert one("cao điểm từ 15 tháng 10 đến hết 30 tháng 11 năm 2025")[0] == "2025-11-30"
    assert one("rà soát từ tháng 10 đến tháng 12/2025")[:2] == ("2025-12-31", "month")


def test_past_range_is_a_period_not_a_deadline() -> None:
    assert find_deadlines("các văn bản ban hành từ ngày 01/7/2025 đến ngày 30/9/2025", HELD) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoàn thành trước Tết Nguyên đán Đinh Mùi", "2027-02-06"),  # the named lunar year
        ("hoàn thành trước Tết Nguyên đán năm 2027", "2027-02-06"),
        ("chi trả xong trước Tết Bính Ngọ", "2026-02-17"),
        ("hoàn thành trước Tết Nguyên đán", "2026-02-17"),  # the next one after the meeting
    ],
)
def test_tet_with_its_year(text: str, expected: str) -> None:
    """'trước Tết Nguyên đán (Bính Ngọ | 2026)': the lunar new year of that year."""
    assert one(text)[:2] == (expected, "lunar")


def test_lunar_leap_month_and_mung() -> None:
    """Lunar dates: leap months ('tháng 6 nhuận'), 'mùng', d/m 'âm lịch'."""
    assert one("xong trước ngày 10 tháng 6 nhuận âm lịch", date(2025, 6, 1))[0] == "2025-08-03"
    assert one("gieo cấy xong trước mùng 5 tháng Giêng")[0] == "2026-02-21"
    assert one("thu hoạch trước 15/8 âm lịch", date(2026, 8, 1))[:2] == ("2026-09-25", "lunar")


def test_school_year_forms() -> None:
    """Before a school year (31 August), its opening (5 September), within it or at its end
    (31 May)."""
    assert one("sửa chữa xong trước năm học 2026-2027")[0] == "2026-08-31"
    assert one("hoàn thành trước khai giảng năm học 2026-2027")[:2] == ("2026-09-05", "day")
    assert one("tổng kết trước khi kết thúc năm học 2025-2026")[:2] == ("2026-05-31", "month")
    assert one("triển khai trong năm học 2025-2026")[0] == "2026-05-31"


def test_a_bracketed_date_restates_the_deadline() -> None:
    text = "bàn giao trước lễ khai giảng năm học 2025-2026 (05/9/2025)"
    assert one(text, date(2025, 8, 20)) == (
        "2025-09-05", "day", "trước lễ khai giảng năm học 2025-2026 (05/9/2025)")


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("báo cáo trong 10 ngày kể từ ngày ký", "2025-10-19", "relative"),
        ("trong 05 ngày làm việc kể từ ngày ban hành Thông báo", "2025-10-16", "relative"),
        ("chậm nhất 03 ngày làm việc kể từ ngày nhận được văn bản", "2025-10-14", "relative"),
        ("trong vòng 01 tháng kể từ ngày ký", "2025-11-09", "relative"),
        ("trong 30 ngày kể từ ngày 01/11/2025", "2025-12-01", "day"),
    ],
)
def test_period_counted_from_the_issue_date(text: str, expected: str, precision: str) -> None:
    """'trong N ngày (làm việc) kể từ ngày ký': from the issue date; working days skip
    weekends; from a written date the deadline is exact."""
    assert one(text)[:2] == (expected, precision)


def test_period_without_a_start_is_not_resolved() -> None:
    assert find_deadlines("khắc phục xong trong 03 ngày", HELD, ISSUED) == []


def test_relative_period_without_issue_date_counts_from_ref() -> None:
    assert one("trong 10 ngày kể từ ngày ký", HELD, None)[0] == "2025-10-16"


@pytest.mark.parametrize(
    "text",
    [
        "báo cáo UBND tỉnh trước ngày 25 hằng tháng",  # recurring: no deadline
        "tổng hợp gửi Sở Tài chính trước ngày 15/12 hằng năm",
        "báo cáo định kỳ vào ngày 20 hàng tháng",
        "thực hiện Quyết định số 12/QĐ-UBND ngày 05/3/2025 của UBND tỉnh",  # a cited decision
        "theo Kế hoạch số 45/KH-UBND ngày 20/10/2025",
        "tại cuộc họp ngày 06/10/2025, các đại biểu thống nhất",  # the meeting's date
        "xây dựng kế hoạch tuyển sinh năm học 2026-2027",  # a school year as the topic
        "trong năm học 2024-2025, toàn tỉnh có 520 trường",  # a past school year
    ],
)
def test_dates_that_are_not_deadlines(text: str) -> None:
    assert find_deadlines(text, HELD, ISSUED) == []


@pytest.mark.parametrize(
    ("cell", "expected", "precision"),
    [
        ("31/12/2025", "2025-12-31", "day"),
        ("Tháng 11/2025", "2025-11-30", "month"),
        ("Quý I/2026", "2026-03-31", "quarter"),
        ("Trước 20/11/2025", "2025-11-20", "day"),
        ("Năm 2026", "2026-12-31", "year"),
    ],
)
def test_deadline_column_cells_need_no_cue(cell: str, expected: str, precision: str) -> None:
    """A task table's deadline column: the cell is the deadline."""
    found = read_deadline(cell, HELD)
    assert found is not None and (found.date.isoformat(), found.precision) == (expected, precision)


def test_recurring_deadline_cell_has_none() -> None:
    assert read_deadline("Thường xuyên", HELD) is None
    assert read_deadline("Hằng tháng", HELD) is None


def test_find_deadline_keeps_its_signature() -> None:
    found = find_deadline("báo cáo trước ngày 30/10/2025", HELD)
    assert found is not None and found.date == date(2025, 10, 30)


def test_lunar_day_of_a_named_year() -> None:
    """'trước Rằm tháng Giêng năm Bính Ngọ': that lunar year's day, not the next one."""
    assert one("tổng kết trước Rằm tháng Giêng năm Bính Ngọ", date(2025, 3, 1))[:2] == (
        "2026-03-03", "lunar")


def test_month_range_and_second_semester() -> None:
    """'trong tháng 01 - 3/2026': the last month; 'học kỳ II năm học A-B': the school year's end."""
    assert one("ra quân trong tháng 11 - 12/2025")[:2] == ("2025-12-31", "month")
    assert one("bàn giao trong học kỳ II năm học 2025 - 2026")[:2] == ("2026-05-31", "month")


def test_deadline_cell_with_several_dates_gives_the_last() -> None:
    """A deadline column names the task's whole period: 'Tháng 11/2025 và tháng 12/2025'."""
    found = read_deadline("Tháng 11/2025 và tháng 12/2025", HELD)
    assert found is not None and found.date == date(2025, 12, 31)
    cell = read_deadline("Trong 10 ngày kể từ ngày ký Thông báo", HELD, ISSUED)
    assert cell is not None and (cell.date, cell.precision) == (date(2025, 10, 19), "relative")


_PIECES = [
    "trước ", "chậm nhất ", "trong ", "từ ngày ", " đến ngày ", "tháng ", "Chạp", "Giêng",
    " nhuận", " âm lịch", "Tết Nguyên đán", " Bính Ngọ", "năm học ", "2025-2026", "khai giảng",
    " hằng tháng", "15/6", "/2026", "30", " ngày làm việc kể từ ngày ký", "quý II", "(05/9/2025)",
    "Rằm ", "mùng ", "học kỳ II ", "29/2", "31", "13", " - ", ";", "\n\n",
]


@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=14),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_any_text_gives_well_formed_deadlines(pieces: list[str], ref: date) -> None:
    """Whatever the text: no exception, each phrase is a slice of the text, cells too."""
    text = "".join(pieces)
    for found in find_deadlines(text, ref, ref):
        assert found.text in text
    read_deadline(text, ref)
