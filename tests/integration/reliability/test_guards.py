"""Access before the body: the API key of a write is checked before a byte of the body is read,
a body that does not arrive in time is cut off (408), the Host header must name a configured
host (DNS rebinding), and control / bidi characters never reach stored names or text."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.engines.embedded import ensure_server, stop_server
from search_api.service import Chidao
from tests.integration.reliability.checks import app_settings
from tests.integration.reliability.conftest import KEY, SAMPLES

Message = dict[str, Any]


def _call(app: Any, headers: list[tuple[bytes, bytes]], receive: Any) -> tuple[int, Message]:
    """One raw ASGI request: (status, JSON body)."""
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": "/documents", "raw_path": b"/documents",
             "query_string": b"", "root_path": "", "server": ("testserver", 80),
             "client": ("127.0.0.1", 5000), "headers": [(b"host", b"testserver"), *headers]}
    asyncio.run(app(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], json.loads(body)


MULTIPART = [(b"content-type", b"multipart/form-data; boundary=b"),
             (b"content-length", b"100000")]


@pytest.mark.parametrize(("key", "status"), [(None, 401), (b"wrong-key", 403)])
def test_the_key_is_checked_before_the_body_is_read(
        rclient: TestClient, key: bytes | None, status: int) -> None:
    reads: list[int] = []

    async def receive() -> Message:
        reads.append(1)
        await asyncio.sleep(3600)  # a body that never comes
        return {"type": "http.disconnect"}

    headers = MULTIPART + ([(b"x-api-key", key)] if key else [])
    got, body = _call(rclient.app, headers, receive)
    assert (got, reads) == (status, []), body
    assert set(body) == {"error"}


def test_a_body_that_does_not_arrive_in_time_is_cut_off(rclient: TestClient) -> None:
    chunks = [{"type": "http.request", "body": b"--b\r\n", "more_body": True}]

    async def receive() -> Message:
        if chunks:
            return chunks.pop()
        await asyncio.sleep(3600)  # the rest of the body never comes
        return {"type": "http.disconnect"}

    with app_settings(rclient.app, body_timeout_s=0.5):
        got, body = _call(rclient.app, [*MULTIPART, (b"x-api-key", KEY.encode())], receive)
    assert (got, body["error"]["code"]) == (408, "request_timeout"), body


def test_a_host_not_configured_is_refused(rclient: TestClient) -> None:
    r = rclient.get("/health", headers={"Host": "rebound.attacker.example"})
    assert (r.status_code, r.json()["error"]["code"]) == (400, "invalid_host")
    assert rclient.get("/health", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert rclient.get("/health", headers={"Host": "[::1]:8000"}).status_code == 200


def test_control_and_bidi_characters_never_reach_the_store(
        svc: Chidao, rclient: TestClient) -> None:
    text = SAMPLES[0].read_text(encoding="utf-8")
    dirty = text.replace("Sở Tài chính", "Sở\x00 Tài\x07 chính\x1b\u202e", 1)
    name = "thong\u202ebao\x1b" + SAMPLES[0].name
    r = rclient.post("/documents", files={"file": (name, dirty.encode("utf-16"))},
                     headers={"X-API-Key": KEY})
    assert r.status_code == 201, r.text
    stored = rclient.get(f"/meetings/{r.json()['meeting_id']}").text
    rows = svc.store.execute("MATCH (n) WHERE n.text IS NOT NULL OR n.source IS NOT NULL "
                             "RETURN n.text AS text, n.source AS source", {})
    for where in [stored, *(json.dumps(row, ensure_ascii=False) for row in rows)]:
        for ch in ("\x00", "\x07", "\x1b", "\u202e", "\\u0000", "\\u0007", "\\u001b"):
            assert ch not in where
    assert "thongbao" + SAMPLES[0].name in stored


def test_the_engine_child_does_not_inherit_the_api_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIDAO_API_KEY", "key-of-the-api-0123")
    info = ensure_server(tmp_path / "data")
    try:
        environ = Path(f"/proc/{info.pid}/environ").read_bytes()
    finally:
        stop_server(info)
    assert b"CHIDAO_ARCADEDB_PASSWORD=" in environ  # what it needs, and not the API key
    assert b"key-of-the-api-0123" not in environ and b"CHIDAO_API_KEY" not in environ
