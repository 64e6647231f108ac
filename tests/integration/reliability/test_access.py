"""Access and injection, API side: the key is compared in constant time, an empty server key
disables writes, upload names never become paths, labels come from an allow-list, Cypher-looking
input is data, and `<script>` in a notice comes back as plain JSON text."""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.errors import StoreError
from graph.read import entities
from search_api.api import deps
from search_api.api.app import create_app
from search_api.service import Chidao
from search_api.settings import Settings
from tests.integration.reliability.checks import snapshot
from tests.integration.reliability.conftest import KEY, SAMPLES

HEADERS = {"X-API-Key": KEY}
INJECTIONS = ["x' OR 1=1 --", "') DETACH DELETE n //", "x}) MATCH (n) DETACH DELETE n //",
              "$id", "<script>alert(1)</script>", "..%2F..%2Fetc%2Fpasswd", "Sở Tài chính'"]


def _upload(client: TestClient, name: str, data: bytes, headers: dict[str, str]) -> Any:
    return client.post("/documents", files={"file": (name, data)}, headers=headers)


def test_key_is_compared_in_constant_time(rclient: TestClient,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    assert deps.hmac is hmac  # type: ignore[attr-defined]
    monkeypatch.setattr(hmac, "compare_digest", spy)
    r = rclient.delete("/documents/nope", headers={"X-API-Key": "k"})  # shorter than the key
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert seen == [(b"k", KEY.encode())]


def test_empty_server_key_disables_writes(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, api_key=SecretStr(""))
    with TestClient(create_app(settings)) as c:
        for headers in ({}, {"X-API-Key": ""}):
            r = _upload(c, SAMPLES[0].name, SAMPLES[0].read_bytes(), headers)
            assert (r.status_code, r.json()["error"]["code"]) == (503, "writes_disabled")
        assert c.get("/meetings").json() == {"meetings": [], "next_cursor": None}


def test_traversal_in_upload_name_is_only_a_display_name(svc: Chidao, rclient: TestClient,
                                                        tmp_path: Path) -> None:
    before = {p for p in svc.settings.data_dir.rglob("*")}
    name = "../../../../tmp/../etc/" + SAMPLES[0].name
    r = _upload(rclient, name, SAMPLES[0].read_bytes(), HEADERS)
    assert r.status_code == 201 and r.json()["source"] == SAMPLES[0].name, r.text
    for bad in ("..", "/", "../"):
        r = _upload(rclient, bad, b"x", HEADERS)
        assert r.status_code == 422 and r.json()["error"]["code"] in {
            "invalid_parameter", "invalid_document"}
    made = {p for p in svc.settings.data_dir.rglob("*")} - before
    assert not any(p.suffix == ".txt" for p in made)
    assert not Path("/etc", SAMPLES[0].name).exists()


def test_labels_come_from_an_allow_list(svc: Chidao) -> None:
    for bad in ("Meeting) DETACH DELETE (n", "Meta", "meeting", ""):
        with pytest.raises(StoreError, match="unknown node label"):
            entities.find_by_name(svc.store, bad, "x")


def test_cypher_looking_input_is_data(svc: Chidao, rclient: TestClient) -> None:
    svc.ingest_many(SAMPLES)
    before = snapshot(svc.store)
    for text in INJECTIONS:
        for url in (f"/agencies/{text}", f"/projects/{text}", f"/meetings/{text}",
                    f"/directives/{text}", f"/agencies/{text}/obligations"):
            r = rclient.get(url)  # a fuzzy name match may find the real agency: 200
            assert r.status_code in (200, 404, 422), (url, r.text)
            assert r.status_code == 200 or set(r.json()) == {"error"}
        for params in ({"q": text}, {"q": "giải ngân", "agency": text}, {"node": text}):
            r = rclient.get("/graph" if "node" in params else "/search", params=params)
            assert r.status_code in (200, 404, 422), (params, r.text)
    assert snapshot(svc.store) == before


def test_script_in_a_notice_is_returned_as_data(svc: Chidao, rclient: TestClient) -> None:
    text = SAMPLES[0].read_text(encoding="utf-8")
    marker = "Sở Tài chính chủ trì"
    assert marker in text
    evil = text.replace(marker, "<script>alert('x')</script> " + marker, 1)
    r = _upload(rclient, "evil.txt", evil.encode(), HEADERS)
    assert r.status_code == 201, r.text
    meeting = rclient.get(f"/meetings/{r.json()['meeting_id']}")
    assert meeting.headers["content-type"].startswith("application/json")
    body = meeting.json()
    texts = [d["text"] for d in body.get("meeting", body)["directives"]]
    assert any("<script>alert('x')</script>" in t for t in texts)
    hits = rclient.get("/search", params={"q": "script alert", "k": 5}).json()["results"]
    assert any("<script>alert('x')</script>" in h["text"] for h in hits)
