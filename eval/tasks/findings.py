"""The assessment (part I) of each month of the hand-written series: what the meeting found.
A finding labelled `done:T*` reports task T* completed (the gold of the done reports); the
others report progress or problems, some of them on purpose not completions ("đã hoàn thành
1.286/1.500 căn")."""

# ruff: noqa: E501  (hand-written sentences: the wrap follows the sentence, not the column)
from __future__ import annotations

from names import PROJECT, Finding

FINDINGS: dict[int, list[Finding]] = {
    1: [
        (None, "Tháng 1 năm 2024, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định; các cấp, "
               "các ngành tập trung chuẩn bị các điều kiện để Nhân dân đón Tết Nguyên đán Giáp "
               "Thìn vui tươi, an toàn. Thu ngân sách nhà nước trên địa bàn ước đạt 182 tỷ đồng; "
               "giải ngân vốn đầu tư công đạt 4,1% kế hoạch."),
        (None, "Tuy nhiên, tình trạng đốt nương làm rẫy vẫn tiềm ẩn nguy cơ cháy rừng cao; công "
               "tác chuẩn bị hồ sơ sắp xếp đơn vị hành chính cấp xã còn chậm so với kế hoạch."),
    ],
    2: [
        (None, "Tháng 2 năm 2024, Nhân dân các dân tộc trong tỉnh đón Tết Nguyên đán Giáp Thìn "
               "vui tươi, an toàn, tiết kiệm; Lễ giao nhận quân được tổ chức đạt 100% chỉ tiêu. "
               "Giải ngân vốn đầu tư công đạt 8,7% kế hoạch, thấp hơn bình quân cả nước."),
    ],
    3: [
        (None, "Tháng 3 năm 2024, sản xuất vụ Đông Xuân được triển khai đúng khung thời vụ; thu "
               "ngân sách quý I ước đạt 21% dự toán. Giải ngân vốn đầu tư công đạt 12,4% kế "
               "hoạch; các chương trình mục tiêu quốc gia giải ngân đạt thấp."),
        (None, "HĐND tỉnh đã thông qua chủ trương sắp xếp đơn vị hành chính cấp xã tại kỳ họp "
               "chuyên đề; giải phóng mặt bằng Dự án đường nối thành phố Lai Châu với cao tốc Nội "
               "Bài - Lào Cai mới đạt 76% diện tích."),
    ],
    4: [
        (None, "Tháng 4 năm 2024, toàn tỉnh không để xảy ra cháy rừng lớn; giải ngân vốn đầu tư "
               "công đạt 19,8% kế hoạch. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến mới đạt "
               "31%, nhiều dịch vụ công trực tuyến không phát sinh hồ sơ."),
    ],
    5: [
        ("done:O4a", "Tháng 5 năm 2024, giải ngân vốn đầu tư công đạt 28,5% kế hoạch; Ngày hội Văn hóa, "
               "Thể thao và Du lịch các dân tộc lần thứ III đã hoàn thành tốt đẹp. Giải phóng mặt "
               "bằng Dự án đường nối thành phố Lai Châu với cao tốc Nội Bài - Lào Cai còn vướng "
               "19 hộ chưa đồng thuận."),
        (None, "Toàn tỉnh còn trên 4.200 hộ nghèo, cận nghèo đang ở nhà tạm, nhà dột nát; mùa "
               "mưa lũ đến sớm, nguy cơ sạt lở đất tại các huyện vùng cao rất lớn."),
    ],
    6: [
        ("done:T9", "Kỳ thi tốt nghiệp trung học phổ thông năm 2024 đã được tổ chức an toàn, "
                    "nghiêm túc, đúng quy chế, không có thí sinh vi phạm."),
        (None, "Giải ngân vốn đầu tư công 6 tháng đầu năm đạt 41,2% kế hoạch; dịch tả lợn châu "
               "Phi xuất hiện tại huyện Than Uyên, Tân Uyên với 312 con lợn mắc bệnh phải tiêu "
               "hủy. Thu ngân sách 6 tháng đạt 47% dự toán."),
    ],
    7: [
        ("done:T11", "Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết về việc sắp xếp đơn vị "
                     "hành chính cấp xã của tỉnh giai đoạn 2023 - 2025; tỉnh đã hoàn thành việc "
                     "sắp xếp, giảm 8 đơn vị hành chính cấp xã."),
        (None, "Mưa lũ cuối tháng 7 làm 3 người chết, 41 nhà bị hư hỏng; dịch tả lợn châu Phi "
               "đã được khống chế tại huyện Tân Uyên nhưng còn phát sinh ổ dịch mới tại huyện Than "
               "Uyên."),
    ],
    8: [
        (None, "Tháng 8 năm 2024, giải ngân vốn đầu tư công đạt 52% kế hoạch. Các hồ chứa thủy "
               "lợi cơ bản an toàn, một số nhà máy thủy điện nhỏ vận hành xả lũ chưa đúng quy "
               "trình."),
        (None, "Tỷ lệ hồ sơ nộp trực tuyến đạt 48%; Văn phòng UBND tỉnh được giao theo dõi bộ "
               "chỉ số phục vụ người dân, doanh nghiệp."),
    ],
    9: [
        ("done:T2", f"{PROJECT} đã hoàn thành bàn giao toàn bộ mặt bằng cho nhà thầu thi công; "
                    "các mũi thi công được triển khai trên toàn tuyến."),
        ("done:T9b", "Năm học mới 2024 - 2025 khai giảng đúng kế hoạch. Giải ngân vốn đầu tư công đạt "
               "63% kế hoạch; thu ngân sách 9 tháng đạt 71% dự toán."),
    ],
    10: [
        (None, "Tháng 10 năm 2024, giải ngân vốn đầu tư công đạt 71% kế hoạch; chương trình xóa "
               "nhà tạm, nhà dột nát đã khởi công 1.120 căn. Dự thảo Kế hoạch phát triển kinh tế "
               "- xã hội năm 2025 đã được gửi xin ý kiến các sở, ngành."),
    ],
    11: [
        ("done:O9a", "Tháng 11 năm 2024, Đại hội Thể dục thể thao tỉnh lần thứ V đã thành công tốt "
               "đẹp; giải ngân vốn đầu tư công đạt 80% kế hoạch. Các chương trình mục tiêu quốc "
               "gia giải ngân mới đạt 66%."),
    ],
    12: [
        ("done:T18", "HĐND tỉnh đã thông qua Nghị quyết về Kế hoạch phát triển kinh tế - xã hội "
                     "năm 2025 tại kỳ họp thứ mười bốn; Báo cáo kinh tế - xã hội năm 2024 đã hoàn "
                     "thành đúng thời hạn."),
        (None, "Chương trình xóa nhà tạm, nhà dột nát đã hoàn thành 1.286/1.500 căn, còn 214 căn "
               "chưa hoàn thành do vướng đất ở. Thu ngân sách năm 2024 vượt 6% dự toán."),
    ],
}
