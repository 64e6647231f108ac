"""A .docx's text as Word shows it, in the markup python-docx's `.text` skips: a tracked
insertion (and not the deletion beside it), content controls inline and around paragraphs, a
field's result (not its code), a smart tag, and a Decree-30 header drawn in text boxes (read
once, not again from the VML fallback)."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.pipeline import parse_bytes
from ingest.readers.word import read_docx

W = nsdecls("w")
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
DATE = 'w:id="{}" w:author="Văn thư" w:date="2025-08-14T08:00:00Z"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _box(*lines: str) -> str:
    """A floating text box: the drawing (wps) and its VML fallback, the same paragraphs."""
    inner = "".join(f"<w:p>{_run(t)}</w:p>" for t in lines)
    content = f"<w:txbxContent>{inner}</w:txbxContent>"
    return (f"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp>"
            f"<wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>"
            f"<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
            f"</mc:Fallback></mc:AlternateContent></w:r>")


BODY = [
    _box("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH")
    + _box("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    _run("Số: ") + f'<w:fldSimple w:instr="DOCPROPERTY SoVanBan">{_run("88/TB-UBND")}</w:fldSimple>'
    + _run("\tHà Tĩnh, ngày 14 tháng 8 năm 2025"),
    _run("THÔNG BÁO"),
    _run("Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 7 năm 2025"),
    _run("Ngày 12/8/2025, đồng chí ")
    + f'<w:smartTag w:uri="urn:x" w:element="PersonName">{_run("Trần Minh Đức")}</w:smartTag>'
    + _run(", Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ."),
    _run("1. Sở Tài chính chủ trì, ")
    + f"<w:ins {DATE.format(1)}>{_run('phối hợp với Sở Xây dựng')}</w:ins>"
    + f"<w:del {DATE.format(2)}><w:r><w:delText>phối hợp với Sở Nội vụ</w:delText></w:r></w:del>"
    + _run(" rà soát các dự án chậm giải ngân trước ngày 25/8/2025."),
    _run("2. Sở Y tế ") + f"<w:sdt><w:sdtPr><w:alias w:val=\"nội dung\"/></w:sdtPr><w:sdtContent>"
    f"{_run('triển khai tiêm vắc xin sởi')}</w:sdtContent></w:sdt>" + _run(" trước 30/9/2025."),
]
BLOCK_CONTROL = (f"<w:sdt {W}><w:sdtContent><w:p>"
                 f"{_run('3. Sở Nội vụ hoàn thành sắp xếp tổ chức bộ máy trước ngày 15/9/2025.')}"
                 "</w:p></w:sdtContent></w:sdt>")


def _notice() -> bytes:
    document = docx.Document()
    body = document.element.body
    for i, inner in enumerate(BODY):
        body.insert(i, parse_xml(f"<w:p {W} {MC} {WPS} {V}>{inner}</w:p>"))
    body.insert(len(BODY), parse_xml(BLOCK_CONTROL))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_text_as_word_shows_it() -> None:
    paragraphs = read_docx(_notice()).split("\n\n")
    assert paragraphs[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH",
                              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert paragraphs[4] == "Số: 88/TB-UBND\tHà Tĩnh, ngày 14 tháng 8 năm 2025"
    assert "đồng chí Trần Minh Đức, Chủ tịch" in paragraphs[7]
    assert paragraphs[8:] == [
        "1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án chậm giải ngân "
        "trước ngày 25/8/2025.", "2. Sở Y tế triển khai tiêm vắc xin sởi trước 30/9/2025.",
        "3. Sở Nội vụ hoàn thành sắp xếp tổ chức bộ máy trước ngày 15/9/2025."]


def test_the_notice_parses_with_its_header_and_every_directive() -> None:
    notice = parse_bytes("ha-tinh-2025-07.docx", _notice())
    meeting = notice.meeting
    assert (meeting.number, meeting.province, meeting.chair) == (
        "88/TB-UBND", "Hà Tĩnh", "Trần Minh Đức")
    assert [a.name for a in notice.directives[0].support] == ["Sở Xây dựng"]
    assert [d.lead[0].name for d in notice.directives] == ["Sở Tài chính", "Sở Y tế", "Sở Nội vụ"]
