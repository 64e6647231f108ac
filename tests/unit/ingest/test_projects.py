"""Project detection and deterministic canonicalisation."""

from __future__ import annotations

import pytest

from ingest.extract.projects import canonical_name, find_projects, project_nodes, resolve_project


def names(text: str) -> list[tuple[str, str]]:
    return [(p.id, p.name) for p in find_projects(text)]


def test_sample_phrasings_share_one_id() -> None:
    long_form = (
        "dự án đầu tư xây dựng tuyến cao tốc Đồng Đăng (tỉnh Lạng Sơn) - Trà Lĩnh "
        "(tỉnh Cao Bằng) đã bàn giao 98,6% mặt bằng"
    )
    heading = "a) Dự án cao tốc Đồng Đăng - Trà Lĩnh"
    bare = "tháo gỡ vướng mắc của tuyến cao tốc Đồng Đăng – Trà Lĩnh"
    found = [find_projects(t) for t in (long_form, heading, bare)]
    assert [len(f) for f in found] == [1, 1, 1]
    assert {f[0].id for f in found} == {"cao-toc-dong-dang-tra-linh"}
    assert found[0][0].mention.startswith("dự án đầu tư xây dựng tuyến cao tốc Đồng Đăng")
    assert found[0][0].mention.endswith("(tỉnh Cao Bằng)")


def test_official_long_name() -> None:
    text = (
        "Dự án đầu tư xây dựng công trình đường bộ cao tốc Đồng Đăng (tỉnh Lạng Sơn) - Trà Lĩnh "
        "(tỉnh Cao Bằng) theo phương thức đối tác công tư; Dự án Đường cao tốc Bắc Kạn - Cao Bằng"
    )
    assert [p.id for p in find_projects(text)] == [
        "cao-toc-dong-dang-tra-linh",
        "cao-toc-bac-kan-cao-bang",
    ]


def test_canonicalisation_without_the_gazetteer() -> None:
    a = canonical_name("Dự án đầu tư xây dựng tuyến cao tốc Hòa Bình (tỉnh Phú Thọ) - Mộc Châu")
    b = canonical_name("cao tốc Hoà Bình—Mộc Châu")
    assert a == b == "Cao tốc Hòa Bình - Mộc Châu"
    first = resolve_project("dự án cao tốc Hòa Bình - Mộc Châu")
    second = resolve_project("Cao tốc  Hoà Bình – Mộc Châu")
    assert first.id == second.id == "cao-toc-hoa-binh-moc-chau"


def test_other_sample_projects() -> None:
    text = (
        "b) Dự án cao tốc Bắc Kạn - Cao Bằng\n\nGiao Sở Xây dựng chủ trì\n\n"
        "c) Dự án xây dựng 11 trường phổ thông nội trú liên cấp tại các xã biên giới\n\n"
        "Ban Quản lý dự án đầu tư và xây dựng tỉnh chủ trì"
    )
    assert names(text) == [
        ("cao-toc-bac-kan-cao-bang", "Cao tốc Bắc Kạn - Cao Bằng"),
        (
            "11-truong-pho-thong-noi-tru-lien-cap-tai-cac-xa-bien-gioi",
            "11 trường phổ thông nội trú liên cấp tại các xã biên giới",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự án nâng cấp Quốc lộ 3 đoạn Km 10 - Km 20 đang chậm tiến độ",
            "nang-cap-quoc-lo-3-doan-km-10-km-20",
        ),
        ("đẩy nhanh tiến độ cầu Bằng Giang, bảo đảm", "cau-bang-giang"),
        ("hồ chứa nước Bản Lải đã tích nước", "ho-chua-nuoc-ban-lai"),
        ("thi công đường tỉnh 208 trước mùa mưa", "duong-tinh-208"),
        ("Dự án Nhà máy xi măng Sông Gianh mở rộng được", "nha-may-xi-mang-song-gianh-mo-rong"),
    ],
)
def test_other_provinces(text: str, expected: str) -> None:
    assert [p.id for p in find_projects(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "triển khai các dự án trọng điểm còn gặp vướng mắc",
        "điều chuyển sang dự án khác; chưa có dự án FDI mới",
        "ứng dụng BIM trong các dự án đầu tư xây dựng",
        "yêu cầu Sở Tài chính; nhu cầu vốn; điểm cầu tỉnh; cung - cầu hàng hóa",
        "Phiên họp do đồng chí Dương Văn An chủ trì; đường lối của Đảng",
        "Dự án phải hoàn thành trước năm học 2026-2027",
        "báo cáo quyết toán dự án hoàn thành năm 2025",
    ],
)
def test_generic_phrases_are_not_projects(text: str) -> None:
    assert find_projects(text) == []


def test_connecting_road_keeps_both_ends() -> None:
    text = (
        "đẩy nhanh tiến độ Dự án đường nối cao tốc Hạ Long - Vân Đồn với Quốc lộ 18 và "
        "Dự án cầu Bến Rừng, phấn đấu hoàn thành; Dự án cao tốc Bắc Kạn - Cao Bằng với Sở Xây dựng"
    )
    assert [p.name for p in find_projects(text)] == [
        "Đường nối cao tốc Hạ Long - Vân Đồn với Quốc lộ 18",
        "Cầu Bến Rừng",
        "Cao tốc Bắc Kạn - Cao Bằng",
    ]


def test_deduplicated_by_id_and_nodes_keep_aliases() -> None:
    text = (
        "Dự án cao tốc Đồng Đăng - Trà Lĩnh; cao tốc Đồng Đăng (Lạng Sơn) - Trà Lĩnh (Cao Bằng); "
        "cầu Bằng Giang"
    )
    refs = find_projects(text)
    assert [r.id for r in refs] == ["cao-toc-dong-dang-tra-linh", "cau-bang-giang"]
    nodes = {p.id: p for p in project_nodes([*refs, resolve_project("tuyến Đồng Đăng - Trà Lĩnh")])}
    assert set(nodes) == {"cao-toc-dong-dang-tra-linh", "cau-bang-giang"}
    assert "Dự án cao tốc Đồng Đăng - Trà Lĩnh" in nodes["cao-toc-dong-dang-tra-linh"].aliases
    assert nodes["cau-bang-giang"].aliases == ["cầu Bằng Giang"]


def test_fuzzy_variant_attaches_to_known_project() -> None:
    assert resolve_project("cao tốc Đồng Đăng - Trà Lỉnh").id == "cao-toc-dong-dang-tra-linh"
    assert resolve_project("cao tốc Đồng Đăng - Tà Lùng").id != "cao-toc-dong-dang-tra-linh"


def test_a_stop_syllable_inside_a_proper_name_does_not_end_it() -> None:
    # "bảo" (of "bảo đảm"), "cần" are stop words; written capitalised before another capitalised
    # word they are syllables of a place name. Cut there, "Dự án đường nối Bảo Lâm" was
    # "đường nối", no project, and the directives under that heading had none.
    assert [i for i, _ in names("b) Dự án đường nối Bảo Lâm với Chi Lăng")] == [
        "duong-noi-bao-lam"]
    assert [i for i, _ in names("Dự án cầu Cần Thơ bảo đảm tiến độ")] == ["cau-can-tho"]
    assert names("Dự án X Bảo đảm tiến độ") == []
