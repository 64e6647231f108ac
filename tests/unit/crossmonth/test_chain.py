"""Task chains (search_api.crossmonth.tasks.chain): a task is a chain of directives of
successive meetings,
each directive continuing at most one task and each task continued once per meeting."""

import random

import numpy as np

from search_api.crossmonth.tasks.chain import MAX_GAP_MEETINGS, chain

LEAD = ["so-tai-chinh"]


def _unit(ident: str, period: str, vec: list[float], text: str, lead: list[str] = LEAD,
          projects: list[str] | None = None) -> dict[str, object]:
    v = np.asarray(vec, dtype=np.float32)
    return {"id": ident, "meeting": f"m-{period}", "period": period, "lead": lead,
            "projects": projects or [], "embedding": list(v / np.linalg.norm(v)), "text": text}


DISBURSE = "tổng hợp tiến độ giải ngân vốn đầu tư công của từng chủ đầu tư, điều chuyển vốn"
SCHOOL = "sửa chữa phòng học, nhà bán trú xuống cấp trước năm học mới cho học sinh vùng cao"


def test_a_reworded_monthly_task_is_one_chain_with_the_first_id() -> None:
    units = [_unit("a1", "2024-01", [1, 0.02, 0], "Theo dõi " + DISBURSE),
             _unit("a2", "2024-02", [1, 0.04, 0], "Tiếp tục " + DISBURSE + " chậm giải ngân"),
             _unit("a3", "2024-03", [1, 0.0, 0.03], DISBURSE + ", báo cáo hằng tuần")]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("a2", "a1"), ("a3", "a2")]
    assert set(task_of.values()) == {"a1"}
    assert links[0].same_lead is True and "giai ngan" in links[0].shared


def test_one_directive_continues_one_task_and_a_task_one_directive_per_meeting() -> None:
    """Two January directives both like one December task: only the closer one continues it;
    one bundled directive like two December tasks continues only the closer one."""
    units = [_unit("d1", "2024-12", [1, 0, 0], DISBURSE),
             _unit("j1", "2025-01", [1, 0.01, 0], DISBURSE),
             _unit("j2", "2025-01", [1, 0.2, 0], DISBURSE + " năm 2025")]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("j1", "d1")]
    assert task_of["j2"] == "j2"


def test_same_agency_and_project_but_different_work_is_not_linked() -> None:
    """The agency's and the project's names are not evidence of the same work."""
    name = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
    project = ["duong-noi-ha-giang"]
    units = [_unit("p1", "2024-04", [1, 0, 0], f"{name} hoàn thành giải phóng mặt bằng Dự án "
                   "đường nối Hà Giang trước ngày 30/5", ["bqlda"], project),
             _unit("p2", "2024-05", [1, 0.05, 0], f"{name} đôn đốc nhà thầu thi công ba ca nền "
                   "đường Dự án đường nối Hà Giang trước ngày 30/6", ["bqlda"], project)]
    assert chain(units)[0] == []


def test_a_task_unseen_for_more_than_the_gap_is_not_continued() -> None:
    """Yearly tasks (Tết of the next year) come back as new tasks."""
    first = _unit("t0", "2024-00", [1, 0, 0], DISBURSE)
    first["period"], first["meeting"] = "2024-01", "m-2024-01"
    fillers = [_unit(f"f{i}", f"2024-{i + 2:02d}", [0, 1, 0.1 * i], SCHOOL + f" đợt {i}")
               for i in range(MAX_GAP_MEETINGS)]
    late = _unit("t1", f"2024-{MAX_GAP_MEETINGS + 2:02d}", [1, 0.01, 0], DISBURSE)
    links, _ = chain([first, *fillers, late])
    assert ("t1", "t0") not in {(x.later, x.earlier) for x in links}
    links, _ = chain([first, *fillers[1:], late])  # one meeting fewer in between: continued
    assert ("t1", "t0") in {(x.later, x.earlier) for x in links}


def test_chains_do_not_depend_on_the_order_of_the_units() -> None:
    rng = np.random.default_rng(3)
    texts = [DISBURSE, SCHOOL, "tiêm vắc xin phòng bệnh sởi cho trẻ em từ 1 đến 5 tuổi vùng cao"]
    bases = rng.normal(size=(3, 8))
    units = [_unit(f"m{m}-d{k}", f"2024-{m + 1:02d}", list(bases[k % 3] + rng.normal(
        scale=0.1, size=8)), texts[k % 3]) for m in range(4) for k in range(5)]
    expected = chain(units)
    shuffled = units[:]
    random.Random(5).shuffle(shuffled)
    assert chain(shuffled) == expected


def test_the_same_wording_about_two_projects_is_two_tasks() -> None:
    """A generic bullet under two project headings ("đẩy nhanh thi công") is not one task."""
    text = "Đẩy nhanh tiến độ thi công nền đường, bảo đảm an toàn giao thông khu vực thi công"
    units = [_unit("a", "2024-04", [1, 0, 0], text, projects=["cau-a"]),
             _unit("b", "2024-05", [1, 0.01, 0], text, projects=["duong-b"]),
             _unit("c", "2024-05", [1, 0.02, 0], text, projects=["cau-a"])]
    links, _ = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("c", "a")]


LANDSLIDE = "khắc phục sự cố sạt lở taluy dương khu dân cư, bảo đảm an toàn cho người dân"


def test_the_same_work_at_another_commune_is_another_task() -> None:
    units = [_unit("c1", "2024-07", [1, 0, 0], f"{LANDSLIDE} tại xã Nậm Tăm"),
             _unit("c2", "2024-08", [1, 0.01, 0], f"Khẩn trương {LANDSLIDE} tại xã Pa Tần"),
             _unit("c3", "2024-09", [1, 0.02, 0], f"Tiếp tục {LANDSLIDE} tại xã Pa Tần, "
                   "xã Hua Bum")]
    links, _ = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("c3", "c2")]


def test_a_place_named_on_one_side_only_does_not_keep_a_task_apart() -> None:
    units = [_unit("n1", "2024-07", [1, 0, 0], LANDSLIDE),
             _unit("n2", "2024-08", [1, 0.01, 0], f"Tiếp tục {LANDSLIDE} tại xã Nậm Tăm")]
    assert [(x.later, x.earlier) for x in chain(units)[0]] == [("n2", "n1")]


def test_an_occurrence_naming_no_place_does_not_bridge_two_communes() -> None:
    """The task is at Nậm Tăm; a month that names no commune continues it, the same work at Pa
    Tần the month after starts its own task."""
    units = [_unit("p", "2024-07", [1, 0, 0], f"{LANDSLIDE} tại xã Nậm Tăm"),
             _unit("q", "2024-08", [1, 0.01, 0], f"Tiếp tục {LANDSLIDE}"),
             _unit("r", "2024-09", [1, 0.02, 0], f"Khẩn trương {LANDSLIDE} tại xã Pa Tần")]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("q", "p")]
    assert task_of["r"] == "r"


def test_an_occurrence_naming_no_project_does_not_bridge_two_projects() -> None:
    """Clearance on project A, then the same wording with no project, then on project B: B
    starts its own task (the task is about A)."""
    clear = "tháo gỡ vướng mắc, đẩy nhanh tiến độ giải phóng mặt bằng, bàn giao cho nhà thầu"
    units = [_unit("a", "2024-01", [1, 0, 0], clear, projects=["cao-toc-a"]),
             _unit("n", "2024-02", [1, 0.01, 0], "Tiếp tục " + clear),
             _unit("b", "2024-03", [1, 0.02, 0], "Khẩn trương " + clear, projects=["duong-b"])]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("n", "a")]
    assert task_of["b"] == "b"


def test_a_bundled_paragraph_continuing_one_task_is_not_continued_by_another() -> None:
    """January's paragraph bundles two tasks; it continues December's training task, and
    February's data-warehouse task, like its other half, starts its own task."""
    train = "tập huấn kỹ năng số cho hộ kinh doanh, tổ công nghệ số cộng đồng"
    data = "đưa vào vận hành kho dữ liệu nông nghiệp, kết nối cơ sở dữ liệu quốc gia"
    units = [_unit("d", "2024-12", [1, 0, 0], "Sở Tài chính " + train),
             _unit("j", "2025-01", [1, 0.01, 0], f"Sở Tài chính {train}; {data}"),
             _unit("f", "2025-02", [1, 0.02, 0], "Sở Tài chính khẩn trương " + data)]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("j", "d")]
    assert task_of["f"] == "f"


def test_two_words_shared_after_two_different_actions_do_not_continue_a_task() -> None:
    """An inspection of pumping-station fees does not continue an appraisal of a pumping-station
    plan: they share "trạm bơm" and "nội đồng", two separate words each reached after an action
    of its own. Two follow-up instructions sharing "đôn đốc" (their action) and "tiến độ" do."""
    lead = ["thanh-tra-tinh"]
    units = [_unit("p1", "2024-01", [1, 0, 0], "Thanh tra tỉnh thẩm định phương án cải tạo trạm "
                   "bơm tưới tiêu vùng nội đồng.", lead),
             _unit("p2", "2024-02", [1, 0, 0], "Thanh tra tỉnh thanh tra đột xuất việc thu phí "
                   "vận hành trạm bơm của hợp tác xã nội đồng.", lead),
             _unit("f1", "2024-01", [0, 1, 0], "Văn phòng UBND tỉnh đôn đốc các sở giải quyết "
                   "kiến nghị cử tri, báo cáo tiến độ."),
             _unit("f2", "2024-02", [0, 1, 0], "Văn phòng UBND tỉnh theo dõi, đôn đốc việc trả "
                   "lời chất vấn đúng tiến độ.")]
    links, _ = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("f2", "f1")]
    assert links[0].shared == ("don doc", "tien do")


def test_two_separate_words_do_continue_a_task_when_both_name_the_same_project() -> None:
    """The project names the object: the same two sentences about one project are one task."""
    lead, project = ["thanh-tra-tinh"], ["tram-bom-na-tam"]
    units = [_unit("p1", "2024-01", [1, 0, 0], "Thanh tra tỉnh thẩm định phương án cải tạo trạm "
                   "bơm tưới tiêu vùng nội đồng.", lead, project),
             _unit("p2", "2024-02", [1, 0, 0], "Thanh tra tỉnh thanh tra đột xuất việc thu phí "
                   "vận hành trạm bơm của hợp tác xã nội đồng.", lead, project)]
    assert [(x.later, x.earlier) for x in chain(units)[0]] == [("p2", "p1")]


def test_two_separate_words_at_one_commune_do_not_continue_a_province_task() -> None:
    """Keeping the water-works records of one commune is not the province's inventory of
    forest and water-works data: two separate words in common ("kiểm kê", "thủy lợi"), one side
    at a named commune, the other at none. The inventory restated at that commune keeps a
    phrase of it and continues it."""
    lead = ["so-nong-nghiep-va-moi-truong"]
    task = ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính đẩy mạnh kiểm kê dữ "
            "liệu rừng phòng hộ, thủy lợi.")
    units = [_unit("p1", "2024-01", [1, 0, 0], task, lead),
             _unit("o2", "2024-02", [1, 0, 0], "Sở Nông nghiệp và Môi trường kiểm kê sổ thủy "
                   "lợi lưu giữ tại xã Nậm Tăm.", lead),
             _unit("r3", "2024-03", [1, 0, 0], "Sở Nông nghiệp và Môi trường kiểm kê dữ liệu "
                   "rừng phòng hộ tại xã Nậm Tăm.", lead)]
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("r3", "p1")]
    assert task_of["o2"] == "o2"


INSTRUCTIONS = "hướng dẫn các xã rà soát biên chế công chức, sắp xếp nhà công vụ"


def _one_off_in_a_gap(lead: list[str], first: str, texts: tuple[str, str, str, str]
                      ) -> list[dict[str, object]]:
    """A task in two consecutive months from `first` ("2024-01"), a one-off of its lead in the
    third, the task again in the fourth (ids p1, p2, o3, p4)."""
    year, month = int(first[:4]), int(first[5:])
    return [_unit(i, f"{year}-{month + k:02d}", [1, 0, 0], t, lead)
            for k, (i, t) in enumerate(zip(("p1", "p2", "o3", "p4"), texts, strict=True))]


def test_a_one_off_narrowing_one_instruction_of_a_task_is_another_task() -> None:
    """A task of two instructions, restated; a one-off takes up one of them for one beneficiary
    ("sắp xếp nhà công vụ | cho giáo viên trường bán trú mới thành lập") in a month the task is
    missing: it starts a task of its own, and the task's next occurrence continues the task.
    Before the task or after its first occurrence, the same: the two are not linked."""
    lead = ["so-noi-vu"]
    one_off = "Sở Nội vụ sắp xếp nhà công vụ cho giáo viên trường bán trú mới thành lập."
    units = _one_off_in_a_gap(lead, "2024-01", (f"Sở Nội vụ {INSTRUCTIONS}.",
                                             f"Sở Nội vụ tiếp tục {INSTRUCTIONS}.", one_off,
                                             f"Sở Nội vụ {INSTRUCTIONS}, báo cáo."))
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("p2", "p1"), ("p4", "p2")]
    assert task_of["o3"] == "o3"
    first = [_unit("o1", "2024-01", [1, 0, 0], one_off, lead),
             _unit("p2", "2024-02", [1, 0, 0], f"Sở Nội vụ {INSTRUCTIONS}.", lead)]
    assert chain(first)[0] == []
    second = [_unit("p1", "2024-01", [1, 0, 0], f"Sở Nội vụ {INSTRUCTIONS}.", lead),
              _unit("o2", "2024-02", [1, 0, 0], one_off, lead)]
    assert chain(second)[0] == []


def test_a_restatement_narrowing_the_wording_that_carries_the_task_continues_it() -> None:
    """A task restated with its object narrowed ("tiêm vắc xin lở mồm long móng cho đàn gia súc
    | bị bỏ sót mũi tiêm") keeps the wording by which it was last continued: it continues it,
    though the occurrence before had an instruction more ("huy động thú y viên …")."""
    lead = ["so-nong-nghiep-va-moi-truong"]
    vaccine = "tiêm vắc xin lở mồm long móng cho đàn gia súc"
    units = [_unit("v1", "2024-01", [1, 0, 0], f"Sở Nông nghiệp và Môi trường {vaccine} tại các "
                   "xã vùng cao, bảo đảm tỷ lệ tiêm trên 80%.", lead),
             _unit("v2", "2024-02", [1, 0, 0], f"Sở Nông nghiệp và Môi trường tiếp tục {vaccine} "
                   "ở những bản chưa đạt tỷ lệ; huy động thú y viên vận động người chăn nuôi.",
                   lead),
             _unit("v3", "2024-03", [1, 0, 0], f"Sở Nông nghiệp và Môi trường rà soát {vaccine} "
                   "bị bỏ sót mũi tiêm.", lead)]
    links, _ = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("v2", "v1"), ("v3", "v2")]


def test_a_bundle_taking_up_a_narrower_task_continues_it() -> None:
    """A paragraph bundling instructions (";") continues the task of its closest one, though
    that task's wording was narrower ("… | trước khi trình HĐND tỉnh"): a bundle's other
    instructions are other tasks, not a second action of this one."""
    lead = ["so-tu-phap"]
    units = [_unit("t1", "2024-01", [1, 0, 0], "Sở Tư pháp kiểm tra, rà soát chất lượng dự "
                   "thảo nghị quyết trước khi trình HĐND tỉnh.", lead),
             _unit("t2", "2024-02", [1, 0, 0], "Sở Tư pháp thẩm định, rà soát chất lượng dự thảo "
                   "nghị quyết; cập nhật văn bản lên cơ sở dữ liệu quốc gia; phổ biến giáo dục "
                   "pháp luật cho doanh nghiệp nhỏ.", lead)]
    assert [(x.later, x.earlier) for x in chain(units)[0]] == [("t2", "t1")]


def test_one_short_phrase_at_one_commune_does_not_continue_a_province_task() -> None:
    """The least evidence (one three-word phrase, "chuyển đổi số") between a piece of work at
    one commune and a task at none is no evidence: setting up a commune's digital team does not
    continue the province's digital-infrastructure plan."""
    lead = ["so-khoa-hoc-va-cong-nghe"]
    units = [_unit("p1", "2024-01", [1, 0, 0], "Sở Khoa học và Công nghệ ban hành kế hoạch phát "
                   "triển hạ tầng chuyển đổi số.", lead),
             _unit("o2", "2024-02", [1, 0, 0], "Sở Khoa học và Công nghệ kiện toàn tổ chuyển đổi "
                   "số cộng đồng tại xã Nậm Tăm.", lead)]
    assert chain(units)[0] == []


def test_two_agencies_sharing_one_phrase_are_two_tasks() -> None:
    """Sở Tài chính urging disbursement of "vốn đầu tư công" does not continue the project
    board's allocation of it: other leads, one shared phrase. A task re-assigned to another
    agency keeps its wording and is continued."""
    units = [_unit("b1", "2025-07", [1, 0, 0], "Ban QLDA phân bổ vốn đầu tư công.", ["bqlda"]),
             _unit("b2", "2025-08", [1, 0, 0], "Sở Tài chính giải ngân vốn đầu tư công."),
             _unit("r1", "2025-07", [0, 1, 0], "Sở Nội vụ rà soát, sắp xếp đội ngũ cán bộ, công "
                   "chức cấp xã sau sáp nhập.", ["so-noi-vu"]),
             _unit("r2", "2025-08", [0, 1, 0], "Sở Tư pháp rà soát, sắp xếp đội ngũ cán bộ, công "
                   "chức cấp xã sau sáp nhập.", ["so-tu-phap"])]
    assert [(x.later, x.earlier) for x in chain(units)[0]] == [("r2", "r1")]


def test_a_one_off_sharing_one_phrase_with_a_fully_worded_task_is_another_task() -> None:
    """A task restated on its full wording ("rà soát, sắp xếp đội ngũ cán bộ, công chức cấp xã
    sau khi vận hành chính quyền 02 cấp") is not continued, in a month it is missing, by a
    one-off of its lead sharing one phrase with it ("thi tuyển công chức cấp xã"): the task's
    next occurrence continues the task. Seen once (nothing carried yet), the two still link."""
    lead = ["so-noi-vu"]
    task = ("rà soát, sắp xếp đội ngũ cán bộ, công chức cấp xã sau khi vận hành chính quyền "
            "02 cấp")
    one_off = "Giao Sở Nội vụ chủ trì tổ chức thi tuyển công chức cấp xã."
    units = _one_off_in_a_gap(lead, "2025-08", (f"Giao Sở Nội vụ {task}.",
                                             f"Giao Sở Nội vụ tiếp tục {task}.", one_off,
                                             f"Giao Sở Nội vụ khẩn trương {task}."))
    links, task_of = chain(units)
    assert [(x.later, x.earlier) for x in links] == [("p2", "p1"), ("p4", "p2")]
    assert task_of["o3"] == "o3"
    assert [(x.later, x.earlier) for x in chain([units[1], units[2]])[0]] == [("o3", "p2")]


def test_a_bundle_continuing_one_task_is_continued_on_that_instruction_only() -> None:
    """January's bundle continues December's thủy lợi task on one of its instructions; another
    agency's forest task sharing only "quản lý" with that instruction (its words are those of
    the bundle's first instruction) does not continue it, a restatement of the thủy lợi
    instruction does."""
    water = "kiểm tra công tác quản lý, khai thác công trình thủy lợi bảo đảm vận hành an toàn"
    forest = "tăng cường quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng"
    bundle = (f"{forest}; kiểm tra, đánh giá công tác quản lý, khai thác công trình thủy lợi "
              "bảo đảm vận hành an toàn, hiệu quả; nghiệm thu diện tích rừng trồng thay thế.")

    def units(third: str, lead: str) -> list[dict[str, object]]:
        return [_unit("t1", "2025-12", [1, 0, 0], f"Giao Sở Xây dựng {water}.", ["so-xd"]),
                _unit("t2", "2026-01", [1, 0.02, 0], bundle.capitalize(), ["so-nnmt"]),
                _unit("t3", "2026-02", [1, 0.04, 0], third, [lead])]

    forest_task = units(f"Giao Ban Quản lý Khu kinh tế {forest}.", "bqlkkt")
    assert [(x.later, x.earlier) for x in chain(forest_task)[0]] == [("t2", "t1")]
    water_task = units(f"Giao Sở Xây dựng tiếp tục {water}.", "so-xd")
    assert [(x.later, x.earlier) for x in chain(water_task)[0]] == [("t2", "t1"), ("t3", "t2")]
