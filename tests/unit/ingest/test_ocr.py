"""A scanned PDF (pages that are only images) read by OCR where Tesseract and its Vietnamese
data are installed: paragraphs joined as in a text PDF, and a ruled table read as TAB rows, one
per ruled row. Without Tesseract the file is refused with one line saying what to install."""

from __future__ import annotations

import io
import shutil

import pytest
from fpdf import FPDF

from ingest.errors import IngestError
from ingest.formats import read_bytes
from ingest.readers import ocr
from tests.unit.ingest.test_other_shapes import FONT

BODY = ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát danh mục dự án đầu tư công "
        "chậm giải ngân, đề xuất điều chuyển vốn, báo cáo UBND tỉnh trước ngày 25/8/2025.")
ROWS = (("TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"),
        ("1", "Tổ chức tiêm vắc xin sởi cho trẻ em", "Sở Y tế", "30/9/2025"),
        ("2", "Hoàn thành sắp xếp tổ chức bộ máy", "Sở Nội vụ", "15/9/2025"))
needs_ocr = pytest.mark.skipif(not FONT.exists() or not ocr.available(),
                               reason="needs fonts-dejavu-core, tesseract-ocr, tesseract-ocr-vie")


def _text_pdf() -> bytes:
    from fpdf.fonts import FontFace

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=12)
    pdf.multi_cell(0, 7, BODY)
    pdf.ln(6)
    with pdf.table(col_widths=(12, 90, 40, 30), headings_style=FontFace()) as table:
        for cells in ROWS:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def _scanned(data: bytes) -> bytes:
    """The PDF as a scanner gives it: each page an image at 200 dpi, no text layer."""
    import pypdfium2 as pdfium

    pages = [p.render(scale=200 / 72).to_pil().convert("L") for p in pdfium.PdfDocument(data)]
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=200)
    return out.getvalue()


@needs_ocr
def test_a_scanned_notice_reads_as_paragraphs_and_table_rows() -> None:
    text = read_bytes("scan.pdf", _scanned(_text_pdf())).text
    paragraphs = text.split("\n\n")
    assert "rà soát danh mục dự án đầu tư công chậm giải ngân" in paragraphs[0]
    assert paragraphs[0].endswith("trước ngày 25/8/2025.")
    rows = [ln.split("\t") for ln in text.splitlines() if "\t" in ln]
    assert [r[2] for r in rows] == ["Chủ trì", "Sở Y tế", "Sở Nội vụ"]
    assert rows[2][1] == "Hoàn thành sắp xếp tổ chức bộ máy" and rows[2][3] == "15/9/2025"


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_without_tesseract_a_scan_is_refused_saying_what_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(IngestError, match=r"^scan\.pdf: PDF has no text layer .*tesseract-ocr-vie"):
        read_bytes("scan.pdf", _scanned(_text_pdf()))


@needs_ocr
def test_a_scan_past_its_time_is_refused_naming_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole document's OCR is bounded, not only each page's: a spent budget stops it
    with one line naming the file and the page, not hours of Tesseract."""
    monkeypatch.setattr(ocr, "DOCUMENT_SECONDS", 0.0)
    with pytest.raises(IngestError, match=r"^scan\.pdf: .*OCR stopped at page 1: .* at most 0 s"):
        read_bytes("scan.pdf", _scanned(_text_pdf()))


def test_the_clock_gives_each_call_what_is_left_up_to_a_page() -> None:
    clock = ocr.Clock(seconds=1_000.0)
    assert clock.left(0) == ocr.PAGE_SECONDS
    assert ocr.Clock(seconds=5.0).left(3) <= 5.0
    with pytest.raises(ValueError, match="page 4"):
        ocr.Clock(seconds=-1.0).left(3)
