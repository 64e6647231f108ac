"""The embedded ArcadeDB server: reuse from a second OS process, stale locks, kill -9 mid-write."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import neo4j
import pytest

from graph.config import StoreConfig
from graph.connect import open_store
from graph.engines import leases
from graph.engines.embedded import (
    ServerInfo,
    _pid_alive,
    ensure_server,
    started_early,
    stop_server,
)
from graph.errors import StoreError
from tests.integration.graph.notices import notice

ROOT = Path(__file__).resolve().parents[3]
PROBE = """
import json, sys
from pathlib import Path
import neo4j
from graph.engines.embedded import ensure_server
info = ensure_server(Path(sys.argv[1]))
with neo4j.GraphDatabase.driver(info.uri, auth=(info.user, info.password)) as d:
    n = d.execute_query("MATCH (m:Meeting) RETURN count(m) AS n", database_="kg").records[0]["n"]
print(json.dumps({"pid": info.pid, "bolt": info.bolt_port, "owner": info.owner, "meetings": n}))
"""


ARCADEDB_ONLY = pytest.mark.parametrize("_engine_store", ["arcadedb"], indirect=True)


def _arcadedb(store: Any) -> Any:
    assert store.server is not None, "embedded engine only"
    return store.server


def _run(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@ARCADEDB_ONLY
def test_second_process_reuses_the_running_server(store: Any) -> None:
    info = _arcadedb(store)
    ng = notice()
    store.write_notice(ng, {})
    out, err = _run(PROBE, str(info.root.parent)).communicate(timeout=120)
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen == {"pid": info.pid, "bolt": info.bolt_port, "owner": False, "meetings": 1}, err
    assert store.execute("RETURN 1 AS x", {}) == [{"x": 1}]  # the child left it running
    assert oct((info.root / "password").stat().st_mode & 0o777) == "0o600"
    assert oct((info.root / "account").stat().st_mode & 0o777) == "0o600"


def test_stale_lock_is_recovered(tmp_path: Path) -> None:
    root = tmp_path / "arcadedb"
    root.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (root / "server.json").write_text(json.dumps({"pid": dead.pid, "bolt_port": 1, "http_port": 2}))
    info = ensure_server(tmp_path)
    try:
        assert info.owner and info.pid != dead.pid and info.bolt_port != 1
    finally:
        stop_server(info)
    assert not (root / "server.json").exists()


def _gone(pid: int, within_s: float) -> bool:
    """The process ended (reaped here: this test process started it)."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return True
        if not _pid_alive(pid):
            return True
        time.sleep(0.2)
    return False


def test_a_lingering_server_outlives_its_last_user_then_stops_itself(tmp_path: Path) -> None:
    """Warm CLI commands: with a linger time the server stays after its last user leaves (the
    next user gets the same server), and stops itself once idle for that long."""
    first = ensure_server(tmp_path, linger_s=3.0)
    stop_server(first)
    again = ensure_server(tmp_path, linger_s=3.0)
    assert (again.pid, again.owner, again.linger_s) == (first.pid, False, 3.0)
    stop_server(again)
    assert _gone(first.pid, within_s=60.0)
    assert not (tmp_path / "arcadedb" / "server.json").exists()
    fresh = ensure_server(tmp_path)  # a new server on the same files after the old one closed
    try:
        assert fresh.owner and fresh.pid != first.pid
    finally:
        stop_server(fresh)


def test_a_lingering_server_whose_data_dir_is_deleted_stops(tmp_path: Path) -> None:
    """`rm -rf` of the data dir while the server lingers: nobody can reach that server again, so
    it stops at its next idle probe instead of running on for ever (it used to: the probe's lock
    file could not be opened, the watch loop died, the JVM stayed)."""
    first = ensure_server(tmp_path / "d", linger_s=600.0)
    stop_server(first)
    shutil.rmtree(tmp_path / "d")
    assert _gone(first.pid, within_s=60.0)


def test_a_server_started_early_is_the_one_the_command_opens_and_stops_with_it(
        tmp_path: Path) -> None:
    """A CLI command starts the engine in the background while it imports: the store it then
    opens is that server (not a second one), closing the store leaves it running while the early
    start's lease is held, and leaving the command stops it (no linger): no JVM left behind."""
    with started_early(tmp_path):
        info = ensure_server(tmp_path)  # whichever thread got the start lock first spawned it
        _until_leases(info.root, 2)  # under load the early thread may still wait on the lock
        stop_server(info)
        assert _pid_alive(info.pid)  # the early start's lease still holds it
        recorded = json.loads((tmp_path / "arcadedb" / "server.json").read_text())
        assert recorded["pid"] == info.pid  # one server, not two
    assert _gone(info.pid, within_s=60.0)
    assert not (tmp_path / "arcadedb" / "server.json").exists()


def _until_leases(root: Path, n: int, within_s: float = 120.0) -> None:
    """Wait until this process holds `n` leases on the server (the early start's thread took
    its own: when the caller's `ensure_server` won the start lock, the thread takes it after)."""
    deadline = time.monotonic() + within_s
    while leases._LEASES.get(root, [0, 0])[1] < n and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_cli_command_leaves_no_engine_behind(tmp_path: Path) -> None:
    """`chidao stats` (engine started early, in the background) with no linger: the command
    answers from that engine and the engine is gone when the command is."""
    env = {**os.environ, "CHIDAO_DATA_DIR": str(tmp_path), "CHIDAO_ENGINE_LINGER_S": "0"}
    done = subprocess.run([sys.executable, "-m", "search_api.cli", "stats", "--json"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["meetings"] == 0
    assert not (tmp_path / "arcadedb" / "server.json").exists()
    pids = [p for p in Path("/proc").iterdir() if p.name.isdigit()]
    assert not [p for p in pids if str(tmp_path) in _cmdline(p)]


def _cmdline(proc: Path) -> str:
    with contextlib.suppress(OSError):
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    return ""


def test_an_early_start_that_fails_is_said_by_the_command(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with started_early(blocker), pytest.raises(StoreError, match="cannot create"):
        ensure_server(blocker)


def test_unusable_data_dir_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create embedded store dir"):
        ensure_server(blocker)


KILLED = """
import sys, time
from pathlib import Path
from graph.config import StoreConfig
from graph.connect import open_store
store = open_store(StoreConfig(kind="embedded", data_dir=Path(sys.argv[1])))
with store.transaction() as tx:
    tx.run("MATCH (m:Meeting {id: $id})-[:ISSUED]->(u) DETACH DELETE u", {"id": sys.argv[2]})
    tx.run("MATCH (m:Meeting {id: $id}) SET m.sha256 = 'half-written'", {"id": sys.argv[2]})
    print("mid-write", flush=True)
    time.sleep(120)
"""


@ARCADEDB_ONLY
def test_kill_9_mid_write_leaves_the_old_state(store: Any) -> None:
    info = _arcadedb(store)
    ng = notice()
    store.write_notice(ng, {})
    child = _run(KILLED, str(info.root.parent), ng.meeting.id)
    assert child.stdout is not None and child.stdout.readline().strip() == "mid-write"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert store.notice_sha(ng.meeting.id) == ng.meeting.sha256
    assert store.stats()["directives"] == 3
    again = notice(sha="d" * 64)
    assert store.write_notice(again, {}).status == "replaced"


COLD = """
import sys
from pathlib import Path
from graph.config import StoreConfig
from graph.connect import open_store
store = open_store(StoreConfig(kind="embedded", data_dir=Path(sys.argv[1])))
print(store.stats()["meetings"])
"""


def _bad_logins(info: ServerInfo, times: int) -> None:
    """What any local user can do: wrong passwords for `root` on both loopback ports."""
    token = base64.b64encode(b"root:not-the-password").decode()
    url = f"http://127.0.0.1:{info.http_port}/api/v1/server"
    for _ in range(times):
        req = urllib.request.Request(url, headers={"Authorization": f"Basic {token}"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(req, timeout=10)
        with (pytest.raises(neo4j.exceptions.AuthError),
              neo4j.GraphDatabase.driver(info.uri, auth=("root", "not-it")) as driver):
            driver.verify_connectivity()


def test_bad_logins_by_others_do_not_lock_chidao_out_of_its_engine(tmp_path: Path) -> None:
    """ArcadeDB locks an account for 30 s after 5 bad logins (by name, over HTTP or Bolt). It
    used to lock chidao's own `root`: a new process, a cold connection and the HTTP indexes
    failed. chidao's account has a random name now: the lock falls on an account nobody uses."""
    store = open_store(StoreConfig(kind="embedded", data_dir=tmp_path))
    try:
        _bad_logins(_arcadedb(store), times=6)
        out, err = _run(COLD, str(tmp_path)).communicate(timeout=180)  # a new chidao process
        assert out.strip().splitlines()[-1:] == ["0"], err[-500:]
        assert store.engine.sql("SELECT 1 AS x")["result"] == [{"x": 1}]  # HTTP, this process
    finally:
        store.close()
