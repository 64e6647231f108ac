"""Genre features the four session-7 notices showed the parser did not know (eval/notices/:
a commune Party committee, a ministry's Vụ/Cục, an appendix task table with merged cells, long
';' paragraphs with working days across a holiday). Each test names the feature and uses its
own short example."""

from datetime import date

from ingest.extract.deadlines import find_deadline
from ingest.extract.holidays import is_working_day, statutory_days_off
from ingest.extract.projects import find_projects
from ingest.extract.roles import assignment
from ingest.extract.tables import cell_agencies, cell_deadline, group_title
from ingest.pipeline import parse_bytes
from ingest.resolve import get_resolver
from tests.unit.ingest.notice_text import notice

MINISTRY = get_resolver("Bộ Khoa học và Công nghệ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ")
PROVINCE = get_resolver("Nghệ An", "UBND tỉnh Nghệ An")


def test_working_days_skip_the_national_day_holiday() -> None:
    """Five working days from Thursday 28/8/2025 skip the weekend and 1-2/9 (days off)."""
    d = find_deadline("trình UBND tỉnh trong 05 ngày làm việc kể từ ngày ký Thông báo này",
                      date(2025, 8, 26), date(2025, 8, 28))
    assert d is not None and d.date == date(2025, 9, 8) and d.precision == "relative"


def test_a_saturday_worked_in_exchange_is_a_working_day() -> None:
    """26/4/2025 was worked for 2/5/2025 (the announced exchange); 2/5 was a day off."""
    assert is_working_day(date(2025, 4, 26)) and not is_working_day(date(2025, 5, 2))


def test_statutory_holidays_for_a_year_not_listed() -> None:
    """Article 112 of the Labour Code: 2/9/2029 is a Sunday, so it moves to Monday 3/9, and the
    lunar new year (13/2/2029) with its eve and the days after it is off."""
    off = statutory_days_off(2029)
    assert date(2029, 9, 3) in off and date(2029, 2, 13) in off
    assert date(2029, 4, 30) in off and date(2029, 5, 1) in off


def test_department_name_with_a_field_list_comma_is_one_body() -> None:
    """"Vụ Khoa học Xã hội, Nhân văn và Tự nhiên": after the comma a field in sentence case,
    not a new body."""
    ms = MINISTRY.find_mentions("Vụ Khoa học Xã hội, Nhân văn và Tự nhiên chủ trì xây dựng dự thảo")
    assert [m.surface for m in ms] == ["Vụ Khoa học Xã hội, Nhân văn và Tự nhiên"]


def test_comma_before_a_place_name_still_ends_a_name() -> None:
    """"Hạt Kiểm lâm Quỳ Châu, Quỳ Hợp": capitalised syllables after the comma are a place (a
    second body of the kind), not a field of the first one's name."""
    ms = PROVINCE.find_mentions("phối hợp với Hạt Kiểm lâm Quỳ Châu, Quỳ Hợp kiểm tra rừng")
    assert ms[0].surface == "Hạt Kiểm lâm Quỳ Châu"


def test_shortened_department_name_is_the_department_named_in_full_before() -> None:
    """A ministry's notice names "Cục Tần số vô tuyến điện" once, then "Cục Tần số"."""
    full = MINISTRY.resolve("Cục Tần số vô tuyến điện")
    later = assignment(MINISTRY, "Cục Tần số chủ trì tổ chức đấu giá băng tần 700 MHz.")
    assert [a.id for a in later.lead] == [full.id]


def test_unknown_name_ends_before_dong_chu_tri_and_chuan_bi() -> None:
    r = assignment(PROVINCE, "Trung tâm Phát triển quỹ đất huyện và Ban Quản lý Chợ Vinh đồng "
                             "chủ trì chuẩn bị mặt bằng.")
    assert [a.name for a in r.lead][-1] == "Ban Quản lý Chợ Vinh"


def test_consulted_body_supports_a_guided_one_has_no_role() -> None:
    """"lấy ý kiến Hội Nông dân tỉnh": consulted, a supporter; "hướng dẫn các hợp tác xã":
    guided, no role (the convention of every gold set)."""
    r = assignment(PROVINCE, "Sở Nông nghiệp và Môi trường hướng dẫn UBND cấp xã xây dựng phương "
                             "án, lấy ý kiến Hội Nông dân tỉnh trước khi trình UBND tỉnh.")
    assert [a.name for a in r.support] == ["Hội Nông dân tỉnh"]


def test_group_row_with_a_roman_numeral_and_a_spanning_title() -> None:
    """"II" | "DỰ ÁN ..." (the title merged over the other columns) heads the rows under it."""
    assert group_title(["II", "DỰ ÁN CẢI TẠO CHỢ TRUNG TÂM"]) == "II. DỰ ÁN CẢI TẠO CHỢ TRUNG TÂM"
    assert group_title(["2", "Rà soát hồ sơ", "", "", ""]) is None  # a task with no lead cell


def test_two_paragraphs_of_one_roles_cell_are_two_bodies() -> None:
    names = [a.name for a in cell_agencies(PROVINCE, "Công an tỉnh Các doanh nghiệp viễn thông")]
    assert names == ["Công an tỉnh", "Các doanh nghiệp viễn thông"]


def test_group_row_project_reaches_the_rows_under_it() -> None:
    body = "\n".join([
        "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn",
        "I\tDỰ ÁN ĐƯỜNG NỐI QUỐC LỘ 7 VỚI CẦU CỬA HỘI",
        "1\tHoàn thành bồi thường phần còn lại.\tUBND xã Nghi Lộc\tSở Tài chính\tQuý IV/2025",
    ])
    ng = notice(f"II. NHIỆM VỤ\n\n{body}")
    assert len(ng.directives) == 1
    assert next(p.name for p in ng.directives[0].projects).lower().startswith("đường nối quốc lộ 7")


def test_link_road_ends_and_airport_railway_heads() -> None:
    """A link road keeps a far end that is a proper name ("... với Khu kinh tế Đông Nam"); one
    written with a common noun ("với cầu Hưng Đức") is a project of its own. A management
    board's or a company's name ("Ban Quản lý đường sắt đô thị", "Tổng công ty Cảng hàng không
    Việt Nam") is no project."""
    assert [p.name for p in find_projects("thi công Dự án đường nối Cảng hàng không Vinh với Khu "
                                          "kinh tế Đông Nam; bảo đảm tiến độ")] == \
        ["Đường nối Cảng hàng không Vinh với Khu kinh tế Đông Nam"]
    assert [p.name for p in find_projects("thi công Dự án đường nối Đường tỉnh 535 với cầu Hưng "
                                          "Đức")] == ["Đường nối Đường tỉnh 535", "Cầu Hưng Đức"]
    assert find_projects("Ban Quản lý đường sắt đô thị Hà Nội báo cáo") == []
    assert find_projects("Tổng công ty Cảng hàng không Việt Nam đầu tư") == []
    assert [p.name for p in find_projects("mở rộng Cảng hàng không quốc tế Vinh")] == \
        ["Cảng hàng không quốc tế Vinh"]
    assert [p.name for p in find_projects("khảo sát tuyến metro số 2 Vinh - Cửa Lò")] == \
        ["Metro số 2 Vinh - Cửa Lò"]
    assert find_projects("di dời đường dây 110 kV") == []  # a line, no proper name: no project


PARTY = """ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ NAM ĐÀN
*
Số 12-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày 10 tháng 3 năm 2026

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ tại hội nghị giao ban tháng 3 năm 2026

Ngày 08/3/2026, Ban Thường vụ Đảng ủy xã họp giao ban tháng 3 năm 2026.

1. Giao Ủy ban nhân dân xã chỉ đạo Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng trước ngày \
31/3/2026.

2. Các chi bộ trực thuộc duy trì sinh hoạt chi bộ định kỳ hằng tháng.

Văn phòng Đảng ủy thông báo để các chi bộ biết, thực hiện.
"""


def test_commune_party_committee_notice() -> None:
    """A Party committee's header ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-TB/ĐU") issues as the
    commune; it directs the commune's People's Committee, which is an assignee there."""
    ng = parse_bytes("party.txt", PARTY.encode())
    m = ng.meeting
    assert (m.number, m.issuer, m.level, m.province) == ("12-TB/ĐU", "Đảng ủy xã Nam Đàn",
                                                         "commune", "Nghệ An")
    assert [[a.name for a in d.lead] for d in ng.directives] == [["UBND xã Nam Đàn"],
                                                                 ["Các chi bộ trực thuộc"]]


def test_person_with_a_title_no_gazetteer_lists_leads_as_the_office() -> None:
    r = assignment(PROVINCE, "Giao đồng chí Lê Văn Hòa - Phó Bí thư Thường trực Đảng ủy xã chỉ "
                             "đạo xây dựng kế hoạch nông thôn mới.")
    assert [a.name for a in r.lead] == ["Phó Bí thư Thường trực Đảng ủy xã"]


def test_road_codes_and_a_link_road_named_by_its_ends() -> None:
    """"dự án ĐT606" (a road code is a proper name) and "Đường nối trung tâm xã X đến Y"
    (lower-case words, both ends kept, the deadline left out)."""
    assert [p.name for p in find_projects("điều chỉnh dự án ĐT607, gửi Sở Xây dựng")] == ["ĐT607"]
    found = find_projects("thông tuyến Đường nối trung tâm xã Quế Phong đến Thông Thụ trước ngày "
                          "30/6/2026")
    assert [p.name for p in found] == ["Đường nối trung tâm xã Quế Phong đến Thông Thụ"]
    assert find_projects("sửa các tuyến đường nối vào khu dân cư") == []


def test_named_supporter_when_no_known_body_is_named() -> None:
    """"Chủ trì, phối hợp với Trưởng các xóm ...": a bullet under an agency heading names only a
    body no gazetteer lists; it still supports."""
    r = assignment(PROVINCE, "Chủ trì, phối hợp với Trưởng các xóm vận động người dân hiến đất.")
    assert [a.name for a in r.support] == ["Trưởng các xóm"]


def test_days_ahead_of_a_date() -> None:
    """"trình ... trước Tết Nguyên đán ít nhất 45 ngày": 45 days before Tết Bính Ngọ (17/2/2026)."""
    d = find_deadline("chuẩn bị kế hoạch chăm lo Tết, trình UBND tỉnh trước Tết Nguyên đán ít nhất "
                      "45 ngày.", date(2025, 8, 26))
    assert d is not None and d.date == date(2026, 1, 3)


def test_party_committee_closes_its_units_name() -> None:
    """"Ủy ban Kiểm tra Đảng ủy xã", "Ban Tổ chức Tỉnh ủy": a Party committee's units are named
    with it; the committee named alone stays a body of its own."""
    ms = PROVINCE.find_mentions("Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ báo cáo "
                                "Tỉnh ủy")
    assert [m.surface for m in ms] == ["Ban Tổ chức Tỉnh ủy", "Sở Nội vụ", "Tỉnh ủy"]


def test_a_start_in_the_deadline_column_is_no_deadline() -> None:
    """"Từ ngày 11/02/2026" says when the work starts; "Từ 01/3 đến 15/3/2026" ends on 15/3."""
    assert cell_deadline("Từ ngày 11/02/2026", date(2026, 2, 9)) is None
    d = cell_deadline("Từ 01/3 đến 15/3/2026", date(2026, 2, 9))
    assert d is not None and d.date == date(2026, 3, 15)
