"""Agency mentions and resolution: gazetteer names, variants, lists, collectives, unknowns."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.gazetteer import agency_entries
from ingest.resolve import AgencyResolver, get_resolver, is_oversight


@pytest.fixture(scope="module")
def cao_bang() -> AgencyResolver:
    return get_resolver("Cao Bằng")


def ids(resolver: AgencyResolver, text: str) -> list[str]:
    return [m.ref.id for m in resolver.find_mentions(text)]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Sở Tài chính", "so-tai-chinh"),
        ("Sở Nông nghiệp và Môi trường", "so-nong-nghiep-va-moi-truong"),
        ("Sở Xây dựng", "so-xay-dung"),
        ("Sở Công Thương", "so-cong-thuong"),
        ("Sở Nội vụ", "so-noi-vu"),
        ("Sở Ngoại vụ", "so-ngoai-vu"),
        ("Sở Giáo dục và Đào tạo", "so-giao-duc-va-dao-tao"),
        ("Sở Y tế", "so-y-te"),
        ("Sở Khoa học và Công nghệ", "so-khoa-hoc-va-cong-nghe"),
        ("Sở Văn hóa, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich"),
        ("Sở Tư pháp", "so-tu-phap"),
        ("Sở Dân tộc và Tôn giáo", "so-dan-toc-va-ton-giao"),
        ("Văn phòng UBND tỉnh", "van-phong-ubnd-tinh"),
        ("Thanh tra tỉnh", "thanh-tra-tinh"),
        ("Công an tỉnh", "cong-an-tinh"),
        ("Bộ Chỉ huy Quân sự tỉnh", "bo-chi-huy-quan-su-tinh"),
        ("Ban Chỉ huy Bộ đội Biên phòng tỉnh", "bo-chi-huy-bien-phong-tinh"),
        ("Ban Quản lý Khu kinh tế tỉnh", "ban-quan-ly-khu-kinh-te"),
        ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "ban-qlda-giao-thong"),
        ("Ban Quản lý dự án đầu tư và xây dựng tỉnh", "ban-qlda-dau-tu-va-xay-dung"),
        ("Cục Thuế", "thue-tinh"),
        ("Kho bạc Nhà nước", "kho-bac-nha-nuoc"),
        ("Ngân hàng Nhà nước Việt Nam, Chi nhánh Khu vực", "ngan-hang-nha-nuoc"),
        ("Thống kê tỉnh", "thong-ke-tinh"),
        ("Chi cục Thông kê tỉnh", "thong-ke-tinh"),  # the sample's typo
        ("Bảo hiểm xã hội tỉnh", "bao-hiem-xa-hoi-tinh"),
        ("Đài PT-TH tỉnh", "dai-phat-thanh-truyen-hinh"),
        # abbreviations
        ("Sở NN&MT", "so-nong-nghiep-va-moi-truong"),
        ("Sở KH&CN", "so-khoa-hoc-va-cong-nghe"),
        ("Sở VHTTDL", "so-van-hoa-the-thao-va-du-lich"),
        ("Sở GD&ĐT", "so-giao-duc-va-dao-tao"),
        ("VP UBND tỉnh", "van-phong-ubnd-tinh"),
        ("VPUB", "van-phong-ubnd-tinh"),
        ("BCH Quân sự tỉnh", "bo-chi-huy-quan-su-tinh"),
        ("CA tỉnh", "cong-an-tinh"),
        # tone-style and diacritic variants, typos
        ("Văn phòng Uỷ ban nhân dân tỉnh", "van-phong-ubnd-tinh"),
        ("Sở Văn hoá, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich"),
        ("So Tai chinh", "so-tai-chinh"),
        ("Sở Tài chíh", "so-tai-chinh"),
        ("Sở Nông nghiệp và Môi trườngg", "so-nong-nghiep-va-moi-truong"),
        ("Công an tỉnh Cao Bằng", "cong-an-tinh"),
    ],
)
def test_resolves_gazetteer_names(cao_bang: AgencyResolver, name: str, body: str) -> None:
    ref = cao_bang.resolve(name)
    assert (ref.id, ref.known, ref.mention) == (f"cao-bang:{body}", True, name)


def test_similar_departments_do_not_merge(cao_bang: AgencyResolver) -> None:
    assert cao_bang.resolve("Sở Nội vụ").id != cao_bang.resolve("Sở Ngoại vụ").id
    assert cao_bang.resolve("Sở Y tế").id == "cao-bang:so-y-te"
    unknown = cao_bang.resolve("Sở Ngoại thương")
    assert not unknown.known and unknown.id == "cao-bang:unk-so-ngoai-thuong"


def test_list_after_head_is_expanded(cao_bang: AgencyResolver) -> None:
    text = (
        "c) Các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Công Thương...rà soát, "
        "rút ngắn tối thiểu 30% thời gian thẩm định"
    )
    mentions = cao_bang.find_mentions(text)
    assert [m.ref.id.split(":")[1] for m in mentions] == [
        "so-tai-chinh",
        "so-xay-dung",
        "so-nong-nghiep-va-moi-truong",
        "so-cong-thuong",
    ]
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    assert mentions[2].surface == "Nông nghiệp và Môi trường"


def test_list_with_commas_inside_names(cao_bang: AgencyResolver) -> None:
    text = (
        "Giao các Sở: Văn hóa, Thể thao và Du lịch, Y tế, Dân tộc và Tôn giáo... "
        "và các cơ quan, đơn vị liên quan tổ chức"
    )
    assert ids(cao_bang, text) == [
        "cao-bang:so-van-hoa-the-thao-va-du-lich",
        "cao-bang:so-y-te",
        "cao-bang:so-dan-toc-va-ton-giao",
    ]
    assert ids(cao_bang, "Sở Văn hóa, Thể thao và Du lịch chủ trì") == [
        "cao-bang:so-van-hoa-the-thao-va-du-lich"
    ]


def test_list_after_collective_head_and_lower_case_head(cao_bang: AgencyResolver) -> None:
    assert ids(cao_bang, "Các Sở, ngành: Tài chính, Xây dựng rà soát") == [
        "cao-bang:so-tai-chinh",
        "cao-bang:so-xay-dung",
    ]
    assert ids(cao_bang, "các sở: Tư pháp, Nội vụ") == ["cao-bang:so-tu-phap", "cao-bang:so-noi-vu"]
    assert ids(cao_bang, "Sở Tài chính, Xây dựng và Công Thương chủ trì") == [
        "cao-bang:so-tai-chinh",
        "cao-bang:so-xay-dung",
        "cao-bang:so-cong-thuong",
    ]
    assert ids(cao_bang, "Số liệu thống kê, số Tài chính") == []
    # after a department and a colon comes its task, not another department
    assert ids(cao_bang, "a) Sở Tài chính: Xây dựng kế hoạch vốn") == ["cao-bang:so-tai-chinh"]


def test_office_list(cao_bang: AgencyResolver) -> None:
    assert ids(cao_bang, "- Văn phòng: Tỉnh ủy, ĐĐBQH&HĐND tỉnh;") == [
        "cao-bang:van-phong-tinh-uy",
        "cao-bang:van-phong-doan-dbqh-va-hdnd-tinh",
    ]


def test_bodies_joined_by_commas_and_va(cao_bang: AgencyResolver) -> None:
    text = (
        "Giao Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Bộ đội Biên phòng tỉnh "
        "theo chức năng"
    )
    assert ids(cao_bang, text) == [
        "cao-bang:cong-an-tinh",
        "cao-bang:bo-chi-huy-quan-su-tinh",
        "cao-bang:bo-chi-huy-bien-phong-tinh",
    ]
    text = "rà soát, thống nhất giữa Sở Tài chính và Thống kê tỉnh; Sở Tư pháp phối hợp"
    assert ids(cao_bang, text) == [
        "cao-bang:so-tai-chinh",
        "cao-bang:thong-ke-tinh",
        "cao-bang:so-tu-phap",
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("a) Thủ trưởng các sở, ban, ngành, Chủ tịch", "cac-so-ban-nganh"),
        ("phối hợp UBND các xã, phường và", "ubnd-cap-xa"),
        ("Các sở, ban, ngành; UBND cấp xã:", "cac-so-ban-nganh"),
        ("Chủ tịch UBND cấp xã chịu trách nhiệm", "ubnd-cap-xa"),
        ("a) Các chủ đầu tư/ ban quản lý dự án thường xuyên rà soát", "cac-chu-dau-tu"),
        (
            "d) Người đứng đầu các cơ quan, địa phương phải trực tiếp",
            "nguoi-dung-dau-cac-co-quan-dia-phuong",
        ),
        ("Giao cơ quan soạn thảo tiếp thu", "co-quan-soan-thao"),
        ("Các Phó Chủ tịch UBND tỉnh chịu trách nhiệm chung", "cac-pho-chu-tich-ubnd-tinh"),
    ],
)
def test_collective_actors(cao_bang: AgencyResolver, text: str, body: str) -> None:
    first = cao_bang.find_mentions(text)[0]
    assert first.ref.id == f"cao-bang:{body}"
    assert first.ref.collective and first.ref.known


@pytest.mark.parametrize(
    "text",
    [
        "phối hợp với các cơ quan, đơn vị liên quan rà soát",
        "phối hợp với Chi cục Thông kê tỉnh và các sở, ngành liên quan tổ chức",
        "phối hợp với các lực lượng chức năng và chính quyền địa phương",
        "Báo cáo kết quả, Hội nghị tổng kết, Ban hành quy chế, Trường hợp chậm trễ",
        "tham gia bảo hiểm xã hội đến năm 2030; Quyết định số 25",
        "THÔNG BÁO\n\nKết luận của Chủ tịch",
    ],
)
def test_vague_references_and_lookalikes_are_not_agencies(
    cao_bang: AgencyResolver, text: str
) -> None:
    found = [m for m in cao_bang.find_mentions(text) if not is_oversight(m.ref)]
    assert [m.ref.id for m in found] in ([], ["cao-bang:thong-ke-tinh"])


def test_unknown_bodies_are_kept(cao_bang: AgencyResolver) -> None:
    text = "Giao Trung tâm Y tế khu vực Hòa An chủ trì, phối hợp Bệnh viện Đa khoa tỉnh triển khai"
    mentions = cao_bang.find_mentions(text)
    assert [(m.surface, m.ref.known) for m in mentions] == [
        ("Trung tâm Y tế khu vực Hòa An", False),
        ("Bệnh viện Đa khoa tỉnh", False),
    ]
    assert mentions[0].ref.id == "cao-bang:unk-trung-tam-y-te-khu-vuc-hoa-an"


def test_predecessor_resolves_to_itself_with_lineage(cao_bang: AgencyResolver) -> None:
    ref = cao_bang.resolve("Sở Kế hoạch và Đầu tư")
    assert (ref.id, ref.known) == ("cao-bang:so-ke-hoach-va-dau-tu", True)
    lineage = {a.id: a for a in cao_bang.lineage()}
    assert lineage["cao-bang:so-ke-hoach-va-dau-tu"].successors == ["cao-bang:so-tai-chinh"]
    assert lineage["cao-bang:so-ke-hoach-va-dau-tu"].active_to == date(2025, 2, 28)
    assert lineage["cao-bang:so-lao-dong-thuong-binh-va-xa-hoi"].successors == [
        "cao-bang:so-noi-vu",
        "cao-bang:so-y-te",
    ]
    merged = [
        "cao-bang:so-tai-nguyen-va-moi-truong",
        "cao-bang:so-nong-nghiep-va-phat-trien-nong-thon",
    ]
    for old in merged:
        assert lineage[old].successors == ["cao-bang:so-nong-nghiep-va-moi-truong"]
    assert lineage["cao-bang:so-giao-thong-van-tai"].successors == ["cao-bang:so-xay-dung"]
    assert lineage["cao-bang:so-thong-tin-va-truyen-thong"].successors == [
        "cao-bang:so-khoa-hoc-va-cong-nghe"
    ]
    assert lineage["cao-bang:ban-dan-toc"].successors == ["cao-bang:so-dan-toc-va-ton-giao"]
    assert all(s in lineage for a in lineage.values() for s in a.successors)


def test_agency_nodes_include_successors(cao_bang: AgencyResolver) -> None:
    refs = [cao_bang.resolve("Sở TN&MT"), cao_bang.resolve("Trung tâm Y tế khu vực Hòa An")]
    nodes = {a.id: a for a in cao_bang.agencies(refs)}
    assert set(nodes) == {
        "cao-bang:so-tai-nguyen-va-moi-truong",
        "cao-bang:so-nong-nghiep-va-moi-truong",
        "cao-bang:unk-trung-tam-y-te-khu-vuc-hoa-an",
    }
    old = nodes["cao-bang:so-tai-nguyen-va-moi-truong"]
    assert (old.kind, old.province, old.known) == ("sở", "Cao Bằng", True)
    assert "Sở TN&MT" in old.aliases
    assert nodes["cao-bang:unk-trung-tam-y-te-khu-vuc-hoa-an"].known is False


def test_ids_are_province_scoped() -> None:
    lang_son = get_resolver("Lạng Sơn")
    assert lang_son.resolve("Sở Tài chính").id == "lang-son:so-tai-chinh"
    assert lang_son.resolve("Công an tỉnh Lạng Sơn").id == "lang-son:cong-an-tinh"
    assert lang_son.resolve("Báo Lạng Sơn").name == "Báo Lạng Sơn"
    assert get_resolver("Lạng Sơn") is lang_son
    assert AgencyResolver("tỉnh Quảng Ninh").resolve("Sở Y tế").id == "quang-ninh:so-y-te"


def test_issuer_and_oversight_are_flagged(cao_bang: AgencyResolver) -> None:
    text = "Giao Sở Y tế chủ trì, báo cáo UBND tỉnh, Chủ tịch UBND tỉnh trước ngày 22/7/2025"
    mentions = cao_bang.find_mentions(text)
    assert [is_oversight(m.ref) for m in mentions] == [False, True, True]
    assert [m.ref.id for m in mentions][1:] == ["cao-bang:ubnd-tinh", "cao-bang:chu-tich-ubnd-tinh"]


def test_mentions_are_ordered_and_do_not_overlap(cao_bang: AgencyResolver) -> None:
    text = "Văn phòng UBND tỉnh phối hợp UBND các xã, phường; Chủ tịch UBND cấp xã và Sở Xây dựng"
    mentions = cao_bang.find_mentions(text)
    assert [m.ref.id.split(":")[1] for m in mentions] == [
        "van-phong-ubnd-tinh",
        "ubnd-cap-xa",
        "ubnd-cap-xa",
        "so-xay-dung",
    ]
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_every_gazetteer_body_is_documented() -> None:
    doc = (Path(__file__).parents[3] / "docs" / "agencies.md").read_text(encoding="utf-8")
    for entry in agency_entries():
        assert f"`{entry.slug}`" in doc, entry.slug


def test_pre_2025_notice_from_another_province() -> None:
    lang_son = get_resolver("Lạng Sơn")
    text = (
        "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Sở Giao thông vận tải, "
        "UBND các huyện, thành phố tham mưu. Sở TN&MT, Sở NN&PTNT và UBND huyện Cao Lộc và "
        "UBND thành phố Lạng Sơn phối hợp. Chủ tịch UBND xã Tân Thanh chịu trách nhiệm; "
        "Ban Chỉ đạo 389 tỉnh kiểm tra."
    )
    found = [(m.surface, m.ref.id.split(":")[1], m.ref.known) for m in lang_son.find_mentions(text)]
    assert found == [
        ("Sở Kế hoạch và Đầu tư", "so-ke-hoach-va-dau-tu", True),
        ("Sở Tài chính", "so-tai-chinh", True),
        ("Sở Giao thông vận tải", "so-giao-thong-van-tai", True),
        ("UBND các huyện, thành phố", "ubnd-cap-huyen", True),
        ("Sở TN&MT", "so-tai-nguyen-va-moi-truong", True),
        ("Sở NN&PTNT", "so-nong-nghiep-va-phat-trien-nong-thon", True),
        ("UBND huyện Cao Lộc", "ubnd-huyen-cao-loc", True),
        ("UBND thành phố Lạng Sơn", "ubnd-thanh-pho-lang-son", True),
        ("Chủ tịch UBND xã Tân Thanh", "ubnd-xa-tan-thanh", True),
        ("Ban Chỉ đạo 389 tỉnh", "ban-chi-dao-389-tinh", True),
    ]
    node = lang_son.agencies([lang_son.resolve("UBND xã Tân Thanh")])[0]
    assert (node.kind, node.known, node.name) == ("ubnd xã", True, "UBND xã Tân Thanh")


_PIECES = st.sampled_from(
    [
        "Sở Tài chính",
        "các Sở: ",
        "Xây dựng",
        ", ",
        " và ",
        "; ",
        "UBND các xã, phường",
        "Trung tâm Y tế",
        " chủ trì ",
        "Văn phòng: ",
        "Tỉnh ủy",
        "các sở, ngành liên quan",
        "\n\n",
        "Sở",
        "Ban QLDA",
        "số 25",
        "Chi cục Thông kê tỉnh",
        "…",
        "&",
        "-",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=12))
def test_mentions_are_well_formed_on_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    mentions = get_resolver("Cao Bằng").find_mentions(text)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
        assert mention.ref.id.startswith("cao-bang:")
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_a_body_followed_by_va_and_another_body(cao_bang: AgencyResolver) -> None:
    """'X tỉnh và Bộ Chỉ huy ...': two bodies; the first is not stretched by a fuzzy match."""
    text = "phối hợp với Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuần tra"
    assert ids(cao_bang, text) == [
        "cao-bang:bo-chi-huy-quan-su-tinh", "cao-bang:bo-chi-huy-bien-phong-tinh"]


def test_unknown_names_with_dashes_and_verbs(cao_bang: AgencyResolver) -> None:
    """Unknown bodies: a dash joins a name ('Việt Nam - Cu Ba'); a verb ends it ('tiến hành')."""
    found = [m.surface for m in cao_bang.find_mentions(
        "Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới tiếp nhận; Thanh tra Sở tiến hành kiểm tra")]
    assert found == ["Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới", "Thanh tra Sở"]


def test_public_units_written_in_lower_case(cao_bang: AgencyResolver) -> None:
    """'Bệnh viện đa khoa tỉnh X', 'Trường trung học phổ thông Y': a unit kind in lower case
    after the head still starts a name; 'Trường hợp' does not."""
    text = ("Bệnh viện đa khoa tỉnh Cao Bằng và Trường trung học phổ thông Bế Văn Đàn phối hợp; "
            "Trường hợp chậm trễ")
    assert [(m.surface, m.ref.known) for m in cao_bang.find_mentions(text)] == [
        ("Bệnh viện đa khoa tỉnh Cao Bằng", False),
        ("Trường trung học phổ thông Bế Văn Đàn", False),
    ]
