"""Genre features the blind eval/holdout-3 notices showed the parser did not know (session 16),
each with its own short example: a unit heading "N. Đối với Phòng X" without a colon, a deadline
line in brackets "(Thời hạn: ...)", a numbered list that restarts at "1." under each numbered
agency heading, a task-table cell holding a bulleted list (one task per item), and an assigning
lead-in ("Ban Thường vụ Tỉnh ủy giao:") inside an assessment section."""

from ingest.model import NoticeGraph
from ingest.pipeline import parse_bytes
from tests.unit.ingest.notice_text import HEAD, TAIL, leads, notice, spans_exact


def _md(body: str) -> NoticeGraph:
    return parse_bytes("notice.md", (HEAD + body.strip() + TAIL).encode())


def _deadlines(ng: NoticeGraph) -> list[str | None]:
    return [d.deadline.date.isoformat() if d.deadline and d.deadline.date else None
            for d in ng.directives]


def test_a_unit_heading_for_a_body_without_colon_leads_its_bullets() -> None:
    ng = notice("""II. NHIỆM VỤ TRỌNG TÂM

1. Đối với Phòng Kế hoạch - Tài chính

- Tổng hợp tình hình giải ngân vốn đầu tư công, báo cáo Giám đốc Sở.
(Thời hạn: trước ngày 20/4/2025)

- Rà soát dự toán chi thường xuyên năm 2025 của các đơn vị.

2. Đối với Văn phòng Sở

- Khẩn trương hoàn thiện quy chế làm việc của Sở sau hợp nhất.
(Thời hạn: trong quý II/2025)""")
    assert leads(ng) == [["Phòng Kế hoạch - Tài chính"]] * 2 + [["Văn phòng Sở"]]
    assert _deadlines(ng) == ["2025-04-20", None, "2025-06-30"]
    assert spans_exact(ng)


def test_a_bracketed_deadline_line_is_the_task_above_and_no_task_of_its_own() -> None:
    ng = notice("""1. Sở Y tế chủ trì tổ chức tiêm vắc xin sởi cho trẻ em dưới 5 tuổi.
(Thời gian hoàn thành: xong trước 30/4)""")
    assert len(ng.directives) == 1 and _deadlines(ng) == ["2025-04-30"]


def test_a_numbered_list_restarting_under_numbered_agency_headings_is_nested() -> None:
    ng = _md("""### 1. Sở Tài chính

1. Tổng hợp nhu cầu vốn đầu tư công năm 2026 của các sở, ngành.
2. Chủ trì, phối hợp với Sở Xây dựng rà soát các dự án chậm giải ngân trước ngày 30/4/2025.

### 2. Sở Nội vụ

1. Hướng dẫn các xã bố trí công chức chuyên môn trong quý II/2025.

Sở Y tế theo dõi tình hình dịch bệnh, báo cáo UBND tỉnh hằng tuần.""")
    assert leads(ng) == [["Sở Tài chính"], ["Sở Tài chính"], ["Sở Nội vụ"], ["Sở Y tế"]]
    assert [a.name for a in ng.directives[1].support] == ["Sở Xây dựng"]
    assert _deadlines(ng)[:3] == [None, "2025-04-30", "2025-06-30"]
    assert len({d.id for d in ng.directives}) == 4


def test_a_numbered_heading_followed_by_its_own_next_number_is_no_restart() -> None:
    ng = _md("""1. Sở Tài chính tổng hợp nhu cầu vốn đầu tư công năm 2026.

2. Sở Nội vụ hướng dẫn các xã bố trí công chức chuyên môn trong quý II/2025.""")
    assert leads(ng) == [["Sở Tài chính"], ["Sở Nội vụ"]]


def test_a_task_cell_holding_a_bulleted_list_is_one_task_per_item() -> None:
    ng = _md("""| TT | Cơ quan, đơn vị | Nhiệm vụ |
|---|---|---|
| 1 | Sở Nội vụ | - Chủ trì, phối hợp với Sở Tài chính tham mưu phương án bố trí công chức \
trước ngày 10/5/2025.<br>- Hướng dẫn các xã bàn giao hồ sơ lưu trữ, xong trước ngày 30/6/2025. |
| 2 | Sở Y tế | Tổ chức tiêm vắc xin sởi; tổng hợp kết quả trước ngày 30/4/2025. |""")
    assert leads(ng) == [["Sở Nội vụ"], ["Sở Nội vụ"], ["Sở Y tế"]]
    assert [[a.name for a in d.support] for d in ng.directives] == [["Sở Tài chính"], [], []]
    assert _deadlines(ng) == ["2025-05-10", "2025-06-30", "2025-04-30"]
    assert ng.directives[1].text.startswith("Hướng dẫn các xã") and spans_exact(ng)


def test_an_assigning_lead_in_opens_tasks_inside_an_assessment_section() -> None:
    ng = notice("""1. Về tình hình kinh tế - xã hội

Kim ngạch xuất khẩu 10 tháng ước đạt 5,8 tỷ USD, tăng 11% so với cùng kỳ.

Ban Thường vụ Tỉnh ủy giao:

- Sở Tài chính xây dựng dự thảo kế hoạch tài chính năm 2026 trước ngày 28/11/2025.

- Sở Công Thương tổ chức hội nghị xúc tiến thương mại trong tháng 12/2025.""")
    assert leads(ng) == [["Sở Tài chính"], ["Sở Công Thương"]]
    assert any("5,8 tỷ USD" in f.text for f in ng.findings)


def test_a_period_from_the_receipt_of_something_else_has_no_date() -> None:
    """"kể từ ngày nhận được Thông báo này" counts from the issue date; "kể từ ngày nhận được
    phương án được phê duyệt" from an event whose date the notice does not give."""
    from datetime import date

    from ingest.extract.deadlines import find_deadline
    ref, issued = date(2025, 7, 22), date(2025, 7, 25)
    own = find_deadline("hoàn thành trong 10 ngày kể từ ngày nhận được Thông báo này.", ref, issued)
    assert own is not None and own.date == date(2025, 8, 4)
    assert find_deadline("Trong 10 ngày kể từ ngày nhận được phương án được phê duyệt", ref,
                         issued) is None


def test_a_collective_of_offices_listed_with_commas_is_a_body_but_phong_chong_is_not() -> None:
    ng = notice("""1. Đối với các phòng, chi cục, trung tâm thuộc Sở

- Rà soát quy chế làm việc của đơn vị sau hợp nhất trước ngày 20/4/2025.

2. Phòng, chống dịch bệnh

- Sở Y tế chủ trì tổ chức tiêm vắc xin sởi trong quý II/2025.""")
    assert leads(ng) == [["các phòng, chi cục, trung tâm thuộc Sở"], ["Sở Y tế"]]


def test_a_provincial_party_committee_and_the_state_bank_as_issuers() -> None:
    """"ĐẢNG BỘ TỈNH ĐỒNG THÁP / TỈNH ỦY" is the Tỉnh ủy of that province; the State Bank is a
    ministerial-level agency, its own jurisdiction (not the province of its seat)."""
    from ingest.extract.issuer import from_header
    party = from_header(["ĐẢNG BỘ TỈNH ĐỒNG THÁP", "TỈNH ỦY"])
    assert party is not None and (party.name, party.level, party.province) == (
        "Tỉnh ủy Đồng Tháp", "province", "Đồng Tháp")
    bank = from_header(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"])
    assert bank is not None and (bank.name, bank.level, bank.province) == (
        "Ngân hàng Nhà nước Việt Nam", "ministry", "Ngân hàng Nhà nước Việt Nam")


def test_the_state_bank_header_line_opens_the_header() -> None:
    ng = parse_bytes("notice.txt", """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM

Số: 276/TB-NHNN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 25 tháng 7 năm 2025

THÔNG BÁO

Kết luận của Phó Thống đốc tại cuộc họp về tín dụng

1. Vụ Pháp chế rà soát dự thảo Thông tư trước ngày 31/8/2025.

Văn phòng thông báo để các đơn vị biết, thực hiện./.
""".encode())
    assert (ng.meeting.issuer, ng.meeting.province) == ("Ngân hàng Nhà nước Việt Nam",
                                                        "Ngân hàng Nhà nước Việt Nam")


def test_a_national_park_is_a_body_that_supports() -> None:
    ng = notice("""1. Chi cục Kiểm lâm phối hợp với Vườn quốc gia Tràm Chim tăng cường tuần tra, \
không để xảy ra cháy rừng.""")
    assert [[a.name for a in d.support] for d in ng.directives] == [["Vườn quốc gia Tràm Chim"]]
