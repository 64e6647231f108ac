"""Tasks over twelve monthly notices of one province (eval/tasks, written for the links gold):
the project page lists the project's tasks, obligations count tasks and leave re-assigned
paragraphs out of the overdue ones, and marking a task done is authenticated, audited and
survives re-ingest."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from search_api.crossmonth.tasks import views as task_views
from tests.integration.api.conftest import KEY, get_json, uploaded

SERIES = sorted((Path(__file__).parents[3] / "eval" / "tasks").glob("*.txt"))
BQLDA = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
AS_OF = "2024-12-31"


@pytest.fixture(scope="module")
def lc(tmp_path_factory: pytest.TempPathFactory, module_store: dict[str, Any]
       ) -> Iterator[TestClient]:
    """On each engine (`module_store`)."""
    with uploaded(SERIES, data_dir=tmp_path_factory.mktemp("lai-chau"), **module_store) as c:
        yield c


def _directive(client: TestClient, period: str, contains: str) -> str:
    store = client.app.state.service.store  # type: ignore[attr-defined]
    rows = store.execute("MATCH (m:Meeting {period: $p})-[:ISSUED]->(d:Directive) "
                         "WHERE d.text CONTAINS $t RETURN d.id AS id", {"p": period, "t": contains})
    assert len(rows) == 1, rows
    return str(rows[0]["id"])


def _task_with(tasks: list[Any], directive: str) -> Any:
    found = [t for t in tasks if directive in {o["id"] for o in t["occurrences"]}]
    assert len(found) == 1, [t["id"] for t in tasks]
    return found[0]


def test_project_page_lists_its_tasks_apart(lc: TestClient) -> None:
    """Clearance, resettlement, fill permits and construction of one road are four tasks."""
    tasks = get_json(lc, "/projects/duong-noi-thanh-pho-lai-chau/tasks", as_of=AS_OF)["tasks"]
    clearance = _task_with(tasks, _directive(lc, "2024-02", "đoạn Km0 - Km15"))
    resettle = _task_with(tasks, _directive(lc, "2024-03", "khu tái định cư Bản Giang"))
    assert clearance["id"] != resettle["id"]
    periods = [o["meeting"]["period"] for o in clearance["occurrences"]]
    assert periods[:4] == ["2024-02", "2024-03", "2024-04", "2024-05"] and periods[-1] == "2024-08"
    assert all("mặt bằng" in o["text"] and "thi công" not in o["text"]
               for o in clearance["occurrences"])  # the same work only (6 months in the gold:
    # the June one, reworded most, starts a task of its own today: a missed link, see docs)
    assert clearance["state"] == "reported_done" and clearance["reported_done"]["finding"]
    assert [m["to"] for m in clearance["deadline_history"]][:2] == ["2024-04-30", "2024-05-31"]
    assert clearance["repeated"] == len(periods) - 1 and clearance["first_seen"] == "2024-02"
    first, second = clearance["occurrences"][:2]
    assert first["continues"] is None and second["continues"]["directive"] == first["id"]
    assert second["continues"]["score"] >= 1.04 and "mat bang" in second["continues"]["shared"]
    page = get_json(lc, "/projects/duong-noi-thanh-pho-lai-chau", as_of=AS_OF)
    assert {t["id"] for t in page["tasks"]} == {t["id"] for t in tasks}


ORDERS = {"first_seen": lambda t: (t["first_seen"], t["id"]),
          "last_seen": lambda t: (t["last_seen"], t["id"]),
          "repeated": lambda t: (-t["repeated"], t["id"])}


@pytest.mark.parametrize("sort", sorted(ORDERS))
def test_project_tasks_page_through_the_whole_ordered_list(lc: TestClient, sort: str) -> None:
    """Pages of 3 (ordered from the directives' months alone) join into every task of the
    project, in the order their full histories give, each counted as the history counts it."""
    url = "/projects/duong-noi-thanh-pho-lai-chau/tasks"
    every = get_json(lc, url, as_of=AS_OF, sort=sort)
    seen: list[Any] = []
    cursor: str | None = None
    while True:
        page = get_json(lc, url, as_of=AS_OF, sort=sort, limit=3,
                        **({"cursor": cursor} if cursor else {}))
        seen += page["tasks"]
        cursor = page["next_cursor"]
        assert len(page["tasks"]) == (3 if cursor else len(page["tasks"])) and page["sort"] == sort
        if not cursor:
            break
    assert [t["id"] for t in seen] == [t["id"] for t in every["tasks"]]
    assert seen == sorted(seen, key=ORDERS[sort]) and every["next_cursor"] is None
    assert every["total"] == len(seen) > 3 and any(t["repeated"] for t in seen)
    assert every["repeated_tasks"] == sum(1 for t in seen if t["repeated"])
    if sort == "first_seen":  # the whole list as before paging
        store = lc.app.state.service.store  # type: ignore[attr-defined]
        old = task_views.project_tasks(store, "duong-noi-thanh-pho-lai-chau", date(2024, 12, 31))
        assert [t["id"] for t in old] == [t["id"] for t in seen]


def test_a_project_cursor_of_another_order_is_refused(lc: TestClient) -> None:
    url = "/projects/duong-noi-thanh-pho-lai-chau/tasks"
    cursor = get_json(lc, url, as_of=AS_OF, limit=1)["next_cursor"]
    r = lc.get(url, params={"as_of": AS_OF, "limit": 1, "sort": "repeated", "cursor": cursor})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_parameter"


def test_obligations_count_tasks_and_reassigned_ones_are_superseded(lc: TestClient) -> None:
    body = get_json(lc, f"/agencies/{BQLDA}/obligations", as_of=AS_OF)
    permits = _task_with(body["tasks"], _directive(lc, "2024-04", "mỏ đất đắp nền đường"))
    assert permits["state"] == "superseded" and permits["reassigned"]
    paragraphs = {o["id"]: o for o in body["obligations"]}
    first = _directive(lc, "2024-02", "đoạn Km0 - Km15")
    assert paragraphs[first]["status"] == "overdue"  # by its own deadline, as before
    assert paragraphs[first]["state"] == "superseded"  # but repeated later: not owed twice
    assert sum(body["counts"].values()) == len(body["tasks"]) < len(body["obligations"])
    overdue = get_json(lc, f"/agencies/{BQLDA}/obligations", as_of=AS_OF, state="overdue")
    assert all(t["state"] == "overdue" for t in overdue["tasks"])
    assert len(overdue["tasks"]) == body["counts"].get("overdue", 0)
    by_deadline = get_json(lc, f"/agencies/{BQLDA}/obligations", as_of=AS_OF, sort="deadline")
    dates = [t["deadline"]["date"] if t["deadline"] else "9999" for t in by_deadline["tasks"]]
    assert dates == sorted(dates) and len(dates) == len(body["tasks"])


def test_marking_done_is_authenticated_audited_and_survives_reingest(lc: TestClient) -> None:
    task = _directive(lc, "2024-05", "kế hoạch tuyển sinh vào lớp 10")
    url = f"/tasks/{task}/done"
    assert lc.post(url, json={"who": "chuyên viên"}).status_code == 401
    assert lc.post(url, json={"who": "x"}, headers={"X-API-Key": "wrong"}).status_code == 403
    assert lc.post(url, json={"who": ""}, headers={"X-API-Key": KEY}).status_code == 422
    r = lc.post(url, json={"who": "chuyên viên A", "note": "đã công khai chỉ tiêu"},
                headers={"X-API-Key": KEY})
    assert r.status_code == 201, r.text
    assert get_json(lc, f"/tasks/{task}", as_of="2026-12-31")["task"]["state"] == "done"
    meeting = task.split(":")[0]
    path = next(p for p in SERIES if "2024-05" in p.name)
    assert lc.delete(f"/documents/{meeting}", headers={"X-API-Key": KEY}).status_code == 200
    june = _directive(lc, "2024-06", "đất đắp nền đường")  # May is gone: June's task relinked
    assert get_json(lc, f"/tasks/{june}", as_of=AS_OF)["task"]["first_seen"] == "2024-04"
    r = lc.post("/documents", files={"file": (path.name, path.read_bytes())},
                headers={"X-API-Key": KEY})
    assert r.status_code == 201, r.text
    again = get_json(lc, f"/tasks/{task}", as_of="2026-12-31")["task"]
    assert again["state"] == "done" and again["done"]["who"] == "chuyên viên A"
    marks = get_json(lc, f"/tasks/{task}/marks")["marks"]
    assert [(m["state"], m["seq"]) for m in marks] == [("done", 1)]
    exported = get_json(lc, "/tasks/marks")["marks"]
    assert [(m["task"], m["who"], m["note"]) for m in exported] == [
        (task, "chuyên viên A", "đã công khai chỉ tiêu")]
    assert lc.get("/tasks/no-such-task").status_code == 404


def test_relinking_an_unchanged_store_changes_nothing(lc: TestClient) -> None:
    """`chidao relink` (the upgrade path for stores linked before tasks) is idempotent."""
    service = lc.app.state.service  # type: ignore[attr-defined]
    query = ("MATCH (a:Directive)-[e:REPEATS]->(b:Directive) RETURN a.id AS a, b.id AS b, "
             "a.task AS task, e.score AS score")

    def edges() -> list[tuple[Any, ...]]:
        rows = service.store.execute(query, {})
        return sorted((r["a"], r["b"], r["task"], r["score"]) for r in rows)

    before = edges()
    assert service.relink() == 1
    assert edges() == before and before
