"""Names of the genre that span words a simple reader cuts at (ingest/resolve.py,
ingest/extract/roles.py, ingest/extract/projects.py), and a pointer to the appendix: each test
names the feature and uses its own short example."""

from ingest.extract.blocks import points_to_appendix
from ingest.extract.projects import find_projects
from ingest.extract.roles import assignment
from ingest.resolve import get_resolver

R = get_resolver("Quảng Ngãi", "UBND tỉnh Quảng Ngãi")


def test_economic_zone_board_name_keeps_its_industrial_parks() -> None:
    """"Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi" is one body: the
    "và" does not end it, so it stands right before a closing "phối hợp" and supports."""
    r = assignment(R, "Giao UBND xã Bình Sơn chủ trì di dời các hộ dân, Ban Quản lý Khu kinh tế "
                      "Dung Quất và các khu công nghiệp Quảng Ngãi phối hợp.")
    assert [a.name for a in r.lead] == ["UBND xã Bình Sơn"]
    assert [a.id for a in r.support] == ["quang-ngai:ban-quan-ly-khu-kinh-te"]


def test_zone_board_and_another_body_stay_two() -> None:
    mentions = R.find_mentions("Ban Quản lý Khu kinh tế tỉnh và Sở Xây dựng phối hợp")
    assert [m.surface for m in mentions] == ["Ban Quản lý Khu kinh tế tỉnh", "Sở Xây dựng"]


def test_person_assigned_by_name_and_office_leads() -> None:
    """"Giao đồng chí <tên> - Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo ...": the office holder
    is the lead (resolved as the office)."""
    r = assignment(R, "Giao đồng chí Trần Minh Khoa - Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo "
                      "công tác giải phóng mặt bằng.")
    assert [a.id for a in r.lead] == [R.resolve("Phó Chủ tịch UBND tỉnh").id]


def test_industrial_park_and_coastal_road_are_projects() -> None:
    """"Khu công nghiệp <tên>" and the coastal road ("tuyến đường bộ ven biển", "đường ven biển
    A - B") are investment projects; "các khu công nghiệp X, Y" names several, no one project."""
    assert [p.name for p in find_projects("hoàn thành san lấp tại Khu công nghiệp Tân Phong")] \
        == ["Khu công nghiệp Tân Phong"]
    assert [p.name for p in find_projects("đẩy nhanh thi công tuyến đường bộ ven biển đoạn qua "
                                          "huyện")] == ["Đường bộ ven biển"]
    assert [p.name for p in find_projects("bàn giao mặt bằng đường ven biển Sầm Sơn - Nghi "
                                          "Sơn")] == ["Đường ven biển Sầm Sơn - Nghi Sơn"]
    assert find_projects("hỗ trợ doanh nghiệp trong các khu công nghiệp Tân Phong, Bắc Ninh") == []


def test_sentence_pointing_to_the_appendix_assigns_nothing() -> None:
    assert points_to_appendix("Các nhiệm vụ cụ thể giao các sở, ngành tại Phụ lục kèm theo "
                              "Thông báo này.")
    assert not points_to_appendix("Các sở, ngành được giao nhiệm vụ tại Phụ lục khẩn trương "
                                  "triển khai, báo cáo kết quả trước ngày 25 hằng tháng.")


def test_collective_of_a_named_kind_supports() -> None:
    """"phối hợp với các doanh nghiệp thành viên": a collective that says which bodies is a
    supporter; a generic partner ("các cơ quan, đơn vị chức năng") is none."""
    r = assignment(R, "Đề nghị Hiệp hội Thủy sản tỉnh phối hợp với các doanh nghiệp thành viên "
                      "liên kết với nông dân theo chuỗi.")
    assert [a.name for a in r.support] == ["các doanh nghiệp thành viên"]
    assert assignment(R, "Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị chức năng "
                         "kiểm tra hồ sơ.").support == []
    assert assignment(R, "Giao Công an tỉnh chủ trì, phối hợp với các lực lượng chức năng tuần "
                         "tra.").support == []


def test_communes_listed_without_ubnd_are_their_committees() -> None:
    """"Các xã: A, B khẩn trương ...": each commune named, as its People's Committee."""
    r = assignment(R, "Các xã: Bình Sơn, Bình Châu khẩn trương hoàn thiện hồ sơ trước ngày "
                      "31/12/2025.")
    assert [a.id for a in r.lead] == [R.resolve("UBND xã Bình Sơn").id,
                                      R.resolve("UBND xã Bình Châu").id]


def test_working_group_of_a_committee_is_a_body() -> None:
    """"Tổ giúp việc Ban Chỉ đạo" (a committee's working group) leads, not the committee."""
    r = assignment(R, "Giao Tổ giúp việc Ban Chỉ đạo theo dõi, đôn đốc việc thực hiện.")
    assert [a.name for a in r.lead] == ["Tổ giúp việc Ban Chỉ đạo"]


def test_facilities_directed_by_a_department_support() -> None:
    """"X chỉ đạo các cơ sở khám bệnh, chữa bệnh trên địa bàn ...": the facilities support."""
    r = assignment(R, "Đề nghị Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh trên địa bàn rà "
                      "soát nhu cầu thuốc.")
    assert [a.name for a in r.support] == ["các cơ sở khám bệnh, chữa bệnh trên địa bàn"]


def test_name_word_pairs_that_look_like_task_verbs() -> None:
    """"Công ty Cổ phần Môi trường và Công trình đô thị Huế": "Công trình" is a name word pair,
    not the verb "trình"."""
    r = assignment(R, "Giao Phòng Kinh tế chủ trì, phối hợp với Công ty Cổ phần Môi trường và "
                      "Công trình đô thị Huế nạo vét cống thoát nước.")
    assert [a.name for a in r.support] == ["Công ty Cổ phần Môi trường và Công trình đô thị Huế"]
