"""The agency page a page at a time (`/agencies/{id}/tasklist?limit=`) over twelve monthly notices
of one province (eval/tasks: linked tasks, re-assigned ones, done reports): for each sort and
filter, the pages join into exactly the whole list, which is the unfiltered table's rows (their
full histories) filtered and ordered the same way, counted per state and role alike."""

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ingest.text import fold
from search_api.crossmonth import tasklist
from tests.integration.api.conftest import get_json, uploaded

SERIES = sorted((Path(__file__).parents[3] / "eval" / "tasks").glob("*.txt"))
AGENCIES = ("lai-chau:so-tai-chinh", "lai-chau:so-ke-hoach-va-dau-tu",
            "lai-chau:ban-qlda-giao-thong", "lai-chau:so-y-te")
FILTERS: list[dict[str, str]] = [
    {}, {"state": "superseded"}, {"state": "overdue"}, {"role": "lead"}, {"role": "support"},
    {"since": "2024-06"}, {"until": "2024-05"}, {"q": "báo cáo"},
    {"role": "lead", "state": "overdue", "since": "2024-03"}]


@pytest.fixture(scope="module")
def lc(tmp_path_factory: pytest.TempPathFactory, module_store: dict[str, Any]
       ) -> Iterator[TestClient]:
    """On each engine (`module_store`)."""
    with uploaded(SERIES, data_dir=tmp_path_factory.mktemp("lai-chau"), **module_store) as c:
        yield c


def _walk(client: TestClient, url: str, params: dict[str, str], limit: int) -> list[Any]:
    rows: list[Any] = []
    cursor: str | None = None
    while True:
        more = {"cursor": cursor} if cursor else {}
        page = get_json(client, url, **params, limit=limit, **more)
        rows += page["tasks"]
        cursor = page["next_cursor"]
        assert len(page["tasks"]) == limit if cursor else len(page["tasks"]) <= limit
        if not cursor:
            return rows


def _expected(every: list[Any], f: dict[str, str], sort: str) -> list[Any]:
    """The unfiltered rows, filtered and ordered here (the text filter on their full text)."""
    words = fold(f.get("q", "")).split()
    rows = [r for r in every if all(w in fold(" ".join([r["text"] or "", *r["projects"]]))
                                    for w in words)]
    return tasklist.filtered(rows, f.get("state"), f.get("role"), sort, f.get("since"),
                             f.get("until"))


@pytest.mark.parametrize("sort", tasklist.SORTS)
def test_agency_pages_join_into_the_filtered_list(lc: TestClient, sort: str) -> None:
    seen_states: set[str] = set()
    for agency in AGENCIES:
        url = f"/agencies/{agency}/tasklist"
        for as_of in ("2024-06-15", "2024-12-31"):
            every = get_json(lc, url, as_of=as_of)["tasks"]
            seen_states |= {r["state"] for r in every}
            for f in FILTERS:
                whole = get_json(lc, url, as_of=as_of, sort=sort, **f)
                expected = _expected(every, f, sort)
                assert whole["tasks"] == expected and whole["total"] == len(expected), (as_of, f)
                assert whole["next_cursor"] is None and whole["sort"] == sort
                seen = _walk(lc, url, {"as_of": as_of, "sort": sort, **f}, 2)
                assert [r["id"] for r in seen] == [r["id"] for r in expected], (as_of, f)
    assert seen_states >= {"superseded", "overdue", "open", "reported_done", "recurring"}


def _count(rows: list[Any], key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        out[r[key]] = out.get(r[key], 0) + 1
    return out


def test_agency_counts_are_per_state_and_role_of_the_other_filters(lc: TestClient) -> None:
    """A state's count is what clicking it lists (role and months kept), a role's likewise."""
    url, as_of = f"/agencies/{AGENCIES[0]}/tasklist", "2024-12-31"
    every = get_json(lc, url, as_of=as_of)
    assert every["counts"] == _count(every["tasks"], "state")
    assert every["roles"] == _count(every["tasks"], "role") and set(every["roles"]) == {
        "lead", "support"}
    page = get_json(lc, url, as_of=as_of, role="support", state="overdue", since="2024-04",
                    limit=1)
    months = [r for r in every["tasks"] if r["last_seen"] >= "2024-04"]
    assert page["counts"] == _count([r for r in months if r["role"] == "support"], "state")
    assert page["roles"] == _count([r for r in months if r["state"] == "overdue"], "role")
    assert page["total"] == page["counts"].get("overdue", 0) == page["roles"].get("support", 0)
    assert len(page["tasks"]) == 1 and len(page["roles"]) == 2 and len(page["counts"]) > 1


def test_agency_export_is_the_whole_filtered_list(lc: TestClient) -> None:
    url, as_of = f"/agencies/{AGENCIES[0]}/tasklist", "2024-12-31"
    rows = get_json(lc, url, as_of=as_of, role="lead", sort="deadline")["tasks"]
    r = lc.get(f"{url}/export", params={"format": "csv", "as_of": as_of, "role": "lead"})
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) > 3 and [x[-1] for x in table[1:]] == [t["id"] for t in rows]
