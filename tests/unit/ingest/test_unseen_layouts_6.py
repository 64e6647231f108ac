"""Genre features the blind eval/holdout-6 notices showed the parser did not know (session 20),
each with its own short example: a Fatherland Front committee's standing board as issuer, a
fixed-width header whose first line holds both columns, the monthly meeting of a commune's
members, a Council's hearing, a body's own conference, deadline cells counted from the signing
day without "trong", a season ("Dịp Tết") as no deadline, long "Thời gian hoàn thành:" lines,
names that run into a verb pair, and a commune whose province only its body names."""

from datetime import date

import pytest

from ingest.extract.deadlines import read_deadline
from ingest.extract.issuer import from_header
from ingest.extract.kind import kind_of
from ingest.extract.roles import assignment
from ingest.pipeline import parse_bytes
from ingest.resolve import get_resolver
from tests.unit.ingest.notice_text import CLOSING, leads

_FRONT = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI
BAN THƯỜNG TRỰC
Số: 21/TB-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 06 tháng 3 năm 2026

THÔNG BÁO
Kết luận của đồng chí Chủ tịch tại Hội nghị Ban Thường trực tháng 3 năm 2026

Ngày 04/3/2026, Ban Thường trực tổ chức Hội nghị giao ban. Đồng chí Chủ tịch kết luận như sau:

1. Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
+ Tổng hợp kiến nghị của cử tri gửi kỳ họp Hội đồng nhân dân tỉnh.
Thời gian hoàn thành: trong 10 ngày làm việc kể từ ngày ký Thông báo này.
2. Giao Ban Tuyên giáo và Dân vận phổ biến kết quả hội nghị trên trang tin của Mặt trận.

"""

_FIXED = """   HĐND TỈNH SƠN LA                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      THƯỜNG TRỰC                       Độc lập - Tự do - Hạnh phúc
   Số: 12/TB-HĐND                    Sơn La, ngày 09 tháng 4 năm 2026

                              THÔNG BÁO
   Kết luận của Thường trực HĐND tỉnh tại phiên giải trình về công tác giảm nghèo

Ngày 07/4/2026, Thường trực HĐND tỉnh tổ chức phiên giải trình.

1. Giao Ban Dân tộc HĐND tỉnh giám sát việc thực hiện kết luận trước ngày 30/6/2026.

"""

_COMMUNE = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
Số: 40/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp thành viên Ủy ban nhân dân xã tháng 4 năm 2026

Ngày 02/5/2026, Chủ tịch UBND xã chủ trì cuộc họp thành viên UBND xã.

1. Giao Phòng Kinh tế phối hợp với Thuế cơ sở 2 tỉnh Đồng Nai đôn đốc thu ngân sách trước \
ngày 31/5/2026.

"""


def test_a_front_committees_standing_board_is_the_issuer_with_its_parent() -> None:
    ng = parse_bytes("notice.txt", (_FRONT + CLOSING + "\n").encode())
    issuer = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi"
    assert (ng.meeting.issuer, ng.meeting.province) == (issuer, "Quảng Ngãi")
    assert ng.meeting.kind == "hội nghị"


def test_a_long_completion_line_gives_its_task_the_deadline() -> None:
    ng = parse_bytes("notice.txt", (_FRONT + CLOSING + "\n").encode())
    assert ng.directives[0].deadline is not None
    assert ng.directives[0].deadline.date == date(2026, 3, 20)  # 10 working days from 06/3


def test_a_name_ends_before_a_verb_pair_and_keeps_ủy_ban() -> None:
    ng = parse_bytes("notice.txt", (_FRONT + CLOSING + "\n").encode())
    assert leads(ng) == [["Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam"],
                         ["Ban Tuyên giáo và Dân vận"]]
    found = get_resolver("Quảng Ngãi").find_mentions("Ban Kinh tế Ngân sách phổ biến kế hoạch")
    assert [m.ref.name for m in found] == ["Ban Kinh tế Ngân sách"]


def test_a_fixed_width_header_keeps_its_issuer_column() -> None:
    ng = parse_bytes("notice.txt", (_FIXED + CLOSING + "\n").encode())
    assert ng.meeting.issuer == "Thường trực Hội đồng nhân dân tỉnh Sơn La"
    assert ng.meeting.province == "Sơn La"
    assert ng.meeting.kind == "chuyên đề"


def test_a_commune_whose_province_only_its_body_names() -> None:
    ng = parse_bytes("notice.txt", (_COMMUNE + CLOSING + "\n").encode())
    assert ng.meeting.province == "Đồng Nai"
    assert ng.meeting.kind == "thường kỳ"


def test_a_standing_board_header_line_is_named_with_its_parent() -> None:
    found = from_header(["ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH LAI CHÂU", "BAN THƯỜNG TRỰC"])
    assert found is not None
    assert found.name == "Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh Lai Châu"


@pytest.mark.parametrize(("subject", "kind"), [
    ("tại cuộc họp thành viên Ủy ban nhân dân phường tháng 7 năm 2026", "thường kỳ"),
    ("tại cuộc họp thành viên UBND xã về công tác bồi thường tháng 7", "chuyên đề"),
    ("tại Hội nghị Ban Chấp hành mở rộng quý II năm 2026", "hội nghị"),
    ("tại phiên chất vấn về quản lý đất đai", "chuyên đề"),
])
def test_meeting_kinds_of_the_genre(subject: str, kind: str) -> None:
    assert kind_of(subject, "") == kind


@pytest.mark.parametrize(("cell", "day"), [
    ("07 ngày làm việc kể từ ngày ký", date(2026, 3, 17)),
    ("Dịp Tết Nguyên đán Bính Ngọ", None),
    ("Trước dịp Tết Nguyên đán Bính Ngọ", date(2026, 2, 17)),
    ("Dịp nghỉ lễ Tết Dương lịch 1/1/2026", date(2026, 1, 1)),  # the break names its day
])
def test_deadline_cells(cell: str, day: date | None) -> None:
    found = read_deadline(cell, date(2025, 12, 1), date(2026, 3, 6))
    assert (found.date if found else None) == day


def test_bodies_named_last_in_a_bracket_lead() -> None:
    resolver = get_resolver("Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên")
    lead = assignment(resolver, "Về du lịch: Xây dựng kế hoạch lễ hội. *(Sở Văn hóa, Thể thao "
                                "và Du lịch; thời hạn: trong tháng 3/2026)*").lead
    assert [a.name for a in lead] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert assignment(resolver, "Báo cáo kết quả (qua Sở Tài chính).").lead == []


@pytest.mark.parametrize(("issuer", "leads_it"), [
    ("Thường trực Hội đồng nhân dân tỉnh Điện Biên", True),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên", True),
    ("Ủy ban nhân dân tỉnh Điện Biên", False),
])
def test_the_peoples_committee_is_assigned_by_bodies_outside_it(issuer: str,
                                                                leads_it: bool) -> None:
    lead = assignment(get_resolver("Điện Biên", issuer),
                      "Đề nghị Ủy ban nhân dân tỉnh báo cáo kết quả trước ngày 30/6/2026.").lead
    assert ([a.name for a in lead] == ["UBND tỉnh"]) == leads_it
