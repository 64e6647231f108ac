"""Stock wording with different objects (search_api.crossmonth.tasks.objects): a shared action
phrase that both directives follow with words of their own is not evidence of the same task."""

import numpy as np

from search_api.crossmonth.tasks.chain import chain
from search_api.crossmonth.tasks.objects import boilerplate, clauses, object_shared


def _row(text: str, projects: list[str] | None = None) -> dict[str, object]:
    return {"text": text, "projects": projects or []}


def _words(grams: set[tuple[str, str]]) -> set[str]:
    return {" ".join(g) for g in grams}


def test_a_stock_action_followed_by_two_objects_is_no_evidence() -> None:
    a = _row("Sở Tài chính thu hồi tạm ứng quá hạn của dự án kè chống sạt lở suối Nậm Lụm")
    b = _row("Sở Tài chính thu hồi tạm ứng quá hạn của gói thầu nâng cấp đường liên xã")
    assert object_shared(a, b) == set()


def test_the_same_object_with_other_qualifiers_is_evidence() -> None:
    """What follows the shared words here is a season, a place or a new clause: not an object."""
    a = _row("Chỉ đạo lực lượng kiểm lâm phòng cháy, chữa cháy rừng trong mùa khô")
    b = _row("Bổ sung phương án phòng cháy, chữa cháy rừng tại huyện Phong Thổ, Sìn Hồ")
    assert {"chua chay", "chay rung"} <= _words(object_shared(a, b))


def test_shared_words_that_end_a_clause_on_one_side_are_the_object() -> None:
    a = _row("Hướng dẫn các xã kiện toàn bộ máy, bố trí trụ sở làm việc.")
    b = _row("Bố trí trụ sở làm việc cho đơn vị sự nghiệp mới thành lập")
    assert {"bo tri", "tru so"} <= _words(object_shared(a, b))


def test_a_name_after_the_action_is_its_object() -> None:
    a = _row("Văn phòng UBND tỉnh ban hành quy chế làm việc của Sở Tài chính")
    b = _row("Văn phòng UBND tỉnh ban hành quy chế làm việc của Sở Y tế")
    same = _row("Ban hành quy chế làm việc của Sở Tài chính, trình trong tháng 5")
    assert object_shared(a, b) == set()
    assert "quy che" in _words(object_shared(a, same))


def _unit(ident: str, period: str, text: str, vec: list[float]) -> dict[str, object]:
    v = np.asarray(vec, dtype=np.float32)
    return {"id": ident, "meeting": f"m-{period}", "period": period, "lead": ["so-tai-chinh"],
            "projects": [], "embedding": list(v / np.linalg.norm(v)), "text": text}


def test_one_off_tasks_sharing_an_action_do_not_chain_but_a_restated_task_does() -> None:
    units = [_unit("a", "2024-03", "Thu hồi tạm ứng quá hạn của dự án kè chống sạt lở", [1, 0]),
             _unit("b", "2024-04", "Thu hồi tạm ứng quá hạn của gói thầu nâng cấp đường liên xã",
                   [1, 0.02]),
             _unit("c", "2024-05", "Khẩn trương thu hồi tạm ứng quá hạn của gói thầu nâng cấp "
                   "đường liên xã trước ngày 30/6", [1, 0.03])]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("c", "b")]
    assert task_of["b"] == "b"


def test_a_name_inside_the_shared_wording_does_not_end_it() -> None:
    """"quyết định của UBND tỉnh" + two objects is stock, though "UBND tỉnh" also ends a clause
    elsewhere ("trình UBND tỉnh")."""
    a = _row("Sở Tư pháp thẩm định dự thảo Quyết định của UBND tỉnh quy định hệ số điều chỉnh "
             "giá đất, trình UBND tỉnh trước ngày 15/7")
    b = _row("Sở Tư pháp thẩm định dự thảo Quyết định của UBND tỉnh quy định giá dịch vụ sử dụng "
             "đò ngang")
    assert object_shared(a, b) == set()


def test_over_an_area_is_a_qualifier_at_one_site_an_object() -> None:
    a = _row("Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi tại các xã vùng sâu, vùng xa")
    b = _row("Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi ở những thôn chưa đạt tỷ lệ")
    assert {"tiem chung", "tre em"} <= _words(object_shared(a, b))
    c = _row("Diễn tập phương án chữa cháy tại chợ trung tâm")
    d = _row("Diễn tập phương án chữa cháy tại khu nhà trọ công nhân")
    assert object_shared(c, d) == set()


def test_one_shared_phrase_before_two_wordings_is_no_stock_action() -> None:
    """"vướng mắc về giải phóng mặt bằng" / "vướng mắc về bồi thường": one two-word phrase (and
    "về") is too little to call the rest another object; the pair rule judges the pair."""
    a = _row("Rà soát, tổng hợp các công trình đang vướng mắc về giải phóng mặt bằng")
    b = _row("Lập danh mục các công trình còn vướng mắc về bồi thường, hỗ trợ")
    assert "vuong mac" in _words(object_shared(a, b))


def test_wording_two_directives_of_one_meeting_share_is_boilerplate() -> None:
    rows = [{"id": i, "meeting": m, "text": t, "projects": []} for i, m, t in (
        ("a", "m1", "Rà soát quy hoạch chợ đầu mối, không để chậm trễ như tháng trước"),
        ("b", "m1", "Bổ sung kinh phí lớp học xóa mù chữ, không để chậm trễ như tháng trước"),
        ("c", "m2", "Rà soát quy hoạch chợ đầu mối, gắn với trách nhiệm người đứng đầu"))]
    assert boilerplate(rows) == {("khong", "cham", "tre", "nhu", "truoc")}
    later = {"text": "Phân bổ vốn đầu tư công, không để chậm trễ như tháng trước", "projects": []}
    assert "cham tre" in _words(object_shared(rows[0], later))
    assert object_shared(rows[0], later, boilerplate(rows)) == set()


def test_a_comma_between_two_kinds_of_unit_lists_them_and_ends_no_clause() -> None:
    """"thôn, bản" is one object; cut at its comma, the shared "xây dựng phương án sáp nhập"
    was followed by one word of its own and read as the object itself."""
    a = _row("Xây dựng phương án sáp nhập thôn, bản")
    b = _row("Xây dựng phương án sáp nhập các trường mầm non")
    assert object_shared(a, b) == set()
    assert clauses(_row("Hướng dẫn các xã, phường kiện toàn bộ máy")) == [
        ["huong", "dan", "@cac", "@xa", "@phuong", "kien", "toan", "bo", "may"]]



def test_a_unit_word_typed_bare_still_lists_units() -> None:
    """Seed 97: "sắp xếp thon, tổ dân phố" (one word without its marks, as in real files) was
    cut at "thon," and "hoàn thiện đề án sắp xếp" read as the object itself; a word with other
    marks ("phương án") is no unit word."""
    assert clauses(_row("Hoàn thiện đề án sắp xếp thon, tổ dân phố")) == clauses(
        _row("Hoàn thiện đề án sắp xếp thôn, tổ dân phố"))
    a = _row("Hoàn thiện đề án sắp xếp thon, tổ dân phố")
    b = _row("Hoàn thiện đề án sắp xếp trường học có quy mô nhỏ")
    assert object_shared(a, b) == set()
    assert len(clauses(_row("Rà soát các xã, phương án sáp nhập"))) == 2


def test_a_list_of_verbs_before_two_objects_is_a_stock_action() -> None:
    """"Khảo sát, đánh giá | X" / "| Y": the comma lists the actions, the objects differ."""
    a = _row("Khảo sát, đánh giá hiện trạng hệ thống kênh mương nội đồng")
    b = _row("Khảo sát, đánh giá chất lượng nước sinh hoạt nông thôn")
    assert object_shared(a, b) == set()
    same = _row("Khẩn trương khảo sát, đánh giá hiện trạng kênh mương nội đồng")
    assert {"kenh muong", "noi dong"} <= _words(object_shared(a, same))


def test_a_spaced_hyphen_joins_the_halves_of_one_name() -> None:
    """"vắc xin sởi - rubella": the object is the whole name, not "sởi" (one word, read as the
    object of the shared "tiêm vắc xin" itself)."""
    a = _row("Tiêm vắc xin phòng dại cho vật nuôi")
    b = _row("Tiêm vắc xin sởi - rubella cho trẻ em")
    assert object_shared(a, b) == set()
