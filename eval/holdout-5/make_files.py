"""Write the .docx notice of eval/holdout-5/ from the data in this file.

    /work/main/.venv/bin/python eval/holdout-5/make_files.py

Reuses eval/holdout-3/make_files.py's write_docx (python-docx; fixed core and zip times, so a
rerun changes no bytes). Each unit's tasks are ONE Word paragraph whose lines are separated by
manual line breaks (Shift+Enter, <w:br/>): python-docx turns the '\\n' in a run's text into a
<w:br/>, so the unit heading and its '- ' bullets share one <w:p>.
"""
# ruff: noqa: E501  (notice text kept one paragraph per line)
from __future__ import annotations

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
H3 = runpy.run_path(os.path.join(HERE, "..", "holdout-3", "make_files.py"))

NS = [
    ("header", ["UBND TỈNH THANH HÓA", "BAN QUẢN LÝ KHU KINH TẾ NGHI SƠN\nVÀ CÁC KHU CÔNG NGHIỆP", "",
                "Số: 312/TB-BQLKKTNS"],
     H3["MOTTO"] + ["", "Thanh Hóa, ngày 05 tháng 11 năm 2025"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của Trưởng ban Lê Đức Thịnh tại cuộc họp giao ban tháng 10 năm 2025\nBan Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"),
    ("p", "Ngày 03/11/2025, Trưởng ban Lê Đức Thịnh chủ trì cuộc họp giao ban đánh giá kết quả công tác tháng 10 và triển khai nhiệm vụ tháng 11 năm 2025. Tham dự có các Phó Trưởng ban; Trưởng các phòng, Giám đốc các đơn vị trực thuộc Ban. Sau khi nghe Văn phòng Ban báo cáo và ý kiến của các đại biểu,\nTrưởng ban kết luận như sau:"),
    ("b", "1. Kết quả tháng 10 năm 2025"),
    ("p", "Trong tháng, Ban đã cấp mới 04 dự án với tổng vốn đăng ký 2.316 tỷ đồng và điều chỉnh 09 dự án; thu hút vốn đầu tư trực tiếp nước ngoài lũy kế 10 tháng đạt 418 triệu USD.\nTuy nhiên, còn 27 dự án chậm tiến độ so với cam kết; hệ thống xử lý nước thải tập trung của một số khu công nghiệp chưa hoàn thành; công tác giải phóng mặt bằng tuyến đường ven biển còn vướng mắc."),
    ("b", "2. Nhiệm vụ trọng tâm tháng 11 năm 2025"),
    ("p", "2.1. Phòng Quản lý đầu tư:\n- Chủ trì, phối hợp với Trung tâm Dịch vụ hỗ trợ đầu tư rà soát các dự án chậm tiến độ trong Khu kinh tế Nghi Sơn, đề xuất chấm dứt hoạt động đối với các dự án vi phạm kéo dài; hoàn thành trong tháng 11/2025.\n- Hướng dẫn nhà đầu tư dự án Nhà máy sản xuất kính nổi Nghi Sơn hoàn thiện hồ sơ điều chỉnh chủ trương đầu tư, trình Ban trong thời gian 15 ngày làm việc kể từ ngày ký Thông báo này."),
    ("p", "2.2. Phòng Quản lý quy hoạch và xây dựng:\n- Thẩm định hồ sơ điều chỉnh cục bộ quy hoạch phân khu Khu công nghiệp số 5, trình Trưởng ban trước ngày 20/11/2025.\n- Phối hợp với Ban Quản lý dự án đầu tư xây dựng Khu kinh tế Nghi Sơn kiểm tra chất lượng thi công tuyến đường Đông Tây 4 kéo dài, báo cáo kết quả hằng tháng."),
    ("p", "2.3. Ban Quản lý dự án đầu tư xây dựng Khu kinh tế Nghi Sơn:\n- Tập trung thi công hệ thống thu gom, xử lý nước thải tập trung Khu công nghiệp Lam Sơn - Sao Vàng giai đoạn 1, đưa vào vận hành trong quý IV/2025.\n- Chủ trì, phối hợp với UBND phường Tĩnh Gia, UBND phường Nghi Sơn hoàn thành bồi thường, giải phóng mặt bằng phần diện tích còn lại của tuyến đường ven biển đoạn qua Khu kinh tế, bàn giao mặt bằng cho nhà thầu xong trước Tết Nguyên đán Bính Ngọ."),
    ("p", "2.4. Phòng Quản lý môi trường:\n- Kiểm tra việc vận hành hệ thống quan trắc nước thải tự động của các doanh nghiệp thép, xi măng trong Khu kinh tế; kết quả gửi Trưởng ban trước ngày 25/11/2025."),
    ("p", "2.5. Phòng Quản lý doanh nghiệp và lao động:\n- Phối hợp với Công đoàn các khu công nghiệp nắm tình hình tiền lương, thưởng Tết năm 2026 của người lao động tại các doanh nghiệp, báo cáo Trưởng ban trước ngày 15/12/2025."),
    ("p", "2.6. Trung tâm Dịch vụ hỗ trợ đầu tư:\n- Xây dựng kế hoạch xúc tiến đầu tư năm 2026 vào Khu kinh tế Nghi Sơn và các khu công nghiệp, trình Ban trước ngày 10/12/2025."),
    ("p", "2.7. Văn phòng Ban:\n- Theo dõi, đôn đốc các phòng, đơn vị thực hiện Thông báo này; tổng hợp kết quả, báo cáo tại cuộc họp giao ban tháng 11/2025."),
    ("p", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp thông báo để các phòng, đơn vị biết, thực hiện./."),
    ("sig", ["Nơi nhận:", "- Trưởng ban, các Phó Trưởng ban;", "- Các phòng, đơn vị thuộc Ban;",
             "- Lưu: VT, VP."],
     ["TL. TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "", "", "Hoàng Thị Mai Lan"]),
]

DOCS = {"bql-kkt-nghi-son-2025-11-giao-ban.docx": NS}


def main() -> None:
    for name, blocks in DOCS.items():
        path = os.path.join(HERE, name)
        H3["write_docx"](blocks, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
