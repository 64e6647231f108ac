"""Vocabulary for the synthetic notice generator, recombined from the real notices' structures.

Provinces are the 28 provinces after the 2025 mergers (the 6 centrally-run cities are left out:
their committees are "UBND thành phố", a different header). Agencies are the departments that
exist after the 2025 reorganisation. Tasks are verb phrases of the kind the real notices assign.
"""

from __future__ import annotations

PROVINCES: tuple[str, ...] = (
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
    "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Lưu")
MIDDLES = ("Văn", "Thị", "Hải", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Xuân", "Trung")
GIVENS = ("Hòa", "Chiến", "Công", "Thủy", "Khoa", "Tuấn", "Hùng", "Lợi", "Thúy", "Hoàn", "Quyết")

# Departments and bodies that lead or support tasks (names as the notices spell them).
AGENCIES: tuple[str, ...] = (
    "Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo",
    "Thanh tra tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng UBND tỉnh",
    "Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh",
)
SUPPORTERS: tuple[str, ...] = (
    *AGENCIES, "Thuế tỉnh", "Kho bạc Nhà nước khu vực", "UBND các xã, phường",
    "các cơ quan liên quan",
)

# Section II headings: (heading, theme key) — theme key picks the task pool.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("Về phát triển kinh tế và đầu tư", "econ"),
    ("Về thu ngân sách và giải ngân vốn đầu tư công", "budget"),
    ("Về cải cách hành chính và môi trường đầu tư kinh doanh", "admin"),
    ("Về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số", "digital"),
    ("Về văn hóa - xã hội", "social"),
    ("Về tài nguyên, môi trường và phòng, chống thiên tai", "env"),
    ("Về Thanh tra, Tư pháp", "justice"),
    ("Về quốc phòng - an ninh và đối ngoại", "security"),
)

LEADS: dict[str, tuple[str, ...]] = {
    "econ": ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Ban Quản lý Khu kinh tế tỉnh"),
    "budget": ("Sở Tài chính", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
    "admin": ("Sở Nội vụ", "Văn phòng UBND tỉnh"),
    "digital": ("Sở Khoa học và Công nghệ",),
    "social": ("Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
               "Sở Dân tộc và Tôn giáo"),
    "env": ("Sở Nông nghiệp và Môi trường", "Sở Xây dựng"),
    "justice": ("Thanh tra tỉnh", "Sở Tư pháp"),
    "security": ("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Ngoại vụ"),
}

TASKS: dict[str, tuple[str, ...]] = {
    "econ": (
        "theo dõi sát tình hình cung - cầu hàng hóa, không để xảy ra thiếu hàng, sốt giá",
        "triển khai Chương trình trọng tâm về phát triển kinh tế cửa khẩu giai đoạn 2026-2030",
        "tổ chức đánh giá, phân hạng sản phẩm OCOP và xúc tiến thương mại sản phẩm địa phương",
        "tăng cường quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng",
        "rà soát, đề xuất sửa đổi, bổ sung các quy định, hướng dẫn thuộc lĩnh vực xây dựng",
        "tháo gỡ khó khăn cho doanh nghiệp, thu hút các dự án đầu tư vào khu công nghiệp",
        "chỉ đạo sản xuất vụ Đông Xuân, bảo đảm đủ giống, vật tư nông nghiệp cho Nhân dân",
        "kiểm soát chặt chẽ dịch tả lợn Châu Phi, không để dịch bệnh lây lan diện rộng",
    ),
    "budget": (
        "theo dõi chặt chẽ tình hình thu NSNN, chống thất thu, giảm nợ đọng thuế",
        "đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân vốn đầu tư công",
        "hướng dẫn, đôn đốc các đơn vị thực hiện khóa sổ kế toán và quyết toán dự án hoàn thành",
        "tham mưu phân bổ chi tiết kế hoạch vốn đầu tư công năm {year}",
        "rà soát, cân đối nguồn lực thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo",
        "tham mưu điều chỉnh Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050",
    ),
    "admin": (
        "hoàn thành công tác tự đánh giá, xác định Chỉ số CCHC tỉnh năm {prev}",
        "triển khai quyết liệt nhiệm vụ cải cách TTHC, nâng cao tỷ lệ giải quyết hồ sơ đúng hạn",
        "rà soát, sắp xếp đội ngũ cán bộ, công chức cấp xã sau khi vận hành chính quyền 02 cấp",
        "hướng dẫn các xã, phường kiện toàn tổ chức bộ máy, bố trí trụ sở làm việc",
        "theo dõi, đôn đốc, tổng hợp kết quả thực hiện nhiệm vụ Chủ tịch UBND tỉnh giao",
    ),
    "digital": (
        "ban hành kế hoạch năm {year} về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số",
        "đẩy mạnh số hóa dữ liệu đất đai, hộ tịch, dân cư, kết nối với cơ sở dữ liệu quốc gia",
        "phát triển hạ tầng viễn thông, mở rộng vùng phủ sóng 5G tại trung tâm các xã, phường",
        "triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ",
    ),
    "social": (
        "bảo đảm công tác y tế, trực cấp cứu 24/24, sẵn sàng nhân lực, thuốc, trang thiết bị",
        "chủ động phòng, chống dịch bệnh, giám sát phát hiện sớm và báo cáo kịp thời từ cơ sở",
        "chuẩn bị tốt các điều kiện cho kỳ thi tốt nghiệp trung học phổ thông năm {year}",
        "đôn đốc tiến độ hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
        "tổ chức các hoạt động văn hóa, thể thao, du lịch gắn với kích cầu tiêu dùng",
        "triển khai các Chương trình mục tiêu quốc gia tại vùng đồng bào dân tộc thiểu số",
    ),
    "env": (
        "rà soát, quy hoạch các mỏ vật liệu xây dựng bảo đảm nguồn cung cho các dự án trọng điểm",
        "chủ động phương án phòng, chống thiên tai, di dời hộ dân ra khỏi vùng nguy cơ sạt lở",
        "kiểm tra công tác quản lý, khai thác công trình thủy lợi bảo đảm vận hành an toàn",
        "hoàn thành cấp giấy chứng nhận quyền sử dụng đất cho các hộ gia đình, cá nhân",
    ),
    "justice": (
        "tập trung giải quyết dứt điểm vụ việc khiếu nại, tố cáo phức tạp, kéo dài",
        "đẩy mạnh xây dựng, thẩm định, kiểm tra, rà soát văn bản quy phạm pháp luật",
        "triển khai thanh tra theo kế hoạch, tăng cường thanh tra đột xuất khi phát hiện vi phạm",
    ),
    "security": (
        "bảo đảm an ninh chính trị, trật tự an toàn xã hội, tăng cường tuần tra giao thông",
        "nắm chắc tình hình tuyến biên giới, nội địa, địa bàn trọng yếu",
        "triển khai kế hoạch đối ngoại năm {year}, phối hợp nâng cấp cửa khẩu, lối mở",
        "tổ chức diễn tập khu vực phòng thủ cấp tỉnh theo kế hoạch",
    ),
}

PROJECT_TEMPLATES = (
    "Dự án cao tốc {a} - {b}",
    "Dự án đường nối {a} với {b}",
    "Dự án xây dựng {n} trường phổ thông nội trú liên cấp tại các xã biên giới",
    "Dự án Bệnh viện Đa khoa tỉnh {p}",
    "Dự án Khu công nghiệp {a}",
)
PLACES = ("Đồng Đăng", "Trà Lĩnh", "Bắc Kạn", "Hòa An", "Quảng Hòa", "Phúc Hòa", "Hữu Nghị",
          "Chi Lăng", "Mộc Châu", "Văn Lãng", "Nà Giàng", "Bảo Lâm", "Thạch An", "Tà Lùng")
# The real expressway of the samples keeps its name in the provinces it crosses (the project page
# of the samples' Cao Bằng then holds the generated months too).
REAL_EXPRESSWAYS = {"Cao Bằng": ("Đồng Đăng", "Trà Lĩnh"), "Lạng Sơn": ("Đồng Đăng", "Trà Lĩnh")}
PROJECT_LEAD_AGENCY = "Ban Quản lý dự án đầu tư xây dựng tỉnh"
PROJECT_TASKS = (
    "tập trung tháo gỡ vướng mắc, đẩy nhanh tiến độ giải phóng mặt bằng",
    "triển khai quyết liệt các bước chuẩn bị đầu tư theo quy định, bảo đảm tiến độ",
    "bảo đảm an toàn giao thông, không thông xe tạm thời khi chưa hoàn thiện hạng mục an toàn",
    "đẩy nhanh tiến độ thi công, hoàn thành đúng kế hoạch",
)

INDICATORS = (
    ("Tăng trưởng GRDP đạt {v}%", 4.0, 9.5),
    ("Khu vực nông - lâm - thủy sản tăng {v}%", 2.0, 6.0),
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng {v}%", 5.0, 15.0),
    ("giải ngân vốn đầu tư công đạt {v}% kế hoạch", 20.0, 95.0),
    ("Chương trình xóa nhà tạm, nhà dột nát đạt {v}% kế hoạch", 50.0, 100.0),
    ("tổng kim ngạch xuất nhập khẩu qua địa bàn tăng {v}%", 5.0, 70.0),
)

GENERAL = (
    "Nghiêm túc chấn chỉnh tình trạng thiếu sâu sát cơ sở; nâng cao chất lượng tham mưu.",
    "Thực hiện nghiêm nguyên tắc “một việc - một đơn vị chủ trì”; chấm dứt đùn đẩy trách nhiệm.",
    "Các sở, ban, ngành, địa phương tập trung cao độ thực hiện các nhiệm vụ trọng tâm của tháng.",
)

RECIPIENTS = (
    "- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh (b/c);", "- Ủy ban MTTQ VN tỉnh;",
    "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các xã, phường;",
    "- Lưu: VT, TH.",
)

ROMAN_QUARTERS = ("I", "II", "III", "IV")

OPENING = (
    "Ngày {d}, Ủy ban nhân dân (UBND) tỉnh {p} tổ chức Phiên họp UBND tỉnh thường kỳ{kind} "
    "tháng {m} năm {y} với hình thức họp trực tiếp kết hợp trực tuyến. Phiên họp do đồng chí "
    "{chair} - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Tham dự Phiên họp có các Phó Chủ "
    "tịch UBND tỉnh, các Ủy viên UBND tỉnh; lãnh đạo các sở, ban, ngành và UBND các xã, phường."
)
CONCLUDES = (
    "Trên cơ sở nội dung thảo luận của thành viên UBND tỉnh, ý kiến phát biểu của các đại biểu "
    "tại phiên họp, Chủ tịch UBND tỉnh kết luận như sau:"
)
ASSESSMENT = (
    "Trong tháng, dưới sự lãnh đạo của Tỉnh ủy, sự giám sát của HĐND tỉnh, UBND tỉnh cùng các "
    "cấp, các ngành đã chỉ đạo điều hành quyết liệt; kinh tế - xã hội của tỉnh tiếp tục ổn định "
    "và đạt được nhiều kết quả tích cực."
)
LIMITATIONS = (
    "Bên cạnh những kết quả đạt được, vẫn còn những khó khăn, hạn chế: tiến độ giải ngân một số "
    "dự án còn chậm; công tác giải phóng mặt bằng còn vướng mắc."
)
PROJECT_LEAD = (
    "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì, phối hợp với các cơ quan, đơn vị "
    "liên quan:"
)
RESPONSIBLE = (
    "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường chịu trách nhiệm tổ chức triển "
    "khai thực hiện các nhiệm vụ nêu trên."
)
FOLLOW_UP = (
    "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện nhiệm vụ tháng, "
    "báo cáo Chủ tịch UBND tỉnh."
)
ADOPTED = (
    "Báo cáo tình hình kinh tế - xã hội tháng {this}, phương hướng nhiệm vụ tháng {after}.",
    "Báo cáo công tác chỉ đạo, điều hành của UBND tỉnh tháng {this}.",
    "Chương trình công tác tháng {after} của UBND tỉnh.",
)
CLOSING = (
    "Chủ tịch UBND tỉnh thông báo kết luận tại Phiên họp UBND tỉnh thường kỳ tháng {m} năm {y} "
    "để các cơ quan, đơn vị liên quan biết, thực hiện./."
)
