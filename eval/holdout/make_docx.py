"""Generate the held-out .docx notice(s) with python-docx (run: /work/main/.venv/bin/python eval/holdout/make_docx.py).

The text lives here; the .docx is written beside this script. Header and signature are plain
paragraphs; the tasks are a real Word table (STT | Nội dung | Chủ trì | Phối hợp | Thời hạn)
with merged group rows.
"""
from __future__ import annotations

import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = [
    "ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
    "Số: 96/TB-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Bến Tre, ngày 22 tháng 3 năm 2024",
]
TITLE = ["THÔNG BÁO", "Kết luận của Phó Chủ tịch UBND tỉnh Lê Thanh Hải tại cuộc họp chuyên đề về ứng phó hạn hán, xâm nhập mặn mùa khô 2023 - 2024"]
BODY = [
    "Ngày 19/3/2024, đồng chí Lê Thanh Hải - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp chuyên đề về tình hình hạn hán, xâm nhập mặn và các giải pháp bảo đảm nước sinh hoạt cho Nhân dân. Dự họp có lãnh đạo các sở, ngành tỉnh, Công ty Cổ phần Cấp thoát nước Bến Tre, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn và UBND các huyện Ba Tri, Bình Đại, Thạnh Phú, Giồng Trôm.",
    "Qua báo cáo của Sở Nông nghiệp và Phát triển nông thôn và ý kiến các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:",
    "1. Tình hình chung",
    "Mùa khô năm nay, độ mặn 4‰ đã xâm nhập sâu 62 - 70 km trên các sông Cổ Chiên, Hàm Luông, sớm hơn trung bình nhiều năm khoảng một tháng. Nhờ chủ động vận hành hệ thống cống Tân Phú, cống Bến Rớ và các đập tạm, tỉnh đã trữ được khoảng 3,2 triệu m³ nước ngọt, bảo đảm nước tưới cho 18.600 ha cây ăn trái.",
    "Tuy nhiên, khoảng 21.400 hộ dân ở các xã ven biển huyện Ba Tri, Thạnh Phú chưa được cấp nước máy ổn định; nhiều hồ chứa nước hộ gia đình bị xuống cấp; việc lấy nước đổ đầy ao trữ còn phụ thuộc vào thời điểm đóng mở cống.",
    "2. Nhiệm vụ, giải pháp",
    "Phó Chủ tịch UBND tỉnh giao các cơ quan, đơn vị thực hiện các nhiệm vụ theo bảng dưới đây:",
]
ROWS: list[tuple[str, ...]] = [
    ("I. Bảo đảm nước sinh hoạt",),
    ("1", "Vận hành liên tục các trạm cấp nước tập trung; bố trí xe bồn chở nước ngọt miễn phí đến các ấp bị thiếu nước", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "UBND các huyện Ba Tri, Thạnh Phú", "Thường xuyên"),
    ("2", "Lắp đặt bổ sung 12 máy lọc nước lợ cho các trường học, trạm y tế vùng mặn", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Trước ngày 10/4/2024"),
    ("3", "Đẩy nhanh tiến độ tuyến ống truyền tải nước sạch từ Nhà máy nước Sơn Đông đi Giồng Trôm", "Công ty Cổ phần Cấp thoát nước Bến Tre", "Sở Xây dựng; UBND huyện Giồng Trôm", "Chậm nhất 30/4/2024"),
    ("4", "Hỗ trợ bồn chứa nước cho hộ nghèo, hộ cận nghèo, gia đình chính sách", "Sở Lao động - Thương binh và Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tháng 4/2024"),
    ("II. Sản xuất nông nghiệp",),
    ("5", "Quan trắc độ mặn tại các cửa sông, thông tin kịp thời cho người dân lấy nước", "Sở Nông nghiệp và Phát triển nông thôn", "Đài Phát thanh và Truyền hình tỉnh", "Hằng ngày"),
    ("6", "Vận hành cống Tân Phú, cống Bến Rớ theo quy trình, trữ nước ngọt trong nội đồng", "Công ty TNHH MTV Khai thác công trình thủy lợi Bến Tre", "", "Trong mùa khô 2023 - 2024"),
    ("7", "Hướng dẫn nông dân che phủ gốc, tưới tiết kiệm cho sầu riêng, bưởi da xanh", "Sở Nông nghiệp và Phát triển nông thôn", "UBND các huyện", ""),
    ("III. Đầu tư, kinh phí và thông tin",),
    ("8", "Tham mưu bố trí kinh phí dự phòng ngân sách tỉnh cho các công trình cấp nước khẩn cấp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Trong 05 ngày làm việc kể từ ngày ký Thông báo này"),
    ("9", "Lập danh mục dự án hồ chứa nước ngọt Ba Lai, đề xuất Bộ Nông nghiệp và Phát triển nông thôn hỗ trợ vốn", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn", "Quý II/2024"),
    ("10", "Kiểm tra, xử lý việc khoan giếng khai thác nước ngầm trái phép", "Sở Tài nguyên và Môi trường", "UBND các huyện Ba Tri, Bình Đại, Thạnh Phú", ""),
    ("11", "Tuyên truyền người dân sử dụng nước tiết kiệm, chủ động trữ nước mưa", "Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình tỉnh", ""),
    ("12", "Tổng hợp tình hình hạn mặn, thiệt hại, báo cáo UBND tỉnh", "Sở Nông nghiệp và Phát triển nông thôn", "UBND các huyện, thành phố", "Thứ Năm hằng tuần"),
]
CLOSING = [
    "Yêu cầu Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để người dân thiếu nước sinh hoạt kéo dài trên địa bàn.",
    "UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
    "Nơi nhận:",
    "- TT.TU, TT.HĐND tỉnh (b/c);",
    "- CT, các PCT UBND tỉnh;",
    "- Các sở, ngành tỉnh;",
    "- UBND các huyện, thành phố;",
    "- Lưu: VT, KT.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Lê Thanh Hải",
]


def add_table(doc: Document) -> None:
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")):
        cell.text = text
    for row in ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[4])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row):
            parts = text.split("; ") if cell is cells[3] else [text]
            cell.text = parts[0]
            for extra in parts[1:]:
                cell.add_paragraph(extra)


def build(path: str) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for line in HEADER + TITLE + BODY:
        doc.add_paragraph(line)
    add_table(doc)
    for line in CLOSING:
        doc.add_paragraph(line)
    doc.core_properties.author = "chidao holdout"
    doc.save(path)


if __name__ == "__main__":
    build(os.path.join(HERE, "ben-tre-2024-03-chuyen-de-han-man.docx"))
