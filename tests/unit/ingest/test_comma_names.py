"""Bodies whose names hold a comma (the 2025 "X, Y và Z" names: "Phòng Kinh tế, Hạ tầng và Đô
thị") and the provincial Party bodies of 2025."""

from __future__ import annotations

from ingest.resolve import get_resolver


def surfaces(province: str, issuer: str, text: str) -> list[tuple[str, bool]]:
    return [(m.surface, m.ref.known) for m in get_resolver(province, issuer).find_mentions(text)]


def test_field_list_after_a_known_name_continues_it() -> None:
    """A district's list holds "Phòng Kinh tế"; ", Hạ tầng và Đô thị" closed by "và" + a
    capitalised word is the rest of one name (kept as written), not a second body."""
    text = "Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Công an huyện"
    assert surfaces("Đắk Lắk", "ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC", text)[0] == (
        "Phòng Kinh tế, Hạ tầng và Đô thị", False)


def test_comma_between_two_bodies_still_separates() -> None:
    assert [s for s, _ in surfaces("Cao Bằng", "", "Sở Tài chính, Sở Xây dựng và Công an tỉnh")] \
        == ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"]
    # a list head's short names after the comma are bodies of their own
    assert [s for s, _ in surfaces("Cao Bằng", "", "Sở Tài chính, Xây dựng và Công Thương")] \
        == ["Sở Tài chính", "Xây dựng", "Công Thương"]
    # no "và" + capitalised word closing the fields: not one name
    district = "ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC"
    assert surfaces("Đắk Lắk", district, "Phòng Kinh tế, Hạ tầng chủ trì")[0][0] == "Phòng Kinh tế"


def test_party_bodies_of_2025() -> None:
    text = ("Đảng đoàn Hội đồng nhân dân tỉnh phối hợp với Đảng ủy Ủy ban nhân dân tỉnh; Ban "
            "Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng ủy Mặt trận Tổ quốc, các "
            "đoàn thể tỉnh, Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và Văn phòng Tỉnh ủy")
    mentions = get_resolver("Đồng Tháp", "TỈNH ỦY ĐỒNG THÁP").find_mentions(text)
    assert [m.ref.id for m in mentions] == [
        "dong-thap:dang-doan-hdnd-tinh", "dong-thap:dang-uy-ubnd-tinh",
        "dong-thap:ban-tuyen-giao-va-dan-van-tinh-uy", "dong-thap:dang-uy-mttq-cac-doan-the-tinh",
        "dong-thap:ban-to-chuc-tinh-uy", "dong-thap:uy-ban-kiem-tra-tinh-uy",
        "dong-thap:van-phong-tinh-uy",
    ]
    assert not any(m.ref.oversight for m in mentions)
