"""Across three months, through the real API: three composed Bắc Kạn notices (2024-11, 2025-03,
2025-06; tests/fixtures/notices/bac-kan) with a task repeated in every meeting whose lead agency was
renamed (Sở Kế hoạch và Đầu tư -> Sở Tài chính) and whose deadline moves, a rural-electrification
task the theme taxonomy does not name, and one-off tasks that must stay alone."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from search_api.crossmonth.threads import thread_of
from search_api.service import Chidao
from search_api.settings import Settings
from tests.integration.api.conftest import get_json, uploaded

NOTICES = sorted((Path(__file__).parents[2] / "fixtures" / "notices" / "bac-kan").glob("*.txt"))
NOV, MAR, JUN = (f"bac-kan-{p}-thuong-ky" for p in ("2024-11", "2025-03", "2025-06"))
ONE_OFFS = {(NOV, "II.3.a"), (NOV, "II.3.b"), (MAR, "II.3.a"), (MAR, "II.3.b"), (JUN, "II.3.a"),
            (JUN, "II.3.b")}


def _key(directive_id: str) -> tuple[str, str]:
    meeting, section = directive_id.split(":")[:2]
    return meeting, section


@pytest.fixture(scope="module")
def bk(tmp_path_factory: pytest.TempPathFactory, module_store: dict[str, Any]
       ) -> Iterator[TestClient]:
    """On each engine (`module_store`)."""
    with uploaded(NOTICES, data_dir=tmp_path_factory.mktemp("bac-kan"), **module_store) as c:
        yield c


def _thread_with(threads: list[Any], key: tuple[str, str]) -> Any:
    found = [t for t in threads if key in {_key(o["id"]) for o in t["occurrences"]}]
    assert len(found) == 1, threads
    return found[0]


def test_renamed_agency_thread_spans_three_meetings_with_moved_deadline(bk: TestClient) -> None:
    body = get_json(bk, "/agencies/bac-kan:so-tai-chinh/repeated")
    assert body["agency"]["name"] == "Sở Tài chính"
    thread = _thread_with(body["threads"], (NOV, "II.1.p1"))
    occ = thread["occurrences"]
    assert [_key(o["id"]) for o in occ] == [(NOV, "II.1.p1"), (MAR, "II.1.p1"), (JUN, "II.1.p1")]
    assert thread["meetings"] == 3 and thread["first_seen"] == "2024-11"
    assert thread["last_seen"] == "2025-06" and thread["deadline_moved"] is True
    assert [o["deadline"]["date"] for o in occ] == ["2024-12-15", "2025-04-30", "2025-07-31"]
    assert [o["lead"] for o in occ] == [["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"],
                                        ["Sở Tài chính"]]


def test_repeated_electrification_task_is_one_thread(bk: TestClient) -> None:
    thread = _thread_with(get_json(bk, "/agencies/Sở Công Thương/repeated")["threads"],
                          (NOV, "II.2.p1"))
    keys = {_key(o["id"]) for o in thread["occurrences"]}
    assert {(NOV, "II.2.p1"), (MAR, "II.2.p1"), (JUN, "II.2.a")} <= keys
    assert thread["meetings"] == 3 and thread["deadline_moved"] is True
    assert not keys & ONE_OFFS


def test_agency_without_repeats_and_unknown_agency(bk: TestClient) -> None:
    assert get_json(bk, "/agencies/Sở Y tế/repeated")["threads"] == []
    r = bk.get("/agencies/Sở Không Có Thật/repeated")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_obligations_of_the_successor_include_the_predecessors(bk: TestClient) -> None:
    body = get_json(bk, "/agencies/Sở Tài chính/obligations", as_of="2025-05-15")
    got = {_key(o["id"]): o for o in body["obligations"]}
    assert set(got) == {(NOV, "II.1.p1"), (MAR, "II.1.p1"), (JUN, "II.1.p1")}
    assert got[(NOV, "II.1.p1")]["as_agency"] == "Sở Kế hoạch và Đầu tư"
    assert got[(MAR, "II.1.p1")]["as_agency"] is None
    assert [got[k]["status"] for k in sorted(got)] == ["overdue", "overdue", "open"]
    assert len({o["thread"] for o in got.values()}) == 1
    earlier = get_json(bk, "/agencies/bac-kan:so-tai-chinh/obligations", as_of="2024-12-10")
    status = {_key(o["id"]): o["status"] for o in earlier["obligations"]}
    assert status[(NOV, "II.1.p1")] == "open"
    old = get_json(bk, "/agencies/Sở Kế hoạch và Đầu tư/obligations", as_of="2025-05-15")
    assert [_key(o["id"]) for o in old["obligations"]] == [(NOV, "II.1.p1")]


def test_status_without_deadline(bk: TestClient) -> None:
    body = get_json(bk, "/agencies/Sở Giáo dục và Đào tạo/obligations", as_of="2025-05-15")
    assert [(o["status"], o["deadline"]) for o in body["obligations"]] == [("no_deadline", None)]


def test_next_chain_and_meeting_diff(bk: TestClient) -> None:
    first = get_json(bk, f"/meetings/{NOV}")["meeting"]["diff"]
    assert first["previous"] is None and first["disappeared"] == [] and first["repeated"] == []
    diff = get_json(bk, f"/meetings/{JUN}")["meeting"]["diff"]
    assert diff["previous"] == MAR
    repeated = {_key(r["id"]) for r in diff["repeated"]}
    assert {(JUN, "II.1.p1"), (JUN, "II.2.a")} <= repeated
    assert {(JUN, "II.3.a"), (JUN, "II.3.b")} <= {_key(d) for d in diff["new"]}
    gone = {_key(d) for d in diff["disappeared"]}
    assert {(MAR, "II.3.a"), (MAR, "II.3.b")} <= gone
    assert not gone & {(MAR, "II.1.p1"), (MAR, "II.2.p1")}


def test_discovered_theme_is_the_untagged_recurring_task(bk: TestClient) -> None:
    body = get_json(bk, "/themes/discovered")
    assert len(body["themes"]) == 1, body
    theme = body["themes"][0]
    members = {_key(m["id"]) for m in theme["members"]}
    assert {(NOV, "II.2.p1"), (MAR, "II.2.p1"), (JUN, "II.2.a")} <= members
    assert not members & ONE_OFFS and (NOV, "II.1.p1") not in members  # one-offs; taxonomy task
    assert "điện lưới quốc gia" in theme["label"] and theme["meetings"] == 3
    assert theme["taxonomy"]["share"] <= 0.5
    strict = get_json(bk, "/themes/discovered", min_directives=len(members) + 1)
    assert strict["themes"] == [] and strict["params"]["min_directives"] == len(members) + 1


def test_discovered_themes_are_clustered_in_a_bounded_window(bk: TestClient) -> None:
    """Default window: the 24 months up to the latest meeting; a window that keeps only two of the
    three meetings keeps the theme with two; one jurisdiction by name without diacritics."""
    params = get_json(bk, "/themes/discovered")["params"]
    assert (params["since"], params["until"], params["truncated"]) == ("2023-07", None, False)
    assert params["directives"] == sum(
        m["directives"] for m in get_json(bk, "/meetings")["meetings"])
    recent = get_json(bk, "/themes/discovered", since="2025-01")
    assert recent["params"]["directives"] < params["directives"]
    assert [t["meetings"] for t in recent["themes"]] == [2]
    assert get_json(bk, "/themes/discovered", since="2025-04")["themes"] == []  # one meeting left
    named = get_json(bk, "/themes/discovered", province="bac kan")
    assert named["params"]["province"] == "Bắc Kạn" and len(named["themes"]) == 1


@pytest.mark.parametrize(("params", "status"), [
    ({"province": "Atlantis"}, 404), ({"since": "2025-06", "until": "2025-01"}, 422),
    ({"since": "٢٠٢٥-06"}, 422)])
def test_discovered_window_errors(bk: TestClient, params: dict[str, str], status: int) -> None:
    r = bk.get("/themes/discovered", params=params)
    assert r.status_code == status and "error" in r.json(), r.text


def _snapshot(service: Chidao) -> tuple[set[tuple[str, str]], set[frozenset[str]], Any]:
    edges = service.store.execute("MATCH (a:Directive)-[:REPEATS]->(b:Directive) "
                                  "RETURN a.id AS a, b.id AS b", {})
    threads = {frozenset(group) for group in thread_of(service.store).values()}
    return {(e["a"], e["b"]) for e in edges}, threads, service.discovered_themes()


def test_ingest_order_does_not_change_links_threads_or_themes(
        bk: TestClient, tmp_path_factory: pytest.TempPathFactory) -> None:
    forward = _snapshot(bk.app.state.service)  # type: ignore[attr-defined]
    other = Chidao(Settings(data_dir=tmp_path_factory.mktemp("bac-kan-reversed")))
    try:
        for path in [NOTICES[2], NOTICES[0], NOTICES[1]]:
            other.ingest_path(path)
        backward = _snapshot(other)
    finally:
        other.close()
    assert forward[0] and len(forward[1]) >= 2
    assert backward == forward
