"""Readers follow the text contract: paragraphs by blank lines, a table one TAB-joined row per
line; a portal page's main content only; legacy fonts converted; never a traceback."""

import io
import shutil

import docx
import pytest
from fpdf import FPDF

from ingest.errors import IngestError
from ingest.formats import read_bytes
from ingest.pipeline import parse_bytes
from ingest.readers.cells import cell_text
from ingest.readers.legacy import convert, detect
from tests.unit.ingest.test_other_shapes import FONT

PAGE = """<html><head><title>Cổng TTĐT</title><style>p{x:1}</style><script>var a=1;</script>
</head><body><nav><ul><li>Trang chủ</li><li>Văn bản</li></ul></nav>
<div class="breadcrumb">Trang chủ &raquo; Chỉ đạo điều hành</div>
<div class="main"><table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH ĐIỆN BIÊN<br>Số: 12/TB-UBND</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Điện Biên, ngày 02 tháng 3 năm 2025</td></tr></table>
<p><strong>THÔNG BÁO</strong></p><p>Kết luận của Chủ tịch UBND tỉnh t&#7841;i cuộc họp</p>
<p>1. Giao Sở Tài chính chủ trì.<br>2. Giao Sở Y t&#7871; phối hợp.</p>
<table><tr><td rowspan="2">Sở Xây dựng</td><td>Rà soát</td></tr><tr><td>Báo cáo</td></tr>
<tr><td colspan="2">II. Lĩnh vực giao thông</td></tr></table></div>
<footer><p>Cơ quan chủ quản: Văn phòng UBND tỉnh</p></footer></body></html>"""


def test_html_main_content_only() -> None:
    text = read_bytes("tb.html", PAGE.encode()).text
    assert "Trang chủ" not in text and "Cơ quan chủ quản" not in text and "var a" not in text
    assert "THÔNG BÁO" in text and "tại cuộc họp" in text and "Sở Y tế" in text


def test_html_br_makes_paragraphs_and_entities_decode() -> None:
    text = read_bytes("tb.htm", PAGE.encode()).text
    assert "1. Giao Sở Tài chính chủ trì.\n\n2. Giao Sở Y tế phối hợp." in text


def test_html_table_rows_rowspan_repeats_colspan_once() -> None:
    text = read_bytes("tb.html", PAGE.encode()).text
    assert "\n\nSở Xây dựng\tRà soát\nSở Xây dựng\tBáo cáo\nII. Lĩnh vực giao thông" in text
    assert "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN Số: 12/TB-UBND\tCỘNG HÒA" in text


def _docx_with_table() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "TIÊU ĐỀ TRANG LẶP LẠI"
    document.add_paragraph("Trước bảng.")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "A. Lĩnh vực đường bộ"
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "Rà soát tiến độ"
    cell = table.cell(1, 2)
    cell.text = "- Ban Quản lý dự án 2;"
    cell.add_paragraph("- Ban Quản lý dự án Thăng Long;")
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(2, 1).text = "Báo cáo kết quả"
    document.add_paragraph("Sau bảng.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_table_as_tab_rows_in_document_order() -> None:
    text = read_bytes("t.docx", _docx_with_table()).text
    assert text.startswith("Trước bảng.\n\nA. Lĩnh vực đường bộ\n1\tRà soát tiến độ\t"
                           "Ban Quản lý dự án 2; Ban Quản lý dự án Thăng Long\n1\tBáo cáo")
    assert text.endswith("\n\nSau bảng.") and "TIÊU ĐỀ TRANG" not in text


def test_markdown_pipe_table_to_tab_rows() -> None:
    md = "Đoạn đầu.\n\n| TT | Nhiệm vụ | Chủ trì |\n|---|:---|---|\n| 1 | Rà soát | Sở Y tế |\n"
    text = read_bytes("t.md", md.encode()).text
    assert "TT\tNhiệm vụ\tChủ trì\n1\tRà soát\tSở Y tế" in text and "---" not in text


def test_cell_lines_joined_as_items_or_as_a_sentence() -> None:
    assert cell_text(["Nơi nhận:", "- Sở Y tế;", "- Lưu: VT."]) == "Nơi nhận: Sở Y tế; Lưu: VT."
    assert cell_text(["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"]) == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"
    # two paragraphs of a lead cell, each a body's name: two bodies, not one name
    assert cell_text(["UBND huyện Mường Tè", "UBND huyện Sìn Hồ"]) == \
        "UBND huyện Mường Tè; UBND huyện Sìn Hồ"
    assert cell_text(["Sở Tài chính chủ trì rà soát", "các dự án chậm giải ngân."]) == \
        "Sở Tài chính chủ trì rà soát các dự án chậm giải ngân."
    assert cell_text(["BAN CHỈ ĐẠO", "CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"]) == \
        "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"


VIET = ("Ủy ban nhân dân tỉnh thông báo kết luận của Chủ tịch tại phiên họp thường kỳ; "
        "giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan đề xuất phương án.")
# The same sentence as typed in the .VnTime (TCVN3) and VNI-Windows fonts.
TCVN3 = ("Uû ban nh©n d©n tØnh th«ng b¸o kÕt luËn cña Chñ tÞch t¹i phiªn häp th­êng kú; "
         "giao Së Tµi chÝnh chñ tr×, phèi hîp víi c¸c ®¬n vÞ liªn quan ®Ò xuÊt ph­¬ng ¸n.")
VNI = ("UÛy ban nhaân daân tænh thoâng baùo keát luaän cuûa Chuû tòch taïi phieân hoïp "
       "thöôøng kyø; giao Sôû Taøi chính chuû trì, phoái hôïp vôùi caùc ñôn vò lieân quan "
       "ñeà xuaát phöông aùn.")


def test_tcvn3_bytes_converted() -> None:
    assert detect(TCVN3) == "tcvn3" and convert(TCVN3, "tcvn3") == VIET.replace("Ủy", "Uỷ")
    assert read_bytes("old.txt", TCVN3.encode("latin-1")).text == VIET.replace("Ủy", "Uỷ")


def test_vni_text_converted() -> None:
    assert detect(VNI) == "vni" and convert(VNI, "vni") == VIET
    assert read_bytes("vni.txt", VNI.encode("cp1252")).text == VIET


def test_unicode_text_is_not_legacy() -> None:
    assert detect(VIET * 5) is None


def test_tcvn3_capitals_font() -> None:
    assert convert("ñY BAN NH¢N D¢N TØNH", "tcvn3") == "ỦY BAN NHÂN DÂN TỈNH"


def test_doc_without_converter_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(IngestError, match="install antiword") as exc:
        read_bytes("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert "\n" not in str(exc.value)


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_pdf_page_numbers_dropped_and_sentence_joined_across_pages() -> None:
    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=11)
    pdf.set_auto_page_break(False)
    for number, text in ((1, "Giao Sở Tài chính chủ trì rà soát nguồn vốn đầu tư công của tỉnh và "
                          "các dự án chuyển tiếp, bảo đảm"), (2, "kinh phí cho các công trình.")):
        pdf.add_page()
        pdf.set_xy(20, 30)
        pdf.multi_cell(170, 6, text)
        pdf.set_xy(100, 280)
        pdf.cell(10, 6, f"- {number} -")
    text = read_bytes("p.pdf", bytes(pdf.output())).text
    assert "bảo đảm kinh phí cho các công trình." in text and "- 1 -" not in text


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_pdf_ruled_table_as_tab_rows_with_wrapped_cells_joined() -> None:
    from fpdf.fonts import FontFace

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=10)
    pdf.multi_cell(0, 6, "Giao các cơ quan thực hiện:")
    pdf.ln(2)
    rows = (("TT", "Nhiệm vụ", "Chủ trì"),
            ("1", "Rà soát danh mục dự án đầu tư công trung hạn giai đoạn 2026 - 2030, đề xuất "
                  "điều chỉnh kế hoạch vốn", "Sở Tài chính"))
    with pdf.table(col_widths=(10, 110, 50), headings_style=FontFace()) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    text = read_bytes("t.pdf", bytes(pdf.output())).text
    assert "\n\nTT\tNhiệm vụ\tChủ trì\n1\tRà soát danh mục dự án đầu tư công trung hạn giai " \
           "đoạn 2026 - 2030, đề xuất điều chỉnh kế hoạch vốn\tSở Tài chính" in text


def test_html_layout_table_read_as_flow_not_rows() -> None:
    page = ("<html><body><table><tr><td>Menu</td><td><p>THÔNG BÁO</p><p>Kết luận của Chủ tịch"
            "</p><p>1. Giao Sở Y tế chủ trì.</p><p>2. Giao Sở Tư pháp thẩm định.</p>"
            "<table><tr><td>TT</td><td>Nhiệm vụ</td></tr></table></td></tr></table></body></html>")
    text = read_bytes("old.html", page.encode()).text
    assert "1. Giao Sở Y tế chủ trì.\n\n2. Giao Sở Tư pháp thẩm định." in text
    assert "TT\tNhiệm vụ" in text


def test_html_pre_block_keeps_its_lines_as_paragraphs() -> None:
    page = "<html><body><pre>THÔNG BÁO\nKết luận của Chủ tịch\n1. Giao Sở Y tế.</pre></body></html>"
    assert read_bytes("p.html", page.encode()).text == ("THÔNG BÁO\n\nKết luận của Chủ tịch\n\n"
                                                        "1. Giao Sở Y tế.")


def test_text_copy_form_feed_page_number_dropped_sentence_joined() -> None:
    """pdftotext output: the page number before the form feed is not text, and the sentence it
    cut is one paragraph again."""
    txt = ("THÔNG BÁO\n\nKết luận của Chủ tịch\n\nNgày 1/3/2025, UBND tỉnh họp.\n\n1. Về y tế\n\n"
           "a) Giao Sở Y tế bảo đảm thuốc cho người\n\n1\n\f\ntự mua thuốc.\n")
    ng = parse_bytes("copy.txt", txt.encode())
    assert "\n1\n" not in ng.text and "\f" not in ng.text
    assert any("bảo đảm thuốc cho người tự mua thuốc." in d.text for d in ng.directives)


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_pdf_running_header_and_trang_footer_dropped() -> None:
    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=11)
    pdf.set_auto_page_break(False)
    for number in (1, 2, 3):
        pdf.add_page()
        pdf.set_xy(20, 12)
        pdf.cell(170, 6, "Thông báo số 12/TB-UBND của UBND tỉnh Yên Bái")
        pdf.set_xy(20, 30)
        pdf.multi_cell(170, 6, f"Đoạn {number}: Giao Sở Công Thương kiểm tra thị trường.")
        pdf.set_xy(90, 280)
        pdf.cell(30, 6, f"Trang {number}/3")
    text = read_bytes("p.pdf", bytes(pdf.output())).text
    assert "Thông báo số 12" not in text and "Trang" not in text
    assert text.count("Giao Sở Công Thương") == 3
