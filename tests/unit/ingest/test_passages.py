"""Passages: every body paragraph or table row that is neither a directive nor a finding is a
searchable unit with its provenance; header, recipients and signature never are."""

from ingest.pipeline import parse_bytes
from ingest.text import fold
from tests.unit.ingest.notice_text import HEAD

NOTICE = HEAD + """I. NHIỆM VỤ TRỌNG TÂM THÁNG 4

1. Giao Sở Tài chính chủ trì, phối hợp với các sở tham mưu phân bổ vốn đầu tư công, hoàn \
thành trước ngày 20/4/2025.

II. TẬP THỂ UBND TỈNH NHẤT TRÍ THÔNG QUA CÁC VĂN BẢN SAU

1. Quyết định ban hành Quy chế quản lý chợ đêm du lịch Sa Pa.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Sở Tài chính;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
"""


def _graph():  # type: ignore[no-untyped-def]
    return parse_bytes("lao-cai.txt", NOTICE.encode())


def test_uncovered_body_paragraphs_become_passages_with_spans() -> None:
    ng = _graph()
    texts = [p.text for p in ng.passages]
    assert any("chợ đêm du lịch Sa Pa" in t for t in texts)  # an approved document's title
    assert any(fold(t).startswith("ngay 05/4/2025") for t in texts)  # the preamble
    for p in ng.passages:
        assert p.text in ng.text[p.span[0]:p.span[1]] or p.text[:20] in ng.text[p.span[0]:]
        assert p.id.startswith(ng.meeting.id + ":")


def test_no_passage_overlaps_a_directive_or_finding() -> None:
    ng = _graph()
    units = [u.span for u in [*ng.directives, *ng.findings]]
    assert ng.directives
    assert all(not (s < p.span[1] and p.span[0] < e) for p in ng.passages for s, e in units)


def test_header_recipients_and_signature_are_not_passages() -> None:
    body = " ".join(fold(p.text) for p in _graph().passages)
    for outside in ("noi nhan", "luu: vt", "pho chu tich nguyen van hoa", "tinh lao cai thong bao"):
        assert outside not in body


def test_a_list_item_stands_under_its_heading() -> None:
    ng = _graph()
    item = next(p for p in ng.passages if "chợ đêm" in p.text)
    assert item.headings and "THÔNG QUA" in item.headings[-1]
    assert item.section.startswith("II")


def test_passage_ids_are_unique_and_stable() -> None:
    a, b = _graph(), _graph()
    ids = [p.id for p in a.passages] + [u.id for u in [*a.directives, *a.findings]]
    assert len(ids) == len(set(ids))
    assert [p.id for p in a.passages] == [p.id for p in b.passages]
