"""Write the .docx notice of eval/holdout-6/ from the data in this file.

    /work/main/.venv/bin/python eval/holdout-6/make_files.py

Reuses eval/holdout-3/make_files.py's write_docx (python-docx; fixed core and zip times, so a
rerun changes no bytes) for header, title, paragraphs and signature; the task table is a 4-column
grid (STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời hạn) where lead AND support share ONE
cell: 'Chủ trì: X; Phối hợp: Y'. It is added here and placed before the closing paragraphs.
"""
# ruff: noqa: E501  (notice text kept one paragraph per line)
from __future__ import annotations

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
H3 = runpy.run_path(os.path.join(HERE, "..", "holdout-3", "make_files.py"))

ROWS = [
    ("1", "Rà soát, lập danh sách các hộ chưa đăng ký thường trú sau khi nhập xã, hoàn thiện cơ sở dữ liệu dân cư.", "Chủ trì: Công an xã; Phối hợp: Văn phòng HĐND và UBND xã", "Trước ngày 15/12/2025"),
    ("2", "Hoàn thành thu hồi đất, chi trả bồi thường cho 23 hộ bị ảnh hưởng bởi dự án nâng cấp đường liên xã Tân Phú - Suối Cát.", "Chủ trì: Phòng Kinh tế; Phối hợp: Trung tâm Phục vụ hành chính công xã, Ban Quản lý dự án đầu tư xây dựng khu vực", "Chậm nhất ngày 31/12/2025"),
    ("3", "Đôn đốc thu nợ thuế sử dụng đất phi nông nghiệp và các khoản thu ngân sách trên địa bàn, phấn đấu vượt dự toán năm 2025.", "Chủ trì: Phòng Kinh tế; Phối hợp: Thuế cơ sở 7 tỉnh Đồng Nai", "Tháng 12/2025"),
    ("4", "Tổ chức kiểm tra an toàn thực phẩm tại các chợ, cơ sở kinh doanh dịp cuối năm.", "Chủ trì: Phòng Văn hóa - Xã hội; Phối hợp: Trạm Y tế xã", "Dịp Tết Nguyên đán Bính Ngọ"),
    ("5", "Lập danh sách và chuẩn bị quà tặng cho hộ nghèo, hộ cận nghèo, gia đình chính sách.", "Chủ trì: Phòng Văn hóa - Xã hội; Phối hợp: Ủy ban MTTQ Việt Nam xã", "Xong trước ngày 05/02/2026"),
    ("6", "Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính.", "Chủ trì: Trung tâm Phục vụ hành chính công xã", "Thường xuyên"),
    ("7", "Xây dựng phương án phòng cháy, chữa cháy rừng mùa khô 2025 - 2026, trình UBND xã phê duyệt.", "Chủ trì: Phòng Kinh tế; Phối hợp: Công an xã, Ban Chỉ huy Quân sự xã", "10 ngày làm việc kể từ ngày ký"),
    ("8", "Tổng hợp, xây dựng dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2026 của xã.", "Chủ trì: Văn phòng HĐND và UBND xã; Phối hợp: các phòng chuyên môn", "Trước ngày 20/12/2025"),
    ("9", "Tổ chức tuyển chọn, gọi công dân nhập ngũ năm 2026 bảo đảm đủ chỉ tiêu.", "Chủ trì: Ban Chỉ huy Quân sự xã; Phối hợp: Công an xã, Trạm Y tế xã", "Quý I/2026"),
]

BLOCKS = [
    ("header", ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "", "Số: 218/TB-UBND"],
     H3["MOTTO"] + ["", "Tân Phú, ngày 08 tháng 12 năm 2025"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của Chủ tịch Ủy ban nhân dân xã Tân Phú\ntại cuộc họp thành viên Ủy ban nhân dân xã tháng 12 năm 2025"),
    ("p", "Ngày 05/12/2025, đồng chí Hồ Thị Ngọc Diệp, Chủ tịch UBND xã chủ trì cuộc họp thành viên UBND xã đánh giá tình hình kinh tế - xã hội tháng 11 và triển khai nhiệm vụ tháng 12 năm 2025. Sau khi nghe Văn phòng HĐND và UBND xã báo cáo, ý kiến của các thành viên, Chủ tịch UBND xã kết luận như sau:"),
    ("b", "1. Đánh giá chung"),
    ("p", "Sau năm tháng vận hành chính quyền hai cấp, bộ máy xã đã đi vào nề nếp; thu ngân sách trên địa bàn 11 tháng đạt 46,2 tỷ đồng, bằng 94% dự toán. Tuy nhiên, tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 38%; công tác bồi thường, giải phóng mặt bằng đường liên xã còn chậm."),
    ("b", "2. Nhiệm vụ trọng tâm tháng 12 năm 2025 và những tháng đầu năm 2026"),
    ("p", "Các đơn vị thực hiện các nhiệm vụ theo bảng phân công dưới đây:"),
]
CLOSING = [
    ("p", "Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc các đơn vị thực hiện và báo cáo Chủ tịch UBND xã kết quả tại cuộc họp thường kỳ tháng 01/2026."),
    ("p", "Ủy ban nhân dân xã thông báo để các đơn vị, cá nhân liên quan biết, thực hiện./."),
    ("sig", ["Nơi nhận:", "- TT Đảng ủy xã (b/c);", "- TT HĐND xã;", "- Chủ tịch, các PCT UBND xã;", "- Các phòng, đơn vị thuộc UBND xã;", "- Lưu: VT."],
     ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "(đã ký)", "", "Nguyễn Văn Thắng"]),
]


def _table(doc) -> None:  # type: ignore[no-untyped-def]
    from docx.shared import Cm
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    widths = (Cm(1.2), Cm(7.5), Cm(5.0), Cm(3.0))
    for ri, row in enumerate([("STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời hạn"), *ROWS]):
        cells = t.add_row().cells
        for ci, text in enumerate(row):
            cells[ci].paragraphs[0].add_run(text).bold = ri == 0
            cells[ci].width = widths[ci]


def main() -> None:
    import zipfile

    import docx
    path = os.path.join(HERE, "xa-tan-phu-dong-nai-2025-12-hop-thanh-vien.docx")
    H3["write_docx"](BLOCKS, path)
    doc = docx.Document(path)
    _table(doc)
    for kind, *rest in CLOSING:
        if kind == "p":
            doc.add_paragraph(rest[0])
        else:
            t = doc.add_table(rows=1, cols=2)
            for cell, lines in ((t.rows[0].cells[0], rest[0]), (t.rows[0].cells[1], rest[1])):
                for i, line in enumerate(lines):
                    (cell.paragraphs[0] if i == 0 else cell.add_paragraph()).add_run(line)
    doc.core_properties.created = H3["FIXED_TIME"]
    doc.core_properties.modified = H3["FIXED_TIME"]
    doc.save(path)
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
