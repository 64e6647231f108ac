"""Deadline phrases: positives from the two samples and other provinces, and negatives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.deadlines import find_deadline, find_deadlines

SAMPLES = Path(__file__).parents[3] / "data" / "samples"
JUNE_2025 = date(2025, 7, 14)
JAN_2026 = date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "ref", "expected", "precision", "phrase"),
    [
        (
            "báo cáo UBND tỉnh trước ngày 22/7/2025.",
            JUNE_2025,
            date(2025, 7, 22),
            "day",
            "trước ngày 22/7/2025",
        ),
        (
            "phấn đấu hoàn thành trong tháng 7 năm 2025, bảo đảm an toàn",
            JUNE_2025,
            date(2025, 7, 31),
            "month",
            "trong tháng 7 năm 2025",
        ),
        (
            "Báo cáo kết quả, đề xuất cụ thể trong quý III năm 2025.",
            JUNE_2025,
            date(2025, 9, 30),
            "quarter",
            "trong quý III năm 2025",
        ),
        (
            "bảo đảm kinh phí đến tay Nhân dân trước ngày 25 tháng Chạp;",
            JAN_2026,
            date(2026, 2, 12),
            "lunar",
            "trước ngày 25 tháng Chạp",
        ),
        (
            "Dự án phải hoàn thành trước năm học 2026-2027; kiên quyết",
            JAN_2026,
            date(2026, 8, 31),
            "month",
            "trước năm học 2026-2027",
        ),
        (
            "hoàn thành trước Tết Nguyên đán",
            date(2025, 12, 10),
            date(2026, 2, 17),
            "lunar",
            "trước Tết Nguyên đán",
        ),
        (
            "hoàn thành trước Tết Nguyên đán",
            date(2026, 3, 1),
            date(2027, 2, 6),
            "lunar",
            "trước Tết Nguyên đán",
        ),
        (
            "nộp hồ sơ chậm nhất ngày 15/8/2024",
            date(2024, 7, 20),
            date(2024, 8, 15),
            "day",
            "chậm nhất ngày 15/8/2024",
        ),
        (
            "xong trước ngày 30 tháng 9 năm 2024",
            date(2024, 7, 20),
            date(2024, 9, 30),
            "day",
            "trước ngày 30 tháng 9 năm 2024",
        ),
        (
            "thực hiện đến hết ngày 31/3/2025",
            date(2025, 1, 5),
            date(2025, 3, 31),
            "day",
            "đến hết ngày 31/3/2025",
        ),
        (
            "hoàn thành trong tháng 7/2025",
            JUNE_2025,
            date(2025, 7, 31),
            "month",
            "trong tháng 7/2025",
        ),
        (
            "triển khai xong trong quý I/2026",
            JAN_2026,
            date(2026, 3, 31),
            "quarter",
            "trong quý I/2026",
        ),
        ("hoàn thành trong năm 2026", JAN_2026, date(2026, 12, 31), "year", "trong năm 2026"),
        (
            "các nhiệm vụ trọng tâm trong 6 tháng cuối năm 2025",
            JUNE_2025,
            date(2025, 12, 31),
            "year",
            "trong 6 tháng cuối năm 2025",
        ),
        (
            "phấn đấu hoàn thành trong 6 tháng đầu năm 2026",
            JAN_2026,
            date(2026, 6, 30),
            "quarter",
            "trong 6 tháng đầu năm 2026",
        ),
        (
            "hoàn thành trước Tết Dương lịch 2026",
            date(2025, 12, 10),
            date(2026, 1, 1),
            "day",
            "trước Tết Dương lịch",
        ),
        (
            "chi trả trước 25 tháng Chạp",
            date(2025, 12, 10),
            date(2026, 2, 12),
            "lunar",
            "trước 25 tháng Chạp",
        ),
        (
            "xong trước rằm tháng Giêng",
            JAN_2026,
            date(2026, 3, 3),
            "lunar",
            "trước rằm tháng Giêng",
        ),
    ],
)
def test_deadline_phrases(
    text: str, ref: date, expected: date, precision: str, phrase: str
) -> None:
    found = find_deadlines(text, ref)
    assert [(d.date, d.precision, d.text) for d in found] == [(expected, precision, phrase)]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("báo cáo trước 30/6", date(2025, 5, 10), date(2025, 6, 30)),
        ("báo cáo trước 15/01", date(2025, 11, 20), date(2026, 1, 15)),  # next year
        ("báo cáo trước 30/9", date(2025, 10, 15), date(2025, 9, 30)),  # just overdue, same year
        ("hoàn thành trong tháng 1", date(2025, 12, 5), date(2026, 1, 31)),
    ],
)
def test_year_inferred_from_ref(text: str, ref: date, expected: date) -> None:
    deadline = find_deadline(text, ref)
    assert deadline is not None and deadline.date == expected


@pytest.mark.parametrize(
    "text",
    [
        "theo Quyết định số 933/QĐ-UBND ngày 27/6/2025 của UBND tỉnh",
        "kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 – 27/7/2025)",
        "tạo chuyển biến rõ nét trong giai đoạn 2026-2030",
        "nội dung tham gia các chương trình theo kế hoạch năm 2026",
        "Danh mục văn bản đã ký (từ ngày 21/12/2025 đến ngày 20/01/2026).",
        "trực cấp cứu 24/24, sẵn sàng nhân lực",
        "không để người dân bị bỏ lại tại các bến xe trong dịp Tết",
        "điều chỉnh Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2045",
        "báo cáo quyết toán dự án hoàn thành năm 2025",
        "Nhiệm vụ trọng tâm tháng 02/2026",
        "ban hành kế hoạch tuyển sinh năm học 2026-2027",
    ],
)
def test_not_deadlines(text: str) -> None:
    assert find_deadlines(text, JAN_2026) == []


def test_past_period_with_weak_cue_is_not_a_deadline() -> None:
    text = "làm rõ nguyên nhân số vụ vi phạm lâm luật tăng cao trong 6 tháng đầu năm"
    assert find_deadlines(text, JUNE_2025) == []
    assert find_deadlines("hoàn thành trong tháng 5 năm 2025", JUNE_2025) == []
    # a strong cue keeps even an overdue date: it is still the deadline that was set
    assert [d.date for d in find_deadlines("trước ngày 30/6/2025", JUNE_2025)] == [
        date(2025, 6, 30)
    ]


@pytest.mark.parametrize(
    ("text", "expected", "phrase"),
    [
        (
            "gửi về Sở Tài chính trước 17h00 ngày 15/7/2025",
            date(2025, 7, 15),
            "trước 17h00 ngày 15/7/2025",
        ),
        (
            "trước 16 giờ 30 phút, ngày 20/7/2025",
            date(2025, 7, 20),
            "trước 16 giờ 30 phút, ngày 20/7/2025",
        ),
        ("chậm nhất trong ngày 20/7", date(2025, 7, 20), "chậm nhất trong ngày 20/7"),
    ],
)
def test_time_of_day_and_fillers(text: str, expected: date, phrase: str) -> None:
    assert [(d.date, d.text) for d in find_deadlines(text, JUNE_2025)] == [(expected, phrase)]


def test_find_deadline_takes_the_earliest() -> None:
    text = "hoàn thành trong quý III năm 2025; báo cáo UBND tỉnh trước ngày 25/7/2025"
    deadline = find_deadline(text, JUNE_2025)
    assert deadline is not None
    assert (deadline.date, deadline.text) == (date(2025, 7, 25), "trước ngày 25/7/2025")
    assert find_deadline("tiếp tục theo dõi chặt chẽ", JUNE_2025) is None


def test_samples_whole_text() -> None:
    june = (SAMPLES / "cao-bang-2025-06-phien-hop-thuong-ky.txt").read_text(encoding="utf-8")
    found = {(d.date, d.precision) for d in find_deadlines(june, JUNE_2025)}
    assert {
        (date(2025, 7, 22), "day"),
        (date(2025, 7, 25), "day"),
        (date(2025, 8, 31), "day"),
        (date(2025, 7, 31), "month"),
        (date(2025, 9, 30), "quarter"),
    } <= found
    assert all(d.year == 2025 for d, _ in found)
    january = (SAMPLES / "cao-bang-2026-01-phien-hop-thuong-ky.txt").read_text(encoding="utf-8")
    found = {(d.date, d.precision) for d in find_deadlines(january, JAN_2026)}
    assert found == {(date(2026, 2, 12), "lunar"), (date(2026, 8, 31), "month")}


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_any_explicit_date_is_read_exactly(d: date) -> None:
    for text in (
        f"báo cáo trước ngày {d.day}/{d.month}/{d.year}.",
        f"chậm nhất ngày {d.day} tháng {d.month} năm {d.year};",
    ):
        found = find_deadlines(text, date(2000, 1, 1))
        assert [(x.date, x.precision) for x in found] == [(d, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoàn thành trước tháng 6 năm 2027", date(2027, 5, 31)),
        ("đưa vào sử dụng trước tháng 1/2027", date(2026, 12, 31)),
        ("hoàn thành trước quý III năm 2026", date(2026, 6, 30)),
        ("hoàn thành dứt điểm trước năm 2027", date(2026, 12, 31)),
        ("hoàn thành trong tháng 6 năm 2027", date(2027, 6, 30)),
        ("chậm nhất trong quý III năm 2026", date(2026, 9, 30)),
        ("phấn đấu đến hết năm 2027", date(2027, 12, 31)),
        ("báo cáo trước ngày 30/6/2026", date(2026, 6, 30)),
    ],
)
def test_before_a_period_is_before_it_begins(text: str, expected: date) -> None:
    """Genre: "trước" + a month, quarter or year sets the day before the period's first; the
    cues that run into the period ("trong", "chậm nhất", "đến hết") its last; a day is its own."""
    found = find_deadline(text, JUNE_2025)
    assert found is not None and found.date == expected
