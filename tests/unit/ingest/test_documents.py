"""Cited legal documents: numbers, kinds, lists, dates, titles."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.documents import find_documents


def test_decision_with_date() -> None:
    text = "theo Quyết định số 933/QĐ-UBND ngày 27/6/2025 của UBND tỉnh. Quá trình sắp xếp"
    [doc] = find_documents(text)
    assert (doc.id, doc.number, doc.kind, doc.date) == (
        "933-qd-ubnd",
        "933/QĐ-UBND",
        "Quyết định",
        date(2025, 6, 27),
    )


def test_list_of_resolutions_gives_three_documents() -> None:
    text = "Báo cáo tình hình thực hiện Nghị quyết 01/NQ-CP, số 25/NQ-CP, số 154/NQ-CP và tình hình"
    docs = find_documents(text)
    assert [(d.id, d.kind) for d in docs] == [
        ("01-nq-cp", "Nghị quyết"),
        ("25-nq-cp", "Nghị quyết"),
        ("154-nq-cp", "Nghị quyết"),
    ]


def test_long_date_and_title() -> None:
    text = (
        "Quyết định bãi bỏ Quyết định số 08/2023/QĐ-UBND ngày 24 tháng 4 năm 2023 của Ủy ban "
        "nhân dân tỉnh Cao Bằng ban hành Quy định về tổ chức lập, soát xét hồ sơ."
    )
    [doc] = find_documents(text)
    assert (doc.id, doc.date) == ("08-2023-qd-ubnd", date(2023, 4, 24))
    assert doc.title == "ban hành Quy định về tổ chức lập, soát xét hồ sơ"


def test_party_resolution_and_title() -> None:
    text = "thực hiện Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân; chủ động tháo gỡ"
    [doc] = find_documents(text)
    assert (doc.id, doc.number, doc.kind, doc.title) == (
        "68-nq-tw",
        "68-NQ/TW",
        "Nghị quyết",
        "về phát triển kinh tế tư nhân",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chỉ thị số 05/CT-TTg ngày 12/3/2024 của Thủ tướng", ("05-ct-ttg", "Chỉ thị")),
        ("Kết luận số 127-KL/TW của Bộ Chính trị", ("127-kl-tw", "Kết luận")),
        ("Kế hoạch số 2345/KH-UBND ngày 5/8/2024", ("2345-kh-ubnd", "Kế hoạch")),
        ("Công văn số 1234/UBND-TH ngày 5/8/2024", ("1234-ubnd-th", "Công văn")),
        ("Thông báo số 45/TB-VPUB ngày 10/1/2026", ("45-tb-vpub", "Thông báo")),
        ("Nghị định 146/2018/NĐ-CP", ("146-2018-nd-cp", "Nghị định")),
        ("Thông tư số 12/2024/TT-BTC", ("12-2024-tt-btc", "Thông tư")),
        ("Luật số 18/2023/QH15", ("18-2023-qh15", "Luật")),
        ("Thông báo kết luận số 123/TB-UBND ngày 14/7/2025", ("123-tb-ubnd", "Thông báo")),
        ("theo văn bản số 567/STC-QLNS", ("567-stc-qlns", "Văn bản")),
        ("căn cứ số 89/QĐ-UBND", ("89-qd-ubnd", "Quyết định")),  # kind from the code
    ],
)
def test_kinds(text: str, expected: tuple[str, str]) -> None:
    [doc] = find_documents(text)
    assert (doc.id, doc.kind) == expected


def test_named_law_without_number() -> None:
    [doc] = find_documents("triển khai cuộc thi trực tuyến tìm hiểu Luật Bầu cử theo kế hoạch")
    assert (doc.id, doc.kind, doc.title) == ("luat-bau-cu", "Luật", "Luật Bầu cử")


@pytest.mark.parametrize(
    "text",
    [
        "từ ngày 21/12/2025 đến ngày 20/01/2026",
        "kỷ niệm (27/7/1947 – 27/7/2025); trực 24/24",
        "bám sát nội dung của 28 Nghị định của Chính phủ về phân cấp",
        "chỉ số cải cách hành chính xếp hạng 63/63 cả nước",
        "Báo cáo tình hình kinh tế - xã hội tháng 6",
    ],
)
def test_not_documents(text: str) -> None:
    assert find_documents(text) == []


def test_deduplicated_by_id_keeping_the_dated_mention() -> None:
    text = "Quyết định số 933/QĐ-UBND; theo Quyết định số 933/QĐ-UBND ngày 27/6/2025"
    [doc] = find_documents(text)
    assert doc.date == date(2025, 6, 27)
