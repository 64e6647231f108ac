"""Genre features the blind eval/holdout-7 notices showed the parser did not know (session 20),
each with its own short example: roles marked in brackets before a colon ("Phòng A (chủ trì),
Phòng B (phối hợp): ..."), name words whose second syllable is a modal verb ("Hậu cần"), "buổi
giao ban", a contractors' joint venture as a heading, and the one project a site inspection's
subject names, given to the tasks that name none."""

from ingest.extract.kind import kind_of
from ingest.extract.roles import assignment
from ingest.pipeline import parse_bytes, subject_project
from ingest.resolve import get_resolver
from tests.unit.ingest.notice_text import CLOSING

_INSPECTION = """ỦY BAN NHÂN DÂN
TỈNH CÀ MAU

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra thực địa Dự án Cầu Hòa Trung

Ngày 02/6/2026, Chủ tịch UBND tỉnh kiểm tra thực địa Dự án Cầu Hòa Trung. Chủ tịch UBND tỉnh \
kết luận như sau:

1. Liên danh Công ty TNHH Xây dựng An Phát - Công ty Cổ phần Cầu Miền Tây (nhà thầu):

- Huy động thêm thiết bị đóng cọc, hoàn thành trụ T3 trước ngày 30/6/2026.

2. Sở Tài chính tham mưu bố trí vốn đầu tư công năm 2026 trước ngày 15/6/2026.

"""


def test_roles_marked_in_brackets_before_a_colon() -> None:
    resolver = get_resolver("Đắk Lắk", "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk")
    roles = assignment(resolver, "Phòng Chính trị (chủ trì), Phòng Tham mưu, Phòng Hậu cần - Kỹ "
                                 "thuật (phối hợp): tổ chức hội nghị biểu dương.")
    assert [a.name for a in roles.lead] == ["Phòng Chính trị"]
    assert [a.name for a in roles.support] == ["Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"]


def test_a_closing_phối_hợp_names_every_body_before_it() -> None:
    resolver = get_resolver("Gia Lai")
    roles = assignment(resolver, "Việc tuyển sinh do Phòng Đào tạo chủ trì thực hiện, Phòng Kế "
                                 "hoạch - Tài chính, Trung tâm Thông tin phối hợp.")
    assert [a.name for a in roles.support] == ["Phòng Kế hoạch - Tài chính", "Trung tâm Thông tin"]


def test_hậu_cần_is_a_name_word_not_a_modal() -> None:
    resolver = get_resolver("Đắk Lắk", "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk")
    lead = assignment(resolver, "Phòng Hậu cần - Kỹ thuật: chủ trì kiểm tra kho vũ khí.").lead
    assert [a.name for a in lead] == ["Phòng Hậu cần - Kỹ thuật"]


def test_a_buổi_giao_ban_is_a_giao_ban() -> None:
    assert kind_of("Kết luận của Giám đốc tại buổi giao ban mở rộng tháng 5 năm 2026", "") == \
        "giao ban"


def test_the_subjects_one_project_goes_to_tasks_naming_none() -> None:
    ng = parse_bytes("notice.txt", (_INSPECTION + CLOSING + "\n").encode())
    assert [[p.name for p in d.projects] for d in ng.directives] == [["Cầu Hòa Trung"]] * 2
    assert ng.directives[0].lead[0].name.startswith("Liên danh Công ty TNHH Xây dựng An Phát")


def test_a_subject_naming_two_projects_gives_none() -> None:
    assert subject_project("tại buổi kiểm tra Dự án Cầu Hòa Trung và Dự án Cầu Tân Thành") == []


def test_a_provincial_polices_departments_keep_their_lower_case_words() -> None:
    resolver = get_resolver("Hà Tĩnh", "Công an tỉnh Hà Tĩnh")
    roles = assignment(resolver, "Phòng Cảnh sát giao thông: chủ trì tuần tra trên Quốc lộ 1; "
                                 "Phòng Cảnh sát quản lý hành chính về trật tự xã hội: phối hợp.")
    assert [a.name for a in roles.lead] == ["Phòng Cảnh sát giao thông"]
    assert [a.name for a in roles.support] == [
        "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"]


def test_a_hospitals_khoa_and_tổ_are_bodies() -> None:
    resolver = get_resolver("An Giang", "Bệnh viện Đa khoa An Giang")
    roles = assignment(resolver, "Khoa Dược chủ trì, phối hợp với Tổ Quản lý chất lượng rà soát "
                                 "danh mục thuốc.")
    assert ([a.name for a in roles.lead], [a.name for a in roles.support]) == (
        ["Khoa Dược"], ["Tổ Quản lý chất lượng"])
    assert resolver.find_mentions("Tổ chức tập huấn cho Khoa học viên") == []


def test_a_list_of_provinces_after_two_unit_words_gives_each_ones_committee() -> None:
    resolver = get_resolver("", "Văn phòng Chính phủ")
    found = resolver.find_mentions("Ủy ban nhân dân các tỉnh, thành phố: Cần Thơ, Vĩnh Long, "
                                   "Cà Mau rà soát các điểm sạt lở.")
    assert [m.ref.name for m in found] == ["UBND thành phố Cần Thơ", "UBND tỉnh Vĩnh Long",
                                           "UBND tỉnh Cà Mau"]
    collective = resolver.find_mentions("UBND các tỉnh, thành phố chỉ đạo rà soát.")
    assert [m.ref.id for m in collective] == ["vn:ubnd-cac-tinh-thanh-pho"]
