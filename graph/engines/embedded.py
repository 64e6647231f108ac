"""Start, reuse and stop the local ArcadeDB server (Bolt + HTTP on 127.0.0.1).

chidao logs in with an account of a random name (ArcadeDB locks an account by name for 30 s
after 5 bad logins, over Bolt or HTTP: any local user can do that to `root`, nobody else can
name this one); its name and password are in 0600 files of the 0700 store dir.

ArcadeDBServer runs its JVM in-process (JPype), so the server lives in a small child Python
process (`python -m graph.engines.embedded serve ROOT BOLT HTTP`) whose lifetime is explicit.
A second
chidao process on the same data dir finds `server.json` (pid, ports) and reuses the instance.
With a linger time the server outlives its last user by that long (it watches the users' leases
itself), so the next CLI command finds it warm instead of starting a JVM.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.engines.leases import last_user, locked, no_users, take_lease
from graph.errors import StoreError

DATABASE = "kg"
START_TIMEOUT_S = 90.0
DEFAULT_HEAP = "1g"
ROOT_USER = "root"


@dataclass(frozen=True)
class ServerInfo:
    root: Path
    pid: int
    bolt_port: int
    http_port: int
    password: str
    owner: bool
    linger_s: float = 0.0
    heap: str = DEFAULT_HEAP  # the JVM heap it was started with (e.g. "1g")
    user: str = ROOT_USER  # the account chidao logs in with (`root`: a server of older code)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"


SECRETS = ("CHIDAO_API_KEY", "NEO4J_PASSWORD")  # never in the engine child's environment


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    """Running (a zombie whose parent died before reaping it counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[:1] != ["Z"]


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.chmod(path, 0o600)


def _secret(root: Path, name: str, make: Callable[[], str]) -> str:
    """The value kept in the private file `name` of the store dir, made on first use."""
    path = root / name
    if path.exists():
        return path.read_text().strip()
    value = make()
    _write_private(path, value)
    return value


def _password(root: Path) -> str:
    return _secret(root, "password", lambda: secrets.token_urlsafe(24))


def _account(root: Path) -> str:
    """The name of the account chidao logs in with: random per data dir, kept so that the
    engine's user list does not grow by one per start."""
    return _secret(root, "account", lambda: f"chidao_{secrets.token_hex(16)}")


def _running(root: Path, password: str) -> ServerInfo | None:
    path = root / "server.json"
    try:
        data = json.loads(path.read_text())
        pid, bolt, http = int(data["pid"]), int(data["bolt_port"]), int(data["http_port"])
        linger, heap = float(data.get("linger_s", 0.0)), str(data.get("heap", DEFAULT_HEAP))
        user = str(data.get("account", ROOT_USER))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if _pid_alive(pid) and _port_open(bolt):
        return ServerInfo(root, pid, bolt, http, password, owner=False, linger_s=linger,
                          heap=heap, user=user)
    path.unlink(missing_ok=True)  # stale: dead pid or closed port
    return None


def _prepare_root(data_dir: Path) -> Path:
    root = data_dir / "arcadedb"
    try:
        root.mkdir(parents=True, exist_ok=True)
        os.chmod(root, 0o700)
    except OSError as exc:
        raise StoreError(f"cannot create embedded store dir {root}: {exc}") from exc
    return root


def ensure_server(data_dir: Path, linger_s: float = 0.0, heap: str = DEFAULT_HEAP) -> ServerInfo:
    """Reuse the running server for `data_dir`, or start one (JVM heap `heap`) that outlives its
    last user by `linger_s`; either way this process holds a shared lease on it until
    `stop_server`."""
    root = _prepare_root(data_dir.expanduser().resolve())
    with locked(root):
        password = _password(root)
        info = _running(root, password) or _spawn(root, password, linger_s, heap)
        take_lease(root)
        return info


@contextmanager
def started_early(data_dir: Path, linger_s: float = 0.0, heap: str = DEFAULT_HEAP
                  ) -> Iterator[None]:
    """Start (or find) the server for `data_dir` in a background thread while the caller does
    other work (imports, loading a model): the caller's own `ensure_server` then waits on the
    server lock and finds it running. The thread's lease is dropped on leaving, after the
    caller's stores have taken (and maybe dropped) theirs, so the last user still stops it. A
    start that failed is said again by the caller's `ensure_server`."""
    started: list[ServerInfo] = []

    def start() -> None:
        with suppress(StoreError):
            started.append(ensure_server(data_dir, linger_s, heap))

    thread = threading.Thread(target=start, name="chidao-engine-start", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()
        for info in started:
            stop_server(info)


def revive(info: ServerInfo) -> ServerInfo:
    """The server of `info.root` after it died (its pid or port gone): the one another process
    started meanwhile, or a fresh one. For a process already holding the root's lease."""
    with locked(info.root):
        password = _password(info.root)
        return (_running(info.root, password)
                or _spawn(info.root, password, info.linger_s, info.heap))


def alive(info: ServerInfo) -> bool:
    return _pid_alive(info.pid) and _port_open(info.bolt_port)


def _spawn(root: Path, password: str, linger_s: float, heap: str) -> ServerInfo:
    bolt, http, user = _free_port(), _free_port(), _account(root)
    pkg_root = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(p for p in (pkg_root, os.environ.get("PYTHONPATH", "")) if p)
    env = {k: v for k, v in os.environ.items() if k not in SECRETS}  # not the API key
    env.update(CHIDAO_ARCADEDB_PASSWORD=password, CHIDAO_ARCADEDB_USER=user, PYTHONPATH=path)
    with open(root / "server.out", "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "graph.engines.embedded", "serve",
             str(root), str(bolt), str(http), str(linger_s), heap],
            cwd=root,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _wait_started(proc, root, bolt)
    data = {"pid": proc.pid, "bolt_port": bolt, "http_port": http, "linger_s": linger_s,
            "heap": heap, "account": user}
    _write_private(root / "server.json", json.dumps(data))
    return ServerInfo(root, proc.pid, bolt, http, password, owner=True, linger_s=linger_s,
                      heap=heap, user=user)


def _wait_started(proc: subprocess.Popen[bytes], root: Path, bolt: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise StoreError(f"embedded ArcadeDB exited at start-up: {_last_line(root)}")
        if (root / f"ready.{proc.pid}").exists() and _port_open(bolt):
            return
        time.sleep(0.2)
    proc.kill()
    raise StoreError(f"embedded ArcadeDB did not open port {bolt} in {START_TIMEOUT_S:.0f}s")


def _last_line(root: Path) -> str:
    try:
        lines = [ln for ln in (root / "server.out").read_text(errors="replace").splitlines() if ln]
    except OSError:
        return "no output"
    errors = [ln for ln in lines if "Error" in ln or "Exception" in ln]
    return (errors or lines or ["no output"])[-1][:300]


def stop_server(info: ServerInfo, timeout: float = 30.0) -> None:
    """Leave the server; the last process to leave (whoever started it) stops it, unless the
    server lingers (then it stops itself once idle for its linger time)."""
    with locked(info.root):
        if last_user(info.root) and info.linger_s <= 0:
            _terminate(info, timeout)


def _terminate(info: ServerInfo, timeout: float) -> None:
    if not _pid_alive(info.pid):
        (info.root / "server.json").unlink(missing_ok=True)
        return
    os.kill(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _pid_alive(info.pid):
        _reap(info.pid)
        time.sleep(0.1)
    if _pid_alive(info.pid):
        os.kill(info.pid, signal.SIGKILL)
        _reap(info.pid)
    (info.root / "server.json").unlink(missing_ok=True)


def _reap(pid: int) -> None:
    with suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def serve(root: Path, bolt: int, http: int, linger_s: float = 0.0,
          heap: str = DEFAULT_HEAP) -> None:
    """Child process body: run ArcadeDB (JVM heap `heap`) until SIGTERM, or until it has had no
    user for `linger_s` (> 0) seconds."""
    from arcadedb_embedded.server import ArcadeDBServer

    config = {
        "host": "127.0.0.1",
        "http_port": http,
        "bolt_port": bolt,
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "server_defaultDatabases": f"{DATABASE}[root]",
    }
    server = ArcadeDBServer(
        root_path=str(root),
        root_password=os.environ["CHIDAO_ARCADEDB_PASSWORD"],
        config=config,
        jvm_kwargs={"heap_size": heap},
    )
    server.start()
    server.create_database(DATABASE)
    _ensure_account(server, os.environ["CHIDAO_ARCADEDB_USER"],
                    os.environ["CHIDAO_ARCADEDB_PASSWORD"])
    (root / f"ready.{os.getpid()}").touch()
    stopping: list[int] = []
    signal.signal(signal.SIGTERM, lambda signum, _frame: stopping.append(signum))
    idle = _IdleWatch(root, linger_s)
    try:
        while not stopping and not idle.stopped(server.stop):
            time.sleep(0.2)
    except BaseException:  # never an engine left running without this loop watching it
        server.stop()
        raise
    if stopping:
        server.stop()
    (root / f"ready.{os.getpid()}").unlink(missing_ok=True)


def _ensure_account(server: Any, user: str, password: str) -> None:
    """The account chidao logs in with (admin of every database), created on the first start."""
    security = server._java_server.getSecurity()
    if not security.existsUser(user):
        security.createUser(user, password)


class _IdleWatch:
    """Probes the users' leases once a second; after `linger_s` without any, stops the server
    under the server lock (so a newcomer either found it running with its lease taken, or finds
    no `server.json` and starts a fresh one only after this one has closed its files)."""

    def __init__(self, root: Path, linger_s: float) -> None:
        self.root, self.linger_s = root, linger_s
        self.idle_since: float | None = None
        self.next_probe = time.monotonic()

    def stopped(self, stop: Callable[[], object]) -> bool:
        now = time.monotonic()
        if self.linger_s <= 0 or now < self.next_probe:
            return False
        self.next_probe = now + 1.0
        try:
            return self._probe(now, stop)
        except OSError:
            if self.root.exists():
                return False  # a passing fault (no file handle left): probe again in a second
            stop()  # its data dir was deleted under it: no user can reach it again
            return True

    def _probe(self, now: float, stop: Callable[[], object]) -> bool:
        with locked(self.root):
            if not no_users(self.root):
                self.idle_since = None
                return False
            self.idle_since = self.idle_since if self.idle_since is not None else now
            if now - self.idle_since < self.linger_s:
                return False
            (self.root / "server.json").unlink(missing_ok=True)
            stop()
            return True


if __name__ == "__main__" and len(sys.argv) in (5, 6, 7) and sys.argv[1] == "serve":
    linger = float(sys.argv[5]) if len(sys.argv) >= 6 else 0.0
    serve(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), linger,
          sys.argv[6] if len(sys.argv) == 7 else DEFAULT_HEAP)
