"""One app (own data dir, own embedded server) for the reliability tests, and store checks."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.config import StoreConfig
from graph.connect import open_store
from graph.engines.embedded import ServerInfo, stop_server
from graph.store import BoltStore
from search_api.api.app import create_app
from search_api.service import Chidao
from search_api.settings import Settings
from tests.conftest import ENGINES

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
KEY = "reliability-key-0123456789"
CHIDAO = ROOT / ".venv" / "bin" / "chidao"


@pytest.fixture(scope="session")
def rclient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A served app over its own store: these tests empty and break it freely."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("reliability"),
                        api_key=SecretStr(KEY), max_upload_bytes=300_000)
    with TestClient(create_app(settings)) as c:
        yield c


def _emptied(client: TestClient) -> Chidao:
    service: Chidao = client.app.state.service  # type: ignore[attr-defined]
    service.store.execute("MATCH (n) DETACH DELETE n", {})
    return service


@pytest.fixture()
def svc(rclient: TestClient) -> Chidao:
    """The app's service over an emptied store."""
    return _emptied(rclient)


@pytest.fixture(scope="session", params=ENGINES)
def eclient(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[TestClient]:
    """The reliability app on each engine: `rclient` itself, and the same app over the
    reliability Neo4j server (shared with the kill and concurrency tests, which empty it)."""
    if request.param != "neo4j":
        yield request.getfixturevalue("rclient")
        return
    target = request.getfixturevalue("neo4j_servers")("reliability")
    settings = Settings(data_dir=tmp_path_factory.mktemp("reliability-neo4j"), store="neo4j",
                        api_key=SecretStr(KEY), max_upload_bytes=300_000, **target)
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture()
def esvc(eclient: TestClient) -> Chidao:
    """`svc` on each engine: the service of `eclient` over an emptied store."""
    return _emptied(eclient)



def server_info(data: Path) -> ServerInfo | None:
    """The embedded server recorded for a data dir (as its owner, so that it can be stopped)."""
    try:
        d = json.loads((data / "arcadedb" / "server.json").read_text())
    except (OSError, ValueError):
        return None
    return ServerInfo(data / "arcadedb", int(d["pid"]), int(d["bolt_port"]),
                      int(d["http_port"]), "", owner=True)


@pytest.fixture()
def data(tmp_path: Path) -> Iterator[Path]:
    """A data dir for `chidao` subprocesses; its embedded server (whoever started it: a killed
    CLI leaves it running) is stopped at the end."""
    yield tmp_path / "data"
    info = server_info(tmp_path / "data")
    if info is not None:
        stop_server(info)


def chidao(data: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """A real `chidao` process on `data` (`env`: more settings, e.g. CHIDAO_STORE=neo4j)."""
    env = dict(os.environ, CHIDAO_DATA_DIR=str(data), **(env or {}))
    return subprocess.Popen([str(CHIDAO), *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def neo4j_store(target: dict[str, str], data: Path) -> BoltStore:
    """A store on the Neo4j server `target` (NEO4J_* settings), emptied."""
    store = open_store(StoreConfig(kind="neo4j", data_dir=data, neo4j_uri=target["NEO4J_URI"],
                                   neo4j_user=target["NEO4J_USER"],
                                   neo4j_password=target["NEO4J_PASSWORD"]))
    store.execute("MATCH (n) DETACH DELETE n", {})
    return store
