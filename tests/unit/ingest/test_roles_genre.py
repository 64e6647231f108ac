"""Lead and support as Vietnamese administrations assign them: each test names the rule and uses
its own short example."""

from ingest.contract import coverage_warning, parse_json
from ingest.extract.roles import assignment
from ingest.resolve import get_resolver

from .notice_text import notice

R = get_resolver("Lào Cai")


def names(refs: list) -> list[str]:  # type: ignore[type-arg]
    return [a.name for a in refs]


def test_dong_chu_tri_gives_several_leads() -> None:
    r = assignment(R, "Giao Sở Xây dựng và Sở Du lịch đồng chủ trì, phối hợp với Sở Tài chính "
                      "tổ chức chỉnh trang đô thị dịp Tết.")
    assert names(r.lead) == ["Sở Xây dựng", "Sở Du lịch"]
    assert names(r.support) == ["Sở Tài chính"]


def test_chu_tri_then_dong_chu_tri() -> None:
    r = assignment(R, "Giao Sở Y tế chủ trì, Sở Giáo dục và Đào tạo đồng chủ trì triển khai "
                      "chương trình sức khỏe học đường.")
    assert names(r.lead) == ["Sở Y tế", "Sở Giáo dục và Đào tạo"]


def test_lam_dau_moi_is_lead() -> None:
    r = assignment(R, "Văn phòng UBND tỉnh làm đầu mối, phối hợp với Sở Tư pháp theo dõi việc "
                      "thực hiện.")
    assert names(r.lead) == ["Văn phòng UBND tỉnh"] and names(r.support) == ["Sở Tư pháp"]


def test_de_nghi_is_a_request_to_a_body_outside_command() -> None:
    r = assignment(R, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động ủng hộ người dân "
                      "vùng lũ.")
    assert r.requested and len(r.lead) == 1
    assert not assignment(R, "Giao Sở Y tế kiểm tra an toàn thực phẩm.").requested


def test_requested_flag_reaches_the_directive_and_parse_json() -> None:
    ng = notice("""II. NHIỆM VỤ

- Đề nghị Công an tỉnh tăng cường tuần tra kiểm soát dịp Tết.""")
    assert ng.directives[0].requested
    assert parse_json(ng)["directives"][0]["requested"] is True


def test_x_chi_dao_y_phoi_hop_voi_z() -> None:
    """X leads; Y (the body X directs to carry it out) and Z ("phối hợp với") support."""
    r = assignment(R, "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Kiểm lâm phối hợp với Công an "
                      "tỉnh kiểm tra các vụ phá rừng.")
    assert names(r.lead) == ["Sở Nông nghiệp và Môi trường"]
    assert names(r.support)[-1] == "Công an tỉnh" and len(r.support) == 2


def test_list_of_departments_are_all_leads() -> None:
    r = assignment(R, "Các Sở: Tài chính, Xây dựng rút ngắn thời gian thẩm định dự án.")
    assert names(r.lead) == ["Sở Tài chính", "Sở Xây dựng"]


def test_report_and_submit_targets_are_neither_lead_nor_support() -> None:
    r = assignment(R, "Sở Tài chính chủ trì rà soát các khoản thu, báo cáo Sở Kế hoạch và Đầu tư, "
                      "gửi Sở Nội vụ trước ngày 10/5/2025.")
    assert names(r.lead) == ["Sở Tài chính"] and r.support == []


def test_reported_before_chu_tri_is_not_lead() -> None:
    r = assignment(R, "Sau khi báo cáo Sở Tư pháp, Sở Xây dựng chủ trì hoàn thiện dự thảo.")
    assert names(r.lead) == ["Sở Xây dựng"]


def test_collective_with_members_in_brackets() -> None:
    r = assignment(R, "Giao các cơ quan soạn thảo (Sở Tài chính, Sở Tư pháp) tiếp thu ý kiến, "
                      "hoàn thiện dự thảo.")
    assert names(r.lead) == ["Sở Tài chính", "Sở Tư pháp"]


def test_collective_addressees_are_leads() -> None:
    r = assignment(R, "Các sở, ban, ngành rà soát thủ tục hành chính thuộc thẩm quyền.")
    assert len(r.lead) == 1 and r.lead[0].collective


def test_giao_opening_a_later_sentence() -> None:
    r = assignment(R, "Thống nhất thông qua dự thảo Nghị quyết. Giao Sở Tư pháp hoàn thiện hồ "
                      "sơ, trình HĐND tỉnh.")
    assert names(r.lead) == ["Sở Tư pháp"]


def test_unknown_body_as_subject_is_kept() -> None:
    """A body the gazetteer does not know, in subject position, is an unknown lead."""
    r = assignment(R, "Hợp tác xã Tân Tiến hướng dẫn xã viên thu hoạch lúa mùa.")
    assert len(r.lead) == 1 and not r.lead[0].known and r.lead[0].name == "Hợp tác xã Tân Tiến"
    listed = assignment(R, "Các thôn: Bản Mài, Nà Lỳ duy trì tổ tự quản đường biên.")
    assert [a.name for a in listed.lead] == ["thôn Bản Mài", "thôn Nà Lỳ"]


def test_not_understood_paragraph_is_listed_with_its_span() -> None:
    ng = notice("""II. NHIỆM VỤ

Hoa ban nở trắng núi rừng Tây Bắc.

1. Giao Sở Y tế kiểm tra an toàn thực phẩm.""")
    assert [u.text for u in ng.unclassified] == ["Hoa ban nở trắng núi rừng Tây Bắc."]
    u = ng.unclassified[0]
    assert ng.text[u.span[0]:u.span[1]] == u.text
    assert parse_json(ng)["unclassified"][0]["span"] == list(u.span)
    assert coverage_warning(ng) is not None  # 1 of 2 body paragraphs


def test_coverage_warning_silent_when_all_understood() -> None:
    ng = notice("II. NHIỆM VỤ\n\n1. Giao Sở Y tế kiểm tra an toàn thực phẩm.")
    assert not ng.unclassified and coverage_warning(ng) is None
