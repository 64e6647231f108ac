"""Meeting fields as notices write them: number and issue date from the header, issuer (one
canonical form), parent, level and jurisdiction, kind and period from the subject, the held date
and the chair from the opening paragraph, signer and capacity from the signature; ids do not
collide between issuers."""

from datetime import date

import pytest

from ingest.extract.held import find as held
from ingest.extract.issuer import from_header
from ingest.extract.kind import kind_of, period_of
from ingest.extract.meeting import chair
from ingest.extract.signature import signer_of
from ingest.pipeline import parse_bytes


def _notice(header: str, subject: str, opening: str, signature: str = "") -> bytes:
    return (f"{header}\n\nTHÔNG BÁO\n\n{subject}\n\n{opening}\n\n1. Giao Sở Tài chính chủ trì "
            f"rà soát.\n\nNơi nhận:\n- Lưu: VT.\n\n{signature}\n").encode()


@pytest.mark.parametrize(("lines", "name", "parent", "level", "province"), [
    (["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], "Ủy ban nhân dân tỉnh Lai Châu", "", "province",
     "Lai Châu"),
    (["VĂN PHÒNG CHÍNH PHỦ"], "Văn phòng Chính phủ", "", "central", "Chính phủ"),
    (["BỘ Y TẾ"], "Bộ Y tế", "", "ministry", "Bộ Y tế"),
    (["BỘ CÔNG AN", "CỤC CẢNH SÁT GIAO THÔNG"], "Cục Cảnh sát giao thông", "BỘ CÔNG AN",
     "ministry", "Bộ Công an"),
    (["TỈNH SƠN LA", "ỦY BAN NHÂN DÂN XÃ MƯỜNG BÚ"], "Ủy ban nhân dân xã Mường Bú",
     "TỈNH SƠN LA", "commune", "Sơn La"),
    (["UBND TỈNH NGHỆ AN", "SỞ XÂY DỰNG"], "Sở Xây dựng tỉnh Nghệ An", "UBND TỈNH NGHỆ AN",
     "province", "Nghệ An"),
    (["UBND HUYỆN MƯỜNG TÈ"], "Ủy ban nhân dân huyện Mường Tè", "", "district", ""),
])
def test_issuer_parent_level_jurisdiction(lines: list[str], name: str, parent: str, level: str,
                                          province: str) -> None:
    found = from_header(lines)
    assert found is not None
    assert (found.name, found.parent, found.level, found.province) == (name, parent, level,
                                                                       province)


def test_commune_without_parent_line_takes_its_province_from_the_2025_list() -> None:
    found = from_header(["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG BÚ"])
    assert found is not None and found.province == "Sơn La"


def test_special_zone_without_parent_line_takes_its_province_from_the_2025_list() -> None:
    """ "đặc khu" (and "thị trấn") are two words of the unit: the whole unit name is looked up."""
    found = from_header(["ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC"])
    assert found is not None and (found.level, found.province) == ("commune", "An Giang")


@pytest.mark.parametrize(("opening", "issued", "expected"), [
    ("Ngày 07/4/2025, UBND tỉnh tổ chức Phiên họp.", date(2025, 4, 10), date(2025, 4, 7)),
    ("Chiều ngày 03/5/2024, tại trụ sở, Chủ tịch chủ trì.", None, date(2024, 5, 3)),
    ("Sáng 3/5, UBND tỉnh họp trực tuyến.", date(2025, 5, 6), date(2025, 5, 3)),
    ("Sáng 28/12, UBND tỉnh họp.", date(2026, 1, 4), date(2025, 12, 28)),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2025, vào ngày 16 tháng 5 năm 2025 UBND tỉnh "
     "họp.", None, date(2025, 5, 16)),
])
def test_held_date_phrasings(opening: str, issued: date | None, expected: date) -> None:
    assert held(opening, issued) == expected


@pytest.mark.parametrize(("subject", "kind"), [
    ("Kết luận của Chủ tịch UBND tỉnh tại Phiên họp thường kỳ tháng 3 năm 2025", "thường kỳ"),
    ("Kết luận của Bộ trưởng tại cuộc họp giao ban tháng 4 năm 2025", "giao ban"),
    ("Kết luận của Phó Thủ tướng tại cuộc họp về tháo gỡ vướng mắc dự án", "chuyên đề"),
    ("Kết luận của Phó Thủ tướng tại cuộc họp kiểm điểm tiến độ giải ngân", "chuyên đề"),
    ("Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Tập đoàn Điện lực", "làm việc"),
    ("Kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2025", "sơ kết"),
    ("Kết luận của Chủ tịch UBND tỉnh tại phiên họp bất thường", "bất thường"),
    ("Kết luận của Chủ tịch UBND tỉnh tại Phiên họp UBND tỉnh tháng 8 năm 2025", "thường kỳ"),
    ("Kết luận tại cuộc họp về chuẩn bị Hội nghị thượng đỉnh", "chuyên đề"),
    ("Kết luận của Chủ tịch UBND tỉnh tại Hội nghị về phòng, chống thiên tai", "chuyên đề"),
    ("Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ khu công nghiệp", "chuyên đề"),
    ("Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ các dự án trọng điểm",
     "chuyên đề"),
    ("Kết luận tại Hội nghị triển khai nhiệm vụ năm 2026", "hội nghị"),
    ("Kết luận tại Hội nghị đánh giá tiến độ các chương trình mục tiêu quốc gia 9 tháng",
     "chuyên đề"),
    ("Kết luận của Bộ trưởng tại Hội nghị bảo đảm cung cầu hàng hóa dịp Tết", "chuyên đề"),
    ("Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban Thường trực", "giao ban"),
])
def test_kind_from_subject(subject: str, kind: str) -> None:
    assert kind_of(subject, "") == kind


def test_period_regular_named_month_one_off_held_month() -> None:
    assert period_of("thường kỳ", "thường kỳ tháng 12 năm 2025", "", date(2026, 1, 6),
                     None) == "2025-12"
    assert period_of("chuyên đề", "cuộc họp về giá đất", "", date(2025, 3, 4), None) == "2025-03"


@pytest.mark.parametrize(("opening", "name"), [
    ("Đồng chí Lò Văn Mừng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Phiên họp.",
     "Lò Văn Mừng"),
    ("Phiên họp do đồng chí Nguyễn Thị Hà, Phó Chủ tịch UBND tỉnh chủ trì.", "Nguyễn Thị Hà"),
    ("Cuộc họp diễn ra dưới sự chủ trì của đồng chí Trần Quốc Nam, Chủ tịch UBND tỉnh.",
     "Trần Quốc Nam"),
    ("Tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Lê Văn Thành chủ trì cuộc họp.",
     "Lê Văn Thành"),
    ("Bộ trưởng Đỗ Minh Quân chủ trì cuộc họp giao ban.", "Đỗ Minh Quân"),
    ("Cuộc họp do Phó Chủ tịch UBND tỉnh Trần Văn Bình chủ trì.", "Trần Văn Bình"),
    ("Chủ trì cuộc họp: đồng chí Hà Văn Sơn, Phó Chủ tịch UBND tỉnh.", "Hà Văn Sơn"),
    ("Tại Hội trường UBND huyện, ông Trịnh Văn Lộc - Chủ tịch UBND huyện chủ trì cuộc họp.",
     "Trịnh Văn Lộc"),
])
def test_chair_phrasings(opening: str, name: str) -> None:
    assert chair(opening, "") == name


def test_chair_from_subject_when_the_opening_does_not_say() -> None:
    assert chair("UBND tỉnh họp.", "Kết luận của Chủ tịch UBND tỉnh Vi Văn Sơn tại Phiên họp") \
        == "Vi Văn Sơn"
    assert chair("UBND tỉnh họp.", "Kết luận của đồng chí Vi Văn Sơn, Chủ tịch UBND tỉnh tại "
                 "Phiên họp") == "Vi Văn Sơn"


def test_signer_and_capacity() -> None:
    assert signer_of("KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Hà Thị Lan") == (
        "Hà Thị Lan", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    assert signer_of("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nMai Văn Tú") == (
        "Mai Văn Tú", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG")


def test_number_issued_issuer_and_distinct_ids() -> None:
    opening = "Ngày 03/10/2025, tổ chức cuộc họp giao ban tháng 10 năm 2025."
    subject = "Kết luận tại cuộc họp giao ban tháng 10 năm 2025"
    ids = set()
    for ministry in ("BỘ Y TẾ", "BỘ TƯ PHÁP"):
        header = (f"{ministry}\n-------\nSố: 12/TB-BYT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                  "Hà Nội, ngày 06 tháng 10 năm 2025")
        m = parse_bytes("tb.txt", _notice(header, subject, opening)).meeting
        assert (m.number, m.issued, m.date, m.level) == ("12/TB-BYT", date(2025, 10, 6),
                                                         date(2025, 10, 3), "ministry")
        ids.add(m.id)
    assert len(ids) == 2


def test_commune_and_its_province_do_not_collide() -> None:
    opening = "Ngày 29/9/2025, tổ chức cuộc họp thường kỳ tháng 9 năm 2025."
    subject = "Kết luận tại cuộc họp thường kỳ tháng 9 năm 2025"
    date_line = "Sơn La, ngày 30 tháng 9 năm 2025"
    ids = {parse_bytes("tb.txt", _notice(f"{body}\nSố: 1/TB-UBND\n{date_line}", subject,
                                         opening)).meeting.id
           for body in ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "TỈNH SƠN LA\nỦY BAN NHÂN DÂN XÃ MƯỜNG BÚ")}
    assert ids == {"son-la-2025-09-thuong-ky", "son-la-xa-muong-bu-2025-09-thuong-ky"}


def test_office_of_the_ubnd_keys_as_the_ubnd_and_minority_names_sign() -> None:
    header = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nVĂN PHÒNG\n-------\nSố: 9/TB-VPUBND\n"
              "Đắk Lắk, ngày 05 tháng 3 năm 2025")
    m = parse_bytes("tb.txt", _notice(header, "Kết luận tại Phiên họp thường kỳ tháng 2 năm 2025",
                                      "Ngày 03/3/2025, UBND tỉnh họp.",
                                      "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nY Bih Niê")).meeting
    assert (m.issuer, m.parent, m.level) == ("Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk",
                                             "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "province")
    assert m.id == "dak-lak-2025-02-thuong-ky" and m.signer == "Y Bih Niê"


def test_number_written_with_a_space_or_without_colon() -> None:
    for line in ("Số: 245 /TB-UBND", "Số 245/TB-UBND"):
        header = f"ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n{line}\nHòa Bình, ngày 02 tháng 4 năm 2024"
        m = parse_bytes("tb.txt", _notice(header, "Kết luận tại Phiên họp thường kỳ tháng 3 năm "
                                          "2024", "Ngày 01/4/2024, UBND tỉnh họp.")).meeting
        assert m.number == "245/TB-UBND" and m.issuer == "Ủy ban nhân dân tỉnh Hòa Bình"


def test_district_without_parent_line_reports_to_its_province() -> None:
    """A district's notice goes to its province's UBND "(b/c)": that is its province."""
    header = "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 8/TB-UBND\nTân Phú, ngày 03 tháng 4 năm 2024"
    text = _notice(header, "Kết luận tại cuộc họp thường kỳ tháng 3 năm 2024",
                   "Ngày 01/4/2024, UBND huyện họp.").decode()
    text = text.replace("- Lưu: VT.", "- UBND tỉnh Đồng Nai (b/c);\n- Lưu: VT.")
    m = parse_bytes("tb.txt", text.encode()).meeting
    assert (m.level, m.province, m.id) == ("district", "Đồng Nai",
                                           "dong-nai-huyen-tan-phu-2024-03-thuong-ky")
