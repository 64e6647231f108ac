"""Agencies of every level: ministries after the March-2025 restructuring and their lineage,
national bodies addressed by the Government Office, a ministry's departments, a commune's bodies,
named districts and communes, and the data's sources."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.gazetteer import agency_entries, agency_sources
from ingest.gazetteer.scope import scope_of
from ingest.resolve import AgencyResolver, get_resolver, is_oversight


@pytest.fixture(scope="module")
def vpcp() -> AgencyResolver:
    return get_resolver("Chính phủ", "Văn phòng Chính phủ")


@pytest.fixture(scope="module")
def ministry() -> AgencyResolver:
    return get_resolver("Bộ Xây dựng")


def found(resolver: AgencyResolver, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.ref.id) for m in resolver.find_mentions(text)]


def test_scopes_from_province_and_issuer() -> None:
    assert scope_of("Chính phủ").key == "vn"
    assert scope_of("", "VĂN PHÒNG CHÍNH PHỦ").key == "vn"
    assert (scope_of("Bộ Xây dựng").key, scope_of("Bộ Xây dựng").ministry) == ("vn", "bo-xay-dung")
    assert scope_of("Cao Bằng", "BỘ Y TẾ").ministry == "bo-y-te"
    commune = scope_of("Cao Bằng", "ỦY BAN NHÂN DÂN XÃ NGUYÊN BÌNH")
    assert (commune.key, commune.commune, commune.commune_name) == (
        "cao-bang", "xa-nguyen-binh", "xã Nguyên Bình")
    assert scope_of("tỉnh Lào Cai").key == "lao-cai"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Bộ Tài chính", "bo-tai-chinh"),
        ("Bộ Nông nghiệp và Môi trường", "bo-nong-nghiep-va-moi-truong"),
        ("Bộ NN&MT", "bo-nong-nghiep-va-moi-truong"),
        ("Bộ Xây dựng", "bo-xay-dung"),
        ("Bộ Khoa học và Công nghệ", "bo-khoa-hoc-va-cong-nghe"),
        ("Bộ Nội vụ", "bo-noi-vu"),
        ("Bộ Dân tộc và Tôn giáo", "bo-dan-toc-va-ton-giao"),
        ("Bộ Công an", "bo-cong-an"),
        ("Bộ Văn hóa, Thể thao và Du lịch", "bo-van-hoa-the-thao-va-du-lich"),
        ("Thanh tra Chính phủ", "thanh-tra-chinh-phu"),
        ("Văn phòng Chính phủ", "van-phong-chinh-phu"),
        ("Bộ Kế hoạch và Đầu tư", "bo-ke-hoach-va-dau-tu"),
        ("Ủy ban Dân tộc", "uy-ban-dan-toc"),
        ("Tổng cục Hải quan", "tong-cuc-hai-quan"),
        ("Bộ Tư lệnh Bộ đội Biên phòng", "bo-tu-lenh-bo-doi-bien-phong"),
        ("Ban Chỉ đạo 389 quốc gia", "ban-chi-dao-389-quoc-gia"),
        ("Tòa án nhân dân tối cao", "toa-an-nhan-dan-toi-cao"),
    ],
)
def test_national_bodies_are_not_province_scoped(
    vpcp: AgencyResolver, name: str, body: str
) -> None:
    """A ministry is the same node in every notice: 'vn:<slug>', from a province's notice too."""
    assert vpcp.resolve(name).id == f"vn:{body}"
    assert get_resolver("Cao Bằng").resolve(name).id == f"vn:{body}"


def test_shared_surface_prefers_the_notices_level() -> None:
    """'Ngân hàng Nhà nước Việt Nam' is the State Bank in a national notice, its branch in a
    province's (where notices shorten the branch's name so)."""
    name = "Ngân hàng Nhà nước Việt Nam"
    assert get_resolver("Chính phủ").resolve(name).id == "vn:ngan-hang-nha-nuoc-viet-nam"
    assert get_resolver("Cao Bằng").resolve(name).id == "cao-bang:ngan-hang-nha-nuoc"


def test_ministry_lineage_2025() -> None:
    """Nghị quyết 176/2025/QH15: merged ministries end on 28/2/2025, succeeded by the new ones."""
    lineage = {a.id: a for a in get_resolver("Chính phủ").lineage()}
    assert lineage["vn:bo-ke-hoach-va-dau-tu"].successors == ["vn:bo-tai-chinh"]
    assert lineage["vn:bo-ke-hoach-va-dau-tu"].active_to == date(2025, 2, 28)
    for old in ("vn:bo-tai-nguyen-va-moi-truong", "vn:bo-nong-nghiep-va-phat-trien-nong-thon"):
        assert lineage[old].successors == ["vn:bo-nong-nghiep-va-moi-truong"]
    assert lineage["vn:bo-giao-thong-van-tai"].successors == ["vn:bo-xay-dung"]
    assert lineage["vn:bo-thong-tin-va-truyen-thong"].successors == ["vn:bo-khoa-hoc-va-cong-nghe"]
    assert "vn:bo-noi-vu" in lineage["vn:bo-lao-dong-thuong-binh-va-xa-hoi"].successors
    assert lineage["vn:uy-ban-dan-toc"].successors == ["vn:bo-dan-toc-va-ton-giao"]
    assert lineage["vn:tong-cuc-hai-quan"].successors == ["vn:cuc-hai-quan"]
    assert all(s in lineage for a in lineage.values() for s in a.successors)


def test_list_of_ministries_after_a_head(vpcp: AgencyResolver) -> None:
    """'Các Bộ: A, B, C' gives one ministry each; the first mention starts at the head."""
    text = "Các Bộ: Quốc phòng, Y tế, Tư pháp tăng cường phối hợp"
    assert found(vpcp, text) == [
        ("Các Bộ: Quốc phòng", "vn:bo-quoc-phong"),
        ("Y tế", "vn:bo-y-te"),
        ("Tư pháp", "vn:bo-tu-phap"),
    ]
    # a full name right after the list is a body of its own, not a short name
    assert [i for _, i in found(vpcp, "Bộ Y tế, Công an tỉnh")] == ["vn:bo-y-te", "vn:cong-an-tinh"]


def test_government_office_notice_addressees(vpcp: AgencyResolver) -> None:
    """National collectives; a province's UBND is an assignee in a Government Office notice."""
    text = ("Chủ tịch UBND các tỉnh, thành phố trực thuộc trung ương; UBND tỉnh Sơn La; "
            "các bộ, ngành, địa phương; Thủ tướng Chính phủ")
    mentions = vpcp.find_mentions(text)
    assert [m.ref.id for m in mentions] == [
        "vn:ubnd-cac-tinh-thanh-pho", "son-la:ubnd-tinh", "vn:cac-bo-nganh-dia-phuong",
        "vn:chinh-phu",
    ]
    assert [is_oversight(m.ref) for m in mentions] == [False, False, False, True]
    assert not is_oversight(vpcp.resolve("Văn phòng Chính phủ"))
    # in the province's own notice its UBND is the issuer
    assert is_oversight(get_resolver("Sơn La").resolve("UBND tỉnh Sơn La"))


def test_ministry_departments_resolve_under_the_issuing_ministry(
    ministry: AgencyResolver,
) -> None:
    """A ministry's notice: its common departments and unlisted Cục/Vụ/Ban QLDA are its own."""
    text = ("Giao Văn phòng Bộ, Thanh tra Bộ, Vụ Pháp chế và Cục Phát triển đô thị "
            "phối hợp với Ban Quản lý dự án 9; Bộ trưởng yêu cầu")
    mentions = ministry.find_mentions(text)
    assert [m.ref.id for m in mentions] == [
        "vn:bo-xay-dung:van-phong-bo",
        "vn:bo-xay-dung:thanh-tra-bo",
        "vn:bo-xay-dung:vu-phap-che",
        "vn:bo-xay-dung:cuc-phat-trien-do-thi",
        "vn:bo-xay-dung:ban-quan-ly-du-an-9",
        "vn:bo-xay-dung:lanh-dao-bo",
    ]
    assert all(m.ref.known for m in mentions)
    assert is_oversight(mentions[-1].ref) and not is_oversight(mentions[0].ref)
    nodes = {a.id: a for a in ministry.agencies(m.ref for m in mentions)}
    cuc = nodes["vn:bo-xay-dung:cuc-phat-trien-do-thi"]
    assert (cuc.kind, cuc.parent, cuc.province) == ("cục", "vn:bo-xay-dung", "")
    assert nodes["vn:bo-xay-dung:ban-quan-ly-du-an-9"].kind == "ban qlda"


def test_another_ministrys_department_needs_its_name() -> None:
    """Outside the ministry's notice, its departments are named with the ministry."""
    resolver = get_resolver("Chính phủ")
    assert resolver.resolve("Văn phòng Bộ Y tế").id == "vn:bo-y-te:van-phong-bo"
    assert resolver.resolve("Vụ Pháp chế Bộ Tư pháp").id == "vn:bo-tu-phap:vu-phap-che"
    assert [m.ref.known for m in resolver.find_mentions("Cục Kiểm tra văn bản")] == [False]


def test_commune_notice_bodies() -> None:
    """A commune's notice: its offices under the commune; its own UBND is the issuer."""
    commune = get_resolver("Cao Bằng", "Ủy ban nhân dân xã Nguyên Bình")
    text = ("Giao Phòng Kinh tế chủ trì, phối hợp với Công an xã, Ban CHQS xã và Văn phòng HĐND và "
            "UBND xã; báo cáo Chủ tịch UBND xã Nguyên Bình")
    mentions = commune.find_mentions(text)
    assert [m.ref.id for m in mentions] == [
        "cao-bang:xa-nguyen-binh:phong-kinh-te",
        "cao-bang:xa-nguyen-binh:cong-an-xa",
        "cao-bang:xa-nguyen-binh:ban-chi-huy-quan-su-xa",
        "cao-bang:xa-nguyen-binh:van-phong-hdnd-va-ubnd",
        "cao-bang:ubnd-xa-nguyen-binh",
    ]
    assert [is_oversight(m.ref) for m in mentions] == [False] * 4 + [True]
    # without the issuer, a commune's body is that kind of body of some commune
    assert get_resolver("Cao Bằng").resolve("Công an xã").id == "cao-bang:cap-xa:cong-an-xa"


def test_named_units_in_a_plural_list() -> None:
    """'UBND các xã: A, B, C' yields three bodies; a district ends 30/6/2025 (two-tier
    government) and is succeeded by the province's communes."""
    resolver = get_resolver("Điện Biên")
    text = "UBND các xã: Mường Phăng, Nà Tấu và Pá Khoang chủ động; UBND huyện Mường Ảng phối hợp"
    mentions = resolver.find_mentions(text)
    assert [(m.surface, m.ref.name) for m in mentions] == [
        ("UBND các xã: Mường Phăng", "UBND xã Mường Phăng"),
        ("Nà Tấu", "UBND xã Nà Tấu"),
        ("Pá Khoang", "UBND xã Pá Khoang"),
        ("UBND huyện Mường Ảng", "UBND huyện Mường Ảng"),
    ]
    district = resolver.agencies([mentions[-1].ref])
    assert (district[0].active_to, district[0].successors) == (
        date(2025, 6, 30), ["dien-bien:ubnd-cap-xa"])
    assert resolver.resolve("Ủy ban nhân dân huyện Mường Ảng").id == mentions[-1].ref.id
    # no names: the collective
    assert [m.ref.id for m in resolver.find_mentions("UBND các xã, phường rà soát")] == [
        "dien-bien:ubnd-cap-xa"]


def test_centrally_run_city_says_thanh_pho() -> None:
    """In a centrally-run city the provincial bodies are named with 'thành phố'."""
    city = get_resolver("Cần Thơ")
    assert city.resolve("Công an thành phố").id == "can-tho:cong-an-tinh"
    assert city.resolve("Ủy ban MTTQ Việt Nam thành phố Cần Thơ").id == "can-tho:uy-ban-mttq-tinh"
    assert is_oversight(city.resolve("UBND thành phố Cần Thơ"))


def test_every_group_names_its_source() -> None:
    sources = agency_sources()
    assert sources and all(len(s) > 20 for s in sources.values())
    levels = {e.level for e in agency_entries()}
    assert levels == {"province", "national", "ministry", "commune", "department"}
    slugs = [(e.level, e.slug) for e in agency_entries()]
    assert len(slugs) == len(set(slugs))


def test_district_notice_before_2025() -> None:
    """A district's notice (before 1/7/2025): its offices under the district, which ended on
    30/6/2025; its own UBND is the issuer; the communes it lists are bodies of their own."""
    district = get_resolver("Bến Tre", "ỦY BAN NHÂN DÂN HUYỆN GIỒNG TRÔM")
    text = ("Phòng Tài chính - Kế hoạch và Công an huyện phối hợp với UBND các xã: Lương Hòa, "
            "Phong Nẫm; báo cáo Chủ tịch UBND huyện")
    mentions = district.find_mentions(text)
    assert [m.ref.id for m in mentions] == [
        "ben-tre:huyen-giong-trom:phong-tai-chinh-ke-hoach",
        "ben-tre:huyen-giong-trom:cong-an-huyen",
        "ben-tre:ubnd-xa-luong-hoa",
        "ben-tre:ubnd-xa-phong-nam",
        "ben-tre:ubnd-huyen-giong-trom",
    ]
    assert is_oversight(mentions[-1].ref) and not is_oversight(mentions[1].ref)
    office = district.agencies([mentions[0].ref])[0]
    assert (office.active_to, office.parent) == (date(2025, 6, 30), "ben-tre:ubnd-huyen-giong-trom")
    # a centrally-run city's UBND is the province, not a district
    assert get_resolver("Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng").scope.commune == ""


def test_merged_province_lineage() -> None:
    """Hà Giang was merged into Tuyên Quang on 1/7/2025 (Nghị quyết 202/2025/QH15): a 2024
    directive to Hà Giang's Sở Kế hoạch và Đầu tư follows SUCCEEDED_BY to Tuyên Quang's Sở Tài
    chính; a district ends with its communes in the new province."""
    ha_giang = get_resolver("Hà Giang")
    refs = [ha_giang.resolve("Sở KH&ĐT"), ha_giang.resolve("UBND huyện Mèo Vạc")]
    nodes = {a.id: a for a in ha_giang.agencies(refs)}
    assert nodes["ha-giang:so-ke-hoach-va-dau-tu"].successors == ["ha-giang:so-tai-chinh"]
    assert nodes["ha-giang:so-tai-chinh"].successors == ["tuyen-quang:so-tai-chinh"]
    assert nodes["ha-giang:so-tai-chinh"].active_to == date(2025, 6, 30)
    assert nodes["tuyen-quang:so-tai-chinh"].province == "Tuyên Quang"
    assert nodes["ha-giang:ubnd-huyen-meo-vac"].successors == ["tuyen-quang:ubnd-cap-xa"]
    assert all(s in nodes for a in nodes.values() for s in a.successors)
    # a province that was not merged away keeps its own lineage
    cao_bang = {a.id: a for a in get_resolver("Cao Bằng").lineage()}
    assert cao_bang["cao-bang:so-ke-hoach-va-dau-tu"].successors == ["cao-bang:so-tai-chinh"]


def test_department_notice_units() -> None:
    """A Sở's own notice (giao ban): its office, rooms, sub-departments and centres are its
    units; its leadership and the Sở itself are the issuer."""
    so = get_resolver("Nghệ An", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NGHỆ AN")
    assert so.scope.department == "so-nong-nghiep-va-moi-truong"
    text = ("Chi cục Kiểm lâm chủ trì, phối hợp với Văn phòng Sở và Phòng Quản lý đất đai; "
            "báo cáo Giám đốc Sở")
    mentions = so.find_mentions(text)
    own = "nghe-an:so-nong-nghiep-va-moi-truong"
    assert [m.ref.id for m in mentions] == [
        f"{own}:chi-cuc-kiem-lam", f"{own}:van-phong-so", f"{own}:phong-quan-ly-dat-dai",
        f"{own}:lanh-dao-so",
    ]
    assert [m.ref.oversight for m in mentions] == [False, False, False, True]
    assert so.agencies([mentions[0].ref])[0].parent == own
    assert is_oversight(so.resolve("Sở Nông nghiệp và Môi trường"))


def test_named_province_in_a_national_notice() -> None:
    """'UBND tỉnh X' in a Government Office notice: province X's UBND (by its gazetteer name),
    and for a province merged on 1/7/2025 the new province's UBND succeeds it."""
    vpcp = get_resolver("Chính phủ")
    mentions = vpcp.find_mentions("UBND tỉnh Thừa Thiên Huế và UBND tỉnh Bình Dương phối hợp")
    assert [m.ref.id for m in mentions] == ["hue:ubnd-tinh", "binh-duong:ubnd-tinh"]
    nodes = {a.id: a for a in vpcp.agencies([m.ref for m in mentions])}
    assert nodes["binh-duong:ubnd-tinh"].successors == ["ho-chi-minh:ubnd-tinh"]
    assert "ho-chi-minh:ubnd-tinh" in nodes
