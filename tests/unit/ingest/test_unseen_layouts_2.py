"""Genre features the blind eval/holdout-2 notices showed the parser did not know (session 15),
each with its own short example.

A conclusion written as prose: a paragraph reports first ("... đã được triển khai sớm.",
"Tuy vậy, ... mới đạt 58%") and then assigns in its later sentences. The report is a finding, each
assigning sentence a directive with its own span; in an assessment section only an assignment
verb starts the tasks, so an agency that is the subject of a report stays in the finding."""

from tests.unit.ingest.notice_text import leads, notice, spans_exact

PROSE = """Công tác phòng, chống dịch bệnh trên đàn gia súc đã được các địa phương triển khai \
quyết liệt, tỷ lệ tiêm phòng đạt 92%. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND \
các xã tổ chức tiêm phòng bổ sung đợt 2 trước ngày 30/4/2025.

Tuy vậy, giải ngân vốn các chương trình mục tiêu quốc gia mới đạt 18% kế hoạch. Sở Tài chính \
tổng hợp danh mục dự án chậm giải ngân, báo cáo UBND tỉnh trước ngày 15/4/2025; Sở Dân tộc và \
Tôn giáo hướng dẫn các xã hoàn thiện hồ sơ hỗ trợ nhà ở trong quý II/2025."""

ASSESSMENT = """I. ĐÁNH GIÁ TÌNH HÌNH

Các sở sau hợp nhất đã ổn định tổ chức. Sở Nội vụ đã hoàn thành thẩm định đề án vị trí việc \
làm của 12 cơ quan. Đồng thời, yêu cầu Sở Nội vụ hướng dẫn các xã bố trí công chức chuyên môn \
trước ngày 20/4/2025.

II. NHIỆM VỤ TRỌNG TÂM

1. Sở Y tế chủ trì triển khai chiến dịch tiêm vắc xin sởi trước ngày 30/4/2025."""


def test_a_paragraph_that_reports_then_assigns_is_a_finding_and_its_tasks() -> None:
    ng = notice(PROSE)
    assert leads(ng) == [["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"],
                         ["Sở Dân tộc và Tôn giáo"]]
    assert [d.deadline.date.isoformat() for d in ng.directives if d.deadline] == [
        "2025-04-30", "2025-04-15", "2025-06-30"]
    assert ng.directives[0].text.startswith("Giao Sở Nông nghiệp") and spans_exact(ng)
    reports = [f.text for f in ng.findings]
    assert any(t.startswith("Công tác phòng, chống dịch") and t.endswith("đạt 92%.")
               for t in reports)
    assert any(t.startswith("Tuy vậy, giải ngân") for t in reports)
    assert [f.kind for f in ng.findings if f.text.startswith("Tuy vậy")] == ["limitation"]


def test_in_an_assessment_section_only_an_assignment_verb_starts_the_tasks() -> None:
    ng = notice(ASSESSMENT)
    assert leads(ng) == [["Sở Nội vụ"], ["Sở Y tế"]]
    assert ng.directives[0].text.startswith("Đồng thời, yêu cầu Sở Nội vụ")
    assert any(f.text.startswith("Các sở sau hợp nhất") and "12 cơ quan" in f.text
               for f in ng.findings)


def test_an_academy_is_a_body_that_leads_its_own_item() -> None:
    """"Học viện ..." heads a body's name like "Trường", "Viện": under a collective heading, an
    item that opens with an academy is that academy's task."""
    ng = notice("""2. Các cơ quan, đơn vị thuộc tỉnh:

- Sở Nội vụ rà soát nhu cầu bồi dưỡng công chức cấp xã trước ngày 15/5/2025.

- Học viện Cán bộ tỉnh phối hợp với Sở Nội vụ mở lớp bồi dưỡng kỹ năng số cho công chức cấp xã \
trước ngày 30/6/2025.""")
    assert leads(ng)[-1] == ["Học viện Cán bộ tỉnh"]
    assert [a.name for a in ng.directives[-1].support] == ["Sở Nội vụ"]
