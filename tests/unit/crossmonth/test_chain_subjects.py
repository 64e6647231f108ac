"""Two tasks of one lead on one subject (search_api.crossmonth.tasks.chain): what they share is
a short phrase of the subject, the rest is their own."""

import numpy as np

from search_api.crossmonth.tasks.chain import chain

LEAD = ["so-khoa-hoc-va-cong-nghe"]
PLAN = ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ ban hành kế hoạch năm "
        "2026 về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số, hoàn thành trước ngày "
        "16/3/2026.")
RESOLUTION = ("Giao Sở Khoa học và Công nghệ chủ trì đẩy mạnh việc triển khai Nghị quyết số "
              "57-NQ/TW về đột phá phát triển khoa học, công nghệ, hoàn thành trước ngày "
              "22/7/2026.")


def _unit(ident: str, period: str, vec: list[float], text: str) -> dict[str, object]:
    v = np.asarray(vec, dtype=np.float32)
    return {"id": ident, "meeting": f"m-{period}", "period": period, "lead": LEAD,
            "projects": [], "embedding": list(v / np.linalg.norm(v)), "text": text}


def test_a_task_on_a_resolution_does_not_continue_the_leads_plan_on_its_subject() -> None:
    """One names the resolution it implements, the other names no document, and besides the
    lead they share only "khoa học công nghệ": two tasks, however close their vectors."""
    units = [_unit("plan", "2026-02", [1, 0, 0], PLAN),
             _unit("nq", "2026-03", [1, 0.02, 0], RESOLUTION)]
    assert chain(units)[0] == []


def test_the_resolution_task_restated_with_its_document_is_continued() -> None:
    restated = RESOLUTION.replace("đẩy mạnh việc triển khai", "khẩn trương triển khai")
    units = [_unit("nq1", "2026-03", [1, 0, 0], RESOLUTION),
             _unit("nq2", "2026-04", [1, 0.02, 0], restated)]
    assert [(x.later, x.earlier) for x in chain(units)[0]] == [("nq2", "nq1")]


FINANCE = ["so-tai-chinh"]
DISBURSE = ("Giao Sở Tài chính chủ trì, phối hợp với Sở Tư pháp đôn đốc các chủ đầu tư đẩy nhanh "
            "tiến độ giải ngân vốn đầu tư công, hoàn thành trước ngày 30/9/2026.")
ALLOCATE = ("Giao Sở Tài chính chủ trì, phối hợp với Sở Công Thương tham mưu phân bổ chi tiết kế "
            "hoạch vốn đầu tư công năm 2026.")


def test_one_leads_two_tasks_sharing_one_phrase_after_their_own_actions_are_two() -> None:
    """Urging disbursement and proposing the allocation share only "vốn đầu tư công", reached in
    each after an action of its own: two tasks of one lead, not one re-assigned."""
    units = [_unit("urge", "2026-08", [1, 0, 0], DISBURSE),
             _unit("alloc", "2026-09", [1, 0.02, 0], ALLOCATE)]
    for u in units:
        u["lead"] = FINANCE
    assert chain(units)[0] == []


def test_the_allocation_restated_is_continued() -> None:
    units = [_unit("alloc1", "2026-09", [1, 0, 0], ALLOCATE),
             _unit("alloc2", "2026-10", [1, 0.02, 0], ALLOCATE.replace("tham mưu", "tiếp tục "
                                                                       "tham mưu"))]
    for u in units:
        u["lead"] = FINANCE
    assert [(x.later, x.earlier) for x in chain(units)[0]] == [("alloc2", "alloc1")]
