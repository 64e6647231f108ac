"""The hand-written 12-month series of tasks (Lai Châu, thường kỳ tháng 1-12/2024) and its gold.

Every directive sentence below was written by hand for this series (none is drawn from a pool),
each with the task it belongs to, BEFORE any linker ran on it. `python eval/tasks/series.py`
renders the twelve notices (samples' layout: roman sections, "1.", "a)", "- " bullets) and
`links.gold.json`: per directive (month + an exact substring) the earlier directive it continues
(the previous occurrence of the same task) or none, plus the findings that report a task done.

Task labels: T* recur (rewording, moved deadlines, re-assignment to another agency), O* occur
once. Deliberate near-duplicates that are DIFFERENT tasks: T2/T3/T3b/T3c (same project, same
agency for three of them), T1/T19/T16/T18 (planning department, public investment), T5/T6/T6b/
T10 (agriculture department), T9/T9b (exams vs new school year), Tết 2024 vs Tết 2025 (T12a/
T12b, O-police), food safety for Tết vs Mid-Autumn (O1c/O8b), conscription 2024 vs 2025; and
(session 7, `STOCK` at the end) one-offs sharing stock wording S1-S4 (each once) and tasks
restated with other specifics R1/R2.
"""

# ruff: noqa: E501  (hand-written sentences: the wrap follows the sentence, not the column)
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
PROJECT = "Dự án đường nối thành phố Lai Châu với cao tốc Nội Bài - Lào Cai"
NN = "Sở Nông nghiệp và Phát triển nông thôn"
Item = tuple[str, str]  # (task label, text); a label starting with "@" is a bullet-group heading
MONTHS: dict[int, dict[str, list]] = {}

MONTHS[1] = {
    "findings": [
        (None, "Tháng 1 năm 2024, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định; các cấp, "
               "các ngành tập trung chuẩn bị các điều kiện để Nhân dân đón Tết Nguyên đán Giáp "
               "Thìn vui tươi, an toàn. Thu ngân sách nhà nước trên địa bàn ước đạt 182 tỷ đồng; "
               "giải ngân vốn đầu tư công đạt 4,1% kế hoạch."),
        (None, "Tuy nhiên, tình trạng đốt nương làm rẫy vẫn tiềm ẩn nguy cơ cháy rừng cao; công "
               "tác chuẩn bị hồ sơ sắp xếp đơn vị hành chính cấp xã còn chậm so với kế hoạch."),
    ],
    "sections": [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Kho bạc Nhà "
                   "nước tỉnh theo dõi sát tiến độ giải ngân vốn đầu tư công năm 2024 của từng chủ "
                   "đầu tư; báo cáo UBND tỉnh vào thứ Sáu hằng tuần, kịp thời đề xuất điều chuyển "
                   "vốn của các dự án chậm giải ngân."),
            ("T12a", "Sở Công Thương chủ trì, phối hợp với Chi cục Quản lý thị trường bảo đảm cung "
                     "ứng đủ hàng hóa thiết yếu, bình ổn giá cả thị trường dịp Tết Nguyên đán Giáp "
                     "Thìn 2024; kiểm soát chặt hàng giả, hàng kém chất lượng."),
            ("T5", "Giao Sở Nông nghiệp và Phát triển nông thôn chỉ đạo lực lượng Kiểm lâm tăng "
                   "cường công tác phòng cháy, chữa cháy rừng trong mùa khô 2023 - 2024; phân công "
                   "lực lượng trực 24/24 giờ tại các vùng trọng điểm có nguy cơ cháy cao."),
        ]),
        ("2. Về văn hóa - xã hội", [
            ("O1a", "Sở Văn hóa, Thể thao và Du lịch hướng dẫn các địa phương tổ chức lễ hội đầu "
                    "xuân đúng quy định, tiết kiệm; quản lý chặt hoạt động lễ hội tại Đền Thác "
                    "Cạn, Đền Tam Đường, không để xảy ra tình trạng mê tín dị đoan."),
            ("O1c", "Giao Sở Y tế chủ trì, phối hợp với các ngành tăng cường kiểm tra an toàn "
                    "thực phẩm dịp Tết Nguyên đán Giáp Thìn, xử lý nghiêm cơ sở sản xuất, kinh "
                    "doanh thực phẩm không bảo đảm vệ sinh."),
            ("O1d", "Sở Xây dựng kiểm tra an toàn phòng cháy đối với các nhà ở kết hợp kinh doanh, "
                    "nhà trọ tại thành phố Lai Châu; hoàn thành trước ngày 29/02/2024."),
        ]),
        ("3. Về nội chính, quốc phòng, an ninh", [
            ("T11", "Giao Sở Nội vụ chủ trì, phối hợp với UBND các huyện hoàn thiện Đề án sắp xếp "
                    "đơn vị hành chính cấp xã giai đoạn 2023 - 2025 của tỉnh; tổ chức lấy ý kiến cử "
                    "tri tại các xã thuộc diện sắp xếp trong tháng 2/2024."),
            ("O1e", "Công an tỉnh bảo đảm an ninh, trật tự, an toàn giao thông trước, trong và sau "
                    "Tết Nguyên đán Giáp Thìn; tăng cường tuần tra, xử lý vi phạm nồng độ cồn."),
            ("O1f", "Bộ Chỉ huy Quân sự tỉnh phối hợp với UBND các huyện hoàn tất khám tuyển, tổ "
                    "chức Lễ giao nhận quân năm 2024 trang trọng, đúng chỉ tiêu được giao."),
        ]),
    ],
}

MONTHS[2] = {
    "findings": [
        (None, "Tháng 2 năm 2024, Nhân dân các dân tộc trong tỉnh đón Tết Nguyên đán Giáp Thìn "
               "vui tươi, an toàn, tiết kiệm; Lễ giao nhận quân được tổ chức đạt 100% chỉ tiêu. "
               "Giải ngân vốn đầu tư công đạt 8,7% kế hoạch, thấp hơn bình quân cả nước."),
    ],
    "sections": [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Sở Kế hoạch và Đầu tư tiếp tục tổng hợp tình hình giải ngân kế hoạch vốn đầu "
                   "tư công năm 2024, chỉ rõ những dự án chưa giải ngân hoặc giải ngân dưới 10% để "
                   "lãnh đạo UBND tỉnh làm việc trực tiếp với chủ đầu tư; báo cáo định kỳ hằng "
                   "tuần."),
            ("T2", f"{PROJECT}: Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông "
                   "tỉnh chủ trì, phối hợp với UBND huyện Tam Đường, UBND thành phố Lai Châu đẩy "
                   "nhanh công tác giải phóng mặt bằng, bàn giao toàn bộ mặt bằng đoạn Km0 - Km15 "
                   "cho nhà thầu trước ngày 31/3/2024."),
            ("T5", "Sở Nông nghiệp và Phát triển nông thôn tiếp tục chỉ đạo lực lượng Kiểm lâm "
                   "phối hợp với chính quyền cơ sở kiểm soát chặt việc đốt nương, làm rẫy, sử dụng "
                   "lửa gần rừng; sẵn sàng phương án chữa cháy rừng khi có cháy xảy ra."),
        ]),
        ("2. Về văn hóa - xã hội", [
            ("O2a", "Giao Sở Giáo dục và Đào tạo tổ chức Hội khỏe Phù Đổng tỉnh Lai Châu lần thứ "
                    "XI năm 2024 an toàn, tiết kiệm; lựa chọn vận động viên tham dự Hội khỏe Phù "
                    "Đổng toàn quốc."),
        ]),
        ("3. Về nội chính, cải cách hành chính", [
            ("T11", "Sở Nội vụ tổng hợp kết quả lấy ý kiến cử tri về phương án sắp xếp đơn vị hành "
                    "chính cấp xã; hoàn thiện hồ sơ Đề án, trình HĐND tỉnh xem xét tại kỳ họp "
                    "chuyên đề tháng 3/2024."),
            ("T8", "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành rà soát, "
                   "tái cấu trúc quy trình, nâng cấp các dịch vụ công trực tuyến toàn trình trên "
                   "Cổng dịch vụ công của tỉnh; nâng tỷ lệ hồ sơ trực tuyến đạt trên 50% trong "
                   "quý II/2024."),
            ("O2b", "Sở Tư pháp rà soát, tham mưu bãi bỏ các văn bản quy phạm pháp luật của UBND "
                    "tỉnh đã hết hiệu lực hoặc không còn phù hợp; trình UBND tỉnh trước ngày "
                    "31/3/2024."),
            ("T24", "Văn phòng UBND tỉnh theo dõi, đôn đốc các sở, ngành, địa phương thực hiện các "
                    "nhiệm vụ được giao tại Thông báo này, tổng hợp kết quả báo cáo tại Phiên họp "
                    "UBND tỉnh thường kỳ tháng sau."),
        ]),
    ],
}

MONTHS[3] = {
    "findings": [
        (None, "Tháng 3 năm 2024, sản xuất vụ Đông Xuân được triển khai đúng khung thời vụ; thu "
               "ngân sách quý I ước đạt 21% dự toán. Giải ngân vốn đầu tư công đạt 12,4% kế "
               "hoạch; các chương trình mục tiêu quốc gia giải ngân đạt thấp."),
        (None, "HĐND tỉnh đã thông qua chủ trương sắp xếp đơn vị hành chính cấp xã tại kỳ họp "
               "chuyên đề; giải phóng mặt bằng Dự án đường nối thành phố Lai Châu với cao tốc Nội "
               "Bài - Lào Cai mới đạt 76% diện tích."),
    ],
    "sections": [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát "
                   "kế hoạch vốn đầu tư công đã giao, tham mưu điều chuyển vốn từ dự án giải ngân "
                   "chậm sang dự án có khối lượng hoàn thành, trình UBND tỉnh trước ngày "
                   "20/4/2024."),
            ("T19", "Giao Ban Dân tộc tỉnh chủ trì, phối hợp với Sở Kế hoạch và Đầu tư đôn đốc "
                    "UBND các huyện đẩy nhanh giải ngân vốn các chương trình mục tiêu quốc gia, "
                    "nhất là Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
                    "số và miền núi; báo cáo UBND tỉnh trước ngày 25/4/2024."),
            ("T2", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương "
                   f"hoàn thành giải phóng mặt bằng {PROJECT}; tập trung vận động các hộ chưa nhận "
                   "tiền bồi thường, bàn giao mặt bằng cho nhà thầu chậm nhất ngày 30/4/2024."),
            ("T3", "UBND huyện Tam Đường khẩn trương hoàn thiện hạ tầng khu tái định cư Bản Giang "
                   f"phục vụ {PROJECT}, hoàn thành trước ngày 30/6/2024."),
            ("T16", "Giao Sở Công Thương chủ trì, phối hợp với Sở Xây dựng rà soát quy hoạch các "
                    "cụm công nghiệp trên địa bàn tỉnh, đề xuất điều chỉnh vị trí, quy mô Cụm công "
                    "nghiệp Tam Đường cho phù hợp Quy hoạch tỉnh; báo cáo trước ngày 30/4/2024."),
            ("T7", "Giao Cục Thuế tỉnh chủ trì, phối hợp với Sở Tài chính, Sở Tài nguyên và Môi "
                   "trường quản lý chặt các nguồn thu, nhất là thu tiền sử dụng đất; đôn đốc thu "
                   "hồi nợ đọng thuế, phấn đấu thu ngân sách quý II đạt trên 25% dự toán."),
        ]),
        ("2. Về tài nguyên, môi trường, nông nghiệp", [
            ("T5", "Giao Sở Nông nghiệp và Phát triển nông thôn rà soát, bổ sung phương án phòng "
                   "cháy, chữa cháy rừng tại các huyện Phong Thổ, Sìn Hồ, Than Uyên trong cao điểm "
                   "nắng nóng tháng 4; xử lý nghiêm các trường hợp đốt nương gây cháy rừng."),
            ("O3a", "Sở Tài nguyên và Môi trường hướng dẫn UBND các huyện triển khai kiểm kê đất "
                    "đai, lập bản đồ hiện trạng sử dụng đất năm 2024 theo đúng kế hoạch của Bộ Tài "
                    "nguyên và Môi trường."),
        ]),
        ("3. Về nội chính", [
            ("T11", "Giao Sở Nội vụ hoàn chỉnh hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã giai "
                    "đoạn 2023 - 2025 theo ý kiến thẩm định của Bộ Nội vụ, trình Chính phủ, Ủy ban "
                    "Thường vụ Quốc hội trước ngày 15/4/2024."),
        ]),
    ],
}

MONTHS[4] = {
    "findings": [
        (None, "Tháng 4 năm 2024, toàn tỉnh không để xảy ra cháy rừng lớn; giải ngân vốn đầu tư "
               "công đạt 19,8% kế hoạch. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến mới đạt "
               "31%, nhiều dịch vụ công trực tuyến không phát sinh hồ sơ."),
    ],
    "sections": [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Sở Kế hoạch và Đầu tư theo dõi, đôn đốc các chủ đầu tư đẩy nhanh giải ngân "
                   "vốn đầu tư công, phấn đấu đến hết tháng 5 giải ngân đạt trên 35% kế hoạch; báo "
                   "cáo UBND tỉnh hằng tuần."),
            ("T2", f"Về {PROJECT}: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông "
                   "tỉnh phối hợp với UBND huyện Tam Đường giải quyết dứt điểm các vướng mắc về "
                   "bồi thường, hỗ trợ đối với 27 hộ còn lại; hoàn thành bàn giao mặt bằng trước "
                   "ngày 31/5/2024."),
            ("T3b", "Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh phối "
                    "hợp với Sở Tài nguyên và Môi trường hoàn thiện hồ sơ đề nghị cấp phép khai "
                    f"thác các mỏ đất đắp nền đường phục vụ {PROJECT}, trình UBND tỉnh trước ngày "
                    "20/5/2024."),
            ("T16", "Sở Công Thương khẩn trương hoàn thiện hồ sơ điều chỉnh Cụm công nghiệp Tam "
                    "Đường, lấy ý kiến các sở, ngành, trình UBND tỉnh trong tháng 5/2024."),
        ]),
        ("2. Về văn hóa - xã hội", [
            ("T9", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh, Sở Y tế chuẩn "
                   "bị chu đáo các điều kiện tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm "
                   "2024, bảo đảm an toàn, nghiêm túc, đúng quy chế."),
            ("O4a", "Sở Văn hóa, Thể thao và Du lịch tổ chức Ngày hội Văn hóa, Thể thao và Du lịch "
                    "các dân tộc tỉnh Lai Châu lần thứ III tại huyện Phong Thổ, hoàn thành trong "
                    "tháng 5/2024."),
        ]),
        ("3. Về nông nghiệp, cải cách hành chính", [
            ("T5", "Sở Nông nghiệp và Phát triển nông thôn duy trì nghiêm chế độ trực phòng cháy, "
                   "chữa cháy rừng đến hết mùa khô; tổng kết công tác phòng cháy, chữa cháy rừng "
                   "mùa khô 2023 - 2024, báo cáo UBND tỉnh trước ngày 15/6/2024."),
            ("T8", "Sở Thông tin và Truyền thông đôn đốc các sở, ngành, địa phương nâng cao tỷ lệ "
                   "hồ sơ thủ tục hành chính tiếp nhận trực tuyến, khắc phục tình trạng dịch vụ "
                   "công trực tuyến có phát sinh hồ sơ thấp; báo cáo UBND tỉnh trước ngày "
                   "31/5/2024."),
            ("T24", "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại "
                    "kết luận này; tổng hợp, báo cáo kết quả tại phiên họp thường kỳ tháng 5."),
        ]),
    ],
}

MONTHS[5] = {
    "findings": [
        ("done:O4a", "Tháng 5 năm 2024, giải ngân vốn đầu tư công đạt 28,5% kế hoạch; Ngày hội Văn hóa, "
               "Thể thao và Du lịch các dân tộc lần thứ III đã hoàn thành tốt đẹp. Giải phóng mặt "
               "bằng Dự án đường nối thành phố Lai Châu với cao tốc Nội Bài - Lào Cai còn vướng "
               "19 hộ chưa đồng thuận."),
        (None, "Toàn tỉnh còn trên 4.200 hộ nghèo, cận nghèo đang ở nhà tạm, nhà dột nát; mùa "
               "mưa lũ đến sớm, nguy cơ sạt lở đất tại các huyện vùng cao rất lớn."),
    ],
    "sections": [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Giao Sở Kế hoạch và Đầu tư tổng hợp kết quả giải ngân vốn đầu tư công 6 tháng "
                   "đầu năm, đánh giá trách nhiệm của từng chủ đầu tư, đề xuất hình thức xử lý đối "
                   "với các chủ đầu tư giải ngân dưới mức bình quân chung của tỉnh, báo cáo trước "
                   "ngày 30/6/2024."),
            ("T2", "Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh tổ chức "
                   "cưỡng chế thu hồi đất đối với các trường hợp đã được vận động nhiều lần nhưng "
                   f"không chấp hành, bàn giao phần mặt bằng còn lại của {PROJECT} trước ngày "
                   "30/6/2024."),
            ("T3", "UBND huyện Tam Đường đẩy nhanh thi công hạ tầng khu tái định cư Bản Giang, tổ "
                   "chức bốc thăm giao đất tái định cư cho các hộ bị ảnh hưởng bởi "
                   f"{PROJECT} trong tháng 7/2024."),
        ]),
        ("2. Về văn hóa - xã hội", [
            ("T4", "Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Ủy ban MTTQ "
                   "Việt Nam tỉnh, UBND các huyện, thành phố rà soát, lập danh sách hộ nghèo, hộ "
                   "cận nghèo có nhà tạm, nhà dột nát cần hỗ trợ; xây dựng kế hoạch xóa nhà tạm, "
                   "nhà dột nát trên địa bàn tỉnh, trình UBND tỉnh trước ngày 30/6/2024."),
            ("T9", "Sở Giáo dục và Đào tạo hoàn tất công tác chuẩn bị Kỳ thi tốt nghiệp trung học "
                   "phổ thông năm 2024; bố trí điểm thi, lực lượng coi thi, bảo đảm an ninh, an "
                   "toàn tuyệt đối cho kỳ thi diễn ra ngày 27-28/6/2024."),
            ("O5a", "Sở Giáo dục và Đào tạo ban hành kế hoạch tuyển sinh vào lớp 10 trung học phổ "
                    "thông năm học 2024 - 2025, công khai chỉ tiêu của từng trường trước ngày "
                    "10/6/2024."),
        ]),
        ("3. Về phòng chống thiên tai, nội chính", [
            ("T6", "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện "
                   "rà soát các khu dân cư có nguy cơ sạt lở đất, lũ quét; xây dựng phương án di "
                   "dời khẩn cấp các hộ ở vùng nguy hiểm trước mùa mưa lũ năm 2024."),
            ("T11b", "Sở Nội vụ hướng dẫn các huyện chuẩn bị phương án bố trí cán bộ, công chức và "
                     "trụ sở làm việc của các xã hình thành sau sắp xếp, bảo đảm các xã mới đi vào "
                     "hoạt động ổn định ngay sau khi Nghị quyết của Ủy ban Thường vụ Quốc hội có "
                     "hiệu lực."),
        ]),
    ],
}

MONTHS[6] = {
    "findings": [
        ("done:T9", "Kỳ thi tốt nghiệp trung học phổ thông năm 2024 đã được tổ chức an toàn, "
                    "nghiêm túc, đúng quy chế, không có thí sinh vi phạm."),
        (None, "Giải ngân vốn đầu tư công 6 tháng đầu năm đạt 41,2% kế hoạch; dịch tả lợn châu "
               "Phi xuất hiện tại huyện Than Uyên, Tân Uyên với 312 con lợn mắc bệnh phải tiêu "
               "hủy. Thu ngân sách 6 tháng đạt 47% dự toán."),
    ],
    "sections": [
        ("1. Về kinh tế, đầu tư", [
            ("T1", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu phương án "
                   "điều chỉnh kế hoạch vốn đầu tư công năm 2024 giữa các dự án, trình UBND tỉnh "
                   "trước ngày 25/7/2024; tiếp tục báo cáo tiến độ giải ngân hằng tuần."),
            ("T19", "Ban Dân tộc tỉnh rà soát, tổng hợp các nội dung, dự án thành phần của Chương "
                    "trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
                    "thiểu số và miền núi chậm triển khai; đề xuất điều chỉnh vốn giữa các huyện, "
                    "trình UBND tỉnh trong tháng 7/2024."),
            ("T7", "Cục Thuế tỉnh tăng cường chống thất thu ngân sách trong lĩnh vực khai thác "
                   "khoáng sản, kinh doanh vận tải; quyết liệt thu hồi nợ thuế, hoàn thành dự toán "
                   "thu ngân sách 6 tháng cuối năm."),
            ("T2", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh báo cáo rõ "
                   f"nguyên nhân chậm bàn giao mặt bằng {PROJECT}, xác định trách nhiệm của tập "
                   "thể, cá nhân liên quan; hoàn thành giải phóng mặt bằng trong tháng 8/2024."),
            ("T3b", "Sở Tài nguyên và Môi trường khẩn trương thẩm định, trình cấp phép khai thác "
                    f"mỏ đất đắp nền đường cho {PROJECT} trước ngày 15/7/2024."),
        ]),
        ("2. Về nông nghiệp, phòng chống thiên tai", [
            (f"@{NN}:", [
                ("T10", "Chỉ đạo lực lượng thú y khoanh vùng, xử lý triệt để các ổ dịch tả lợn "
                        "châu Phi tại huyện Than Uyên, Tân Uyên; tăng cường kiểm soát vận chuyển, "
                        "giết mổ gia súc, không để dịch lây lan."),
                ("T6", "Tiếp tục theo dõi chặt chẽ diễn biến mưa lũ, chỉ đạo các huyện di dời "
                       "ngay các hộ dân ở khu vực có nguy cơ sạt lở, lũ quét cao đến nơi an "
                       "toàn."),
                ("T6b", "Phối hợp với Sở Công Thương kiểm tra an toàn các hồ chứa thủy lợi, đập "
                        "thủy điện nhỏ và phương án vận hành xả lũ; hoàn thành trước ngày "
                        "15/7/2024."),
            ]),
        ]),
        ("3. Về văn hóa - xã hội, cải cách hành chính", [
            ("T4", "Sở Lao động - Thương binh và Xã hội hoàn thiện Kế hoạch xóa nhà tạm, nhà dột "
                   "nát trên địa bàn tỉnh đến năm 2025, tiếp thu ý kiến các thành viên UBND tỉnh, "
                   "trình ban hành trong tháng 7/2024."),
            ("T11b", "Giao Sở Nội vụ phối hợp với Sở Tài chính hướng dẫn các huyện sắp xếp, bố trí "
                     "cán bộ dôi dư và xử lý trụ sở, tài sản công của các xã sau sắp xếp; báo cáo "
                     "UBND tỉnh trước ngày 31/7/2024."),
            ("T8", "Giao Sở Thông tin và Truyền thông tiếp tục hoàn thiện hạ tầng Cổng dịch vụ "
                   "công, kết nối, đồng bộ dữ liệu với Cổng dịch vụ công quốc gia, bảo đảm 100% "
                   "thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình trước ngày "
                   "30/9/2024."),
            ("T24", "Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực "
                    "hiện kết luận này; tổng hợp tình hình, báo cáo UBND tỉnh tại phiên họp thường "
                    "kỳ tháng 7."),
        ]),
    ],
}

MONTHS[7] = {
    "findings": [
        ("done:T11", "Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết về việc sắp xếp đơn vị "
                     "hành chính cấp xã của tỉnh giai đoạn 2023 - 2025; tỉnh đã hoàn thành việc "
                     "sắp xếp, giảm 8 đơn vị hành chính cấp xã."),
        (None, "Mưa lũ cuối tháng 7 làm 3 người chết, 41 nhà bị hư hỏng; dịch tả lợn châu Phi "
               "đã được khống chế tại huyện Tân Uyên nhưng còn phát sinh ổ dịch mới tại huyện Than "
               "Uyên."),
    ],
    "sections": [
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
}

MONTHS[8] = {
    "findings": [
        (None, "Tháng 8 năm 2024, giải ngân vốn đầu tư công đạt 52% kế hoạch. Các hồ chứa thủy "
               "lợi cơ bản an toàn, một số nhà máy thủy điện nhỏ vận hành xả lũ chưa đúng quy "
               "trình."),
        (None, "Tỷ lệ hồ sơ nộp trực tuyến đạt 48%; Văn phòng UBND tỉnh được giao theo dõi bộ "
               "chỉ số phục vụ người dân, doanh nghiệp."),
    ],
    "sections": [
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
}

MONTHS[9] = {
    "findings": [
        ("done:T2", f"{PROJECT} đã hoàn thành bàn giao toàn bộ mặt bằng cho nhà thầu thi công; "
                    "các mũi thi công được triển khai trên toàn tuyến."),
        ("done:T9b", "Năm học mới 2024 - 2025 khai giảng đúng kế hoạch. Giải ngân vốn đầu tư công đạt "
               "63% kế hoạch; thu ngân sách 9 tháng đạt 71% dự toán."),
    ],
    "sections": [
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
}

MONTHS[10] = {
    "findings": [
        (None, "Tháng 10 năm 2024, giải ngân vốn đầu tư công đạt 71% kế hoạch; chương trình xóa "
               "nhà tạm, nhà dột nát đã khởi công 1.120 căn. Dự thảo Kế hoạch phát triển kinh tế "
               "- xã hội năm 2025 đã được gửi xin ý kiến các sở, ngành."),
    ],
    "sections": [
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
}

MONTHS[11] = {
    "findings": [
        ("done:O9a", "Tháng 11 năm 2024, Đại hội Thể dục thể thao tỉnh lần thứ V đã thành công tốt "
               "đẹp; giải ngân vốn đầu tư công đạt 80% kế hoạch. Các chương trình mục tiêu quốc "
               "gia giải ngân mới đạt 66%."),
    ],
    "sections": [
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
}

MONTHS[12] = {
    "findings": [
        ("done:T18", "HĐND tỉnh đã thông qua Nghị quyết về Kế hoạch phát triển kinh tế - xã hội "
                     "năm 2025 tại kỳ họp thứ mười bốn; Báo cáo kinh tế - xã hội năm 2024 đã hoàn "
                     "thành đúng thời hạn."),
        (None, "Chương trình xóa nhà tạm, nhà dột nát đã hoàn thành 1.286/1.500 căn, còn 214 căn "
               "chưa hoàn thành do vướng đất ở. Thu ngân sách năm 2024 vượt 6% dự toán."),
    ],
    "sections": [
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

# Session 7 (issue 18): stock wording. One-off tasks of one agency that share an action phrase
# and differ in what it is about (S*, each occurring once), and tasks restated with other
# specifics after the same action and object (R*). Written, with their labels, before the
# linker ran on them; added as a section "4. Các nhiệm vụ khác" of the months they fall in.
OTHER = "4. Các nhiệm vụ khác"
STOCK: dict[int, list[Item]] = {
    3: [("S1a", "Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh đôn đốc chủ đầu tư "
                "thu hồi dứt điểm số vốn tạm ứng quá hạn của công trình kè chống sạt lở bờ suối "
                "Nậm Lụm, hoàn thành trước ngày 30/4/2024."),
        ("R1", "Giao Sở Y tế chủ trì, phối hợp với UBND các huyện tổ chức tiêm chủng mở rộng cho "
               "trẻ em dưới 1 tuổi tại các xã vùng sâu, vùng xa, bảo đảm tỷ lệ tiêm đủ mũi đạt "
               "trên 90%.")],
    4: [("S2a", "Giao Sở Tư pháp chủ trì thẩm định dự thảo Quyết định của UBND tỉnh quy định giá "
                "dịch vụ sử dụng đò, phà trên địa bàn tỉnh, hoàn thành trong tháng 5/2024."),
        ("R1", "Sở Y tế tiếp tục đẩy mạnh tiêm chủng mở rộng cho trẻ em dưới 1 tuổi ở những thôn, "
               "bản chưa đạt tỷ lệ; huy động y tế thôn bản vận động người dân đưa trẻ đi tiêm.")],
    5: [("S1b", "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh đôn đốc thu hồi dứt "
                "điểm số vốn tạm ứng quá hạn của gói thầu xây dựng nhà lớp học Trường Tiểu học "
                "Pa Tần; báo cáo UBND tỉnh trước ngày 30/6/2024.")],
    6: [("S2b", "Sở Tư pháp thẩm định dự thảo Quyết định của UBND tỉnh quy định hệ số điều chỉnh "
                "giá đất năm 2024, trình UBND tỉnh trước ngày 15/7/2024."),
        ("R1", "Sở Y tế rà soát đối tượng tiêm chủng mở rộng cho trẻ em dưới 1 tuổi bị bỏ sót mũi "
               "tiêm, tổ chức tiêm vét trước ngày 30/6/2024.")],
    7: [("R2", "Giao Sở Giao thông vận tải khắc phục điểm sạt lở trên Quốc lộ 4D đoạn qua đèo Ô "
               "Quy Hồ, bố trí lực lượng, phương tiện thường trực bảo đảm giao thông thông suốt.")],
    8: [("S3a", "Sở Xây dựng hướng dẫn chủ đầu tư lập hồ sơ điều chỉnh dự toán công trình nhà văn "
                "hóa trung tâm huyện Sìn Hồ do thay đổi giá vật liệu."),
        ("R2", "Sở Giao thông vận tải khẩn trương khắc phục điểm sạt lở trên Quốc lộ 4D, bảo đảm "
               "thông xe trước ngày 15/8/2024.")],
    9: [("S4a", "Giao Thanh tra tỉnh tiến hành thanh tra việc quản lý, sử dụng kinh phí sự nghiệp "
                "bảo vệ môi trường năm 2023 của các huyện.")],
    10: [("S3b", "Sở Xây dựng hướng dẫn chủ đầu tư lập hồ sơ điều chỉnh dự toán công trình cầu "
                 "treo dân sinh qua suối Nậm Mu.")],
    11: [("S4b", "Thanh tra tỉnh tiến hành thanh tra việc quản lý, sử dụng nguồn vốn sự nghiệp "
                 "thực hiện chính sách hỗ trợ sản xuất tại các xã đặc biệt khó khăn.")],
}
for _m, _items in STOCK.items():
    MONTHS[_m]["sections"].append((OTHER, _items))
