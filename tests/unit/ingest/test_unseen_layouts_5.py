"""Genre features the blind eval/holdout-5 notices showed the parser did not know (session 17),
each with its own short example: Markdown hard line breaks (a backslash at the end of a line)
inside the two-column header, setext headings (a text line underlined with === or ---), and
unit headings numbered under their section, "II.1. Phòng X", that lead the a), b) items below."""

from ingest.pipeline import parse_bytes
from ingest.readers.markdown import read_markdown
from tests.unit.ingest.notice_text import CLOSING, leads, notice, spans_exact

_MD_HEAD = """UBND TỈNH QUẢNG TRỊ\\
**BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\\
CÔNG TRÌNH DÂN DỤNG TỈNH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\
**Độc lập - Tự do - Hạnh phúc**

THÔNG BÁO
=========

Kết luận của Giám đốc Ban tại cuộc họp giao ban tháng 5 năm 2025
----------------------------------------------------------------

Ngày 03/6/2025, Ban Quản lý dự án tổ chức họp giao ban tiến độ tháng 5 năm 2025.

1. Phòng Kỹ thuật khẩn trương hoàn thiện hồ sơ thiết kế, trình Giám đốc Ban trước ngày 20/6/2025.

"""


def test_a_markdown_hard_break_backslash_is_a_line_break_only() -> None:
    text = read_markdown("UBND TỈNH A\\\nBAN QUẢN LÝ DỰ ÁN\\\nCÔNG TRÌNH\n")
    assert text == "UBND TỈNH A\nBAN QUẢN LÝ DỰ ÁN\nCÔNG TRÌNH\n"


def test_an_escaped_backslash_at_a_line_end_is_kept() -> None:
    assert read_markdown("đường dẫn C:\\\\\nsau") == "đường dẫn C:\\\\\nsau"


def test_a_setext_underline_is_dropped_and_its_heading_kept() -> None:
    text = read_markdown("THÔNG BÁO\n=====\n\nKết luận\n--------\nNội dung")
    assert text == "THÔNG BÁO\n\n\nKết luận\n\nNội dung"


def test_a_thematic_break_after_a_blank_line_is_not_a_heading_underline() -> None:
    assert read_markdown("Đoạn một\n\n---\n\nĐoạn hai") == "Đoạn một\n\n---\n\nĐoạn hai"


def test_hard_broken_issuer_lines_give_issuer_and_province() -> None:
    ng = parse_bytes("notice.md", (_MD_HEAD + CLOSING + "\n").encode())
    assert "\\" not in ng.meeting.issuer
    assert ng.meeting.issuer.lower().startswith("ban quản lý dự án đầu tư xây dựng công trình")
    assert ng.meeting.province == "Quảng Trị"


def test_a_roman_dot_number_unit_heading_leads_its_lettered_items() -> None:
    ng = notice("""II. PHÂN CÔNG NHIỆM VỤ

**II.1. Phòng Tài chính - Kế hoạch**

a) Rà soát nhu cầu vốn của các dự án, báo cáo Giám đốc Sở trước ngày 10/4/2025.

b) Tổng hợp số liệu giải ngân hằng tuần.

**II.2. Văn phòng Sở**

a) Hoàn thiện quy chế làm việc của Sở trong tháng 4/2025.""")
    assert leads(ng) == [["Phòng Tài chính - Kế hoạch"]] * 2 + [["Văn phòng Sở"]]
    assert spans_exact(ng)
