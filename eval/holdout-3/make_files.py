"""Write the .docx and the .pdf notice of eval/holdout-3/ from the data in this file.

    /work/main/.venv/bin/python eval/holdout-3/make_files.py

Needs python-docx and fpdf2 (the project's venv) and the DejaVu fonts; the approach of
eval/holdout-2/make_files.py (fixed core and zip times, so a rerun changes no .docx bytes).

Blocks:
  ("header", left, right) / ("sig", left, right)  .docx: a borderless 2-column table
  ("lines", [text, ...])   .pdf: stacked centred bold lines (header and signature)
  ("title", text) / ("p", text) / ("b", text)      centred bold / body / bold paragraph
  ("agtable", head, rows)  .docx: a bordered table, one row per agency (TT | agency | tasks), the
        task cell holding one 'List Bullet' paragraph per task (the bullet is list formatting in
        numbering.xml, no character of the text)
The .pdf repeats a running header (the notice's number) at the top of every page after the first
and a 'Trang N/M' footer on every page, so page furniture falls in the middle of the task list.
"""
from __future__ import annotations

import datetime
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_TIME = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

KP = [
    ("header", ["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC", "", "Số: 86/TB-UBND"],
     MOTTO + ["", "Krông Pắc, ngày 18 tháng 4 năm 2025"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của Chủ tịch UBND huyện Trần Văn Khởi tại phiên họp thường kỳ UBND huyện tháng 4 năm 2025"),
    ("p", "Ngày 16/4/2025, Ủy ban nhân dân huyện Krông Pắc tổ chức phiên họp thường kỳ tháng 4 năm 2025 dưới sự chủ trì của đồng chí Trần Văn Khởi, Chủ tịch UBND huyện. Tham dự có các Phó Chủ tịch UBND huyện, các Ủy viên UBND huyện, Thủ trưởng các phòng, ban, đơn vị thuộc huyện và Chủ tịch UBND các xã, thị trấn. Sau khi nghe Văn phòng HĐND và UBND huyện báo cáo tình hình kinh tế - xã hội tháng 4, nhiệm vụ trọng tâm tháng 5 năm 2025 và ý kiến thảo luận, Chủ tịch UBND huyện kết luận như sau:"),
    ("b", "1. Đánh giá chung"),
    ("p", "Trong tháng 4, tình hình kinh tế - xã hội của huyện ổn định; thu ngân sách trên địa bàn lũy kế đạt 142,8 tỷ đồng, bằng 41,6% dự toán; các xã, thị trấn đã hoàn thành niêm yết dự thảo Đề án sắp xếp đơn vị hành chính cấp xã. Tuy nhiên, nắng hạn kéo dài làm khoảng 1.850 ha cà phê, sầu riêng thiếu nước tưới; giải ngân vốn đầu tư công mới đạt 23,4% kế hoạch; tâm lý một bộ phận cán bộ, công chức chưa ổn định trước việc kết thúc hoạt động của cấp huyện."),
    ("b", "2. Nhiệm vụ trọng tâm tháng 5 năm 2025"),
    ("p", "Các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau:"),
    ("agtable", ["TT", "Cơ quan, đơn vị", "Nhiệm vụ"], [
        ("1", "Phòng Nội vụ", [
            "Chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu phương án bố trí cán bộ, công chức, viên chức cấp huyện về các xã mới sau sắp xếp, trình UBND huyện trước ngày 10/5/2025.",
            "Hướng dẫn UBND các xã, thị trấn chỉnh lý, lập hồ sơ lưu trữ và bàn giao tài liệu trước khi kết thúc hoạt động của đơn vị hành chính cấp huyện, xong trước ngày 30/6/2025."]),
        ("2", "Phòng Tài chính - Kế hoạch", [
            "Kiểm kê tài sản công, trụ sở làm việc của các cơ quan cấp huyện, đề xuất phương án bố trí sử dụng sau sắp xếp; hoàn thành trong 07 ngày kể từ ngày ký Thông báo này.",
            "Đôn đốc các chủ đầu tư đẩy nhanh giải ngân vốn đầu tư công, bảo đảm đến ngày 30/6/2025 giải ngân đạt trên 60% kế hoạch vốn."]),
        ("3", "Phòng Nông nghiệp và Môi trường", [
            "Chủ trì, phối hợp với Trung tâm Dịch vụ nông nghiệp huyện hướng dẫn nông dân áp dụng biện pháp tưới tiết kiệm nước cho cây cà phê, sầu riêng trong mùa khô.",
            "Thống kê diện tích cây trồng bị thiệt hại do hạn hán, tổng hợp báo cáo UBND huyện trước ngày 25 hằng tháng cho đến khi kết thúc mùa khô."]),
        ("4", "Phòng Kinh tế, Hạ tầng và Đô thị", [
            "Phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện đôn đốc nhà thầu đẩy nhanh thi công tuyến đường liên xã Ea Kly - Ea Phê, hoàn thành trong quý II/2025."]),
        ("5", "Phòng Văn hóa, Khoa học và Thông tin", [
            "Tuyên truyền chủ trương sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp trên hệ thống thông tin cơ sở; phối hợp với UBND các xã, thị trấn định hướng dư luận, không để phát sinh điểm nóng."]),
        ("6", "UBND các xã, thị trấn", [
            "Tổ chức lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính cấp xã, hoàn thành trước ngày 25/4/2025.",
            "Chủ động phương án phòng, chống cháy rừng và bảo đảm nước sinh hoạt cho Nhân dân trong mùa khô."]),
        ("7", "Văn phòng HĐND và UBND huyện", [
            "Theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp báo cáo Chủ tịch UBND huyện tại phiên họp thường kỳ tháng 5/2025."]),
    ]),
    ("p", "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./."),
    ("sig", ["Nơi nhận:", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
             "- Các phòng, ban, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
     ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "", "Y Thông Byă"]),
]

VPCP = [
    ("lines", ["VĂN PHÒNG CHÍNH PHỦ", "Số: 438/TB-VPCP", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 22 tháng 8 năm 2025"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của Phó Thủ tướng Chính phủ Bùi Quang Hưng tại cuộc họp về tháo gỡ khó khăn, vướng mắc cho các dự án năng lượng tái tạo"),
    ("p", "Ngày 19 tháng 8 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Bùi Quang Hưng chủ trì cuộc họp về tháo gỡ khó khăn, vướng mắc cho các dự án năng lượng tái tạo. Tham dự cuộc họp có lãnh đạo các Bộ: Công Thương, Tài chính, Nông nghiệp và Môi trường, Xây dựng, Tư pháp; Thanh tra Chính phủ; Văn phòng Chính phủ; Tập đoàn Điện lực Việt Nam và lãnh đạo Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng. Sau khi nghe Bộ Công Thương báo cáo và ý kiến của các đại biểu dự họp, Phó Thủ tướng Chính phủ kết luận như sau:"),
    ("b", "1. Về tình hình thực hiện"),
    ("p", "Thời gian qua, các bộ, cơ quan, địa phương đã tích cực tháo gỡ vướng mắc cho các dự án năng lượng tái tạo theo chỉ đạo của Thủ tướng Chính phủ; đã có 87/173 dự án được tháo gỡ, với tổng công suất khoảng 4.120 MW được huy động lên lưới điện quốc gia. Tuy nhiên, còn 86 dự án với tổng vốn đầu tư khoảng 143.000 tỷ đồng chưa được tháo gỡ dứt điểm, chủ yếu do vướng mắc về giá điện, thủ tục đất đai, đất rừng và các kết luận thanh tra; một số công trình đường dây đấu nối chậm tiến độ, gây lãng phí nguồn lực xã hội. Một số địa phương chưa chủ động phối hợp với chủ đầu tư trong giải quyết thủ tục đất đai, giao rừng, cho thuê rừng."),
    ("b", "2. Nhiệm vụ cụ thể"),
    ("p", "Các bộ, cơ quan, địa phương theo chức năng, nhiệm vụ được giao thực hiện các nhiệm vụ sau:"),
    ("p", "a) Bộ Công Thương chủ trì, phối hợp với Bộ Tư pháp, Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị quyết của Chính phủ về cơ chế xử lý vướng mắc giá điện của các dự án năng lượng tái tạo chuyển tiếp, trình Chính phủ trong quý III/2025."),
    ("p", "b) Tập đoàn Điện lực Việt Nam khẩn trương đàm phán, thống nhất giá điện tạm thời với các chủ đầu tư 14 dự án điện gió chuyển tiếp đã hoàn thành xây dựng, hoàn thành trong 10 ngày kể từ ngày nhận được Thông báo này; báo cáo Bộ Công Thương kết quả thực hiện."),
    ("p", "c) Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các tỉnh có dự án hướng dẫn thủ tục chuyển mục đích sử dụng rừng sang mục đích khác đối với các dự án điện gió đã được chấp thuận chủ trương đầu tư, xong trước ngày 30/9/2025."),
    ("p", "d) Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương rà soát các ưu đãi về thuế, tiền thuê đất đối với dự án điện mặt trời mái nhà tự sản xuất, tự tiêu thụ, báo cáo Phó Thủ tướng Chính phủ trước ngày 15 tháng 9 năm 2025."),
    ("p", "đ) Thanh tra Chính phủ phối hợp với Bộ Công Thương, Bộ Tư pháp làm rõ cơ sở pháp lý của các kết luận thanh tra liên quan đến giá điện ưu đãi (FIT), đề xuất hướng xử lý, báo cáo Thủ tướng Chính phủ trong tháng 9/2025."),
    ("p", "e) Bộ Xây dựng hướng dẫn các địa phương thẩm định thiết kế xây dựng công trình trạm biến áp, đường dây đấu nối của các dự án năng lượng tái tạo theo thẩm quyền, bảo đảm rút ngắn thời gian thẩm định."),
    ("p", "g) Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng đẩy nhanh bồi thường, giải phóng mặt bằng các công trình đường dây truyền tải đấu nối trên địa bàn, hoàn thành trước ngày 31/10/2025."),
    ("p", "h) Tập đoàn Điện lực Việt Nam chỉ đạo Tổng công ty Truyền tải điện quốc gia tập trung thi công, sớm đóng điện công trình đường dây 500 kV Chư Sê - Krông Búk, hoàn thành trong quý IV/2025."),
    ("p", "i) Các chủ đầu tư dự án năng lượng tái tạo chủ động hoàn thiện hồ sơ nghiệm thu, hồ sơ pháp lý của dự án, gửi cơ quan có thẩm quyền trước ngày 30/9/2025; chịu trách nhiệm về tính chính xác, trung thực của hồ sơ."),
    ("p", "3. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại Thông báo này, báo cáo Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ theo quy định."),
    ("p", "Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./."),
    ("p", "Nơi nhận: Thủ tướng, các Phó Thủ tướng Chính phủ; các Bộ: Công Thương, Tài chính, Nông nghiệp và Môi trường, Xây dựng, Tư pháp; Thanh tra Chính phủ; UBND các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng; Tập đoàn Điện lực Việt Nam; VPCP: BTCN, các PCN, Cổng TTĐT CP; Lưu: VT, CN."),
    ("lines", ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "", "", "Đặng Văn Khiêm"]),
]

DOCS = {
    "huyen-krong-pac-2025-04-thuong-ky.docx": KP,
    "vpcp-2025-08-nang-luong-tai-tao.pdf": VPCP,
}


# ---------------------------------------------------------------- .docx

def _borderless(table) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _agtable(doc, head: list[str], rows: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    from docx.shared import Cm
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    widths = (Cm(1.2), Cm(4.3), Cm(11.0))
    cells = t.add_row().cells
    for ci, text in enumerate(head):
        cells[ci].paragraphs[0].add_run(text).bold = True
        cells[ci].width = widths[ci]
    for num, agency, tasks in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(num)
        cells[1].paragraphs[0].add_run(agency).bold = True
        first = cells[2].paragraphs[0]
        first.style = doc.styles["List Bullet"]
        first.add_run(tasks[0])
        for task in tasks[1:]:
            cells[2].add_paragraph(task, style="List Bullet")
        for ci in range(3):
            cells[ci].width = widths[ci]


def write_docx(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(21), Cm(29.7)  # A4
    for blk in blocks:
        kind = blk[0]
        if kind in ("header", "sig"):
            t = doc.add_table(rows=1, cols=2)
            _borderless(t)
            for cell, lines, nbold in ((t.rows[0].cells[0], blk[1], 2 if kind == "header" else 1),
                                       (t.rows[0].cells[1], blk[2], 2)):
                for i, line in enumerate(lines):
                    par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    par.add_run(line).bold = i < nbold and not line.startswith("Số:")
        elif kind == "title":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(blk[1]).bold = True
        elif kind in ("p", "b"):
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            par.paragraph_format.first_line_indent = Cm(1)
            par.add_run(blk[1]).bold = kind == "b"
        elif kind == "agtable":
            _agtable(doc, blk[1], blk[2])
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.save(path)
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- .pdf

RUNNING = "Thông báo số 438/TB-VPCP ngày 22/8/2025 của Văn phòng Chính phủ"


def write_pdf(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    from fpdf import FPDF

    class Notice(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("DejaVu", size=8.5)
                self.cell(0, 6, RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 10, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Notice(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_page()
    w = pdf.epw
    for blk in blocks:
        kind = blk[0]
        if kind == "lines":
            for line in blk[1]:
                pdf.set_font("DejaVu", "" if line.startswith(("Số:", "Hà Nội,")) else "B", 10.5)
                pdf.cell(w, 5.6, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "title":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("p", "b"):
            pdf.set_font("DejaVu", "B" if kind == "b" else "", 10.5)
            pdf.multi_cell(w, 5.8, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
    pdf.output(path)


def main() -> None:
    for name, blocks in DOCS.items():
        path = os.path.join(HERE, name)
        (write_docx if name.endswith(".docx") else write_pdf)(blocks, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
