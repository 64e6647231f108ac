"""Session 7 (issue 18): the directives of stock wording, added as a section "4. Các nhiệm vụ
khác" of months 3-11."""

from __future__ import annotations

from names import Item

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
