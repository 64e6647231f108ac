"""A .docx whose headings, items and table rows are numbered by Word (`w:numPr`, numbering.xml)
holds no "II." / "1." / "a)" in its text: the reader writes Word's labels, so the notice reads,
and parses, like the same notice with typed numbers."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.pipeline import parse_bytes
from ingest.readers.numbering import formatted
from ingest.readers.word import read_docx

LEVELS = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "\uf0b7"))
HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 88/TB-UBND\tHà Tĩnh, ngày 14 tháng 8 năm 2025",
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 7 năm 2025",
        "Ngày 12/8/2025, đồng chí Trần Minh Đức, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ."]
BODY = [(0, "ĐÁNH GIÁ CHUNG"),
        (1, "Tổng thu ngân sách 7 tháng đạt 6.120 tỷ đồng, bằng 61% dự toán."),
        (0, "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
        (1, "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII rà soát các dự án "
            "chậm giải ngân, đề xuất điều chuyển vốn trước ngày 25/8/2025."),
        (1, "Sở Xây dựng:"),
        (2, "Hoàn thành thẩm định thiết kế cơ sở tuyến tránh thị xã Kỳ Anh trước 15/9/2025."),
        (2, "Kiểm tra an toàn các nhà ở cao tầng, báo cáo UBND tỉnh trong tháng 9/2025."),
        (1, "Sở Y tế chủ trì triển khai tiêm vắc xin sởi cho trẻ em trước ngày 30/9/2025."),
        (3, "Sở Giáo dục và Đào tạo phối hợp tuyên truyền tại trường học.")]
TYPED = ["I. ĐÁNH GIÁ CHUNG", "1. Tổng thu", "II. NHIỆM VỤ", "1. Sở Tài chính", "2. Sở Xây dựng:",
         "a) Hoàn thành", "b) Kiểm tra", "3. Sở Y tế", "- Sở Giáo dục"]


def _abstract(abstract_id: int, start: int = 1) -> str:
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(LEVELS))
    return f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


def _lists(document: docx.document.Document, *nums: tuple[int, int | None]) -> None:
    """List instances numId -> abstract 90, each with an optional start override of level 0."""
    root = document.part.numbering_part.element
    root.insert(0, parse_xml(_abstract(90)))
    for num_id, start in nums:
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if start else "")
        root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                              f'<w:abstractNumId w:val="90"/>{override}</w:num>'))


def _number(paragraph: object, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                         f'<w:numId w:val="{num_id}"/></w:numPr>'))


def _notice(auto: bool) -> bytes:
    document = docx.Document()
    _lists(document, (71, None))
    for line in HEAD:
        document.add_paragraph(line)
    counters = {0: 0, 1: 0, 2: 0}
    for level, text in BODY:
        typed = _typed(level, counters)
        p = document.add_paragraph(text if auto else f"{typed} {text}")
        if auto:
            _number(p, 71, level)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _typed(level: int, counters: dict[int, int]) -> str:
    if level == 3:
        return "-"
    counters[level] += 1
    for deeper in range(level + 1, 3):
        counters[deeper] = 0
    return formatted(counters[level], LEVELS[level][0]) + LEVELS[level][1][-1]


def test_automatic_numbers_are_written_as_word_draws_them() -> None:
    text = read_docx(_notice(auto=True))
    starts = [ln for ln in text.split("\n\n") if ln[:1] in "I-123ab" and " " in ln][-len(BODY):]
    assert [s[:len(t)] for s, t in zip(starts, TYPED, strict=True)] == TYPED
    assert text == read_docx(_notice(auto=False))


def test_an_auto_numbered_notice_parses_as_the_typed_one() -> None:
    """Same directives and findings, and the same section paths ("II.2.a", not "p3")."""
    auto, typed = (parse_bytes("ha-tinh-2025-07.docx", _notice(a)) for a in (True, False))
    assert [(d.text, d.lead, d.deadline, d.section) for d in auto.directives] == [
        (d.text, d.lead, d.deadline, d.section) for d in typed.directives]
    assert [(f.text, f.section) for f in auto.findings] == [
        (f.text, f.section) for f in typed.findings]
    assert [d.section for d in auto.directives][:3] == ["II.1", "II.2.a", "II.2.b"]


def test_table_rows_numbered_and_a_restarted_list_starts_over() -> None:
    document = docx.Document()
    _lists(document, (72, None), (73, 5))
    table = document.add_table(rows=3, cols=2)
    for row, text in zip(table.rows, ("Sở Nội vụ", "Sở Công Thương", "Sở Tư pháp"), strict=True):
        _number(row.cells[0].paragraphs[0], 72, 1)
        row.cells[1].text = text
    _number(document.add_paragraph("Sở Văn hóa"), 73, 0)
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).split("\n\n") == [
        "1.\tSở Nội vụ\n2.\tSở Công Thương\n3.\tSở Tư pháp", "V. Sở Văn hóa"]


def test_number_formats() -> None:
    cases = ((4, "upperRoman"), (14, "lowerRoman"), (2, "lowerLetter"), (27, "upperLetter"),
             (7, "decimalZero"), (3, "cardinalText"))
    assert [formatted(v, f) for v, f in cases] == ["IV", "xiv", "b", "AA", "07", "3"]
