"""Nothing lost without a say: another version of a stored meeting needs replace=true (else 409,
store unchanged), every replaced version is kept and can be restored, and two versions sent at
once have one winner and one 409 loser."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi.testclient import TestClient

from graph.config import StoreConfig
from graph.connect import open_store
from search_api.service import Chidao
from tests.integration.reliability.checks import snapshot
from tests.integration.reliability.conftest import KEY, SAMPLES, chidao

HEADERS = {"X-API-Key": KEY}


def _version(n: int) -> bytes:
    """The first sample with its lead agency changed: another version of the same meeting."""
    text = SAMPLES[0].read_text(encoding="utf-8")
    return text.replace("Sở Tài chính chủ trì", f"Sở Xây dựng chủ trì{' ' * n}", 1).encode()


def _post(client: TestClient, data: bytes, **params: str) -> tuple[int, dict[str, object]]:
    r = client.post("/documents", params=params, headers=HEADERS,
                    files={"file": (SAMPLES[0].name, data)})
    return r.status_code, r.json()


def test_another_version_needs_replace_else_409_store_unchanged(
        esvc: Chidao, eclient: TestClient) -> None:
    first = esvc.ingest_path(SAMPLES[0])
    before = snapshot(esvc.store)
    kept = eclient.get(f"/meetings/{first.meeting_id}/versions").json()
    got, body = _post(eclient, _version(1))
    assert got == 409, body
    error = body["error"]
    assert isinstance(error, dict) and error["code"] == "version_conflict"
    assert first.meeting_id in error["message"] and "replace=true" in error["message"]
    assert snapshot(esvc.store) == before
    assert eclient.get(f"/meetings/{first.meeting_id}/versions").json() == kept
    assert len(kept["versions"]) == 1 and kept["versions"][0]["current"]


def test_replaced_version_is_kept_and_restored_exactly(esvc: Chidao, eclient: TestClient) -> None:
    first = esvc.ingest_path(SAMPLES[0])
    original, mid = snapshot(esvc.store), first.meeting_id
    old_sha = esvc.store.notice_sha(mid)
    got, body = _post(eclient, _version(1), replace="true")
    assert (got, body["status"]) == (201, "replaced"), body
    assert snapshot(esvc.store) != original
    listed = eclient.get(f"/meetings/{mid}/versions").json()
    assert [v["current"] for v in listed["versions"]] == [True, False]
    assert listed["versions"][1]["sha256"] == old_sha and listed["current"] != old_sha
    path = f"/meetings/{mid}/versions/{old_sha}/restore"
    assert eclient.post(path).status_code == 401
    r = eclient.post(path, headers=HEADERS)
    assert r.status_code == 200 and r.json()["status"] == "replaced", r.text
    assert snapshot(esvc.store) == original
    after = eclient.get(f"/meetings/{mid}/versions").json()
    assert after["current"] == old_sha and len(after["versions"]) == 2
    missing = eclient.post(f"/meetings/{mid}/versions/{'0' * 64}/restore", headers=HEADERS)
    assert missing.status_code == 404
    esvc.delete(mid)
    assert eclient.get(f"/meetings/{mid}/versions").status_code == 404


def _race(client: TestClient, bodies: list[bytes], **params: str) -> list[int]:
    codes: list[int] = []
    start = threading.Barrier(len(bodies))

    def send(data: bytes) -> None:
        start.wait()
        codes.append(_post(client, data, **params)[0])

    threads = [threading.Thread(target=send, args=(b,)) for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    return sorted(codes)


def test_two_versions_at_once_have_one_winner_and_one_409(
        esvc: Chidao, eclient: TestClient) -> None:
    assert _race(eclient, [_version(1), _version(2)]) == [201, 409]
    mid = next(m["id"] for m in esvc.meetings())
    current = esvc.store.notice_sha(mid)
    assert current is not None
    assert _race(eclient, [_version(3), _version(4)], replace="true",
                 replaces=current) == [201, 409]
    assert len(eclient.get(f"/meetings/{mid}/versions").json()["versions"]) == 2


def test_cli_ingest_needs_replace_for_another_version(tmp_path: Path, data: Path) -> None:
    other = tmp_path / SAMPLES[0].name
    other.write_bytes(_version(1))
    store = open_store(StoreConfig(kind="embedded", data_dir=data))  # the CLI runs reuse it
    try:
        runs = []
        for args in ([str(SAMPLES[0])], [str(other)], ["--replace", str(other)]):
            proc = chidao(data, "ingest", *args)
            out, err = proc.communicate(timeout=300)
            runs.append((proc.returncode, out, err))
        assert runs[0][0] == 0, runs[0]
        code, out, err = runs[1]
        assert (code, out) == (1, "") and f"{other}: " in err and "--replace" in err
        assert err.strip().endswith("0 ingested, 1 failed")
        code, out, err = runs[2]
        assert code == 0 and ": replaced " in out, err
    finally:
        store.close()
