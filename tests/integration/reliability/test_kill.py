"""kill -9 of a real `chidao ingest FOLDER` at seeded random points: the store stays consistent
after each kill (also after the embedded server itself is killed), and re-running the ingest ends
in the graph a clean ingest makes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.config import StoreConfig
from graph.connect import open_store
from graph.engines.embedded import _port_open
from graph.store import BoltStore
from search_api.service import Chidao
from tests.integration.reliability.checks import assert_consistent, parsed_counts, snapshot
from tests.integration.reliability.conftest import ROOT, SAMPLES, chidao, neo4j_store, server_info

FIXTURES = ROOT / "tests" / "fixtures" / "notices"
# Two commits per notice (its write, then its linking): five notices leave room for 4 kill points.
CORPUS = [*SAMPLES, FIXTURES / "lang-son-2024-09-chuyen-de.txt",
          *sorted((FIXTURES / "bac-kan").glob("*.txt"))[:2]]
KILLS = 4
SEED = 8


def _attach(data: Path, proc: subprocess.Popen[str]) -> BoltStore:
    """Connect to the server the CLI started (or start one if the CLI is already gone)."""
    deadline = time.monotonic() + 120
    while server_info(data) is None and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    return open_store(StoreConfig(kind="embedded", data_dir=data))


def _wait_closed(port: int) -> None:
    deadline = time.monotonic() + 30
    while _port_open(port) and time.monotonic() < deadline:
        time.sleep(0.1)


def _kill_after_writes(proc: subprocess.Popen[str], store: BoltStore, writes: int,
                       jitter: float) -> bool:
    """SIGKILL `jitter` seconds after the store saw `writes` more commits; False if it finished."""
    target = store.generation() + writes
    while proc.poll() is None and store.generation() < target:
        time.sleep(0.05)
    time.sleep(jitter)
    if proc.poll() is not None:
        return False
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return True


def test_kill_9_at_random_points_then_rerun_equals_clean_ingest(
    tmp_path: Path, data: Path, rclient: TestClient, svc: Chidao
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in CORPUS:
        shutil.copy(f, folder / f.name)
    expected = parsed_counts(CORPUS)
    rng = random.Random(SEED)
    killed, store = 0, None
    for _ in range(KILLS):
        proc = chidao(data, "ingest", str(folder))
        store = store or _attach(data, proc)
        killed += _kill_after_writes(proc, store, rng.randint(1, 3), rng.uniform(0.0, 0.6))
        assert_consistent(store, expected, svc.settings)
    print(f"kill -9 points: {killed} of {KILLS} runs killed mid-way, then the server")
    assert killed >= KILLS - 1, f"only {killed} runs were killed mid-way"
    crashed = server_info(data)
    assert store is not None and crashed is not None
    os.kill(crashed.pid, signal.SIGKILL)  # the embedded server dies too: a stale server.json
    _wait_closed(crashed.bolt_port)
    store.close()
    store = open_store(StoreConfig(kind="embedded", data_dir=data))
    assert store.server is not None and store.server.pid != crashed.pid
    assert_consistent(store, expected, svc.settings)
    out, err = chidao(data, "ingest", str(folder)).communicate(timeout=300)
    assert f"{len(CORPUS)} ingested, 0 failed" in err, out + err
    svc.ingest_many([folder])
    assert snapshot(store) == snapshot(svc.store)
    assert store.stats() == svc.stats()
    store.close()  # the last user stops the server
    assert server_info(data) is None and not _port_open(store.server.bolt_port)


def test_server_left_by_a_killed_cli_is_stopped_by_the_last_user(data: Path) -> None:
    proc = chidao(data, "ingest", str(SAMPLES[0]))
    deadline = time.monotonic() + 120
    while server_info(data) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    orphan = server_info(data)
    assert orphan is not None and _port_open(orphan.bolt_port)  # it outlives the CLI
    stats = chidao(data, "stats", "--json")
    _, err = stats.communicate(timeout=180)
    assert stats.returncode == 0, err
    _wait_closed(orphan.bolt_port)
    assert not _port_open(orphan.bolt_port) and server_info(data) is None


@pytest.mark.neo4j
def test_kill_9_on_neo4j_then_rerun_equals_clean_ingest(
    tmp_path: Path, data: Path, rclient: TestClient, svc: Chidao, neo4j_servers: Any
) -> None:
    """The same with CHIDAO_STORE=neo4j: a CLI killed inside a write or while it holds the
    writer lock leaves a consistent store and blocks no later CLI (the server drops the lock
    with the connection); the rerun equals the embedded store's clean ingest."""
    target = neo4j_servers("reliability")
    env = {"CHIDAO_STORE": "neo4j", **target}
    store = neo4j_store(target, data)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in CORPUS:
        shutil.copy(f, folder / f.name)
    expected, rng, killed = parsed_counts(CORPUS), random.Random(SEED), 0
    for _ in range(KILLS):
        proc = chidao(data, "ingest", str(folder), env=env)
        killed += _kill_after_writes(proc, store, rng.randint(1, 3), rng.uniform(0.0, 0.6))
        assert_consistent(store, expected, svc.settings)
    assert killed >= KILLS - 1, f"only {killed} runs were killed mid-way"
    out, err = chidao(data, "ingest", str(folder), env=env).communicate(timeout=300)
    assert f"{len(CORPUS)} ingested, 0 failed" in err, out + err
    svc.ingest_many([folder])
    assert snapshot(store) == snapshot(svc.store)
    assert store.stats() == svc.stats()
    store.close()
