"""Write the .pdf notice of eval/holdout-6/ with eval/holdout-3/make_files.py's write_pdf (fpdf2,
DejaVu Serif, fixed creation date; its running head on pages after the first is set to this
notice's number and date).

    /work/main/.venv/bin/python eval/holdout-6/make_pdf.py
"""
# ruff: noqa: E501  (notice text kept one paragraph per line)
from __future__ import annotations

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
H3 = runpy.run_path(os.path.join(HERE, "..", "holdout-3", "make_files.py"))

BLOCKS = [
    ("lines", ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 512/TB-BVHTTDL", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 19 tháng 11 năm 2025"]),
    ("title", "THÔNG BÁO\nKết luận của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Trần Quang Vinh\ntại cuộc họp về công tác chuẩn bị mùa du lịch cao điểm và các sự kiện văn hóa dịp Tết Nguyên đán Bính Ngọ 2026"),
    ("p", "Ngày 17 tháng 11 năm 2025, tại trụ sở Bộ, Bộ trưởng Trần Quang Vinh chủ trì cuộc họp về công tác chuẩn bị mùa du lịch cao điểm cuối năm và các sự kiện văn hóa dịp Tết Nguyên đán Bính Ngọ 2026. Tham dự có Thứ trưởng Lương Thị Hạnh; lãnh đạo các Cục, Vụ, Văn phòng Bộ, Thanh tra Bộ. Sau khi nghe Cục Du lịch Quốc gia Việt Nam báo cáo và ý kiến của các đại biểu, Bộ trưởng kết luận như sau:"),
    ("b", "I. ĐÁNH GIÁ CHUNG"),
    ("p", "Mười tháng năm 2025, ngành du lịch đón khoảng 17,2 triệu lượt khách quốc tế, tăng 21% so với cùng kỳ. Tuy vậy, tình trạng chặt chém, mất an toàn tại một số điểm đến còn xảy ra; việc số hóa di sản còn chậm, chưa đồng bộ giữa các địa phương."),
    ("b", "II. NHIỆM VỤ THỜI GIAN TỚI"),
    ("p", "1. Giao Cục Du lịch Quốc gia Việt Nam chủ trì, phối hợp với Vụ Hợp tác quốc tế xây dựng chương trình xúc tiến du lịch tại thị trường Ấn Độ và Trung Đông năm 2026, trình Bộ trưởng trong tháng 12/2025."),
    ("p", "2. Yêu cầu Cục Du lịch Quốc gia Việt Nam hướng dẫn các Sở Văn hóa, Thể thao và Du lịch tăng cường kiểm tra chất lượng dịch vụ tại các khu, điểm du lịch; tổng hợp, báo cáo Bộ định kỳ hằng tuần trong mùa cao điểm."),
    ("p", "3. Giao Cục Di sản văn hóa hoàn thiện hồ sơ đề nghị UNESCO ghi danh di sản, gửi Bộ Ngoại giao để thẩm định chậm nhất ngày 15/01/2026."),
    ("p", "4. Các Cục: Nghệ thuật biểu diễn, Điện ảnh, Mỹ thuật, Nhiếp ảnh và Triển lãm xây dựng kế hoạch tổ chức các hoạt động văn hóa, nghệ thuật phục vụ Nhân dân dịp Tết Nguyên đán Bính Ngọ, báo cáo Thứ trưởng Lương Thị Hạnh trước ngày 10/12/2025."),
    ("p", "5. Giao Vụ Kế hoạch, Tài chính chủ trì, phối hợp với Văn phòng Bộ rà soát, đề xuất điều chỉnh dự toán chi thường xuyên năm 2025 của các đơn vị, hoàn thành trong 07 ngày làm việc kể từ ngày ký Thông báo."),
    ("p", "6. Thanh tra Bộ chủ trì, phối hợp với Cục Du lịch Quốc gia Việt Nam kiểm tra đột xuất việc chấp hành quy định về kinh doanh lữ hành quốc tế, kết thúc trong quý I/2026."),
    ("p", "7. Giao Cục Chuyển đổi số chủ trì xây dựng Cơ sở dữ liệu quốc gia về di sản văn hóa, đưa vào vận hành trong năm 2026."),
    ("p", "8. Đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo bảo đảm an ninh, an toàn tại các lễ hội đầu xuân; báo cáo kết quả về Bộ (qua Cục Văn hóa cơ sở, gia đình và thư viện) sau Tết Nguyên đán."),
    ("p", "9. Cục Thể dục thể thao Việt Nam chuẩn bị lực lượng vận động viên tham dự SEA Games 33, báo cáo Bộ trưởng thường xuyên."),
    ("p", "10. Văn phòng Bộ theo dõi, đôn đốc các đơn vị thực hiện Thông báo này, báo cáo Bộ trưởng trước Tết Nguyên đán Bính Ngọ."),
    ("p", "Văn phòng Bộ thông báo để các đơn vị liên quan biết, thực hiện./."),
    ("p", "Nơi nhận:\n- Bộ trưởng (để b/c);\n- Các Thứ trưởng;\n- Các Cục, Vụ, Thanh tra Bộ;\n- UBND các tỉnh, thành phố;\n- Lưu: VT, VP."),
    ("p", "TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\n(đã ký)\nPhạm Minh Đức"),
]


def main() -> None:
    H3["write_pdf"].__globals__["RUNNING"] = "Thông báo số 512/TB-BVHTTDL ngày 19/11/2025 của Bộ Văn hóa, Thể thao và Du lịch"
    H3["write_pdf"](BLOCKS, os.path.join(HERE, "bo-vhttdl-2025-11-mua-du-lich-tet.pdf"))


if __name__ == "__main__":
    main()
