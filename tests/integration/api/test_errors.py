"""Error shapes and the write guard: every failure is `{"error": {"code", "message"}}`."""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.api.conftest import KEY, ORIGIN, SAMPLES


def _error(r: Any, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return str(body["error"]["message"])


@pytest.mark.parametrize("url,params", [
    ("/graph", {"node": "x", "depth": 4}), ("/graph", {"node": "x", "depth": 0}),
    ("/graph", {}), ("/search", {"q": "x", "k": 101}), ("/search", {"q": "x", "until": "2025-7"}),
    ("/search", {"q": "x", "preset": "magic"}),
    ("/search", {"q": "x", "since": "٢٠٢٥-06"}),  # Arabic-Indic digits are not a period
    ("/agencies/x/obligations", {"as_of": "2025-02-30"}),
    ("/agencies/x/obligations", {"role": "owner"}),
])
def test_validation_errors_name_the_parameter(client: TestClient, url: str,
                                             params: dict[str, Any]) -> None:
    message = _error(client.get(url, params=params), 422, "invalid_parameter")
    assert "query" in message


def test_unknown_graph_node_and_method(client: TestClient) -> None:
    _error(client.get("/graph", params={"node": "không có nút này qqq"}), 404, "not_found")
    _error(client.put("/meetings"), 405, "method_not_allowed")


def test_until_before_since_is_rejected(client: TestClient) -> None:
    r = client.get("/search", params={"q": "x", "since": "2025-07", "until": "2025-06"})
    assert "until (2025-06) trước since (2025-07)" in _error(r, 422, "invalid_parameter")


def test_blank_query_is_rejected(client: TestClient) -> None:
    _error(client.get("/search", params={"q": "   "}), 422, "invalid_parameter")


def test_delete_needs_the_key_and_a_known_meeting(client: TestClient) -> None:
    _error(client.delete("/documents/nope"), 401, "unauthorized")
    _error(client.delete("/documents/nope", headers={"X-API-Key": KEY + "x"}), 403, "forbidden")
    _error(client.delete("/documents/nope", headers={"X-API-Key": KEY}), 404, "not_found")


def test_upload_without_a_file_field(client: TestClient) -> None:
    r = client.post("/documents", data={"other": "x"}, headers={"X-API-Key": KEY})
    assert "file" in _error(r, 422, "invalid_parameter")


def test_writes_disabled_without_a_server_key(bare_client: TestClient) -> None:
    files = {"file": (SAMPLES[0].name, SAMPLES[0].read_bytes())}
    for headers in ({}, {"X-API-Key": KEY}):
        _error(bare_client.post("/documents", files=files, headers=headers), 503,
               "writes_disabled")
        _error(bare_client.delete("/documents/x", headers=headers), 503, "writes_disabled")
    assert bare_client.get("/meetings").json() == {"meetings": [], "next_cursor": None}


def test_cors_only_when_configured(client: TestClient, bare_client: TestClient) -> None:
    header = "access-control-allow-origin"
    assert bare_client.get("/health", headers={"Origin": ORIGIN}).headers[header] == ORIGIN
    assert header not in bare_client.get("/health", headers={"Origin": "http://evil.example"}).headers
    assert header not in client.get("/health", headers={"Origin": ORIGIN}).headers


def test_empty_store_answers(bare_client: TestClient) -> None:
    assert bare_client.get("/health").json()["meetings"] == 0
    assert bare_client.get("/search", params={"q": "giải ngân"}).json()["results"] == []
    _error(bare_client.get("/agencies/Sở Tài chính"), 404, "not_found")


def test_oversize_is_cut_off_while_streaming(client: TestClient) -> None:
    headers = {"X-API-Key": KEY, "Content-Type": "multipart/form-data; boundary=zz"}

    def chunks() -> Iterator[bytes]:  # no Content-Length: only counting the stream can stop it
        for _ in range(40):
            yield b"x" * 10_000

    _error(client.post("/documents", content=chunks(), headers=headers), 413,
           "payload_too_large")
    just_over = {"file": ("a.txt", b"a" * 200_001)}  # the file alone, checked exactly
    message = _error(client.post("/documents", files=just_over, headers={"X-API-Key": KEY}),
                     413, "payload_too_large")
    assert "200000" in message


def test_upload_name_is_only_a_display_name(client: TestClient) -> None:
    files = {"file": ("C:\\Windows\\..\\secret\\ghi chú.txt", "Xin chào".encode())}
    r = client.post("/documents", files=files, headers={"X-API-Key": KEY})
    message = _error(r, 422, "invalid_document")
    assert "ghi chú.txt" in message and "secret" not in message and "\\" not in message
