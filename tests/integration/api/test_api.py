from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.api.conftest import KEY, SAMPLES


def _error(r: Any, status: int, code: str) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"]


def test_health_counts(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["meetings"] == 2 and body["directives"] > 50


def test_health_scans_no_edges(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """/health is probed often: it counts nodes by label and never walks the edges (an edge
    count took seconds at 10 k notices and a prober's retries piled up on the store)."""
    store = client.app.state.service.store  # type: ignore[attr-defined]
    queries: list[str] = []
    real = store.execute

    def recording(query: str, params: Any = None) -> Any:
        queries.append(query)
        return real(query, params)

    monkeypatch.setattr(store, "execute", recording)
    assert client.get("/health").status_code == 200
    assert queries and not any("]-" in q or "-[" in q for q in queries)


def test_search_contract_and_provenance(client: TestClient) -> None:
    body = client.get("/search", params={"q": "chống buôn lậu hàng giả", "k": 5}).json()
    assert body["query"] == "chống buôn lậu hàng giả"
    top = body["results"][0]
    keys = {"id", "kind", "text", "score", "meeting", "section", "span", "lead", "support",
            "projects", "themes", "deadline", "repeats"}
    assert keys <= set(top)
    assert "buôn lậu" in top["text"] and "Sở Công Thương" in top["lead"]
    assert {"id", "period", "date", "title"} <= set(top["meeting"])


def test_search_without_diacritics_finds_the_same(client: TestClient) -> None:
    a = client.get("/search", params={"q": "giải ngân vốn đầu tư công", "k": 5}).json()
    b = client.get("/search", params={"q": "giai ngan von dau tu cong", "k": 5}).json()
    ids_a, ids_b = [r["id"] for r in a["results"]], [r["id"] for r in b["results"]]
    assert ids_a[0] == ids_b[0] and len(set(ids_a) & set(ids_b)) >= 4, (ids_a, ids_b)


def test_search_filters(client: TestClient) -> None:
    body = client.get("/search", params={"q": "kiểm tra", "since": "2026-01",
                                         "agency": "so tai chinh", "role": "lead"}).json()
    assert body["results"]
    assert all(r["meeting"]["period"] >= "2026-01" for r in body["results"])
    assert all("Sở Tài chính" in r["lead"] for r in body["results"])


def test_agency_by_name_and_obligations(client: TestClient) -> None:
    agency = client.get("/agencies/Sở Nông nghiệp và Môi trường").json()["agency"]
    body = client.get(f"/agencies/{agency['id']}/obligations",
                      params={"as_of": "2025-08-01", "role": "lead"}).json()
    rows = body["obligations"]
    assert rows and all(r["role"] == "lead" for r in rows)
    by_deadline = {r["deadline"]["date"]: r["status"] for r in rows if r["deadline"]}
    assert by_deadline["2025-07-22"] == "overdue" and by_deadline["2025-08-31"] == "open"
    periods = [r["meeting"]["period"] for r in rows]
    assert periods == sorted(periods)


def test_agency_by_bare_slug(client: TestClient) -> None:
    agency = client.get("/agencies/Sở Tài chính").json()["agency"]
    slug = agency["id"].rsplit(":", 1)[-1]
    assert slug != agency["id"]
    assert client.get(f"/agencies/{slug}").json()["agency"]["id"] == agency["id"]


def test_project_by_folded_name_and_repeated(client: TestClient) -> None:
    project = client.get("/projects/dong dang tra linh").json()["project"]
    assert "Đồng Đăng" in project["name"]
    body = client.get(f"/projects/{project['id']}/repeated").json()
    assert {"project", "threads"} <= set(body) and body.get("next_cursor") is None


def test_listings(client: TestClient) -> None:
    assert len(client.get("/meetings").json()["meetings"]) == 2
    assert client.get("/agencies").json()["agencies"]
    assert client.get("/projects").json()["projects"]
    themes = client.get("/themes").json()["themes"]
    assert any(t["by_period"] for t in themes)


def test_meeting_directive_and_graph(client: TestClient) -> None:
    meetings = client.get("/meetings").json()["meetings"]
    m = client.get(f"/meetings/{meetings[-1]['id']}").json()["meeting"]
    assert m["directives"] and m["diff"]["previous"] == meetings[0]["id"]
    d = client.get(f"/directives/{m['directives'][0]['id']}").json()["directive"]
    assert d["meeting"]["id"] == m["id"]
    g = client.get("/graph", params={"node": m["id"], "depth": 1}).json()
    assert any(n["id"] == m["id"] for n in g["nodes"])
    assert all({"source", "target", "type"} <= set(e) for e in g["edges"])


def test_meeting_and_search_split_the_query_for_marking(client: TestClient) -> None:
    """`q` on a meeting (the notice opened from a search) and every search return the query's
    content words apart from its stop words: the explorer marks "các" only beside "cây"."""
    meeting = client.get("/meetings").json()["meetings"][0]["id"]
    want = {"words": ["cây", "xanh"], "stop": ["các", "và"]}
    marked = client.get(f"/meetings/{meeting}", params={"q": "các cây xanh và"}).json()
    assert marked["marks"] == want
    assert "marks" not in client.get(f"/meetings/{meeting}").json()
    assert client.get("/search", params={"q": "các cây xanh và"}).json()["marks"] == want


@pytest.mark.parametrize("url", ["/agencies/no-such-agency-xyz", "/meetings/nope",
                                 "/directives/nope", "/projects/qqqqqqqq", "/nowhere"])
def test_not_found_shape(client: TestClient, url: str) -> None:
    _error(client.get(url), 404, "not_found")


@pytest.mark.parametrize("params", [{"q": "x", "k": 0}, {"q": "x", "since": "2025-13"},
                                    {"q": "x", "role": "boss"}, {}])
def test_bad_parameters_shape(client: TestClient, params: dict[str, Any]) -> None:
    _error(client.get("/search", params=params), 422, "invalid_parameter")


def test_write_auth(client: TestClient) -> None:
    files = {"file": ("x.txt", b"hello")}
    _error(client.post("/documents", files=files), 401, "unauthorized")
    _error(client.post("/documents", files=files, headers={"X-API-Key": "wrong"}), 403,
           "forbidden")


def test_upload_limits_and_bad_documents(client: TestClient) -> None:
    headers = {"X-API-Key": KEY}
    big = {"file": ("big.txt", b"a" * 300_000)}
    _error(client.post("/documents", files=big, headers=headers), 413, "payload_too_large")
    r = client.post("/documents", files={"file": ("../../etc/notes.txt", "Xin chào".encode())},
                    headers=headers)
    _error(r, 422, "invalid_document")
    assert "notes.txt" in r.json()["error"]["message"] and "etc" not in r.json()["error"]["message"]


def test_reupload_is_unchanged(client: TestClient) -> None:
    path = SAMPLES[0]
    r = client.post("/documents", files={"file": (path.name, path.read_bytes())},
                    headers={"X-API-Key": KEY})
    assert r.status_code == 201 and r.json()["status"] == "unchanged"


def test_explorer_and_openapi(client: TestClient) -> None:
    assert "<html" in client.get("/").text.lower()
    assert client.get("/openapi.json").json()["paths"]["/search"]


def test_obligations_contract_and_folded_agency_name(client: TestClient) -> None:
    exact = client.get("/agencies/Sở Tài chính").json()["agency"]
    folded = client.get("/agencies/so tai chinh").json()["agency"]
    assert exact["id"] == folded["id"] and exact["name"] == "Sở Tài chính"
    body = client.get(f"/agencies/{exact['id']}/obligations",
                      params={"as_of": "2026-03-01"}).json()
    assert {"agency", "as_of", "obligations"} <= set(body) and body["as_of"] == "2026-03-01"
    keys = {"id", "text", "role", "meeting", "deadline", "status", "thread"}
    assert body["obligations"] and all(keys <= set(r) for r in body["obligations"])
    assert {r["status"] for r in body["obligations"]} <= {"open", "overdue", "no_deadline"}


def test_docs_and_static_assets(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    assert client.get("/static/js/main.js").status_code == 200
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/health", "/search", "/agencies/{agency_id}/obligations", "/themes", "/graph",
            "/projects/{project_id}/repeated", "/directives/{directive_id}",
            "/documents", "/documents/{meeting_id}", "/overview", "/agencies/{agency_id}/tasklist",
            "/agencies/{agency_id}/tasklist/export"} <= paths
