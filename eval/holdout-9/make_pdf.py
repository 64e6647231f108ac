"""Write the .pdf notice of eval/holdout-9/ (fpdf2, DejaVu Serif, fixed creation date).

    /work/main/.venv/bin/python eval/holdout-9/make_pdf.py

Every page, the first included, carries a RUNNING HEADER ('Sở Nội vụ tỉnh Ninh Bình – Thông báo
số 2740/TB-SNV') and a FOOTER ('Trang N/M'); the body runs over the page breaks, so both fall in
the middle of a sentence in the extracted text. A rerun gives the same bytes.
"""
# ruff: noqa: E501  (notice text kept one paragraph per line)
from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_TIME = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
NAME = "so-noi-vu-ninh-binh-2026-09-giao-ban.pdf"
RUNNING = "Sở Nội vụ tỉnh Ninh Bình – Thông báo số 2740/TB-SNV"

BLOCKS = [
    ("c", "B", "UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ"),
    ("c", "", "Số: 2740/TB-SNV"),
    ("c", "B", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    ("c", "I", "Ninh Bình, ngày 07 tháng 10 năm 2026"),
    ("c", "B", "THÔNG BÁO\nKết luận của Giám đốc Sở Nội vụ tại cuộc họp giao ban công tác tháng 9 năm 2026"),
    ("p", "", "Ngày 05/10/2026, đồng chí Đinh Công Thắng, Giám đốc Sở Nội vụ chủ trì cuộc họp giao ban công tác tháng 9, triển khai nhiệm vụ tháng 10 năm 2026. Tham dự có các đồng chí Phó Giám đốc Sở, Trưởng các phòng, ban và Giám đốc các đơn vị sự nghiệp trực thuộc Sở. Sau khi nghe Văn phòng Sở báo cáo kết quả thực hiện nhiệm vụ tháng 9 và ý kiến của các đại biểu, đồng chí Giám đốc Sở kết luận như sau:"),
    ("p", "B", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9 NĂM 2026"),
    ("p", "", "Sở đã hoàn thành 42/45 nhiệm vụ được Ủy ban nhân dân tỉnh giao trong tháng, đạt 93,3%; thẩm định 17 đề án, phương án về tổ chức bộ máy và vị trí việc làm; giải quyết chế độ cho 2.316 đối tượng người có công với cách mạng; Trung tâm Dịch vụ việc làm tư vấn, giới thiệu việc làm cho 4.870 lượt người, trong đó 1.512 người có việc làm mới. Việc tiếp nhận tài liệu lưu trữ của các huyện đã kết thúc hoạt động được triển khai theo kế hoạch."),
    ("p", "", "Tuy nhiên, còn 3 nhiệm vụ chậm so với thời hạn; 27 xã, phường chưa bố trí đủ công chức chuyên môn về tài chính, đất đai và xây dựng; tỷ lệ chi trả trợ cấp người có công qua tài khoản ngân hàng mới đạt 58%; còn khoảng 1.900 mét giá tài liệu của cấp huyện trước đây chưa được chỉnh lý."),
    ("p", "B", "II. NHIỆM VỤ TRỌNG TÂM THÁNG 10 NĂM 2026"),
    ("p", "", "a) Phòng Tổ chức, biên chế và tổ chức phi chính phủ chủ trì, phối hợp với Phòng Công chức, viên chức thẩm định đề án vị trí việc làm của các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh sau sắp xếp, bảo đảm không tăng biên chế được giao, trình Ủy ban nhân dân tỉnh trước ngày 30/10/2026."),
    ("p", "", "b) Giao Phòng Xây dựng chính quyền và công tác thanh niên tổng hợp kết quả đánh giá hoạt động của chính quyền địa phương hai cấp tại 129 xã, phường, nêu rõ những khó khăn, vướng mắc và kiến nghị tháo gỡ; chậm nhất ngày 20/10/2026 báo cáo Giám đốc Sở."),
    ("p", "", "c) Phòng Công chức, viên chức: tham mưu xây dựng kế hoạch tổ chức kỳ thi tuyển công chức cấp xã năm 2026 theo hình thức thi trên máy vi tính, ban hành trong tháng 10/2026."),
    ("p", "", "d) Việc chi trả trợ cấp ưu đãi người có công qua tài khoản ngân hàng do Phòng Người có công chủ trì, Bưu điện tỉnh Ninh Bình phối hợp thực hiện; phấn đấu đạt trên 90% số đối tượng, hoàn thành trong Quý IV năm 2026."),
    ("p", "", "đ) Yêu cầu Trung tâm Dịch vụ việc làm duy trì phiên giao dịch việc làm tại các xã, phường có đông lao động mất việc do doanh nghiệp cắt giảm đơn hàng, tổ chức định kỳ vào ngày 15 hằng tháng."),
    ("p", "", "e) Ban Thi đua - Khen thưởng và Văn phòng Sở đồng chủ trì hướng dẫn các cơ quan, đơn vị xét tặng danh hiệu thi đua năm 2026, tổng hợp hồ sơ trình Hội đồng Thi đua - Khen thưởng tỉnh trước ngày 10/12/2026."),
    ("p", "", "g) Trung tâm Lưu trữ lịch sử tiếp nhận, chỉnh lý khoa học khoảng 1.900 mét giá tài liệu của 25 đơn vị hành chính cấp huyện đã kết thúc hoạt động, ưu tiên hồ sơ đất đai, hộ tịch; hoàn thành kế hoạch chi tiết trong 15 ngày làm việc kể từ ngày ký Thông báo này."),
    ("p", "", "h) Phòng Lao động - Tiền lương và Bảo hiểm xã hội chủ trì kiểm tra việc chấp hành pháp luật lao động, tiền lương tại 20 doanh nghiệp trong các khu công nghiệp Gián Khẩu, Hòa Mạc, Mỹ Trung; Thanh tra tỉnh phối hợp; thực hiện xong trong tháng 11/2026."),
    ("p", "", "i) Đề nghị Ủy ban nhân dân các xã, phường rà soát, bố trí công chức đúng vị trí việc làm, nhất là các lĩnh vực tài chính, đất đai, xây dựng; báo cáo về Sở Nội vụ (qua Phòng Công chức, viên chức) trước 25/10."),
    ("p", "", "k) Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị thực hiện Thông báo này; tổng hợp kết quả báo cáo tại cuộc họp giao ban tháng 10 năm 2026."),
    ("p", "", "Sở Nội vụ thông báo để các phòng, ban, đơn vị biết, thực hiện./."),
    ("l", "BI", "Nơi nhận:"),
    ("l", "", "- Giám đốc, các PGĐ Sở;\n- Các phòng, ban, đơn vị thuộc Sở;\n- UBND các xã, phường (để p/h);\n- Lưu: VT, VP."),
    ("c", "B", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
    ("c", "I", "(Đã ký)"),
    ("c", "B", "Vũ Thị Ngọc Lan"),
]


def write_pdf(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    from fpdf import FPDF

    class Notice(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", "I", 9)
            self.cell(0, 5, RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Notice(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_margins(30, 18, 18)
    pdf.set_auto_page_break(True, margin=22)
    for style, fname in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, fname))
    pdf.add_page()
    for kind, style, text in blocks:
        pdf.set_font("DejaVu", style, 12.5)
        align = {"c": "C", "p": "J", "l": "L"}[kind]
        pdf.multi_cell(pdf.epw, 7.2, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2 if kind != "l" else 0)
    pdf.output(path)


def main() -> None:
    path = os.path.join(HERE, NAME)
    write_pdf(BLOCKS, path)
    print("wrote", path)


if __name__ == "__main__":
    main()
