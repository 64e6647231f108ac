"""Delete then re-upload one notice: the store, listings and search follow the writes."""

from fastapi.testclient import TestClient

from tests.integration.api.conftest import KEY, SAMPLES

HEADERS = {"X-API-Key": KEY}


def test_delete_then_reupload(client: TestClient) -> None:
    path = SAMPLES[0]
    meetings = client.get("/meetings").json()["meetings"]
    gone = meetings[0]["id"]
    r = client.delete(f"/documents/{gone}", headers=HEADERS)
    assert r.status_code == 200 and r.json() == {"deleted": gone}
    assert [m["id"] for m in client.get("/meetings").json()["meetings"]] == [meetings[1]["id"]]
    assert client.get(f"/meetings/{gone}").status_code == 404
    hits = client.get("/search", params={"q": "giải ngân vốn đầu tư công", "k": 20}).json()
    assert hits["results"] and all(h["meeting"]["id"] != gone for h in hits["results"])
    r = client.post("/documents", files={"file": (path.name, path.read_bytes())},
                    headers=HEADERS)
    assert r.status_code == 201 and r.json()["status"] == "created", r.text
    assert r.json()["meeting_id"] == gone
    assert len(client.get("/meetings").json()["meetings"]) == 2
