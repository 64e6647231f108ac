"""Several tasks in one paragraph (";"), task tables (tab rows, columns by header names) and
appendices: each test names the genre feature and uses its own short example."""

from datetime import date

from ingest.extract.directives import Walk, walk
from ingest.extract.tables import cell_deadline, header
from ingest.resolve import get_resolver
from ingest.structure import blocks, clean

from .notice_text import CLOSING, leads, notice


def test_agency_colon_paragraph_lists_tasks_split_by_semicolon() -> None:
    """"Sở X: task; task; task" is a bullet list written inline: one directive per task, each
    with its own exact sub-span and deadline, all led by X."""
    ng = notice("""II. NHIỆM VỤ

Sở Tài chính: chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát nguồn thu ngân sách; tổng hợp \
danh mục dự án chậm giải ngân, tham mưu UBND tỉnh điều chuyển vốn trước ngày 15/4/2025; hướng \
dẫn các xã lập dự toán năm 2026.""")
    assert [d.section for d in ng.directives] == ["II.p1.c1", "II.p1.c2", "II.p1.c3"]
    assert leads(ng) == [["Sở Tài chính"]] * 3
    assert [a.name for a in ng.directives[0].support] == ["Kho bạc Nhà nước tỉnh"]
    assert [d.deadline is not None for d in ng.directives] == [False, True, False]
    for d in ng.directives:
        assert clean(ng.text[d.span[0]:d.span[1]]) == d.text
    assert ng.directives[1].text.startswith("tổng hợp danh mục")


def test_semicolon_elaboration_stays_with_its_task() -> None:
    """"; trong đó ...", "; đồng thời, làm cơ sở ..." elaborate the clause before them."""
    ng = notice("""II. NHIỆM VỤ

Sở Nội vụ: chủ trì tổ chức các hoạt động kỷ niệm ngày Thương binh - Liệt sĩ; trong đó chú trọng \
công tác tri ân các gia đình chính sách.""")
    assert len(ng.directives) == 1


def test_one_assignment_joined_by_semicolons_is_one_task() -> None:
    """"Giao X chủ trì rà soát ...; tham mưu ..., hoàn thành trước ..." is one assignment."""
    ng = notice("""II. NHIỆM VỤ

1. Giao Sở Kế hoạch và Đầu tư chủ trì rà soát kế hoạch vốn; tham mưu UBND tỉnh điều chuyển vốn, \
hoàn thành trước ngày 10/5/2025.""")
    assert len(ng.directives) == 1 and ng.directives[0].deadline is not None


def test_clauses_with_their_own_deadlines_are_separate_tasks() -> None:
    ng = notice("""II. NHIỆM VỤ

1. Giao Sở Xây dựng hoàn thiện hồ sơ điều chỉnh dự án, trình UBND tỉnh trước ngày 30/4/2025; \
chỉ đạo khắc phục các điểm sạt lở trên đường tỉnh, hoàn thành trong tháng 5/2025.""")
    assert [d.deadline.date if d.deadline else None for d in ng.directives] == [
        date(2025, 4, 30), date(2025, 5, 31)]
    assert leads(ng) == [["Sở Xây dựng"]] * 2


TABLE = "\n".join([
    "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn",
    "I. Lĩnh vực giao thông",
    "1\tRà soát tiến độ các gói thầu cao tốc.\tSở Xây dựng\t"
    "Ban Quản lý dự án 1; Ban Quản lý dự án 2\t31/12/2025",
    "2\tLập phương án bảo trì cầu yếu.\tSở Xây dựng\t\tQuý I/2026",
    "II. Lĩnh vực y tế",
    "3\tKiểm tra an toàn thực phẩm bếp ăn tập thể.\tSở Y tế\tCông an tỉnh\tThường xuyên",
])


def test_task_table_rows_are_directives_with_columns_by_header_name() -> None:
    ng = notice(f"II. NHIỆM VỤ\n\n{TABLE}")
    assert len(ng.directives) == 3
    first, second, third = ng.directives
    assert first.text == "Rà soát tiến độ các gói thầu cao tốc."
    assert ng.text[first.span[0]:first.span[1]] == first.text  # the content cell's span
    assert [a.name for a in first.lead] == ["Sở Xây dựng"]
    assert len(first.support) == 2  # several bodies in one cell
    assert first.deadline is not None and first.deadline.date == date(2025, 12, 31)
    assert second.deadline is not None and second.deadline.date == date(2026, 3, 31)
    assert third.deadline is None  # "Thường xuyên" is a recurrence, not a deadline
    assert first.headings[-1] == "I. Lĩnh vực giao thông"  # merged group row as heading
    assert third.headings[-1] == "II. Lĩnh vực y tế" and "I. Lĩnh vực giao thông" not in \
        third.headings
    assert [d.section for d in ng.directives] == ["II.I.r1", "II.I.r2", "II.II.r3"]


def test_header_names_find_columns() -> None:
    cols = header(["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp",
                   "Thời gian hoàn thành"])
    assert cols is not None
    assert (cols.order, cols.content, cols.lead, cols.support, cols.deadline) == (0, 1, 2, 3, 4)
    assert header(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]) is None


def test_deadline_column_bare_dates() -> None:
    ref = date(2025, 11, 7)
    found = cell_deadline("Tháng 12/2025", ref)
    assert found is not None and found.date == date(2025, 12, 31) and found.text == "Tháng 12/2025"
    assert cell_deadline("Trước 20/11/2025", ref) is not None
    assert cell_deadline("Thường xuyên", ref) is None


def test_table_without_task_header_is_unclassified() -> None:
    ng = notice("II. NHIỆM VỤ\n\n1. Giao Sở Y tế kiểm tra.\n\nChỉ tiêu\tKế hoạch\tThực hiện\n"
                "Tăng trưởng GRDP\t8%\t7,2%")
    assert len(ng.directives) == 1
    assert [u.text for u in ng.unclassified] == ["Chỉ tiêu | Kế hoạch | Thực hiện",
                                                 "Tăng trưởng GRDP | 8% | 7,2%"]


def test_appendix_after_the_signature_is_body() -> None:
    """A task table in an appendix ("PHỤ LỤC") after the closing and the signature."""
    body = "I. NHIỆM VỤ\n\n1. Giao Sở Y tế kiểm tra an toàn thực phẩm.\n\n" + CLOSING + \
        "\n\nTL. CHỦ TỊCH\n\nNguyễn Văn Bình\n\nPHỤ LỤC\n\nNHIỆM VỤ GIAO TẠI PHIÊN HỌP\n\n" \
        "(Kèm theo Thông báo số 12/TB-UBND ngày 07/4/2025)\n\n" + TABLE
    ng = notice(body, tail="\n")
    assert len(ng.directives) == 4 and not ng.unclassified
    assert ng.directives[1].section.startswith("PL")
    assert ng.directives[1].headings[0] == "PHỤ LỤC"


def test_walk_skips_what_follows_the_closing_up_to_an_appendix() -> None:
    text = "1. Giao Sở Y tế kiểm tra.\n\n" + CLOSING + "\n\nTL. CHỦ TỊCH\n\nNguyễn Văn Bình\n\n" \
        "PHỤ LỤC\n\n" + TABLE
    w = Walk("m", date(2025, 4, 7), get_resolver("Lào Cai"), text)
    walk(blocks(text), w)
    assert len(w.directives) == 4 and not w.unclassified


def test_lead_cell_with_both_role_labels() -> None:
    """A task table whose one roles column reads "Chủ trì: X; Phối hợp: Y; Z"."""
    table = "\n".join([
        "Nội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành",
        "Giải phóng mặt bằng khu công nghiệp.\tChủ trì: Sở Xây dựng; Phối hợp: Sở Tài chính; "
        "Sở Nội vụ\tTrước Tết Nguyên đán",
    ])
    ng = notice(f"II. NHIỆM VỤ\n\n{table}")
    d = ng.directives[0]
    assert [a.name for a in d.lead] == ["Sở Xây dựng"]
    assert [a.name for a in d.support] == ["Sở Tài chính", "Sở Nội vụ"]
    assert d.deadline is not None  # a lunar-new-year deadline written without digits


def test_role_word_in_assessment_prose_is_not_a_task() -> None:
    """Before any task section, "phối hợp nhịp nhàng" describes, it does not assign."""
    ng = notice("""Sau hơn 5 năm thành lập, khu kinh tế đã thu hút 37 dự án; các sở phối hợp nhịp \
nhàng trong giải quyết thủ tục.

I. NHIỆM VỤ

1. Giao Sở Y tế kiểm tra an toàn thực phẩm.""")
    assert len(ng.directives) == 1 and len(ng.findings) == 1


def test_later_clause_with_its_own_assignee_is_its_own_task() -> None:
    """"Đề nghị X ...; Sở Y theo dõi, báo cáo ..." — two tasks, two leads."""
    ng = notice("""II. NHIỆM VỤ

Đề nghị Công ty Điện lực tỉnh sớm hoàn thành đường dây cấp điện cho khu công nghiệp; Sở Công \
Thương theo dõi, đôn đốc, báo cáo UBND tỉnh hằng tháng.""")
    assert [[a.name for a in d.lead][-1:] for d in ng.directives][1] == ["Sở Công Thương"]
    assert ng.directives[0].requested and not ng.directives[1].requested


def test_semicolon_between_two_addressees_is_not_a_task_break() -> None:
    """"Người đứng đầu các sở, ngành; Chủ tịch UBND cấp xã chịu trách nhiệm ...": a list."""
    ng = notice("""II. NHIỆM VỤ

b) Người đứng đầu các sở, ngành; Chủ tịch UBND cấp xã chịu trách nhiệm về tiến độ giải ngân.""")
    assert len(ng.directives) == 1
