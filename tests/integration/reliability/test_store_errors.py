"""Store errors carry their status: a constraint violation 409, a refused value 422, the engine
down 503 with Retry-After, a full disk 507; the message is Vietnamese and shows no engine text,
port or path; the store is unchanged."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from neo4j.exceptions import Neo4jError, ServiceUnavailable

from graph import write
from graph.errors import StoreError, classify
from search_api.service import Chidao
from tests.integration.reliability.checks import app_settings, snapshot
from tests.integration.reliability.conftest import KEY, SAMPLES

ENGINE_TEXT = "Failed to read from defunct connection IPv4Address(('127.0.0.1', 42871)) /tmp/x"


def _fault(exc: Exception) -> object:
    def boom(*_args: object) -> None:
        raise StoreError(f"query failed: {exc}", classify(exc)) from exc

    return boom


def _post(client: TestClient) -> tuple[int, dict[str, str], dict[str, str]]:
    r = client.post("/documents", files={"file": (SAMPLES[1].name, SAMPLES[1].read_bytes())},
                    headers={"X-API-Key": KEY})
    return r.status_code, dict(r.headers), r.json()["error"]


def _server_error(code: str, message: str = ENGINE_TEXT) -> Neo4jError:
    """The error the driver makes of a server's failure message."""
    return Neo4jError._hydrate_neo4j(code=code, message=message)


def test_unique_id_violation_in_the_engine_is_a_conflict(esvc: Chidao) -> None:
    esvc.store.execute("CREATE (:Meeting {id: $id})", {"id": "m-dup"})
    with pytest.raises(StoreError) as caught:
        esvc.store.execute("CREATE (:Meeting {id: $id})", {"id": "m-dup"})
    assert caught.value.kind == "conflict", caught.value


@pytest.mark.parametrize(("fault", "status", "code"), [
    (ServiceUnavailable(ENGINE_TEXT), 503, "store_unavailable"),
    (_server_error("Neo.ClientError.Schema.ConstraintValidationFailed"), 409, "store_conflict"),
    (_server_error("Neo.ClientError.Statement.TypeError"), 422, "store_invalid"),
    (OSError(28, "No space left on device"), 507, "disk_full"),
])
def test_store_error_answers_with_its_status_and_a_clean_message(
        esvc: Chidao, eclient: TestClient, monkeypatch: pytest.MonkeyPatch,
        fault: Exception, status: int, code: str) -> None:
    esvc.ingest_path(SAMPLES[0])
    before = snapshot(esvc.store)
    monkeypatch.setattr(write, "_write_indicators", _fault(fault))
    got, headers, error = _post(eclient)
    assert (got, error["code"]) == (status, code), error
    assert ("retry-after" in headers) == (status == 503)
    for internal in ("127.0.0.1", "42871", "/tmp", "IPv4Address", "defunct"):
        assert internal not in error["message"]
    assert "dữ liệu" in error["message"]
    assert snapshot(esvc.store) == before


def test_a_nearly_full_disk_is_told_as_full_whatever_the_engine_said(
        svc: Chidao, rclient: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "_write_indicators",
                        _fault(_server_error("Neo.DatabaseError.General.UnknownError",
                                             "TransactionNotFound: transaction 17")))
    with app_settings(rclient.app, min_free_disk_bytes=1 << 62):
        got, _, error = _post(rclient)
    assert (got, error["code"]) == (507, "disk_full"), error
