"""More layouts of the genre, read by content: each test names the feature it checks and uses its
own short example text."""

from datetime import date

from ingest.extract.roles import assignment
from ingest.resolve import get_resolver
from ingest.structure import blocks

from .notice_text import leads, notice

R = get_resolver("Lào Cai")


def test_sentences_each_opening_with_giao_are_separate_tasks() -> None:
    """"Thứ nhất, về X. Giao Sở A ... . Giao Sở B ... ." — one task per assigning sentence; the
    first sentence is their title."""
    ng = notice("""II. NHIỆM VỤ

Thứ nhất, về phòng chống thiên tai. Giao Sở Nông nghiệp và Môi trường thống kê thiệt hại do \
lũ, xong trước ngày 20/4/2025. Giao Sở Xây dựng khắc phục các điểm sạt lở trên đường tỉnh. \
Yêu cầu Công an tỉnh bảo đảm an ninh trật tự vùng lũ.""")
    assert leads(ng) == [["Sở Nông nghiệp và Môi trường"], ["Sở Xây dựng"], ["Công an tỉnh"]]
    assert ng.directives[0].deadline is not None and ng.directives[1].deadline is None
    assert ng.directives[0].headings[-1] == "Thứ nhất, về phòng chống thiên tai"
    for d in ng.directives:
        assert ng.text[d.span[0]:d.span[1]] == d.text


def test_one_assigning_sentence_after_an_approval_is_one_task() -> None:
    ng = notice("""III. CÁC NỘI DUNG KHÁC

1. Thống nhất thông qua dự thảo Nghị quyết về chính sách hỗ trợ sản xuất. Giao Sở Tư pháp \
hoàn thiện hồ sơ, trình HĐND tỉnh trước ngày 20/5/2025.""")
    assert leads(ng) == [["Sở Tư pháp"]]


def test_indented_list_items_nest_under_the_item_above() -> None:
    """Markdown sub-bullets ("  * ") belong to the bullet above them, which names the body."""
    ng = notice("""II. NHIỆM VỤ

* Sở Y tế:
  * Tăng cường giám sát dịch sốt xuất huyết.
  * Bảo đảm thuốc, vật tư cho các trạm y tế.

* Sở Giáo dục và Đào tạo: chuẩn bị kỳ thi tuyển sinh lớp 10.""")
    assert leads(ng) == [["Sở Y tế"], ["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]]


def test_page_number_between_halves_of_a_paragraph_is_dropped() -> None:
    text = "a) Giao Sở Y tế chủ trì bảo đảm thuốc cho người bệnh, không để người bệnh phải\n\n" \
        "3\n\ntự mua thuốc."
    bs = blocks(text)
    assert len(bs) == 1 and bs[0].text.endswith("phải tự mua thuốc.")


def test_heading_that_is_a_name_leads_its_bullets() -> None:
    ng = notice("""II. NHIỆM VỤ

Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện các nhiệm vụ sau:

1. Sở Kế hoạch và Đầu tư

- Rà soát kế hoạch vốn đầu tư công năm 2025.

2. Sở Giao thông vận tải

- Bổ sung biển báo tại các nút giao nguy hiểm.""")
    assert leads(ng) == [["Sở Kế hoạch và Đầu tư"], ["Sở Giao thông vận tải"]]


def test_the_chair_speaks_and_the_addressee_leads() -> None:
    """"Chủ tịch UBND tỉnh yêu cầu X ...": the chair assigns, X leads (the chair never does)."""
    r = assignment(R, "Chủ tịch UBND tỉnh yêu cầu Sở Tài chính khẩn trương giải ngân vốn.")
    assert [a.name for a in r.lead] == ["Sở Tài chính"]


def test_modal_subject_with_two_bodies() -> None:
    r = assignment(R, "Các bệnh viện và Trung tâm Y tế huyện được mua sắm thuốc trong trường "
                      "hợp cấp bách.")
    assert [a.name for a in r.lead] == ["Các bệnh viện", "Trung tâm Y tế huyện"]


def test_completion_clause_is_the_deadline_of_the_task_before_it() -> None:
    ng = notice("""II. NHIỆM VỤ

- Sở Nội vụ: kiện toàn lãnh đạo các phòng chuyên môn sau sắp xếp; hoàn thành trong quý II/2025.""")
    assert len(ng.directives) == 1
    assert ng.directives[0].deadline is not None
    assert ng.directives[0].deadline.date == date(2025, 6, 30)


def test_deadline_line_belongs_to_the_task_above() -> None:
    """"Thời gian hoàn thành: ..." on its own line after a numbered task."""
    ng = notice("""II. NHIỆM VỤ

2.1. Sở Công Thương chủ trì tổ chức hội nghị xúc tiến thương mại nông sản.
Thời gian hoàn thành: trong quý III/2025.

2.2. Sở Y tế giám sát dịch bệnh mùa mưa.
Thời gian thực hiện: thường xuyên.""")
    assert len(ng.directives) == 2 and not ng.unclassified
    assert ng.directives[0].deadline is not None
    assert ng.directives[0].deadline.date == date(2025, 9, 30)
    assert ng.directives[1].deadline is None


def test_closing_after_a_numbered_task_is_not_its_child() -> None:
    ng = notice("""II. NHIỆM VỤ

3. Thủ trưởng các cơ quan, đơn vị theo chức năng, nhiệm vụ chủ động triển khai các nhiệm vụ \
được giao.""")
    assert len(ng.directives) == 1


def test_reported_state_is_not_a_task_but_dang_ky_is_not_dang() -> None:
    """"đang" reports a state; "đăng ký" (register) is a task verb's object."""
    ng = notice("""II. NHIỆM VỤ

b) Bộ Y tế:

- Rà soát quy trình cấp số đăng ký lưu hành thuốc.""")
    assert len(ng.directives) == 1


def test_named_unknown_supporter_after_phoi_hop_is_kept() -> None:
    """"phối hợp với Cảng Vũng Áng khảo sát ..." names a body the gazetteer does not know."""
    r = assignment(R, "Sở Xây dựng chủ trì, phối hợp với Cảng Vũng Áng khảo sát tuyến vận tải.")
    assert [a.name for a in r.support] == ["Cảng Vũng Áng"] and not r.support[0].known


def test_generic_partners_are_not_supporters() -> None:
    r = assignment(R, "Giao Sở Nội vụ chủ trì, phối hợp các cơ quan, địa phương hoàn thành "
                      "đánh giá chỉ số cải cách hành chính.")
    assert r.support == []


def test_capitalised_words_belong_to_a_name_not_to_the_verb() -> None:
    """"Trung tâm Kiểm soát bệnh tật tỉnh chủ trì": "Kiểm soát" is part of the name."""
    r = assignment(R, "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì phun hóa chất tại các ổ dịch.")
    assert [a.name for a in r.lead] == ["Trung tâm Kiểm soát bệnh tật tỉnh"]
