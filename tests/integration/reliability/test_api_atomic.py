"""POST /documents is atomic: a failure injected inside the notice's write transaction leaves the
store as it was (new notice or corrected version) and the API answers in the one error shape."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from graph import write
from graph.errors import StoreError
from search_api.service import Chidao
from tests.integration.reliability.checks import snapshot
from tests.integration.reliability.conftest import KEY, SAMPLES


def _post(client: TestClient, name: str, data: bytes) -> tuple[int, dict[str, object]]:
    r = client.post("/documents", files={"file": (name, data)}, headers={"X-API-Key": KEY},
                    params={"replace": "true"})  # the corrected version replaces the stored one
    return r.status_code, r.json()


def _boom(fault: Exception) -> object:
    def boom(*_args: object) -> None:
        raise fault

    return boom


def test_store_failure_inside_the_write_leaves_the_store_unchanged(
    svc: Chidao, rclient: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc.ingest_path(SAMPLES[0])
    before = snapshot(svc.store)
    later = SAMPLES[1].read_bytes()
    corrected = SAMPLES[0].read_text(encoding="utf-8").replace("Sở Tài chính chủ trì",
                                                               "Sở Xây dựng chủ trì", 1)
    # after the units and their edges are written, before the commit
    monkeypatch.setattr(write, "_write_indicators", _boom(StoreError("injected: link lost")))
    for name, data in ((SAMPLES[1].name, later), (SAMPLES[0].name, corrected.encode())):
        got, body = _post(rclient, name, data)
        assert (got, body["error"]["code"]) == (503, "store_error"), body  # type: ignore[index]
        assert snapshot(svc.store) == before
    monkeypatch.undo()
    assert _post(rclient, SAMPLES[1].name, later)[1]["status"] == "created"
    assert _post(rclient, SAMPLES[0].name, corrected.encode())[1]["status"] == "replaced"


def test_bug_inside_the_write_is_a_json_500_and_leaves_the_store_unchanged(
    svc: Chidao, rclient: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc.ingest_path(SAMPLES[0])
    before = snapshot(svc.store)
    monkeypatch.setattr(write, "_write_indicators", _boom(RuntimeError("injected bug")))
    client = TestClient(rclient.app, raise_server_exceptions=False)  # the app is already started
    got, body = _post(client, SAMPLES[1].name, SAMPLES[1].read_bytes())
    assert got == 500 and body == {"error": {"code": "internal_error",
                                             "message": "Lỗi nội bộ máy chủ: RuntimeError"}}
    assert snapshot(svc.store) == before
