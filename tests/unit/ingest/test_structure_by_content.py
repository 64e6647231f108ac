"""Structure read from content, not from the marker: each test names the genre feature it checks
and uses its own short example text."""

from ingest.extract import blocks as feat
from ingest.structure import blocks

from .notice_text import leads, notice, spans_exact


def test_numbered_full_sentences_are_tasks_not_headings() -> None:
    ng = notice("""I. NHIỆM VỤ TRỌNG TÂM

1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát trang thiết bị y tế tuyến xã, báo \
cáo UBND tỉnh trước ngày 20/4/2025.

2. Giao Sở Xây dựng kiểm tra an toàn các công trình công cộng trước mùa mưa bão.""")
    assert [d.section for d in ng.directives] == ["I.1", "I.2"]
    assert leads(ng) == [["Sở Y tế"], ["Sở Xây dựng"]]
    assert [a.name for a in ng.directives[0].support] == ["Sở Tài chính"]
    assert spans_exact(ng)


def test_numbered_title_with_children_is_a_heading() -> None:
    ng = notice("""II. NHIỆM VỤ THỜI GIAN TỚI

1. Về y tế, giáo dục

a) Sở Y tế tăng cường giám sát dịch bệnh mùa hè.

b) Sở Giáo dục và Đào tạo chuẩn bị kỳ tuyển sinh lớp 10.""")
    assert [d.section for d in ng.directives] == ["II.1.a", "II.1.b"]
    assert ng.directives[0].headings[-1] == "Về y tế, giáo dục"


def test_section_number_without_assignee_heads_its_items() -> None:
    """An imperative section title ("2. Tập trung tháo gỡ ...") still heads its lettered items
    when it names nobody."""
    ng = notice("""II. NHIỆM VỤ

2. Tập trung tháo gỡ khó khăn trong giải phóng mặt bằng các dự án trọng điểm.

a) Giao Sở Nông nghiệp và Môi trường chủ trì lập danh mục dự án vướng mặt bằng.""")
    assert [d.section for d in ng.directives] == ["II.2.a"]


def test_task_with_bullets_gives_its_lead_not_its_support() -> None:
    """"1. Giao X chủ trì, phối hợp với Y ... Đồng thời:" + bullets: the bullets are X's tasks;
    Y was named for the item's own action."""
    ng = notice("""II. NHIỆM VỤ

1. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát kế hoạch vốn năm 2025. \
Đồng thời:

- Tổng hợp tỷ lệ giải ngân của từng chủ đầu tư, báo cáo UBND tỉnh hằng tuần.

- Đề xuất điều chuyển vốn của các dự án chậm giải ngân trong tháng 4/2025.""")
    assert [d.section for d in ng.directives] == ["II.1", "II.1.b1", "II.1.b2"]
    assert leads(ng) == [["Sở Tài chính"]] * 3
    assert [a.name for a in ng.directives[1].support] == []


def test_agency_heading_gives_lead_to_its_bullets() -> None:
    ng = notice("""II. NHIỆM VỤ

a) Sở Công Thương:

- Tăng cường kiểm tra thị trường dịp lễ.

- Chủ động bảo đảm nguồn cung hàng hóa thiết yếu.""")
    assert leads(ng) == [["Sở Công Thương"], ["Sở Công Thương"]]


def test_agency_colon_paragraph_leads_its_text() -> None:
    ng = notice("""II. NHIỆM VỤ

Sở Tư pháp: chủ trì thẩm định các dự thảo văn bản quy phạm pháp luật trình HĐND tỉnh.""")
    assert leads(ng) == [["Sở Tư pháp"]]


def test_doi_voi_paragraph_heading_with_bullets() -> None:
    ng = notice("""II. NHIỆM VỤ

Đối với Sở Nội vụ:

- Hoàn thiện đề án vị trí việc làm của các xã.

- Tổ chức thi tuyển công chức cấp xã trong quý II/2025.""")
    assert leads(ng) == [["Sở Nội vụ"], ["Sở Nội vụ"]]
    assert ng.directives[1].deadline is not None


def test_ordinal_items_are_tasks() -> None:
    ng = notice("""II. NHIỆM VỤ

Thứ nhất, giao Sở Nội vụ chủ trì rà soát biên chế các cơ quan hành chính.

Thứ hai, giao Sở Tài chính bố trí kinh phí thực hiện chính sách tinh giản.""")
    assert [d.section for d in ng.directives] == ["II.1", "II.2"]
    assert leads(ng) == [["Sở Nội vụ"], ["Sở Tài chính"]]


def test_unnumbered_field_headings_replace_each_other() -> None:
    ng = notice("""KẾT LUẬN:

Về hạ tầng:

- Sở Xây dựng kiểm tra an toàn các chung cư cũ.

Về an sinh xã hội:

- Sở Y tế bảo đảm thuốc cho các trạm y tế vùng lũ.""")
    assert [d.headings[-1] for d in ng.directives] == ["Về hạ tầng:", "Về an sinh xã hội:"]
    assert all("Về hạ tầng:" not in d.headings for d in ng.directives[1:])


def test_paren_number_items_and_plus_bullets() -> None:
    ng = notice("""II. NHIỆM VỤ THÁNG 4

1) Về giáo dục

+ Giao Phòng Văn hóa - Xã hội chủ trì rà soát phòng học các điểm trường lẻ.

+ Trưởng các thôn vận động học sinh bỏ học trở lại lớp.""")
    assert len(ng.directives) == 2
    assert ng.directives[0].headings[-1] == "Về giáo dục"


def test_preamble_is_not_a_directive() -> None:
    """"Ngày ..., UBND tỉnh tổ chức ... chủ trì" and "Sau khi nghe ..., kết luận như sau:"
    name a chair and bodies but assign nothing."""
    ng = notice("""I. NHIỆM VỤ

1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm.""")
    assert [d.text[:6] for d in ng.directives] == ["Giao S"]
    assert not ng.unclassified


def test_closing_recipients_and_signature_are_skipped() -> None:
    tail = "\n\nChủ tịch UBND tỉnh thông báo kết luận để các sở, ngành biết, thực hiện./.\n\n" \
        "TL. CHỦ TỊCH\n\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Bình\n"
    ng = notice("""I. NHIỆM VỤ

1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm.""", tail=tail)
    assert len(ng.directives) == 1 and not ng.unclassified


def test_assessment_paragraphs_are_findings_with_kinds() -> None:
    ng = notice("""I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 3

Thu ngân sách quý I đạt 28% dự toán, tăng 12% so với cùng kỳ.

Tuy nhiên, giải ngân vốn đầu tư công còn chậm.

II. NHIỆM VỤ THÁNG 4

1. Giao Sở Tài chính đôn đốc giải ngân vốn đầu tư công.""")
    assert [f.kind for f in ng.findings] == ["achievement", "limitation"]
    assert len(ng.directives) == 1


def test_chair_statement_is_context_not_a_task() -> None:
    ng = notice("""II. NHIỆM VỤ

Chủ tịch UBND tỉnh nhấn mạnh: an toàn giao thông là nhiệm vụ thường xuyên.

1. Giao Công an tỉnh tăng cường tuần tra kiểm soát.""")
    assert len(ng.directives) == 1
    assert [f.kind for f in ng.findings] == ["context"]


def test_web_copy_one_line_paragraphs_and_wrapped_lines() -> None:
    """A web copy puts each paragraph on one line with single newlines; a PDF wraps a sentence
    over lines. The first are separate blocks, the second one block."""
    web = "I. NHIỆM VỤ\n1. Giao Sở Y tế kiểm tra.\n2. Giao Sở Xây dựng rà soát."
    assert [b.kind for b in blocks(web)] == ["roman", "num", "num"]
    wrapped = ("Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra công tác\n"
               "phòng chống dịch bệnh tại các trường học.")
    assert len(blocks(wrapped)) == 1


def test_heading_features() -> None:
    assert feat.reads_as_heading("Về an sinh xã hội")
    assert not feat.reads_as_heading("Giao Sở Y tế kiểm tra an toàn thực phẩm.")
    assert feat.is_intro("Giao Ban Quản lý dự án chủ trì, phối hợp với các cơ quan liên quan:")
    assert not feat.is_intro("Giao Sở A rà soát vốn. Đồng thời:")
    assert feat.is_known_title("Nhiệm vụ trọng tâm thời gian tới")
    assert feat.is_preamble("Sau khi nghe Sở Tài chính báo cáo, Chủ tịch kết luận như sau:")
    assert feat.is_closing("Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.")
