"""List endpoints page by `limit` and an opaque `cursor`; the pages equal the whole list."""

import pytest
from fastapi.testclient import TestClient

LISTS = [("/meetings", "meetings"), ("/agencies", "agencies"), ("/projects", "projects")]


def _walk(client: TestClient, url: str, key: str, limit: int) -> list[str]:
    ids: list[str] = []
    cursor: str | None = None
    for _ in range(1000):
        params: dict[str, str | int] = {"limit": limit, **({"cursor": cursor} if cursor else {})}
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
