"""Which ";"-clauses of a paragraph are tasks of their own (ingest/extract/clauses.py): each test
names the genre feature and uses its own short example."""

from datetime import date

from .notice_text import leads, notice


def _dates(ng: object) -> list[date | None]:
    return [d.deadline.date if d.deadline else None for d in ng.directives]  # type: ignore[attr-defined]


def test_closing_completion_dates_every_task_of_the_colon_list() -> None:
    """"Sở X: task; task; hoàn thành trong quý IV/2025." The closing completion is the deadline
    of each listed task that names none."""
    ng = notice("""II. NHIỆM VỤ

Sở Nông nghiệp và Môi trường: giải quyết dứt điểm các hồ sơ đất đai tồn đọng; công khai danh \
sách hồ sơ trễ hạn tại bộ phận một cửa; hoàn thành trong quý IV/2025.""")
    assert len(ng.directives) == 2
    assert _dates(ng) == [date(2025, 12, 31)] * 2


def test_every_verb_clause_of_the_colon_list_is_a_duty() -> None:
    """In the colon form a clause opening "bảo đảm" or "công bố" is a listed duty, not the aim
    of the one before it."""
    ng = notice("""II. NHIỆM VỤ

Cục Khảo thí: công bố lịch thi năm 2026 cho các địa phương; bảo đảm hệ thống đăng ký dự thi \
trực tuyến hoạt động thông suốt.""")
    assert len(ng.directives) == 2
    assert leads(ng) == [["Cục Khảo thí"]] * 2


def test_aim_and_one_off_report_stay_with_their_dated_task() -> None:
    """A narrative paragraph with two dated tasks: "; bảo đảm ..." (the aim) and "; báo cáo UBND
    tỉnh trước ..." (the report on that task) belong to the task before them."""
    ng = notice("""II. NHIỆM VỤ

1. Giao Sở Giáo dục và Đào tạo kiểm tra điều kiện bán trú trước ngày 10/11/2025; bảo đảm học \
sinh vùng cao có đủ chăn ấm; báo cáo UBND tỉnh trước ngày 15/11/2025; tổ chức tập huấn giáo \
viên mầm non trong tháng 12/2025.""")
    assert len(ng.directives) == 2
    assert "bảo đảm học sinh" in ng.directives[0].text
    assert "báo cáo UBND tỉnh" in ng.directives[0].text
    assert _dates(ng) == [date(2025, 11, 10), date(2025, 12, 31)]


def test_recurring_report_is_a_standing_duty_of_its_own() -> None:
    """Between dated tasks, "; báo cáo kết quả trước ngày 20 hằng tháng" is a duty of its own (a
    rhythm, no deadline), while a follow-up duty "theo dõi, đôn đốc" keeps its reports."""
    ng = notice("""II. NHIỆM VỤ

1. Giao Chi cục Thú y tiêm phòng đàn gia súc trước ngày 30/11/2025; báo cáo kết quả tiêm phòng \
trước ngày 20 hằng tháng; tổ chức tổng kết công tác thú y trước ngày 15/12/2025.

2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp kết quả, báo cáo tại phiên họp thường \
kỳ hằng tháng; chuẩn bị nội dung phiên họp tháng 12 trước ngày 05/12/2025; tổ chức tổng kết \
năm trước ngày 20/12/2025.""")
    assert len(ng.directives) == 6
    assert ng.directives[1].text.startswith("báo cáo kết quả tiêm phòng")
    assert ng.directives[1].deadline is None and ng.directives[1].recurrence is not None
    assert "tổng hợp kết quả" in ng.directives[3].text


def test_semicolon_tasks_inside_an_assigning_sentence() -> None:
    """An ordinal paragraph of assigning sentences, one of them holding two dated ";"-tasks:
    one directive per task, the sentence's lead on both."""
    ng = notice("""II. NHIỆM VỤ

Thứ nhất, về an sinh xã hội. Giao Sở Y tế rà soát hộ nghèo bị ảnh hưởng bởi lũ trước ngày \
20/11/2025; xây dựng kế hoạch tặng quà Tết, hoàn thành trước ngày 31/12/2025. Giao Sở Nội vụ \
bố trí công chức cho các xã còn thiếu.""")
    assert leads(ng) == [["Sở Y tế"], ["Sở Y tế"], ["Sở Nội vụ"]]
    assert _dates(ng) == [date(2025, 11, 20), date(2025, 12, 31), None]


def test_la_ordinal_paragraph_with_one_task_after_its_title() -> None:
    """"Một là, về X. Cục A ...": the other ordinal series; a field title sentence, then one
    sentence that assigns: one directive (without the title), led by its subject."""
    ng = notice("""2. Nhiệm vụ trong thời gian tới

Một là, về tiêm chủng. Sở Y tế theo dõi chặt chẽ diễn biến dịch sởi; hướng dẫn các xã tiêm vét \
cho trẻ em, hoàn thành trước ngày 30/6/2025.

Hai là, về an toàn thực phẩm. Giao Chi cục Thú y kiểm tra các cơ sở giết mổ. \
Giao Sở Công Thương kiểm tra các chợ đầu mối.""")
    assert leads(ng) == [["Sở Y tế"], ["Chi cục Thú y"], ["Sở Công Thương"]]
    assert ng.directives[0].text.startswith("Sở Y tế theo dõi")
    assert [d.section for d in ng.directives] == ["2.1.s1", "2.2.s1", "2.2.s2"]
