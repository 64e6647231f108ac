"""Decree-30 anatomy: header, title, body, recipients, signature and appendices are told apart
in every layout (stacked lines, TAB rows of a web copy, one table cell per column), and only the
body and the appendices reach the directive walker."""

from ingest.anatomy import anatomy
from ingest.pipeline import body_blocks, parse_bytes

STACKED = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
-------
Số: 77/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Điện Biên, ngày 12 tháng 3 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại Phiên họp thường kỳ tháng 2 năm 2025

Ngày 10/3/2025, UBND tỉnh Điện Biên tổ chức Phiên họp thường kỳ tháng 2 năm 2025.

1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lò Văn Minh

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Thông báo số 77/TB-UBND ngày 12/3/2025)

1\tRà soát danh mục dự án\tSở Tài chính
"""


def _part(text: str, part: tuple[int, int] | None) -> str:
    assert part is not None
    return text[part[0]:part[1]]


def test_stacked_header_title_body_closing_appendix() -> None:
    a = anatomy(STACKED)
    assert _part(STACKED, a.header).startswith("ỦY BAN NHÂN DÂN")
    assert _part(STACKED, a.header).endswith("năm 2025")
    assert _part(STACKED, a.subject).startswith("Kết luận của Chủ tịch")
    assert _part(STACKED, a.body).startswith("Ngày 10/3/2025")
    assert "Nơi nhận" not in _part(STACKED, a.body)
    assert _part(STACKED, a.recipients).endswith("Lưu: VT.")
    assert _part(STACKED, a.signature).endswith("Lò Văn Minh")
    assert len(a.appendices) == 1 and "Rà soát danh mục" in _part(STACKED, a.appendices[0])


def test_header_and_signature_as_tab_rows() -> None:
    web = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SƠN LA\tĐộc lập - Tự do - "
           "Hạnh phúc\nSố: 5/TB-UBND\tSơn La, ngày 02 tháng 6 năm 2024\n\nTHÔNG BÁO\n\nKết luận "
           "của Chủ tịch UBND tỉnh\n\nNgày 30/5/2024, UBND tỉnh họp.\n\n1. Giao Sở Xây dựng đôn "
           "đốc.\n\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Lưu: VT.\tCHỦ TỊCH\n\tHoàng Quốc Khánh")
    a = anatomy(web)
    assert _part(web, a.header).endswith("năm 2024") and "Nơi nhận" not in _part(web, a.body)
    assert "Hoàng Quốc Khánh" in _part(web, a.signature)


def test_appendix_after_signature_is_walked_header_never() -> None:
    bs = body_blocks(STACKED, anatomy(STACKED))
    texts = " ".join(b.text for b in bs)
    assert "Giao Sở Y tế" in texts and "Rà soát danh mục" in texts
    assert "Số: 77" not in texts and "Lò Văn Minh" not in texts and "Như trên" not in texts


def test_text_without_title_or_header_is_not_a_notice() -> None:
    assert not anatomy("Biên bản bàn giao tài sản.\n\nHai bên thống nhất.").is_notice


def test_notice_with_no_task_still_parses() -> None:
    text = STACKED.split("1. Giao")[0]
    ng = parse_bytes("tb.txt", text.encode())
    assert ng.meeting.number == "77/TB-UBND" and ng.meeting.issued is not None


def test_blank_lines_holding_a_space_separate_paragraphs() -> None:
    """Web copies separate paragraphs with lines holding one space: those are blank lines, so
    the last task does not run on into the recipients."""
    text = ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\nNgày 2/4/2024, UBND tỉnh họp.\n"
            "I. NHIỆM VỤ\n1. Về đầu tư\na) Giao Sở Tài chính chủ trì bố trí vốn.\n \n"
            "Nơi nhận:\n- Lưu: VT.\n")
    ng = parse_bytes("web.txt", text.encode())
    assert ng.directives and all("Nơi nhận" not in d.text for d in ng.directives)
    assert "\n \n" not in ng.text
