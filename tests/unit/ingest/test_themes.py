"""Theme taxonomy: classification on folded phrases, stable order, documented ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.themes import all_themes, classify, theme_nodes
from ingest.gazetteer import theme_entries
from ingest.text import fold

DOCS = Path(__file__).parents[3] / "docs" / "themes.md"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tiến độ giải ngân vốn đầu tư công đạt chậm", {"dau-tu-cong"}),
        ("đẩy nhanh tiến độ giải phóng mặt bằng, bàn giao mặt bằng", {"giai-phong-mat-bang"}),
        ("chỉ số cải cách hành chính (PAR INDEX) xếp hạng thấp", {"cai-cach-hanh-chinh"}),
        ("đẩy mạnh đấu tranh phòng, chống buôn lậu, gian lận thương mại", {"chong-buon-lau"}),
        ("Chương trình hỗ trợ xóa nhà tạm, nhà dột nát", {"xoa-nha-tam"}),
        ("tiêm vắc xin phòng bệnh sởi", {"y-te"}),
        ("tổ chức sản xuất vụ Xuân; phòng, chống đói rét cho gia súc", {"san-xuat-nong-nghiep"}),
        ("số vụ vi phạm lâm luật tăng cao", {"lam-nghiep"}),
        ("ứng phó với nguy cơ mưa lớn, sạt lở đất, lũ quét", {"phong-chong-thien-tai"}),
        ("xử lý triệt để vấn đề môi trường tại bãi rác", {"moi-truong"}),
        ("phục vụ bầu cử ĐBQH khóa XVI, bảo đảm in ấn phiếu bầu", {"bau-cu"}),
        (
            "sắp xếp đơn vị hành chính, mô hình chính quyền địa phương hai cấp",
            {"chinh-quyen-hai-cap"},
        ),
        ("Bảo đảm 100% hộ nghèo được nhận quà Tết", {"an-sinh-xa-hoi", "tet"}),
        ("tăng cường tuần tra, xử lý vi phạm nồng độ cồn", {"an-toan-giao-thong"}),
        ("Giải quyết dứt điểm vụ việc khiếu nại, tố cáo phức tạp", {"thanh-tra-khieu-nai"}),
        ("Chuyen doi so va cai cach thu tuc hanh chinh", {"chuyen-doi-so", "cai-cach-hanh-chinh"}),
    ],
)
def test_classify(text: str, expected: set[str]) -> None:
    assert set(classify(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Phiên họp do đồng chí Chủ tịch UBND tỉnh chủ trì",
        "tạo môi trường làm việc tích cực cho cán bộ",  # not the environment
        "Giao Sở Nông nghiệp và Môi trường chủ trì",  # an agency name is not a theme
        "nhu cầu của người dân; yêu cầu bắt buộc",
        "",
    ],
)
def test_no_theme(text: str) -> None:
    assert classify(text) == []


def test_word_boundaries() -> None:
    assert classify("hệ thống ytế, dịch vụ y tếx") == []  # keywords match whole words only
    assert "y-te" not in classify("sợi dây, sỏi thận")  # not "sởi" (measles): keyword is "benh soi"
    assert "an-toan-giao-thong" not in classify("tốc độ tăng trưởng")  # "toc do" is a keyword
    assert "y-te" in classify("công tác y tế dịp Tết")


def test_order_is_the_taxonomy_order() -> None:
    order = [t.id for t in all_themes()]
    found = classify("quà Tết cho hộ nghèo; giải ngân vốn đầu tư công; an toàn giao thông")
    assert found == sorted(found, key=order.index)
    assert len(found) == len(set(found)) == 4


def test_taxonomy_is_well_formed() -> None:
    themes = theme_entries()
    assert 20 <= len(themes) <= 40
    assert len({t.id for t in themes}) == len(themes)
    for theme in themes:
        assert theme.name and theme.description and theme.keywords
        assert all(k == fold(k) for k in theme.keywords), theme.id


def test_theme_nodes() -> None:
    nodes = theme_nodes(["tet", "dau-tu-cong", "tet", "no-such-theme"])
    assert [n.id for n in nodes] == ["dau-tu-cong", "tet"]
    assert nodes[1].name == "Chăm lo Tết"


def test_every_theme_is_documented() -> None:
    doc = DOCS.read_text(encoding="utf-8")
    for theme in theme_entries():
        assert f"`{theme.id}`" in doc and theme.name in doc
