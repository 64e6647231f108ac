"""Every directive of both real notices: lead, support, deadline and projects, as read by hand.

The tables were checked line by line against the notices (data/samples); see the issue notes for the
few judgement calls (collective actors such as "Các sở, ban, ngành" count as agencies; vague
"các cơ quan, đơn vị liên quan" do not; continuation paragraphs inherit their item's lead, but not
the support named for the item's own action; a paragraph after a list of approved documents
belongs to the list's section, not to its last item).
"""

from datetime import date
from pathlib import Path

import pytest

from ingest.model import NoticeGraph
from ingest.pipeline import parse_file
from ingest.structure import clean

SAMPLES = Path(__file__).parents[3] / "data" / "samples"
Row = tuple[str, list[str], list[str], tuple[str, str] | None, list[str]]

JUNE = [
    ("II.2.1.p1", ["Sở Tài chính"], ["Thống kê tỉnh"], None, []),
    ("II.2.2.a", ["Các chủ đầu tư, ban quản lý dự án"], [], None, []),
    ("II.2.2.b", ["Sở Nông nghiệp và Môi trường"], [], ("2025-07-22", "day"), []),
    (
        "II.2.2.c",
        ["Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Công Thương"],
        [],
        None,
        [],
    ),
    ("II.2.2.d", ["Người đứng đầu các cơ quan, địa phương"], [], None, []),
    (
        "II.2.3.a",
        ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo"],
        [],
        None,
        [],
    ),
    ("II.2.3.b", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("II.2.4.p1", ["Sở Tài chính"], ["Văn phòng UBND tỉnh", "Các sở, ban, ngành"], None, []),
    ("II.2.5.a.b1", ["Sở Nông nghiệp và Môi trường"], [], ("2025-07-25", "day"), []),
    ("II.2.5.a.b2", ["Sở Nông nghiệp và Môi trường"], [], None, []),
    ("II.2.5.a.b3", ["Sở Nông nghiệp và Môi trường"], [], ("2025-08-31", "day"), []),
    ("II.2.5.a.b4", ["Sở Nông nghiệp và Môi trường"], [], None, []),
    ("II.2.5.b.b1", ["Sở Công Thương"], [], None, []),
    ("II.2.5.b.b2", ["Sở Công Thương"], [], None, []),
    ("II.2.5.c", ["Sở Giáo dục và Đào tạo"], [], None, []),
    ("II.2.5.d", ["Sở Y tế"], [], ("2025-07-31", "month"), []),
    ("II.2.5.đ", ["Sở Nội vụ"], ["Các sở, ban, ngành"], None, []),
    ("II.2.6.a.b1", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("II.2.6.a.b2", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("II.2.6.b.b1", ["Văn phòng UBND tỉnh"], [], None, []),
    ("II.2.6.b.b2", ["Văn phòng UBND tỉnh"], [], None, []),
    ("II.2.6.c", ["Sở Tư pháp"], [], None, []),
    ("II.2.7.a", ["Sở Khoa học và Công nghệ"], [], None, []),
    ("II.2.7.b", ["Các sở, ban, ngành"], [], ("2025-09-30", "quarter"), []),
    ("II.2.7.c", ["UBND cấp xã"], [], None, []),
    ("II.2.7.d", ["Văn phòng UBND tỉnh"], [], None, []),
    ("II.2.8.a", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("II.2.8.b", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("II.2.8.c", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("II.2.9.p1", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], [], None, []),
    ("II.3.p1", ["Cơ quan soạn thảo"], [], None, []),
]
JANUARY = [
    ("II.1.p1", [], [], None, []),
    ("II.1.p2", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("II.1.p3", [], [], None, []),
    ("II.1.p4", [], [], None, []),
    ("II.2.1.p1", ["Các sở, ban, ngành"], [], None, []),
    ("II.2.1.a.p1", ["Sở Tài chính"], [], ("2026-02-12", "lunar"), []),
    ("II.2.1.b.p1", ["Sở Công Thương"], [], None, []),
    ("II.2.1.b.p2", ["Công an tỉnh"], [], None, []),
    ("II.2.2.p1", [], [], None, []),
    ("II.2.2.1.a", ["Sở Nông nghiệp và Môi trường"], ["UBND cấp xã"], None, []),
    ("II.2.2.1.a.p1", ["Sở Nông nghiệp và Môi trường"], [], None, []),
    ("II.2.2.1.a.p2", ["Sở Nông nghiệp và Môi trường"], [], None, []),
    ("II.2.2.1.a.p3", ["Sở Nông nghiệp và Môi trường"], [], None, []),
    ("II.2.2.1.b", ["Sở Công Thương"], [], None, []),
    ("II.2.2.1.c", ["Sở Xây dựng"], ["Các chủ đầu tư, ban quản lý dự án"], None, []),
    ("II.2.2.1.d.p1", [], [], None, []),
    ("II.2.2.1.d.p2", ["Ban Quản lý Khu kinh tế tỉnh"], [], None, []),
    (
        "II.2.2.1.đ",
        ["Sở Tài chính"],
        ["Thuế tỉnh", "Kho bạc Nhà nước tỉnh", "UBND cấp xã"],
        None,
        [],
    ),
    ("II.2.2.1.e", ["Ngân hàng Nhà nước chi nhánh tỉnh"], ["Các tổ chức tín dụng"], None, []),
    (
        "II.2.2.2.a.p1",
        ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"],
        [],
        None,
        ["Cao tốc Đồng Đăng - Trà Lĩnh"],
    ),
    (
        "II.2.2.2.a.p2",
        ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"],
        [],
        None,
        ["Cao tốc Đồng Đăng - Trà Lĩnh"],
    ),
    (
        "II.2.2.2.a.p3",
        ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"],
        [],
        None,
        ["Cao tốc Đồng Đăng - Trà Lĩnh"],
    ),
    (
        "II.2.2.2.a.p4",
        ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"],
        [],
        None,
        ["Cao tốc Đồng Đăng - Trà Lĩnh"],
    ),
    ("II.2.2.2.b.p1", ["Sở Xây dựng"], [], None, ["Cao tốc Bắc Kạn - Cao Bằng"]),
    (
        "II.2.2.2.c.p1",
        ["Ban Quản lý dự án đầu tư và xây dựng tỉnh"],
        ["Sở Xây dựng"],
        ("2026-08-31", "month"),
        ["11 trường phổ thông nội trú liên cấp tại các xã biên giới"],
    ),
    ("II.2.3.p1", ["Sở Nội vụ"], [], None, []),
    ("II.2.3.p2", ["Văn phòng UBND tỉnh"], ["Các sở, ban, ngành", "UBND cấp xã"], None, []),
    ("II.2.4.p1", ["Sở Khoa học và Công nghệ"], [], None, []),
    ("II.2.5.p1", ["Sở Giáo dục và Đào tạo"], ["Đại học Thái Nguyên"], None, []),
    ("II.2.5.p2", ["Sở Y tế"], [], None, []),
    ("II.2.5.p3", ["Sở Văn hóa, Thể thao và Du lịch"], [], None, []),
    ("II.2.6.p1", ["Thanh tra tỉnh"], [], None, []),
    ("II.2.6.p2", ["Sở Tư pháp"], [], None, []),
    (
        "II.2.7.p1",
        ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
        [],
        None,
        [],
    ),
    ("II.2.7.p2", ["Sở Ngoại vụ"], [], None, []),
    ("III.p1", ["Các sở, ban, ngành", "UBND cấp xã"], [], None, []),
    ("III.p2", ["Các Phó Chủ tịch UBND tỉnh"], [], None, []),
    ("III.p3", ["Văn phòng UBND tỉnh"], [], None, []),
    ("IV.p1", ["Cơ quan soạn thảo"], [], None, []),
]


@pytest.fixture(scope="module")
def june() -> NoticeGraph:
    return parse_file(SAMPLES / "cao-bang-2025-06-phien-hop-thuong-ky.txt")


@pytest.fixture(scope="module")
def january() -> NoticeGraph:
    return parse_file(SAMPLES / "cao-bang-2026-01-phien-hop-thuong-ky.txt")


def _rows(ng: NoticeGraph) -> list[Row]:
    return [
        (
            d.section,
            [a.name for a in d.lead],
            [a.name for a in d.support],
            (d.deadline.date.isoformat(), d.deadline.precision) if d.deadline else None,
            [p.name for p in d.projects],
        )
        for d in ng.directives
    ]


@pytest.mark.parametrize(("which", "table"), [("june", JUNE), ("january", JANUARY)])
def test_every_directive(which: str, table: list[Row], request: pytest.FixtureRequest) -> None:
    ng: NoticeGraph = request.getfixturevalue(which)
    got = _rows(ng)
    assert [r[0] for r in got] == [r[0] for r in table]
    for expected, actual in zip(table, got, strict=True):
        assert actual == expected


def test_meetings(june: NoticeGraph, january: NoticeGraph) -> None:
    m = june.meeting
    assert (m.id, m.period, m.date, m.issued) == (
        "cao-bang-2025-06-thuong-ky",
        "2025-06",
        date(2025, 7, 3),
        date(2025, 7, 14),
    )
    assert (m.province, m.kind, m.extended, m.signer) == (
        "Cao Bằng",
        "thường kỳ",
        True,
        "Dương Hùng Dũng",
    )
    assert m.chair == "Lê Hải Hoà"
    j = january.meeting
    assert (j.id, j.period, j.date, j.issued, j.extended) == (
        "cao-bang-2026-01-thuong-ky",
        "2026-01",
        date(2026, 2, 3),
        None,
        False,
    )
    assert j.signer == "Luân Chiến Công" and j.chair == "Lê Hải Hòa"


def test_spans_slice_the_paragraph(june: NoticeGraph, january: NoticeGraph) -> None:
    for ng in (june, january):
        for d in ng.directives:
            raw = clean(ng.text[d.span[0] : d.span[1]])  # markdown emphasis stripped
            assert raw.endswith(d.text[-20:]) and d.text[:12] in raw


def test_page_breaks_repaired(june: NoticeGraph, january: NoticeGraph) -> None:
    texts = [d.text for d in june.directives + january.directives]
    assert any("công khai, minh bạch, không để thất thoát" in t for t in texts)
    assert any("bảo đảm kinh phí đến tay Nhân dân" in t for t in texts)
    assert any(
        "lĩnh vực xây dựng" in t and "chuẩn bị nội dung tham gia" in t for t in texts
    ) or any("chuyển đổi số; triển khai" in t for t in texts)


def test_findings_and_indicators(june: NoticeGraph) -> None:
    kinds = [f.kind for f in june.findings]
    assert kinds.count("limitation") == 1 and "achievement" in kinds and "context" in kinds
    values = {(i.value, i.unit) for i in june.indicators}
    assert (6.56, "%") in values
    docs = {d.number for d in june.documents}
    assert "933/QĐ-UBND" in docs
