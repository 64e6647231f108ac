"""Write the .docx and .odt notices of eval/holdout-9/ (stdlib zipfile only, fixed timestamps).

    python3 eval/holdout-9/make_files.py

The .docx (Thuế tỉnh Bắc Ninh) holds its tasks in a Word table whose 'Đơn vị chủ trì' column is
VERTICALLY MERGED (w:vMerge restart + continue): one lead cell spans several task rows and the
continuing cells are empty. The .odt (Vườn quốc gia Pù Mát) is OpenDocument text: text:h
headings, and a text:list numbered by its list style (the numbers are not in the text) with nested
bullet lists. A rerun gives the same bytes.
"""
# ruff: noqa: E501  (notice text kept one paragraph per line)
from __future__ import annotations

import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2026, 1, 1, 0, 0, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _zip(path: str, parts: list[tuple[str, str]], stored_first: bool = False) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for i, (name, data) in enumerate(parts):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


# ---------------------------------------------------------------- .docx
def w_p(text: str, bold: bool = False, center: bool = False, italic: bool = False) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = "".join(t for t, on in (("<w:b/>", bold), ("<w:i/>", italic)) if on)
    runs = '<w:r><w:br/></w:r>'.join(
        f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
        for line in text.split("\n"))
    return f"<w:p>{ppr}{runs}</w:p>"


def w_tc(text: str | None, width: int, merge: str = "", bold: bool = False) -> str:
    vm = {"": "", "restart": '<w:vMerge w:val="restart"/>', "cont": "<w:vMerge/>"}[merge]
    body = "<w:p/>" if text is None else w_p(text, bold=bold)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}</w:tcPr>{body}</w:tc>'


def w_table(rows: list[str], widths: list[int], grid: bool = True) -> str:
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr = f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{"<w:tblBorders>" + border + "</w:tblBorders>" if grid else ""}</w:tblPr>'
    cols = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    return f"<w:tbl>{tblpr}<w:tblGrid>{cols}</w:tblGrid>{''.join(rows)}</w:tbl>"


TAX_WIDTHS = [600, 3900, 1900, 1900, 1400]
LEAD_A = "Phòng Nghiệp vụ - Dự toán - Pháp chế"
LEAD_B = "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác"
LEAD_C = "Phòng Công nghệ, chuyển đổi số và Tuyên truyền hỗ trợ người nộp thuế"
TAX_ROWS = [  # (STT, task, lead or None for a merged continuation, support, deadline)
    ("1", "Phân tích nguồn thu, rà soát các khoản thu phát sinh lớn trên địa bàn, xây dựng kịch bản thu ngân sách 4 tháng cuối năm 2026 theo từng sắc thuế", LEAD_A, "Các Phòng Quản lý, hỗ trợ doanh nghiệp số 1, số 2", "Trước ngày 05/9/2026"),
    ("2", "Tham mưu lập dự toán thu ngân sách nhà nước năm 2027, báo cáo Cục Thuế", None, "Các Thuế cơ sở", "Chậm nhất ngày 15/9/2026"),
    ("3", "Tổng hợp báo cáo kết quả thu ngân sách, gửi Ủy ban nhân dân tỉnh và Sở Tài chính", None, "", "Hằng tháng"),
    ("4", "Hướng dẫn hộ kinh doanh chuyển đổi từ phương pháp khoán sang kê khai, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", LEAD_B, "Thuế cơ sở 1 tỉnh Bắc Ninh; Thuế cơ sở 2 tỉnh Bắc Ninh", "Trong tháng 9/2026"),
    ("5", "Rà soát, đôn đốc thu nợ thuế sử dụng đất phi nông nghiệp và lệ phí trước bạ nhà đất", None, "Các Thuế cơ sở", "Trong Quý III/2026"),
    ("6", "Thanh tra, kiểm tra 12 doanh nghiệp có dấu hiệu rủi ro cao về hoàn thuế giá trị gia tăng", "Phòng Thanh tra - Kiểm tra số 1", "Phòng Quản lý, hỗ trợ doanh nghiệp số 1", "Trước ngày 30/11/2026"),
    ("7", "Nâng cấp tính năng tra cứu nghĩa vụ tài chính về đất đai trên ứng dụng eTax Mobile, bảo đảm người nộp thuế nộp trực tuyến toàn trình", LEAD_C, "Văn phòng", "Trước 15/10"),
    ("8", "Tổ chức hội nghị đối thoại với người nộp thuế trên địa bàn các phường Bắc Giang, Kinh Bắc", None, "Thuế cơ sở 1 tỉnh Bắc Ninh", "Định kỳ hằng quý"),
    ("9", "Hoàn thiện phương án sử dụng các trụ sở dôi dư sau sắp xếp, báo cáo Cục Thuế", "Văn phòng", "", "Tháng 10/2026"),
    ("10", "Xử lý dứt điểm khoản nợ tiền thuê đất của 05 doanh nghiệp tại Cụm công nghiệp Đồng Nguyên", "Thuế cơ sở 3 tỉnh Bắc Ninh", "Ủy ban nhân dân phường Từ Sơn", "Trong 15 ngày kể từ ngày ký"),
]


def tax_table() -> str:
    head = [w_tc(h, w, bold=True) for h, w in zip(("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"), TAX_WIDTHS, strict=True)]
    rows = ["<w:tr>" + "".join(head) + "</w:tr>"]
    for i, (stt, task, lead, sup, due) in enumerate(TAX_ROWS):
        spans = i + 1 < len(TAX_ROWS) and TAX_ROWS[i + 1][2] is None
        lead_cell = w_tc(None, TAX_WIDTHS[2], "cont") if lead is None else w_tc(lead, TAX_WIDTHS[2], "restart" if spans else "")
        cells = [w_tc(stt, TAX_WIDTHS[0]), w_tc(task, TAX_WIDTHS[1]), lead_cell, w_tc(sup or None, TAX_WIDTHS[3]), w_tc(due, TAX_WIDTHS[4])]
        rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return w_table(rows, TAX_WIDTHS)


TAX_BEFORE = [
    ("CỤC THUẾ\nTHUẾ TỈNH BẮC NINH", True, True, False), ("Số: 1586/TB-TBN", False, True, False),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", True, True, False),
    ("Bắc Ninh, ngày 26 tháng 8 năm 2026", False, True, True),
    ("THÔNG BÁO\nKết luận của Trưởng Thuế tỉnh tại cuộc họp giao ban công tác thuế tháng 8 năm 2026", True, True, False),
    ("Ngày 24/8/2026, bà Nguyễn Thị Lan Anh, Trưởng Thuế tỉnh Bắc Ninh chủ trì cuộc họp giao ban công tác thuế tháng 8 năm 2026. Dự họp có các Phó Trưởng Thuế tỉnh, Trưởng các phòng thuộc Thuế tỉnh và Trưởng Thuế cơ sở 1, 2, 3, 4, 5 tỉnh Bắc Ninh. Sau khi nghe Phòng Nghiệp vụ - Dự toán - Pháp chế báo cáo và ý kiến của các đơn vị, Trưởng Thuế tỉnh kết luận như sau:", False, False, False),
    ("1. Kết quả thu ngân sách", True, False, False),
    ("Lũy kế 8 tháng, tổng thu ngân sách nhà nước do Thuế tỉnh quản lý đạt 21.480 tỷ đồng, bằng 71,6% dự toán, tăng 12,4% so với cùng kỳ; đã giải quyết hoàn thuế giá trị gia tăng cho 214 hồ sơ với số tiền 1.326 tỷ đồng, bảo đảm đúng hạn.", False, False, False),
    ("Tuy nhiên, tổng nợ thuế đến ngày 31/7/2026 còn 1.935 tỷ đồng, tăng 8% so với đầu năm; còn 3.870 hộ kinh doanh thuộc diện chuyển đổi chưa sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.", False, False, False),
    ("2. Phân công nhiệm vụ", True, False, False),
]
TAX_AFTER = [
    ("3. Đề nghị Ủy ban nhân dân các xã, phường phối hợp cung cấp thông tin về hộ kinh doanh mới phát sinh trên địa bàn, nhất là tại các chợ, khu du lịch.", False, False, False),
    ("4. Giao Văn phòng theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp kết quả báo cáo tại cuộc họp giao ban tháng 9.", False, False, False),
    ("Thuế tỉnh Bắc Ninh thông báo để các đơn vị biết, thực hiện./.", False, False, False),
    ("Nơi nhận:\n- Cục Thuế (để b/c);\n- UBND tỉnh Bắc Ninh (để b/c);\n- Trưởng, các Phó Trưởng Thuế tỉnh;\n- Các phòng, Thuế cơ sở;\n- Lưu: VT, NVDTPC.", False, False, False),
    ("KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n(Đã ký)\nTrịnh Văn Quyết", True, True, False),
]


def write_docx(path: str) -> None:
    body = "".join(w_p(t, b, c, i) for t, b, c, i in TAX_BEFORE) + tax_table() + "".join(w_p(t, b, c, i) for t, b, c, i in TAX_AFTER)
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>'
    types = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    _zip(path, [("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc)])


# ---------------------------------------------------------------- .odt
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"')
HAT = "Hạt Kiểm lâm Vườn quốc gia Pù Mát"
VQG_HEAD = [
    ("P_C", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NGHỆ AN<text:line-break/>VƯỜN QUỐC GIA PÙ MÁT"),
    ("P_C", "Số: 86/TB-VQG"),
    ("P_C", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<text:line-break/>Độc lập - Tự do - Hạnh phúc"),
    ("P_I", "Nghệ An, ngày 25 tháng 3 năm 2026"),
    ("P_T", "THÔNG BÁO<text:line-break/>Kết luận của Giám đốc Vườn quốc gia Pù Mát tại hội nghị triển khai công tác bảo vệ rừng, phòng cháy, chữa cháy rừng mùa khô năm 2026"),
    ("P", "Ngày 23/3/2026, tại Trung tâm Giáo dục môi trường và Dịch vụ (xã Môn Sơn), ông Lương Văn Hạnh, Giám đốc Vườn quốc gia Pù Mát chủ trì hội nghị triển khai công tác bảo vệ rừng, phòng cháy, chữa cháy rừng mùa khô năm 2026. Tham dự có các Phó Giám đốc, Trưởng các phòng, Hạt Kiểm lâm, các Trạm Kiểm lâm; đại diện Ủy ban nhân dân các xã Môn Sơn, Châu Khê, Tam Quang và Ban Chỉ huy Phòng thủ khu vực. Sau khi nghe báo cáo và ý kiến của các đại biểu, Giám đốc Vườn kết luận như sau:"),
]
VQG_RESULTS = [
    "Năm 2025, Vườn quản lý, bảo vệ an toàn 94.275 ha rừng đặc dụng, không để xảy ra cháy rừng; phát hiện, lập biên bản 38 vụ vi phạm, giảm 11 vụ so với năm 2024; ghi nhận bằng bẫy ảnh 14 cá thể Sao la và Mang lớn tại vùng lõi.",
    "Tuy nhiên, tình trạng đặt bẫy, khai thác lâm sản ngoài gỗ trái phép tại vùng giáp ranh còn diễn ra; 6 trạm kiểm lâm thiếu thiết bị chữa cháy; đường băng cản lửa dài 42 km đã xuống cấp, chưa được phát dọn.",
]
VQG_TASKS = [  # (agency paragraph or a full task, [nested bullet tasks])
    (HAT + ":", [
        "Bố trí lực lượng trực phòng cháy, chữa cháy rừng 24/24 giờ tại các chốt, trạm trong suốt các tháng cao điểm nắng nóng.",
        "Chủ trì, phối hợp với Công an xã Môn Sơn, Công an xã Châu Khê tổ chức đợt cao điểm truy quét, tháo gỡ bẫy thú tại vùng giáp ranh, hoàn thành trước ngày 30/4/2026.",
        "Phát dọn, sửa chữa 42 km đường băng cản lửa; xong chậm nhất ngày 10/4/2026.",
    ]),
    ("Phòng Kế hoạch - Tài chính:", [
        "Lập dự toán mua sắm bổ sung máy thổi gió, bình chữa cháy đeo vai cho 6 trạm kiểm lâm, trình Giám đốc phê duyệt trong 05 ngày làm việc kể từ ngày ký Thông báo này.",
    ]),
    ("Phòng Khoa học và Hợp tác quốc tế và Trung tâm Giáo dục môi trường và Dịch vụ đồng chủ trì cập nhật cơ sở dữ liệu đa dạng sinh học từ mạng lưới bẫy ảnh, hoàn thành trong Quý II/2026.", []),
    ("Trung tâm Giáo dục môi trường và Dịch vụ:", [
        "Tuyên truyền về phòng cháy rừng và bảo vệ động vật hoang dã tại các bản vùng đệm, lồng ghép vào các buổi sinh hoạt cộng đồng hằng tháng.",
    ]),
    ("Phòng Tổ chức - Hành chính:", [
        "Rà soát, đề xuất điều động tăng cường kiểm lâm viên cho các trạm thiếu người trong tháng 4/2026; Hạt Kiểm lâm phối hợp đề xuất danh sách.",
    ]),
    ("Đề nghị Ủy ban nhân dân các xã Môn Sơn, Châu Khê, Tam Quang chỉ đạo các thôn, bản ký cam kết không đốt nương làm rẫy trong thời gian cấm đốt, đồng thời huy động lực lượng tại chỗ sẵn sàng tham gia chữa cháy.", []),
    ("Giao Phòng Tổ chức - Hành chính theo dõi, đôn đốc việc thực hiện Thông báo này, báo cáo Giám đốc kết quả trước ngày 15/5/2026.", []),
]
VQG_END = [
    ("P", "Vườn quốc gia Pù Mát thông báo để các phòng, đơn vị biết, thực hiện./."),
    ("P", "Nơi nhận:<text:line-break/>- Sở Nông nghiệp và Môi trường (để b/c);<text:line-break/>- Chi cục Kiểm lâm tỉnh;<text:line-break/>- UBND các xã Môn Sơn, Châu Khê, Tam Quang;<text:line-break/>- Các phòng, đơn vị thuộc Vườn;<text:line-break/>- Lưu: VT, TCHC."),
    ("P_C", "KT. GIÁM ĐỐC<text:line-break/>PHÓ GIÁM ĐỐC<text:line-break/>(Đã ký)<text:line-break/>Vi Thị Hồng Nhung"),
]


def o_p(style: str, xml: str) -> str:
    return f'<text:p text:style-name="{style}">{xml}</text:p>'


def o_h(text: str) -> str:
    return f'<text:h text:style-name="H" text:outline-level="1">{escape(text)}</text:h>'


def o_tasks() -> str:
    items = []
    for head, subs in VQG_TASKS:
        inner = "".join(f"<text:list-item>{o_p('P', escape(s))}</text:list-item>" for s in subs)
        nested = f'<text:list text:style-name="LB">{inner}</text:list>' if subs else ""
        items.append(f"<text:list-item>{o_p('P', escape(head))}{nested}</text:list-item>")
    return f'<text:list text:style-name="LN">{"".join(items)}</text:list>'


def odt_content() -> str:
    body = "".join(o_p(s, x) for s, x in VQG_HEAD) + o_h("I. KẾT QUẢ CÔNG TÁC BẢO VỆ RỪNG NĂM 2025")
    body += "".join(o_p("P", escape(x)) for x in VQG_RESULTS) + o_h("II. NHIỆM VỤ TRỌNG TÂM MÙA KHÔ NĂM 2026")
    body += o_tasks() + "".join(o_p(s, x) for s, x in VQG_END)
    auto = ('<style:style style:name="P_C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="P_I" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>'
            '<style:style style:name="P_T" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>'
            '<text:list-style style:name="LN"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
            '<text:list-level-style-bullet text:level="2" text:bullet-char="-"/></text:list-style>'
            '<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="-"/></text:list-style>')
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles>{auto}</office:automatic-styles>'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")


def write_odt(path: str) -> None:
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>'
              '<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="13pt"/></style:style>'
              '<style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              "</office:styles></office:document-styles>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    _zip(path, [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", odt_content()),
                ("styles.xml", styles), ("META-INF/manifest.xml", manifest)], stored_first=True)


def main() -> None:
    for name, writer in (("thue-bac-ninh-2026-08-giao-ban.docx", write_docx), ("vqg-pu-mat-2026-03-pccc-rung.odt", write_odt)):
        writer(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
