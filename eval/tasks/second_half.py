"""The directives (part II) of July-December 2024 of the hand-written series, by section, each
with its task label (T* recur, O* occur once; "@..." heads a group of bullets)."""

# ruff: noqa: E501  (hand-written sentences: the wrap follows the sentence, not the column)
from __future__ import annotations

from names import PROJECT, Section

SECTIONS: dict[int, list[Section]] = {
    7: [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Giao Sở Kế hoạch và Đầu tư tiếp tục theo dõi tiến độ giải ngân vốn đầu tư công "
                   "của từng dự án, kịp thời báo cáo UBND tỉnh những vướng mắc vượt thẩm quyền; "
                   "phấn đấu đến ngày 30/9/2024 giải ngân đạt trên 60% kế hoạch."),
            ("T16", "Giao Sở Kế hoạch và Đầu tư tiếp nhận hồ sơ điều chỉnh quy hoạch Cụm công "
                    "nghiệp Tam Đường từ Sở Công Thương, thẩm định, trình UBND tỉnh phê duyệt "
                    "trước ngày 31/8/2024."),
            ("T3c", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh đôn đốc nhà "
                    "thầu huy động thêm máy móc, nhân lực, tổ chức thi công ba ca trên các đoạn đã "
                    f"có mặt bằng của {PROJECT}, bảo đảm tiến độ theo hợp đồng."),
            ("T3", "Giao UBND huyện Tam Đường hoàn thành giao đất tái định cư tại khu Bản Giang cho "
                   "các hộ dân còn lại trước ngày 31/8/2024, ổn định đời sống cho người dân sau di "
                   "dời."),
        ]),
        ("2. Về nông nghiệp, phòng chống thiên tai", [
            ("T6", "Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các "
                   "huyện Sìn Hồ, Mường Tè khẩn trương di dời các hộ dân ra khỏi vùng có nguy cơ "
                   "sạt lở, lũ quét; hỗ trợ kịp thời các hộ có nhà bị hư hỏng do mưa lũ."),
            ("T10", "Sở Nông nghiệp và Phát triển nông thôn tiếp tục chỉ đạo phòng, chống dịch tả "
                    "lợn châu Phi, hướng dẫn tiêu hủy lợn bệnh đúng quy trình, không để dịch phát "
                    "sinh thêm tại huyện Than Uyên."),
        ]),
        ("3. Về văn hóa - xã hội, nội chính", [
            ("T9b", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với UBND các huyện chuẩn bị chu "
                    "đáo các điều kiện về cơ sở vật chất, đội ngũ giáo viên cho năm học 2024 - "
                    "2025; rà soát, sửa chữa phòng học, nhà bán trú xuống cấp trước ngày "
                    "31/8/2024."),
            ("O7a", "Sở Nội vụ tổ chức thi tuyển viên chức giáo dục năm 2024 công khai, minh bạch, "
                    "bảo đảm đủ giáo viên cho các trường vùng cao trước năm học mới."),
        ]),
    ],
    8: [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Sở Kế hoạch và Đầu tư đôn đốc chủ đầu tư các dự án trọng điểm hoàn thiện hồ "
                   "sơ thanh toán khối lượng, đẩy nhanh giải ngân vốn đầu tư công; báo cáo UBND "
                   "tỉnh vào thứ Sáu hằng tuần."),
            ("T2", f"Đối với {PROJECT}, giao Ban Quản lý dự án đầu tư xây dựng các công trình giao "
                   "thông tỉnh hoàn thành bàn giao 1,2 km mặt bằng còn vướng tại xã Bình Lư trước "
                   "ngày 15/9/2024."),
            ("T6b", "Sở Công Thương chủ trì kiểm tra việc vận hành xả lũ của các nhà máy thủy điện "
                    "trên sông Đà, sông Nậm Na, bảo đảm an toàn cho vùng hạ du; báo cáo trước ngày "
                    "20/9/2024."),
            ("O8a", "Giao Sở Công Thương tổ chức Hội nghị xúc tiến thương mại, kết nối tiêu thụ "
                    "chè, mắc ca của tỉnh với các doanh nghiệp phân phối trong tháng 9/2024."),
        ]),
        ("2. Về văn hóa - xã hội", [
            ("T4", "Giao Sở Lao động - Thương binh và Xã hội hướng dẫn UBND các huyện khởi công "
                   "các căn nhà thuộc chương trình xóa nhà tạm, nhà dột nát; huy động lực lượng vũ "
                   "trang, đoàn viên thanh niên hỗ trợ ngày công cho các hộ khó khăn, phấn đấu "
                   "hoàn thành 1.500 căn trước ngày 31/10/2024."),
            ("T9b", "Sở Giáo dục và Đào tạo bảo đảm đủ phòng học, giáo viên, sách giáo khoa để "
                    "khai giảng năm học mới 2024 - 2025 đúng ngày 05/9/2024; vận động học sinh ra "
                    "lớp đầy đủ."),
            ("O8b", "Sở Y tế chủ trì kiểm tra an toàn thực phẩm đối với bánh trung thu, đồ chơi "
                    "trẻ em dịp Tết Trung thu năm 2024; xử lý nghiêm các cơ sở vi phạm."),
        ]),
        ("3. Về cải cách hành chính", [
            ("T8", "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông "
                   "theo dõi, đôn đốc việc cung cấp dịch vụ công trực tuyến toàn trình và tỷ lệ hồ "
                   "sơ trực tuyến của các sở, ngành, địa phương; báo cáo UBND tỉnh hằng tháng."),
            ("T24", "Văn phòng UBND tỉnh theo dõi, đôn đốc và tổng hợp kết quả thực hiện các nhiệm "
                    "vụ tại Thông báo này, báo cáo tại Phiên họp thường kỳ tháng 9."),
        ]),
    ],
    9: [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Giao Sở Kế hoạch và Đầu tư rà soát lần cuối kế hoạch vốn đầu tư công năm 2024, "
                   "tham mưu điều chuyển vốn của các dự án không có khả năng giải ngân hết trước "
                   "ngày 15/11/2024."),
            ("T18", "Giao Sở Kế hoạch và Đầu tư chủ trì xây dựng dự thảo Báo cáo tình hình kinh tế "
                    "- xã hội năm 2024 và Kế hoạch phát triển kinh tế - xã hội năm 2025, gửi các "
                    "sở, ngành góp ý trước ngày 15/10/2024."),
            ("T16", "Sở Kế hoạch và Đầu tư hoàn thành thẩm định hồ sơ điều chỉnh quy hoạch Cụm "
                    "công nghiệp Tam Đường, trình UBND tỉnh trước ngày 15/10/2024."),
            ("T19", "Giao Ban Dân tộc tỉnh tiếp tục đôn đốc giải ngân vốn Chương trình mục tiêu "
                    "quốc gia vùng đồng bào dân tộc thiểu số và miền núi; phấn đấu đến hết năm "
                    "giải ngân trên 90% kế hoạch vốn được giao."),
            ("T7", "Giao Cục Thuế tỉnh rà soát các nguồn thu còn tiềm năng, đôn đốc thu tiền sử "
                   "dụng đất các dự án đã giao đất; phấn đấu hoàn thành vượt dự toán thu ngân sách "
                   "nhà nước năm 2024."),
            ("T3c", "Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh yêu cầu "
                    f"nhà thầu tập trung thi công trên toàn tuyến {PROJECT} sau khi có mặt bằng, "
                    "phấn đấu hoàn thành 40% khối lượng nền đường trong năm 2024."),
        ]),
        ("2. Về nông nghiệp, văn hóa - xã hội", [
            ("T6", "Sở Nông nghiệp và Phát triển nông thôn tổng hợp thiệt hại do mưa lũ năm 2024; "
                   "hoàn thành di dời, bố trí tái định cư cho các hộ ở vùng có nguy cơ sạt lở cao "
                   "trước ngày 31/12/2024."),
            ("T10", "Sở Nông nghiệp và Phát triển nông thôn giám sát chặt chẽ tình hình dịch bệnh "
                    "trên đàn lợn, công bố hết dịch tả lợn châu Phi tại các xã đủ điều kiện."),
            ("O9a", "Giao Sở Văn hóa, Thể thao và Du lịch chuẩn bị tổ chức Đại hội Thể dục thể "
                    "thao tỉnh Lai Châu lần thứ V, hoàn thành trong tháng 11/2024."),
        ]),
    ],
    10: [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Sở Kế hoạch và Đầu tư tiếp tục tổng hợp, báo cáo tiến độ giải ngân vốn đầu tư "
                   "công hằng tuần; tham mưu UBND tỉnh tổ chức làm việc với các chủ đầu tư có tỷ lệ "
                   "giải ngân thấp trong tháng 11/2024."),
            ("T18", "Sở Kế hoạch và Đầu tư tiếp thu ý kiến các sở, ngành, hoàn thiện dự thảo Kế "
                    "hoạch phát triển kinh tế - xã hội năm 2025, trình UBND tỉnh trước ngày "
                    "10/11/2024 để trình HĐND tỉnh tại kỳ họp cuối năm."),
            ("T3c", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh kiểm soát "
                    f"chặt chẽ chất lượng, tiến độ thi công nền đường {PROJECT}; báo cáo khối "
                    "lượng thực hiện hằng tháng."),
        ]),
        ("2. Về văn hóa - xã hội", [
            ("T4", "Sở Lao động - Thương binh và Xã hội đôn đốc các huyện đẩy nhanh tiến độ xóa "
                   "nhà tạm, nhà dột nát; kịp thời tháo gỡ vướng mắc về đất ở của các hộ, phấn đấu "
                   "hoàn thành chỉ tiêu trước ngày 30/11/2024."),
            ("O10a", "Giao Sở Y tế tổ chức chiến dịch tiêm bổ sung vắc xin phòng bệnh sởi cho trẻ "
                     "em từ 1 đến 5 tuổi tại các huyện có ca mắc, hoàn thành trước ngày "
                     "30/11/2024."),
            ("O10b", "Sở Tư pháp tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam 09/11, "
                     "tăng cường phổ biến pháp luật cho đồng bào vùng biên giới."),
        ]),
        ("3. Về cải cách hành chính", [
            ("T8", "Văn phòng UBND tỉnh tiếp tục đôn đốc các sở, ngành, địa phương số hóa hồ sơ, "
                   "kết quả giải quyết thủ tục hành chính, nâng tỷ lệ hồ sơ nộp trực tuyến toàn "
                   "trình; phấn đấu đạt trên 70% trước ngày 31/12/2024."),
            ("T24", "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu "
                    "trên; tổng hợp, báo cáo tại phiên họp UBND tỉnh thường kỳ tháng 11."),
        ]),
    ],
    11: [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Kho bạc Nhà nước tỉnh đôn "
                   "đốc các chủ đầu tư hoàn thiện thủ tục thanh toán, phấn đấu giải ngân 100% kế "
                   "hoạch vốn đầu tư công năm 2024 trước ngày 31/01/2025."),
            ("T18", "Giao Sở Kế hoạch và Đầu tư hoàn chỉnh Báo cáo kinh tế - xã hội năm 2024 và Kế "
                    "hoạch phát triển kinh tế - xã hội năm 2025 theo ý kiến thẩm tra của các Ban "
                    "HĐND tỉnh, trình HĐND tỉnh trước ngày 05/12/2024."),
            ("T19", "Ban Dân tộc tỉnh chủ trì tổng kết việc thực hiện Chương trình mục tiêu quốc "
                    "gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm "
                    "2024, đánh giá tỷ lệ giải ngân của từng huyện, báo cáo UBND tỉnh trước ngày "
                    "20/12/2024."),
            ("T7", "Cục Thuế tỉnh tập trung các giải pháp thu ngân sách những tháng cuối năm, đẩy "
                   "mạnh thu nợ đọng thuế, bảo đảm hoàn thành dự toán thu ngân sách trên địa bàn "
                   "năm 2024 trước ngày 31/12/2024."),
        ]),
        ("2. Về văn hóa - xã hội, nội chính", [
            ("T4", "Giao Sở Lao động - Thương binh và Xã hội tổng hợp số nhà đã khởi công, hoàn "
                   "thành trong chương trình xóa nhà tạm, nhà dột nát; báo cáo UBND tỉnh vào ngày "
                   "25 hằng tháng; hoàn thành chỉ tiêu năm 2024 trước ngày 31/12/2024."),
            ("O11a", "Sở Nội vụ hướng dẫn các cơ quan, đơn vị đánh giá, xếp loại chất lượng cán "
                     "bộ, công chức, viên chức năm 2024 thực chất, đúng quy định."),
            ("O11b", "Bộ Chỉ huy Quân sự tỉnh chỉ đạo các huyện tổ chức khám sức khỏe nghĩa vụ "
                     "quân sự, chuẩn bị Lễ giao nhận quân năm 2025 bảo đảm chất lượng, đủ chỉ "
                     "tiêu."),
            ("O11c", "Giao Sở Xây dựng hoàn thiện dự thảo Quy chế quản lý kiến trúc thành phố Lai "
                     "Châu, trình UBND tỉnh trước ngày 25/12/2024."),
        ]),
    ],
    12: [
        ("1. Về kinh tế, tài chính", [
            ("T1", "Sở Kế hoạch và Đầu tư tổng hợp kết quả giải ngân vốn đầu tư công năm 2024, báo "
                   "cáo UBND tỉnh trước ngày 15/02/2025; đồng thời hướng dẫn các chủ đầu tư triển "
                   "khai ngay kế hoạch vốn năm 2025 từ những ngày đầu năm."),
            ("O12a", "Giao Sở Tài chính chủ trì tham mưu phân bổ chi tiết dự toán ngân sách năm "
                     "2025 cho các cơ quan, đơn vị, địa phương, trình UBND tỉnh trước ngày "
                     "10/01/2025."),
            ("T12b", "Giao Sở Công Thương xây dựng kế hoạch dự trữ hàng hóa, bình ổn thị trường "
                     "phục vụ Tết Nguyên đán Ất Tỵ năm 2025; phối hợp với Chi cục Quản lý thị "
                     "trường tăng cường kiểm tra, xử lý hàng giả, hàng nhập lậu trong dịp cao điểm "
                     "cuối năm."),
        ]),
        ("2. Về văn hóa - xã hội", [
            ("T4", "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với UBND các huyện tiếp "
                   "tục vận động nguồn lực xã hội hóa hỗ trợ các hộ còn lại, hoàn thành xóa nhà "
                   "tạm, nhà dột nát trên địa bàn tỉnh trước ngày 30/6/2025."),
            ("O12b", "Sở Lao động - Thương binh và Xã hội tổ chức thăm hỏi, tặng quà các gia đình "
                     "chính sách, hộ nghèo dịp Tết Nguyên đán Ất Tỵ, bảo đảm mọi người dân đều có "
                     "Tết."),
        ]),
        ("3. Về quốc phòng, an ninh", [
            ("O12c", "Công an tỉnh chủ động nắm tình hình, bảo đảm an ninh, trật tự, an toàn giao "
                     "thông trong dịp Tết Dương lịch và Tết Nguyên đán Ất Tỵ năm 2025."),
            ("T24", "Văn phòng UBND tỉnh theo dõi, đôn đốc các sở, ngành, địa phương thực hiện các "
                    "nhiệm vụ được giao tại Thông báo này, báo cáo kết quả tại Phiên họp UBND tỉnh "
                    "thường kỳ tháng 01 năm 2025."),
        ]),
    ],
}
