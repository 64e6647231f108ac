"""Bounded work: past the paragraph, unit or parse-time bound a notice is refused (422, store
unchanged); a stuck store write times out, leaves the writer locks and never commits; SIGTERM
stops `chidao serve` even with a client holding a half-sent body."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from graph import write
from search_api.service import Chidao
from tests.integration.reliability.checks import snapshot
from tests.integration.reliability.conftest import CHIDAO, KEY, SAMPLES

HEADERS = {"X-API-Key": KEY}


def _post(client: TestClient, path: Path) -> tuple[int, dict[str, Any]]:
    r = client.post("/documents", files={"file": (path.name, path.read_bytes())},
                    headers=HEADERS)
    return r.status_code, r.json()


def _bounded(svc: Chidao, monkeypatch: pytest.MonkeyPatch, **bounds: float) -> None:
    monkeypatch.setattr(svc, "settings", svc.settings.model_copy(update=bounds))


@pytest.mark.parametrize(("bound", "setting"), [
    ({"max_units": 3}, "CHIDAO_MAX_UNITS"),
    ({"max_paragraphs": 5}, "CHIDAO_MAX_PARAGRAPHS"),
    ({"max_parse_s": 0.01}, "CHIDAO_MAX_PARSE_S"),
])
def test_a_notice_past_a_bound_is_refused_and_nothing_is_stored(
        svc: Chidao, rclient: TestClient, monkeypatch: pytest.MonkeyPatch,
        bound: dict[str, float], setting: str) -> None:
    before = snapshot(svc.store)
    _bounded(svc, monkeypatch, **bound)
    got, body = _post(rclient, SAMPLES[0])
    assert (got, body["error"]["code"]) == (422, "invalid_document"), body
    assert setting in body["error"]["message"] and "\n" not in body["error"]["message"]
    assert snapshot(svc.store) == before
    monkeypatch.undo()
    assert _post(rclient, SAMPLES[0])[0] == 201


def test_a_stuck_store_write_times_out_releases_the_locks_and_never_commits(
        esvc: Chidao, eclient: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    stuck, reached = threading.Event(), threading.Event()
    real = write._write_indicators

    def hang(*args: Any) -> None:
        reached.set()
        stuck.wait(300)  # a store call that does not come back (until the test lets it)
        real(*args)

    # the store's first write creates its vector indexes (Neo4j: seconds): done before the bound
    esvc.delete(esvc.ingest_path(SAMPLES[1]).meeting_id)
    _bounded(esvc, monkeypatch, store_timeout_s=5.0)
    monkeypatch.setattr(write, "_write_indicators", hang)
    r = eclient.post("/documents", files={"file": (SAMPLES[0].name, SAMPLES[0].read_bytes())},
                     headers=HEADERS)
    assert reached.is_set() and r.status_code == 503, r.text
    assert r.json()["error"]["code"] == "store_timeout" and "retry-after" in r.headers
    monkeypatch.setattr(write, "_write_indicators", real)
    # the writer locks were released, and the engine's (Neo4j locks the nodes a transaction
    # wrote until it ends: it ends the abandoned one seconds after the limit)
    _bounded(esvc, monkeypatch, store_timeout_s=60.0)
    assert _post(eclient, SAMPLES[1])[0] == 201
    stuck.set()  # the abandoned write goes on: its next statement raises, it rolls back
    for worker in [t for t in threading.enumerate() if t.name == "chidao-store-call"]:
        worker.join(60)
    assert [m["id"] for m in esvc.meetings()] == [_post(eclient, SAMPLES[1])[1]["meeting_id"]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_up(base: str, proc: subprocess.Popen[str]) -> None:
    for _ in range(600):  # the embedded store starts first: up to a minute on a busy machine
        assert proc.poll() is None, proc.communicate()
        try:
            if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError("chidao serve did not answer /health")


def test_sigterm_stops_serve_while_a_client_holds_a_half_sent_body(data: Path) -> None:
    port = _free_port()
    env = dict(os.environ, CHIDAO_DATA_DIR=str(data), CHIDAO_API_KEY=KEY,
               CHIDAO_BODY_TIMEOUT_S="3600")
    proc = subprocess.Popen([str(CHIDAO), "serve", "--port", str(port)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    held: socket.socket | None = None
    try:
        _wait_up(f"http://127.0.0.1:{port}", proc)
        held = socket.create_connection(("127.0.0.1", port), timeout=60)
        held.sendall(b"POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + KEY.encode()
                     + b"\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Content-Length: 100000\r\n\r\n--b\r\n")
        time.sleep(1)  # the request is in flight, its body never completes
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=120)  # a hang guard: without the fix it waits for the body
        assert proc.returncode is not None
    finally:
        if held is not None:
            held.close()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
