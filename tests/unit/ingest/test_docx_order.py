"""A .docx is read in document order: the header table of an official notice (issuer, number,
place and date side by side) comes before the body, a table in the body stays between the
paragraphs around it, and a merged cell is read once."""

import io

import docx

from ingest.formats import read_bytes


def _notice() -> bytes:
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(1, 0).text = "Số: 412/TB-UBND"
    header.cell(1, 1).text = "Hà Giang, ngày 14 tháng 3 năm 2025"
    document.add_paragraph("THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh")
    document.add_paragraph("1. Giao Sở Tài chính chủ trì tham mưu phân bổ vốn.")
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Chỉ tiêu giao năm 2025"
    table.cell(1, 0).text = "GRDP"
    table.cell(1, 1).text = "7,5%"
    document.add_paragraph("2. Giao Sở Xây dựng đôn đốc nhà thầu.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_blocks_in_document_order() -> None:
    text = read_bytes("notice.docx", _notice()).text
    order = ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 412/TB-UBND", "THÔNG BÁO Kết luận",
             "1. Giao Sở Tài chính", "Chỉ tiêu giao năm 2025", "GRDP", "7,5%",
             "2. Giao Sở Xây dựng"]
    positions = [text.index(piece) for piece in order]
    assert positions == sorted(positions)


def test_docx_merged_cell_read_once() -> None:
    text = read_bytes("notice.docx", _notice()).text
    assert text.count("Chỉ tiêu giao năm 2025") == 1
