"""What two directives share (search_api.crossmonth.tasks.shared) and whose projects they are
about (search_api.crossmonth.tasks.scope): one instruction of a bundle at a time, words spelled
alike, a class of projects apart from a named project."""

import numpy as np

from search_api.crossmonth.tasks.chain import chain
from search_api.crossmonth.tasks.evidence import content_grams
from search_api.crossmonth.tasks.scope import CLASS, scope
from search_api.crossmonth.tasks.shared import segments, shared


def _row(text: str, projects: list[str] | None = None) -> dict[str, object]:
    return {"text": text, "projects": projects or []}


def _words(grams: set[tuple[str, str]]) -> set[str]:
    return {" ".join(g) for g in grams}


BUNDLE = ("Sở Xây dựng rà soát, sửa đổi các quy định về hoạt động xây dựng; từng bước triển khai "
          "ứng dụng BIM trong đầu tư công; giám sát tuân thủ pháp luật, đặc biệt đối với các dự "
          "án trọng điểm; quản lý chất lượng công trình, kiểm tra nghiệm thu, thí nghiệm vật "
          "liệu; xây dựng kế hoạch vận tải phù hợp quy hoạch mạng lưới giao thông.")


def test_words_gathered_from_several_instructions_of_a_bundle_are_not_shared() -> None:
    one = _row("Sở Xây dựng rà soát, quy hoạch các mỏ vật liệu bảo đảm nguồn cung cho các "
               "dự án trọng điểm")
    whole = _row(BUNDLE, [])
    assert len(segments(whole)) == 5
    assert {"ra soat", "quy hoach", "vat lieu", "trong diem"} <= _words(
        content_grams(whole) & content_grams(one))
    assert len(shared(whole, one)) <= 1


def test_one_instruction_of_a_bundle_is_shared_whole() -> None:
    one = _row("Rà soát, sửa đổi các quy định về hoạt động xây dựng trong quý III")
    assert {"sua doi", "hoat dong"} <= _words(shared(_row(BUNDLE), one))


def test_a_task_and_its_deadline_clause_are_one_instruction() -> None:
    """Two parts ("…; hoàn thành bàn giao mặt bằng trước …") are a task and its elaboration."""
    a = _row("Giải quyết dứt điểm vướng mắc về bồi thường của 27 hộ còn lại; bàn giao mặt bằng "
             "trước ngày 31/5")
    assert len(segments(a)) == 1
    b = _row("Cưỡng chế thu hồi đất, bàn giao phần mặt bằng còn lại trước ngày 30/6")
    assert {"con lai", "mat bang"} <= _words(shared(a, b))


def test_two_words_written_with_different_diacritics_are_not_shared() -> None:
    incident = _row("Khắc phục sự cố sạt lở taluy dương khu dân cư")
    risk = _row("Di dời hộ dân ra khỏi vùng nguy cơ sạt lở đất")
    assert "co sat" not in _words(shared(incident, risk))
    assert "sat lo" in _words(shared(incident, risk))


def test_a_word_typed_without_diacritics_matches_what_it_folds_to() -> None:
    a = _row("Hướng dẫn các xã kien toàn tổ chức bo máy")
    b = _row("Hướng dẫn các xã kiện toàn tổ chức bộ máy")
    assert {"kien toan", "bo may"} <= _words(shared(a, b))


def test_a_class_of_projects_is_a_scope_of_its_own() -> None:
    assert scope(_row("Bảo đảm nguồn cung vật liệu cho các dự án trọng điểm")) == {CLASS}
    assert scope(_row("Bảo đảm nguồn cung vật liệu cho các dự án", ["cao-toc-x"])) == {
        "cao-toc-x"}
    assert scope(_row("Bảo đảm nguồn cung vật liệu dọc tuyến")) == set()


def _unit(ident: str, period: str, text: str, projects: list[str]) -> dict[str, object]:
    v = np.asarray([1.0, 0.01 * int(period[-2:])], dtype=np.float32)
    return {"id": ident, "meeting": f"m-{period}", "period": period, "lead": ["so-xay-dung"],
            "projects": projects, "embedding": list(v / np.linalg.norm(v)), "text": text}


def test_a_task_of_a_class_of_projects_does_not_continue_a_task_of_one_project() -> None:
    units = [
        _unit("a", "2024-01", "Rà soát, quy hoạch các mỏ vật liệu xây dựng đất đắp bảo đảm "
              "nguồn cung", ["cao-toc-x"]),
        _unit("b", "2024-02", "Rà soát, quy hoạch các mỏ vật liệu xây dựng đất đắp bảo đảm "
              "nguồn cung cho các dự án trọng điểm", []),
        _unit("c", "2024-03", "Tiếp tục rà soát, quy hoạch các mỏ vật liệu xây dựng đất đắp "
              "bảo đảm nguồn cung cho các dự án trọng điểm", [])]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("c", "b")]
    assert task_of["b"] == "b"


def test_a_task_restated_without_its_project_name_still_continues_it() -> None:
    units = [
        _unit("a", "2024-01", "Rà soát, quy hoạch các mỏ vật liệu xây dựng đất đắp dọc tuyến",
              ["cao-toc-x"]),
        _unit("b", "2024-02", "Tiếp tục rà soát, quy hoạch các mỏ vật liệu xây dựng đất đắp "
              "dọc tuyến", [])]
    links, _ = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("b", "a")]


def test_an_abbreviation_shares_the_wording_of_its_long_form() -> None:
    a = _row("Rà soát chất lượng dự thảo văn bản quy phạm pháp luật trước khi trình")
    b = _row("Kiểm tra, rà soát VBQPPL trước khi trình")
    assert {"van ban", "quy pham", "phap luat"} <= _words(shared(a, b))


def test_the_follow_up_formula_is_no_evidence() -> None:
    """"báo cáo kết quả trước ngày 25 hằng tháng" follows any task."""
    a = _row("Đẩy nhanh tiến độ thi công, báo cáo kết quả trước ngày 25 hằng tháng")
    b = _row("Triển khai các bước chuẩn bị đầu tư, báo cáo kết quả trước ngày 25 hằng tháng")
    assert "ket qua" not in _words(shared(a, b))
