"""List endpoints page by `limit` and an opaque `cursor`; the pages equal the whole list."""

import pytest
from fastapi.testclient import TestClient

LISTS = [("/meetings", "meetings"), ("/agencies", "agencies"), ("/projects", "projects")]
AGENCY = "/agencies/Sở Công Thương"
# lists the service computes whole, cut by search_api.api.paging.paged (all rows by default)
WHOLE = [("/themes", "themes", 2), (f"{AGENCY}/obligations", "obligations", 2),
         (f"{AGENCY}/tasklist", "tasks", 2), (f"{AGENCY}/repeated", "threads", 1),
         ("/themes/discovered?min_directives=2&min_meetings=1", "themes", 2)]


def _walk(client: TestClient, url: str, key: str, limit: int) -> list[str]:
    url, _, query = url.partition("?")
    fixed = dict(p.split("=") for p in query.split("&")) if query else {}
    ids: list[str] = []
    cursor: str | None = None
    for _ in range(1000):
        params: dict[str, str | int] = {**fixed, "limit": limit,
                                        **({"cursor": cursor} if cursor else {})}
        body = client.get(url, params=params).json()
        assert len(body[key]) <= limit
        ids += [row["id"] for row in body[key]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids
    raise AssertionError("paging did not end")


@pytest.mark.parametrize(("url", "key"), LISTS)
def test_pages_of_one_and_two_equal_the_whole_list(client: TestClient, url: str, key: str) -> None:
    whole = client.get(url).json()
    assert whole["next_cursor"] is None
    ids = [row["id"] for row in whole[key]]
    assert len(ids) >= 2
    assert _walk(client, url, key, 1) == ids
    assert _walk(client, url, key, 2) == ids


def test_a_page_keeps_the_counts_of_the_list(client: TestClient) -> None:
    whole = {m["id"]: m["directives"] for m in client.get("/meetings").json()["meetings"]}
    first = client.get("/meetings", params={"limit": 1}).json()["meetings"][0]
    assert first["directives"] == whole[first["id"]] > 0


@pytest.mark.parametrize("cursor", ["%%%", "bm90IGpzb24", "W10", "WzFd", "e30"])
def test_a_foreign_cursor_is_a_422_in_the_error_shape(client: TestClient, cursor: str) -> None:
    r = client.get("/agencies", params={"cursor": cursor})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_parameter"


@pytest.mark.parametrize("limit", [0, -1, 1001])
def test_limit_out_of_range_is_a_422(client: TestClient, limit: int) -> None:
    assert client.get("/meetings", params={"limit": limit}).status_code == 422


@pytest.mark.parametrize(("url", "key", "rows"), WHOLE)
def test_lists_computed_whole_page_the_same_way_and_default_to_all(
        client: TestClient, url: str, key: str, rows: int) -> None:
    whole = client.get(url).json()
    ids = [row["id"] for row in whole[key]]
    assert whole["next_cursor"] is None and len(ids) >= rows, whole
    assert _walk(client, url, key, 1) == ids
    assert _walk(client, url, key, 2) == ids


def test_a_cursor_of_another_list_is_a_422(client: TestClient) -> None:
    cursor = client.get("/meetings", params={"limit": 1}).json()["next_cursor"]
    r = client.get("/themes", params={"cursor": cursor})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_parameter", r.text
