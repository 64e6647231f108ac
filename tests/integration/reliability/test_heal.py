"""Faults heal: the embedded engine killed under a running app is replaced by the app itself
(503 with Retry-After at most meanwhile), and /health says when it is degraded."""

from __future__ import annotations

import os
import signal
import time
from contextlib import suppress

from fastapi.testclient import TestClient

from graph.engines.embedded import alive
from search_api.service import Chidao
from tests.integration.reliability.conftest import KEY, SAMPLES


def test_a_killed_embedded_engine_is_replaced_without_a_restart(
        svc: Chidao, rclient: TestClient) -> None:
    svc.ingest_path(SAMPLES[0])
    server = svc.store.server
    assert server is not None
    os.kill(server.pid, signal.SIGKILL)
    for _ in range(600):  # gone within moments of SIGKILL
        with suppress(ChildProcessError):
            os.waitpid(server.pid, os.WNOHANG)  # reaped, when this process started it
        if not alive(server):
            break
        time.sleep(0.1)
    answers = [rclient.get("/health") for _ in range(2)]
    for r in answers:
        assert r.status_code in (200, 503), r.text
        if r.status_code == 503:
            assert "retry-after" in r.headers and "127.0.0.1" not in r.text
    assert answers[-1].status_code == 200 and answers[-1].json()["meetings"] == 1
    assert svc.store.server is not None and svc.store.server.pid != server.pid
    r = rclient.post("/documents", files={"file": (SAMPLES[1].name, SAMPLES[1].read_bytes())},
                     headers={"X-API-Key": KEY})
    assert r.status_code == 201, r.text
    assert len(rclient.get("/meetings").json()["meetings"]) == 2


def test_health_says_degraded_on_a_nearly_full_disk(svc: Chidao, rclient: TestClient) -> None:
    assert rclient.get("/health").json()["status"] == "ok"
    normal = svc.settings
    svc.settings = normal.model_copy(update={"min_free_disk_bytes": 1 << 62})
    try:
        body = rclient.get("/health").json()
    finally:
        svc.settings = normal
    assert (body["status"], body["problems"]) == ("degraded", ["disk_full"])
