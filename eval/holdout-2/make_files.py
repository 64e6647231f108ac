"""Write the two .docx and the one .pdf notice of eval/holdout-2/ from the data in this file.

    /work/main/.venv/bin/python eval/holdout-2/make_files.py

Needs python-docx and fpdf2 (the project's venv) and the DejaVu fonts. Same approach as
eval/notices/make_binary.py (fixed core and zip times, so a rerun changes no .docx bytes).

Blocks:
  ("header", left, right) / ("sig", left, right)  Decree-30 header / 'Nơi nhận' + signature:
        a borderless 2-column table in .docx; in .pdf two columns drawn side by side
  ("title", text) / ("p", text) / ("b", text)      centred bold / body / bold paragraph
  ("num", text)    .docx: Word automatic numbering: a 'List Paragraph' with its own w:numPr
                   (numId of a decimal '%1.' list added to numbering.xml, ilvl 0): no number in the text
  ("bul", text)    .docx: the same list at ilvl 1 (a '–' bullet): no bullet in the text
  a "\n" inside p/num/bul text is a soft line break (w:br) inside the paragraph
  ("landscape",) / ("portrait",)  .docx: a new section with that orientation
  ("table", widths, rows)  task table; a row of two cells ("I", title) is a group row whose title
        spans the other columns; a "\n" inside a cell makes two paragraphs
"""
from __future__ import annotations

import datetime
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_TIME = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

BNV = [
    ("header", ["BỘ NỘI VỤ", "", "Số: 412/TB-BNV"], MOTTO + ["", "Hà Nội, ngày 04 tháng 12 năm 2025"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của Bộ trưởng Trần Quang Vinh tại cuộc họp giao ban Bộ tháng 11 năm 2025"),
    ("p", "Ngày 02/12/2025, tại trụ sở Bộ, Bộ trưởng Trần Quang Vinh chủ trì cuộc họp giao ban Bộ tháng 11 năm 2025. Dự họp có các Thứ trưởng; Thủ trưởng các cơ quan, đơn vị thuộc Bộ. Sau khi nghe Văn phòng Bộ báo cáo kết quả thực hiện nhiệm vụ tháng 11, phương hướng nhiệm vụ tháng 12 năm 2025 và ý kiến của các đại biểu, Bộ trưởng kết luận như sau:"),
    ("b", "I. ĐÁNH GIÁ CHUNG"),
    ("p", "Trong tháng 11, các cơ quan, đơn vị đã hoàn thành 47/52 nhiệm vụ được giao trong Chương trình công tác của Bộ; trình Chính phủ ban hành 03 nghị định hướng dẫn Luật Tổ chức chính quyền địa phương năm 2025. Việc chi trả trợ cấp ưu đãi người có công tháng 12 được thực hiện trước ngày 25/11, sớm hơn cùng kỳ năm trước."),
    ("p", "Tuy nhiên, còn 05 nhiệm vụ chậm tiến độ, trong đó có Đề án vị trí việc làm cán bộ, công chức cấp xã; số hồ sơ giải quyết chế độ cho người nghỉ việc theo Nghị định số 178/2024/NĐ-CP tại một số địa phương còn tồn đọng; một số đơn vị chưa cập nhật kịp thời dữ liệu vào Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức."),
    ("b", "II. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2025"),
    ("num", "Vụ Tổ chức - Biên chế chủ trì, phối hợp với Vụ Chính quyền địa phương hoàn thiện hồ sơ Đề án vị trí việc làm cán bộ, công chức cấp xã, trình Bộ trưởng chậm nhất trong tháng 12 năm 2025."),
    ("num", "Vụ Công chức - Viên chức tổng hợp kết quả giải quyết chế độ, chính sách đối với người nghỉ việc theo Nghị định số 178/2024/NĐ-CP của các bộ, ngành, địa phương; kiến nghị biện pháp xử lý dứt điểm số hồ sơ tồn đọng, báo cáo Bộ trưởng trước 15/01/2026."),
    ("num", "Cục Người có công:"),
    ("bul", "Hướng dẫn các địa phương tổ chức thăm, tặng quà của Chủ tịch nước cho người có công với cách mạng, hoàn thành trước Tết Nguyên đán Bính Ngọ."),
    ("bul", "Phối hợp với Bộ Quốc phòng đẩy nhanh việc xác định danh tính hài cốt liệt sĩ còn thiếu thông tin bằng phương pháp giám định ADN."),
    ("num", "Cục Việc làm chủ trì, phối hợp với Cục Quan hệ lao động và Tiền lương theo dõi tình hình lao động mất việc, nghỉ việc tại các doanh nghiệp dệt may, da giày dịp cuối năm; báo cáo Bộ hằng tháng."),
    ("num", "Cục Quan hệ lao động và Tiền lương đôn đốc các địa phương báo cáo tình hình tiền lương, thưởng Tết năm 2026 của người lao động, tổng hợp báo cáo Thủ tướng Chính phủ trước ngày 20/01/2026."),
    ("num", "Cục Bảo trợ xã hội rà soát nhu cầu hỗ trợ gạo cứu đói dịp Tết và giáp hạt đầu năm 2026 của các tỉnh, thành phố,\ntham mưu Bộ trình Thủ tướng Chính phủ xuất cấp gạo dự trữ quốc gia trong 05 ngày làm việc kể từ ngày ký Thông báo này."),
    ("num", "Ban Thi đua - Khen thưởng Trung ương chuẩn bị nội dung, hồ sơ khen thưởng tổng kết năm 2025 của các bộ, ngành, địa phương, trình cấp có thẩm quyền trong quý I năm 2026."),
    ("num", "Cục Văn thư và Lưu trữ nhà nước hướng dẫn các xã, phường chỉnh lý, tiếp nhận tài liệu lưu trữ của các đơn vị hành chính cấp huyện đã kết thúc hoạt động."),
    ("num", "Vụ Kế hoạch - Tài chính phối hợp với Văn phòng Bộ rà soát, đẩy nhanh giải ngân vốn đầu tư công năm 2025 của Bộ,\nbảo đảm giải ngân 100% kế hoạch vốn trước ngày 31/01/2026."),
    ("num", "Các cơ quan, đơn vị thuộc Bộ:"),
    ("bul", "Rà soát, hoàn thành các nhiệm vụ còn chậm trong Chương trình công tác năm 2025; báo cáo kết quả về Văn phòng Bộ trước ngày 26/12/2025."),
    ("bul", "Xây dựng báo cáo tổng kết công tác năm 2025, phương hướng nhiệm vụ năm 2026 của đơn vị, gửi Văn phòng Bộ trước 15/12/2025 để tổng hợp."),
    ("num", "Văn phòng Bộ chủ trì, phối hợp với Vụ Kế hoạch - Tài chính chuẩn bị chu đáo Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 của ngành Nội vụ, tổ chức trong tháng 01/2026."),
    ("num", "Thanh tra Bộ tiếp tục thanh tra việc thực hiện chính sách bảo hiểm thất nghiệp tại 04 tỉnh theo Kế hoạch thanh tra năm 2025; kết thúc thanh tra trực tiếp trước ngày 19/12/2025."),
    ("p", "Văn phòng Bộ thông báo để các cơ quan, đơn vị biết, thực hiện./."),
    ("sig", ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Các cơ quan, đơn vị thuộc Bộ;",
             "- Cổng TTĐT Bộ Nội vụ;", "- Lưu: VT, VP (TH)."],
     ["TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "", "", "Phạm Đức Long"]),
]

HT = [
    ("header", ["UBND TỈNH HÀ TĨNH", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA", "", "Số: 27/TB-BCĐ"],
     MOTTO + ["", "Hà Tĩnh, ngày 18 tháng 10 năm 2024"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo tại Hội nghị đánh giá tiến độ thực hiện các chương trình mục tiêu quốc gia 9 tháng năm 2024"),
    ("p", "Ngày 15/10/2024, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức Hội nghị đánh giá tiến độ thực hiện các chương trình mục tiêu quốc gia 9 tháng năm 2024. Đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì Hội nghị; tham dự có các thành viên Ban Chỉ đạo, lãnh đạo UBND các huyện, thị xã, thành phố. Sau khi nghe Sở Lao động - Thương binh và Xã hội, Sở Nông nghiệp và Phát triển nông thôn, Ban Dân tộc tỉnh báo cáo và ý kiến thảo luận, đồng chí Phó Trưởng ban Thường trực kết luận như sau:"),
    ("b", "1. Đánh giá chung"),
    ("p", "Đến ngày 30/9/2024, toàn tỉnh giải ngân 612,4 tỷ đồng vốn các chương trình mục tiêu quốc gia, đạt 58,3% kế hoạch; có thêm 9 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo đa chiều ước giảm còn 2,41%."),
    ("p", "Tuy nhiên, giải ngân vốn sự nghiệp Chương trình mục tiêu quốc gia giảm nghèo bền vững mới đạt 31,6%; việc hỗ trợ nhà ở cho hộ nghèo tại huyện Hương Khê, huyện Vũ Quang còn chậm; một số dự án hỗ trợ phát triển sản xuất cộng đồng chưa lựa chọn được đơn vị chủ trì liên kết."),
    ("b", "2. Nhiệm vụ trong thời gian tới"),
    ("p", "Yêu cầu các sở, ban, ngành là cơ quan chủ trì chương trình, thành viên Ban Chỉ đạo và Chủ tịch UBND các huyện, thị xã, thành phố tập trung chỉ đạo quyết liệt, phấn đấu giải ngân toàn bộ vốn ngân sách trung ương năm 2024 trước ngày 31/01/2025. Các nhiệm vụ cụ thể như sau:"),
    ("landscape",),
    ("table", [1.2, 10.5, 4.5, 5.5, 3.8], [
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I", "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG"],
        ["1", "Rà soát, điều chuyển vốn sự nghiệp từ các huyện giải ngân thấp sang các huyện có nhu cầu, tham mưu UBND tỉnh quyết định", "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính; Sở Kế hoạch và Đầu tư", "Trước 15/11/2024"],
        ["2", "Hoàn thành hỗ trợ xây mới, sửa chữa 186 nhà ở cho hộ nghèo, hộ cận nghèo", "UBND huyện Hương Khê\nUBND huyện Vũ Quang", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Chậm nhất 31/12/2024"],
        ["3", "Tổ chức điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2024 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025", "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thị xã, thành phố", "Tháng 11/2024"],
        ["4", "Giải ngân vốn cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo từ nguồn vốn ngân sách tỉnh ủy thác", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Tĩnh", "", "Thường xuyên"],
        ["II", "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI"],
        ["5", "Thẩm định hồ sơ đề nghị xét công nhận 9 xã đạt chuẩn nông thôn mới nâng cao năm 2024", "Văn phòng Điều phối nông thôn mới tỉnh", "Các sở, ngành thành viên Ban Chỉ đạo", "Trước ngày 05/12/2024"],
        ["6", "Xây dựng kế hoạch thực hiện Chương trình OCOP năm 2025, nâng hạng 15 sản phẩm OCOP 4 sao", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương; Sở Khoa học và Công nghệ", "Quý I/2025"],
        ["7", "Tham mưu phân bổ kế hoạch vốn đầu tư phát triển năm 2025 thực hiện các chương trình mục tiêu quốc gia", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Trước 20/12/2024"],
        ["III", "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI"],
        ["8", "Hoàn thiện hồ sơ Dự án bố trí, ổn định dân cư tập trung bản Rào Tre cho đồng bào Chứt", "Ban Dân tộc tỉnh", "UBND huyện Hương Khê; Sở Xây dựng", "Trước 30 tháng 6 năm 2025"],
        ["9", "Báo cáo tiến độ thực hiện chương trình về Cơ quan thường trực Ban Chỉ đạo", "Ban Dân tộc tỉnh", "UBND các huyện Hương Khê, Vũ Quang", "Hằng quý"],
        ["IV", "NHIỆM VỤ CHUNG"],
        ["10", "Tổng hợp kết quả giải ngân của các chương trình, báo cáo Ban Chỉ đạo tại phiên họp cuối năm", "Sở Kế hoạch và Đầu tư", "Sở Tài chính; Kho bạc Nhà nước Hà Tĩnh", "Tháng 12/2024"],
        ["11", "Thành lập đoàn kiểm tra, giám sát việc thực hiện các chương trình tại các huyện giải ngân dưới 50% kế hoạch", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Trong 07 ngày làm việc kể từ ngày ký Thông báo"],
    ]),
    ("portrait",),
    ("p", "3. Giao Sở Lao động - Thương binh và Xã hội (Cơ quan thường trực Chương trình mục tiêu quốc gia giảm nghèo bền vững) đôn đốc các sở, ngành, địa phương thực hiện các nhiệm vụ tại Thông báo này, tổng hợp kết quả, báo cáo Ban Chỉ đạo trước ngày 25/12/2024."),
    ("p", "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
    ("sig", ["Nơi nhận:", "- Trưởng ban Ban Chỉ đạo (b/c);", "- Các thành viên Ban Chỉ đạo;", "- Các sở, ban, ngành liên quan;",
             "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, BCĐ."],
     ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH UBND TỈNH", "", "", "Nguyễn Hồng Lĩnh"]),
]

HAC = [
    ("header", ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "Số: 145/TB-UBND"], MOTTO + ["Hạc Thành, ngày 09 tháng 10 năm 2025"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của Chủ tịch UBND phường tại phiên họp UBND phường thường kỳ tháng 9 năm 2025"),
    ("p", "Ngày 07/10/2025, UBND phường Hạc Thành tổ chức phiên họp thường kỳ tháng 9 năm 2025 dưới sự chủ trì của đồng chí Hoàng Văn Khải, Chủ tịch UBND phường. Dự họp có các Phó Chủ tịch UBND phường; Trưởng Công an phường; Chỉ huy trưởng Ban Chỉ huy Quân sự phường; Trưởng các phòng, đơn vị thuộc UBND phường và Tổ trưởng các tổ dân phố khu vực trung tâm. Sau khi nghe Văn phòng HĐND và UBND phường báo cáo tình hình kinh tế - xã hội tháng 9, nhiệm vụ trọng tâm quý IV năm 2025 và ý kiến của các đại biểu, Chủ tịch UBND phường kết luận như sau:"),
    ("b", "1. Tình hình tháng 9 năm 2025"),
    ("p", "Sau ba tháng vận hành chính quyền địa phương hai cấp, bộ máy của phường hoạt động ổn định. Thu ngân sách trên địa bàn tháng 9 đạt 41,8 tỷ đồng, lũy kế 9 tháng đạt 86% dự toán; Trung tâm Phục vụ hành chính công phường tiếp nhận 3.920 hồ sơ, không có hồ sơ quá hạn. Lễ khai giảng năm học 2025 - 2026 tại 17 trường trên địa bàn diễn ra an toàn, trang trọng."),
    ("p", "Tuy nhiên, tình trạng lấn chiếm vỉa hè để kinh doanh tại các tuyến phố Lê Lợi, Phan Chu Trinh vẫn tái diễn; nhiều điểm ngập úng cục bộ sau các trận mưa lớn cuối tháng 9 chưa được khắc phục; tiến độ giải phóng mặt bằng dự án mở rộng đường Hạc Thành - Đông Hương còn chậm so với kế hoạch."),
    ("b", "2. Nhiệm vụ trọng tâm quý IV năm 2025"),
    ("p", "a) Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường lập lại trật tự vỉa hè, lòng đường trên các tuyến phố Lê Lợi, Phan Chu Trinh; ra quân đợt cao điểm trước ngày 15/10/2025."),
    ("p", "b) Phòng Kinh tế, Hạ tầng và Đô thị khảo sát, nạo vét hệ thống cống thoát nước tại các điểm ngập úng, hoàn thành trong tháng 10/2025; đồng thời đề xuất danh mục công trình chống ngập đưa vào kế hoạch đầu tư công năm 2026 của phường."),
    ("p", "c) Ban Quản lý dự án đầu tư xây dựng phường phối hợp với Trung tâm Phát triển quỹ đất tỉnh đẩy nhanh giải phóng mặt bằng Dự án mở rộng đường Hạc Thành - Đông Hương; bàn giao mặt bằng giai đoạn 1 cho nhà thầu trong quý IV/2025."),
    ("p", "d) Phòng Văn hóa - Xã hội chủ trì tổ chức các hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10 và Ngày Nhà giáo Việt Nam 20/11; rà soát, hỗ trợ học sinh có hoàn cảnh khó khăn tại các trường trên địa bàn phường."),
    ("p", "đ) Phòng Văn hóa - Xã hội phối hợp với Trạm Y tế phường triển khai chiến dịch phòng, chống sốt xuất huyết; phun hóa chất diệt muỗi tại các tổ dân phố có ổ dịch."),
    ("p", "e) Công an phường tăng cường tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông khu vực cổng trường học vào giờ tan học; báo cáo kết quả về UBND phường hằng tuần."),
    ("p", "g) Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Văn phòng HĐND và UBND phường xây dựng dự toán ngân sách phường năm 2026, trình UBND phường trước ngày 20/11/2025."),
    ("p", "h) Trung tâm Phục vụ hành chính công phường duy trì tiếp nhận hồ sơ ngoài giờ hành chính vào sáng thứ Bảy hằng tuần; hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình."),
    ("p", "i) Yêu cầu Tổ trưởng các tổ dân phố vận động các hộ kinh doanh không lấn chiếm vỉa hè, tổ chức ký cam kết trước ngày 31/10/2025."),
    ("p", "k) Đề nghị Ủy ban MTTQ Việt Nam phường phối hợp giám sát việc bồi thường, hỗ trợ, tái định cư cho các hộ dân thuộc Dự án mở rộng đường Hạc Thành - Đông Hương."),
    ("p", "UBND phường thông báo để các phòng, đơn vị và các tổ dân phố biết, thực hiện./."),
    ("sig", ["Nơi nhận:", "- UBND tỉnh (b/c);", "- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;",
             "- Các phòng, đơn vị thuộc UBND phường;", "- Các tổ dân phố;", "- Lưu: VT."],
     ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Khải"]),
]

DOCS = {
    "bo-noi-vu-2025-11-giao-ban.docx": BNV,
    "ha-tinh-2024-10-ban-chi-dao-mtqg.docx": HT,
    "phuong-hac-thanh-2025-09-thuong-ky.pdf": HAC,
}


# ---------------------------------------------------------------- .docx

def _borderless(table) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _runs(par, text: str, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Text with '\n' as a soft line break (w:br) inside one paragraph."""
    parts = text.split("\n")
    run = par.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        run.add_break()
        run = par.add_run(part)
        run.bold = bold


def _add_list(doc) -> int:  # type: ignore[no-untyped-def]
    """A two-level list (decimal '%1.' / bullet) in numbering.xml; returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 90, 90
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="850"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return num_id


def _set_num(par, num_id: int, ilvl: int) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    ppr = par._p.get_or_add_pPr()
    ppr.insert(1, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_docx(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(21), Cm(29.7)  # A4
    num_id = _add_list(doc) if any(b[0] in ("num", "bul") for b in blocks) else 0
    for blk in blocks:
        kind = blk[0]
        if kind in ("header", "sig"):
            t = doc.add_table(rows=1, cols=2)
            _borderless(t)
            for cell, lines, nbold in ((t.rows[0].cells[0], blk[1], 3 if kind == "header" else 1),
                                       (t.rows[0].cells[1], blk[2], 3)):
                for i, line in enumerate(lines):
                    par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    par.add_run(line).bold = i < nbold and not line.startswith("Số:")
        elif kind == "title":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(blk[1]).bold = True
        elif kind in ("p", "b"):
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            par.paragraph_format.first_line_indent = Cm(1)
            _runs(par, blk[1], kind == "b")
        elif kind in ("num", "bul"):
            par = doc.add_paragraph(style="List Paragraph")
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _set_num(par, num_id, 0 if kind == "num" else 1)
            _runs(par, blk[1])
        elif kind in ("landscape", "portrait"):
            sec = doc.add_section()
            want = WD_ORIENT.LANDSCAPE if kind == "landscape" else WD_ORIENT.PORTRAIT
            if sec.orientation != want:
                sec.orientation = want
                sec.page_width, sec.page_height = sec.page_height, sec.page_width
        elif kind == "table":
            widths, rows = blk[1], blk[2]
            ncol = len(widths)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                if len(row) == 2 and ncol > 2:
                    cells[0].paragraphs[0].add_run(row[0]).bold = True
                    cells[1].merge(cells[ncol - 1]).paragraphs[0].add_run(row[1]).bold = True
                    continue
                for ci, text in enumerate(row):
                    parts = text.split("\n")
                    cells[ci].paragraphs[0].add_run(parts[0]).bold = ri == 0
                    for extra in parts[1:]:
                        cells[ci].add_paragraph(extra)
                    cells[ci].width = Cm(widths[ci])
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.save(path)
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- .pdf

def write_pdf(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    from fpdf import FPDF

    class Notice(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 10, f"Trang {self.page_no()}", align="C")

    pdf = Notice(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_page()
    w = pdf.epw
    for blk in blocks:
        kind = blk[0]
        if kind in ("header", "sig"):
            # two columns side by side: left 42% / right 58%, each line centred in its column
            lw, rw = w * 0.42, w * 0.58
            top = pdf.get_y()
            n = max(len(blk[1]), len(blk[2]))
            for i in range(n):
                y = top + i * 5.2
                for x, cw, lines, bold in ((pdf.l_margin, lw, blk[1], kind == "header"),
                                           (pdf.l_margin + lw, rw, blk[2], True)):
                    if i < len(lines) and lines[i]:
                        line = lines[i]
                        b = bold and not line.startswith(("Số:", "Hạc Thành,", "- ", "Nơi nhận"))
                        if kind == "sig" and cw == lw:
                            b = line == "Nơi nhận:"
                        pdf.set_font("DejaVu", "B" if b else "", 9.5 if kind == "sig" and cw == lw else 10)
                        pdf.set_xy(x, y)
                        pdf.cell(cw, 5.2, line, align="L" if kind == "sig" and cw == lw else "C")
            pdf.set_xy(pdf.l_margin, top + n * 5.2 + 5)
        elif kind == "title":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("p", "b"):
            pdf.set_font("DejaVu", "B" if kind == "b" else "", 10.5)
            pdf.multi_cell(w, 5.8, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
    pdf.output(path)


def main() -> None:
    for name, blocks in DOCS.items():
        path = os.path.join(HERE, name)
        (write_docx if name.endswith(".docx") else write_pdf)(blocks, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
