"""Searches keep answering while a notice is ingested; two `chidao ingest` processes on one data
dir at once end in the store a sequential ingest makes."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.config import StoreConfig
from graph.connect import open_store
from search_api.service import Chidao
from tests.integration.reliability.checks import assert_consistent, parsed_counts, snapshot
from tests.integration.reliability.conftest import KEY, ROOT, SAMPLES, chidao, neo4j_store

QUERIES = ["giải ngân vốn đầu tư công", "cao tốc Đồng Đăng - Trà Lĩnh", "chuyển đổi số",
           "Sở Tài chính", "thu ngân sách"]
LANG_SON = ROOT / "tests" / "fixtures" / "notices" / "lang-son-2024-09-chuyen-de.txt"


def test_searches_answer_while_a_notice_is_ingested(svc: Chidao, rclient: TestClient) -> None:
    svc.ingest_path(SAMPLES[0])
    latencies: list[float] = []
    failures: list[str] = []
    done = threading.Event()

    def search() -> None:
        i = 0
        while not done.is_set():
            start = time.perf_counter()
            r = rclient.get("/search", params={"q": QUERIES[i % len(QUERIES)], "k": 5})
            latencies.append(time.perf_counter() - start)
            if r.status_code != 200 or not r.json()["results"]:
                failures.append(r.text[:200])
            i += 1

    searchers = [threading.Thread(target=search) for _ in range(2)]
    for t in searchers:
        t.start()
    r = rclient.post("/documents", files={"file": (SAMPLES[1].name, SAMPLES[1].read_bytes())},
                     headers={"X-API-Key": KEY})
    done.set()
    for t in searchers:
        t.join(timeout=120)
    assert r.status_code == 201 and r.json()["status"] == "created", r.text
    assert failures == [] and len(latencies) >= 2
    print(f"{len(latencies)} searches during one ingest, max latency {max(latencies):.2f}s")


def test_two_ingest_processes_at_once_equal_a_sequential_ingest(
    tmp_path: Path, data: Path, svc: Chidao
) -> None:
    files = [*SAMPLES, LANG_SON]
    store = open_store(StoreConfig(kind="embedded", data_dir=data))  # both CLIs reuse it
    try:
        procs = [chidao(data, "ingest", *(str(f) for f in order))
                 for order in (files, files)]
        outs = [p.communicate(timeout=400) for p in procs]
        for p, (out, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0 and "3 ingested, 0 failed" in err, out + err
        assert_consistent(store, parsed_counts(files), svc.settings)
        svc.ingest_many(files)
        assert snapshot(store) == snapshot(svc.store)
    finally:
        store.close()


@pytest.mark.neo4j
def test_two_ingest_processes_at_once_on_neo4j_equal_a_sequential_ingest(
    data: Path, svc: Chidao, neo4j_servers: Any
) -> None:
    """The same on a Neo4j 5 of their own: no file lock there, the writer lock held in the
    store keeps the two CLIs apart; the graph equals the embedded store's sequential ingest."""
    target = neo4j_servers("reliability")
    neo4j_store(target, data).close()  # emptied: the kill test shares the server
    files = [*SAMPLES, LANG_SON]
    procs = [chidao(data, "ingest", *(str(f) for f in files), env={"CHIDAO_STORE": "neo4j",
                                                                  **target}) for _ in range(2)]
    outs = [p.communicate(timeout=400) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0 and "3 ingested, 0 failed" in err, out + err
    store = open_store(StoreConfig(kind="neo4j", data_dir=data, neo4j_uri=target["NEO4J_URI"],
                                   neo4j_user=target["NEO4J_USER"],
                                   neo4j_password=target["NEO4J_PASSWORD"]))
    try:
        assert_consistent(store, parsed_counts(files), svc.settings)
        svc.ingest_many(files)
        assert snapshot(store) == snapshot(svc.store)
    finally:
        store.close()
