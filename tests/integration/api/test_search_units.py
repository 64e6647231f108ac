"""/search over every body paragraph (passages), "no result", deadlines in queries, paging and
grouping by task, through the API on the two samples."""

from fastapi.testclient import TestClient


def _search(client: TestClient, **params: object) -> dict:  # type: ignore[type-arg]
    r = client.get("/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_a_paragraph_no_directive_covers_is_found_as_a_passage(client: TestClient) -> None:
    body = _search(client, q="Quyết định bãi bỏ Quyết định số 08/2023/QĐ-UBND", k=3)
    top = body["results"][0]
    assert top["kind"] == "passage" and "08/2023/QĐ-UBND" in top["text"]
    assert top["section"] and top["span"][0] < top["span"][1] and top["meeting"]["id"]
    assert _search(client, q="Quyết định bãi bỏ", kind="passage")["results"]


def test_the_meeting_lists_its_passages(client: TestClient) -> None:
    meeting = client.get("/meetings").json()["meetings"][0]["id"]
    passages = client.get(f"/meetings/{meeting}").json()["meeting"]["passages"]
    assert passages and all({"id", "text", "section", "span"} <= set(p) for p in passages)


def test_gibberish_gets_no_result_with_a_reason(client: TestClient) -> None:
    body = _search(client, q="qwzx plmokn vbtr")
    assert body["results"] == [] and body["no_result"] is True and body["reason"]
    answered = _search(client, q="tiêm vắc xin phòng bệnh sởi")
    assert answered["results"] and answered["no_result"] is False


def test_a_deadline_in_the_query_ranks_what_is_due_then(client: TestClient) -> None:
    top = _search(client, q="ai phải báo cáo trước ngày 22/7", k=3)["results"]
    assert any((r["deadline"] or {}).get("date") == "2025-07-22" for r in top)


def test_offset_pages_through_one_ranking(client: TestClient) -> None:
    whole = [r["id"] for r in _search(client, q="kiểm tra giám sát", k=20)["results"]]
    pages = [r["id"] for o in (0, 10) for r in
             _search(client, q="kiểm tra giám sát", k=10, offset=o)["results"]]
    assert len(whole) == 20 and pages == whole


def test_group_by_task_shows_each_task_once_in_rank_order(client: TestClient) -> None:
    q = "đẩy nhanh tiến độ giải phóng mặt bằng dự án cao tốc"
    flat = [r["id"] for r in _search(client, q=q, k=40)["results"]]
    grouped = _search(client, q=q, k=20, group="task")["results"]
    tasks = [r["task"] for r in grouped if r.get("task")]
    assert tasks and len(tasks) == len(set(tasks))
    shown = [r["id"] for r in grouped]
    assert shown == [i for i in flat if i in shown]  # the best occurrence keeps its rank
    for r in grouped:
        if r.get("task"):
            assert r["months"] == sorted(set(r["months"])) and r["occurrences"]
            assert not set(r["grouped"]) & set(shown)
