"""Evidence for task links (search_api.crossmonth.tasks.evidence): wording without the names of
who and
which project, and findings that report a task completed (search_api.crossmonth.tasks.reports)."""

from search_api.crossmonth.tasks.evidence import content_grams, places
from search_api.crossmonth.tasks.reports import completion_clauses, find_reports


def test_agency_project_and_local_administration_names_are_cut() -> None:
    grams = content_grams({"text": "Giao Sở Tài nguyên và Môi trường phối hợp UBND huyện Mường "
                                   "Khương cấp phép mỏ đất đắp cho Dự án cầu Bắc Hà",
                           "projects": ["cau-bac-ha"]})
    words = {w for g in grams for w in g}
    assert ("cap", "phep") in grams and ("dat", "dap") in grams
    assert not words & {"tai", "nguyen", "moi", "truong", "muong", "khuong", "bac", "ha"}


def test_a_bigram_does_not_span_a_cut_name() -> None:
    grams = content_grams({"text": "rà soát UBND xã Tả Van hồ sơ", "projects": []})
    assert ("soat", "ho") not in grams and ("ra", "soat") in grams


def test_a_quarter_or_half_named_as_a_period_is_not_task_wording() -> None:
    """Two unrelated tasks due "trong quý II năm 2027" shared "quý ii" and "ii năm"."""
    a = content_grams({"text": "Hoàn thiện hồ sơ cấp phép mỏ đất trong quý II năm 2027",
                       "projects": []})
    b = content_grams({"text": "Tổng kết mô hình chuyển đổi số 6 tháng đầu năm 2027",
                       "projects": []})
    words = {w for g in a | b for w in g}
    assert not words & {"quy", "ii", "nam", "thang", "dau"}
    assert ("cap", "phep") in a and ("chuyen", "doi") in b
    assert ("quy", "hoach") in content_grams({"text": "lập quy hoạch tỉnh", "projects": []})


def test_a_year_alone_stays_wording() -> None:
    grams = content_grams({"text": "Kế hoạch phát triển kinh tế - xã hội năm 2025",
                           "projects": []})
    assert ("hoi", "nam") in grams


def test_a_province_named_is_not_task_wording() -> None:
    """Two events of one province "tỉnh Lai Châu lần thứ ..." shared its name as wording."""
    grams = content_grams({"text": "Chuẩn bị tổ chức Đại hội Thể dục thể thao tỉnh Lai Châu lần "
                                   "thứ V; UBND tỉnh chỉ đạo", "projects": []})
    words = {w for g in grams for w in g}
    assert not words & {"lai", "chau"} and ("the", "thao") in grams
    assert ("thao", "lan") not in grams and ("lan", "thu") in grams


def test_completion_clauses_leave_partial_results_out() -> None:
    text = ("Giải ngân đạt 41% kế hoạch; Hội chợ thương mại biên giới đã được tổ chức thành công. "
            "Chương trình xóa nhà tạm đã hoàn thành 900/1.200 căn, còn 300 căn chưa hoàn thành.")
    assert completion_clauses(text) == ["Hội chợ thương mại biên giới đã được tổ chức thành công"]


def _row(ident: str, period: str, text: str) -> dict[str, object]:
    return {"id": ident, "meeting": f"m-{period}", "period": period, "text": text,
            "lead": [], "projects": []}


FAIR = "Sở Công Thương tổ chức Hội chợ thương mại biên giới Việt - Trung tại cửa khẩu Tà Lùng"
FINDING = "Hội chợ thương mại biên giới Việt - Trung tại cửa khẩu Tà Lùng đã tổ chức thành công"


def test_a_later_finding_reports_the_task_done() -> None:
    units = [_row("d1", "2024-05", FAIR), _row("d2", "2024-05", "Sở Y tế tiêm vắc xin sởi")]
    found = find_reports([_row("f1", "2024-06", FINDING)], units, {"d1": "d1", "d2": "d2"})
    assert [(r.finding, r.task) for r in found] == [("f1", "d1")]


def test_a_step_reported_while_the_same_notice_carries_the_task_on_is_not_done() -> None:
    units = [_row("d1", "2024-05", FAIR),
             _row("d2", "2024-06", FAIR + ", tổng kết rút kinh nghiệm")]
    found = find_reports([_row("f1", "2024-06", FINDING)], units, {"d1": "d1", "d2": "d1"})
    assert found == []


def test_places_are_the_capitalised_names_after_a_kind_word() -> None:
    assert places({"text": "Khắc phục sạt lở tại xã Nậm Tăm, thị trấn Tam Đường và xã Bản "
                           "Lang; UBND các xã, phường. Giao Sở Y tế"}) == {
        "nam tam", "tam duong", "ban lang"}
    assert places({"text": "đo đạc, chỉnh lý bản đồ địa chính các xã biên giới"}) == set()


def test_a_local_administration_named_as_an_agency_is_not_a_place() -> None:
    assert places({"text": "Phối hợp với UBND huyện Tam Đường, Ủy ban nhân dân xã Bản Giang "
                           "bàn giao mặt bằng tại xã Bình Lư"}) == {"binh lu"}
