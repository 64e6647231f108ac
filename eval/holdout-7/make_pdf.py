"""Write the .pdf notice of eval/holdout-7/ (fpdf2, DejaVu Serif, fixed creation date).

    /work/main/.venv/bin/python eval/holdout-7/make_pdf.py

Unlike ../holdout-3/make_files.py's write_pdf, the Decree-30 header and the 'Nơi nhận' + signature
are TWO COLUMNS side by side (left and right blocks drawn at the same height), bullets hang
indented, and from page 2 on the page number stands ALONE AT THE TOP CENTRE (Decree 30 style), with
no footer. A rerun gives the same bytes.
"""
# ruff: noqa: E501  (notice text kept one paragraph per line)
from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_TIME = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
NAME = "vp-ubnd-vinh-long-2026-05-kiem-tra-duong-ven-bien.pdf"
BAN = "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"

BLOCKS = [
    ("two", [("ỦY BAN NHÂN DÂN", "B"), ("TỈNH VĨNH LONG", "B"), ("VĂN PHÒNG", "B"), ("", ""), ("Số: 207/TB-VPUBND", "")],
     [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"), ("", ""), ("Vĩnh Long, ngày 14 tháng 5 năm 2026", "I")]),
    ("title", "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh Lâm Quốc Thái tại buổi kiểm tra thực địa tiến độ thi công Dự án Đường ven biển tỉnh Vĩnh Long (giai đoạn 1)"),
    ("p", "Ngày 12/5/2026, đồng chí Lâm Quốc Thái, Chủ tịch UBND tỉnh đã kiểm tra thực địa tiến độ thi công Dự án Đường ven biển tỉnh Vĩnh Long (giai đoạn 1) tại xã Long Vĩnh và xã Hòa Minh. Cùng đi có lãnh đạo các Sở: Xây dựng, Tài chính, Nông nghiệp và Môi trường; Văn phòng UBND tỉnh; " + BAN + " (chủ đầu tư); đại diện liên danh nhà thầu thi công, đơn vị tư vấn giám sát và lãnh đạo UBND các xã Long Vĩnh, Hòa Minh. Sau khi kiểm tra hiện trường các mũi thi công, nghe chủ đầu tư báo cáo và ý kiến của các đơn vị, Chủ tịch UBND tỉnh kết luận như sau:"),
    ("b", "1. Tình hình thực hiện dự án"),
    ("p", "Dự án có tổng chiều dài 31,6 km, tổng mức đầu tư 2.480 tỷ đồng, khởi công tháng 9/2025. Đến nay giá trị khối lượng hoàn thành ước đạt 612 tỷ đồng, bằng 38% giá trị hợp đồng; đã bàn giao 29,1 km mặt bằng và hoàn thành 04/07 cầu trên tuyến. Tuy nhiên, còn 27 hộ dân tại xã Hòa Minh chưa nhận tiền bồi thường nên chưa bàn giao 2,5 km mặt bằng; nguồn cát đắp nền khan hiếm; liên danh nhà thầu mới huy động 5/9 mũi thi công theo cam kết, tiến độ đoạn Km12+300 - Km18+750 chậm khoảng 45 ngày so với kế hoạch."),
    ("b", "2. Nhiệm vụ thời gian tới"),
    ("p", "a) " + BAN + " (chủ đầu tư):"),
    ("li", "- Chỉ đạo liên danh nhà thầu huy động thêm 04 mũi thi công, tổ chức thi công 3 ca 4 kíp trên đoạn Km12+300 - Km18+750; hoàn thành đắp nền cát đoạn này trước ngày 30 tháng 6 năm 2026."),
    ("li", "- Rà soát, điều chỉnh tiến độ tổng thể của dự án theo từng gói thầu, gửi Sở Xây dựng thẩm định chậm nhất là ngày 29/5/2026."),
    ("p", "b) Liên danh Công ty Cổ phần Xây dựng Cửu Long - Công ty TNHH Cầu đường Phước Thành (nhà thầu thi công):"),
    ("li", "- Tập kết đủ cát đắp nền, đá dăm và thiết bị lu lèn cho các mũi thi công bổ sung trước 15/6."),
    ("li", "- Bảo đảm an toàn lao động, vệ sinh môi trường; thường xuyên tưới nước giảm bụi trên các đoạn tuyến đi qua khu dân cư."),
    ("p", "c) Công ty Cổ phần Tư vấn Xây dựng Mekong (tư vấn giám sát): bố trí đủ kỹ sư giám sát thường trực tại hiện trường; kiểm tra chặt chẽ chất lượng vật liệu đầu vào, kiên quyết không nghiệm thu khối lượng không bảo đảm chất lượng."),
    ("p", "d) Các sở, ngành và địa phương:"),
    ("li", "- Sở Tài chính tham mưu UBND tỉnh điều chuyển 150 tỷ đồng vốn đầu tư công năm 2026 từ các dự án chậm giải ngân sang dự án, xong trước ngày 05/6/2026."),
    ("li", "- Sở Nông nghiệp và Môi trường hướng dẫn thủ tục cấp phép khai thác mỏ cát sông Cổ Chiên làm vật liệu san lấp cho dự án, hoàn thành trong 07 ngày làm việc kể từ ngày ký Thông báo này."),
    ("li", "- Việc bồi thường, hỗ trợ và bàn giao 2,5 km mặt bằng còn vướng tại xã Hòa Minh do UBND xã Hòa Minh chủ trì thực hiện, " + BAN + " phối hợp; hoàn thành chậm nhất là ngày 15/6/2026."),
    ("li", "- UBND xã Long Vĩnh chủ trì, phối hợp với Công an xã bảo đảm an ninh, trật tự khu vực công trường, vận động Nhân dân không cản trở việc vận chuyển vật liệu."),
    ("p", "3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các đơn vị thực hiện Thông báo này; tổng hợp báo cáo kết quả trước ngày 20/6/2026."),
    ("p", "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
    ("two", [("Nơi nhận:", "BI"), ("- CT, các PCT UBND tỉnh;", ""), ("- Các Sở: XD, TC, NN&MT;", ""), ("- " + BAN + ";", ""), ("- Các nhà thầu thi công, TVGS;", ""), ("- UBND các xã: Long Vĩnh, Hòa Minh;", ""), ("- LĐVP, Phòng KT;", ""), ("- Lưu: VT.", "")],
     [("TL. CHỦ TỊCH", "B"), ("KT. CHÁNH VĂN PHÒNG", "B"), ("PHÓ CHÁNH VĂN PHÒNG", "B"), ("", ""), ("(đã ký)", "I"), ("", ""), ("Kim Thị Sô Phia", "B")]),
]


def _column(pdf, x: float, y: float, w: float, lines: list, size: float) -> float:  # type: ignore[no-untyped-def,type-arg]
    pdf.set_xy(x, y)
    for text, style in lines:
        pdf.set_font("DejaVu", style, size)
        pdf.set_x(x)
        pdf.multi_cell(w, 5.2, text, align="C" if size > 9.5 else "L", new_x="LEFT", new_y="NEXT")
    return pdf.get_y()


def _two(pdf, left: list, right: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    y = pdf.get_y()
    sig = left[0][0].startswith("Nơi nhận")
    lw = 82 if sig else 62
    y1 = _column(pdf, pdf.l_margin, y, lw, left, 9 if sig else 10.5)
    y2 = _column(pdf, pdf.l_margin + lw + 2, y, pdf.epw - lw - 2, right, 10.5)
    pdf.set_xy(pdf.l_margin, max(y1, y2) + 4)


def write_pdf(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    from fpdf import FPDF

    class Notice(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 10)
                self.cell(0, 6, str(self.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(3)

    pdf = Notice(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    for style, fname in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, fname))
    pdf.add_page()
    for blk in blocks:
        _block(pdf, blk)
    pdf.output(path)


def _block(pdf, blk: tuple) -> None:  # type: ignore[no-untyped-def,type-arg]
    kind = blk[0]
    if kind == "two":
        _two(pdf, blk[1], blk[2])
    elif kind == "title":
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.multi_cell(pdf.epw, 6, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif kind in ("p", "b"):
        pdf.set_font("DejaVu", "B" if kind == "b" else "", 11)
        pdf.multi_cell(pdf.epw, 5.9, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
    elif kind == "li":
        pdf.set_font("DejaVu", "", 11)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(pdf.epw - 6, 5.9, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)


def main() -> None:
    path = os.path.join(HERE, NAME)
    write_pdf(BLOCKS, path)
    print("wrote", path)


if __name__ == "__main__":
    main()
