"""Indicators in assessment text: Vietnamese numbers, units, names and exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.indicators import find_indicators, parse_number

SAMPLES = Path(__file__).parents[3] / "data" / "samples"


@pytest.mark.parametrize(
    ("raw", "value"),
    [("6,56", 6.56), ("2.394", 2394.0), ("1.234,5", 1234.5), ("326.000", 326000.0), ("8", 8.0)],
)
def test_vietnamese_numbers(raw: str, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize(
    ("text", "name", "value", "unit"),
    [
        ("Tăng trưởng GRDP đạt 6,56%, nằm trong nhóm 6 tỉnh", "Tăng trưởng GRDP", 6.56, "%"),
        (
            "trong đó, ngành xây dựng tăng trưởng ấn tượng 18,97%, đảo chiều",
            "ngành xây dựng",
            18.97,
            "%",
        ),
        (
            "tổng kim ngạch xuất nhập khẩu qua địa bàn tăng 66,4%;",
            "tổng kim ngạch xuất nhập khẩu qua địa bàn",
            66.4,
            "%",
        ),
        ("thu ngân sách là điểm sáng, đạt 2.394 tỷ đồng, vượt", "thu ngân sách", 2394.0, "tỷ đồng"),
        (
            "toàn tỉnh đón hơn 1,52 triệu lượt khách du lịch, tăng",
            "lượt khách du lịch",
            1_520_000.0,
            "lượt khách",
        ),
        (
            "với hơn 6.654 hộ dân được hỗ trợ làm nhà mới.",
            "hộ dân được hỗ trợ làm nhà mới",
            6654.0,
            "hộ",
        ),
        ("Toàn tỉnh hiện có 1.217 trạm BTS, phủ sóng rộng khắp", "trạm BTS", 1217.0, "trạm"),
        ("Kim ngạch xuất khẩu đạt 1.234,5 triệu USD.", "Kim ngạch xuất khẩu", 1234.5, "triệu USD"),
        ("Tỷ lệ hộ nghèo giảm còn 12,3%.", "Tỷ lệ hộ nghèo", 12.3, "%"),
        (
            "Tăng trưởng GRDP thấp hơn 1,24 điểm % so với kịch bản",
            "Tăng trưởng GRDP",
            1.24,
            "điểm %",
        ),
    ],
)
def test_indicator_phrases(text: str, name: str, value: float, unit: str) -> None:
    found = find_indicators(text, 0, "2025-H1")
    assert [(i.name, i.value, i.unit) for i in found] == [(name, value, unit)]
    assert found[0].period == "2025-H1"
    assert text[found[0].span[0] : found[0].span[1]] == found[0].text


def test_several_in_one_clause_keep_the_subject() -> None:
    text = "thu ngân sách là điểm sáng, đạt 2.394 tỷ đồng, vượt 22% dự toán Trung ương giao"
    found = find_indicators(text, 0, "2025-H1")
    assert [(i.name, i.value, i.unit) for i in found] == [
        ("thu ngân sách", 2394.0, "tỷ đồng"),
        ("thu ngân sách", 22.0, "%"),
    ]
    assert len({i.id for i in found}) == 2


def test_subjectless_clause_inherits_and_baseline_is_skipped() -> None:
    text = (
        "toàn tỉnh đón hơn 1,52 triệu lượt khách du lịch, tăng 47%, doanh thu du lịch tăng "
        "gần 96%. Ngành xây dựng tăng trưởng 18,97%, đảo chiều so với mức âm 12% cùng kỳ"
    )
    found = [(i.name, i.value, i.unit) for i in find_indicators(text, 0, "2025-H1")]
    assert found == [
        ("lượt khách du lịch", 1_520_000.0, "lượt khách"),
        ("lượt khách du lịch", 47.0, "%"),
        ("doanh thu du lịch", 96.0, "%"),
        ("Ngành xây dựng", 18.97, "%"),
    ]


def test_several_subjects_in_one_sentence() -> None:
    text = (
        "Chín tháng, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 10,02% và công nghiệp tăng 8%; "
        "nông nghiệp tăng 3,5%, trong đó chăn nuôi tăng 2%, riêng thủy sản giảm 1%; thu ngân "
        "sách đạt 2.394 tỷ đồng, vượt 22% dự toán Trung ương giao, vượt 15% dự toán HĐND tỉnh "
        "giao, tăng 86% so với cùng kỳ."
    )
    found = [(i.name, i.value) for i in find_indicators(text, 0, "2024-09")]
    assert found == [
        ("tốc độ tăng trưởng kinh tế (GRDP)", 10.02),
        ("công nghiệp", 8.0),
        ("nông nghiệp", 3.5),
        ("chăn nuôi", 2.0),
        ("thủy sản", 1.0),
        ("thu ngân sách", 2394.0),
        ("thu ngân sách", 22.0),
        ("thu ngân sách", 15.0),
        ("thu ngân sách", 86.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "theo Quyết định số 933/QĐ-UBND ngày 27/6/2025 của UBND tỉnh",
        "nằm trong nhóm 6 tỉnh của 34 tỉnh, thành phố (mới)",
        "xếp hạng thấp (63/63 cả nước) trong giai đoạn 2026-2030",
        "kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ",
    ],
)
def test_not_indicators(text: str) -> None:
    assert find_indicators(text, 0, "2025-H1") == []


def test_spans_are_offset_into_the_notice() -> None:
    notice = (SAMPLES / "cao-bang-2025-06-phien-hop-thuong-ky.txt").read_text(encoding="utf-8")
    start = notice.index("Tăng trưởng GRDP đạt 6,56%")
    paragraph = notice[start : notice.index("\n", start)]
    found = find_indicators(paragraph, start, "2025-H1")
    assert len(found) >= 6
    for indicator in found:
        assert notice[indicator.span[0] : indicator.span[1]] == indicator.text
    by_name = {i.name: i for i in found}
    assert by_name["Tăng trưởng GRDP"].value == 6.56
    assert by_name["ngành xây dựng"].value == 18.97
