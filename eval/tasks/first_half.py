"""The directives (part II) of January-June 2024 of the hand-written series, by section, each
with its task label (T* recur, O* occur once; "@..." heads a group of bullets)."""

# ruff: noqa: E501  (hand-written sentences: the wrap follows the sentence, not the column)
from __future__ import annotations

from names import NN, PROJECT, Section

SECTIONS: dict[int, list[Section]] = {
    1: [
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
    2: [
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
    3: [
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
    4: [
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
    5: [
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
    6: [
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
