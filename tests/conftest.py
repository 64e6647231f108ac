"""Engine fixtures: ONE embedded ArcadeDB and ONE real Neo4j 5 for the whole session.

Neo4j is the launcher in `tests/neo4j/` (built with Maven, started on a free loopback port the
first time a Neo4j variant runs), or the server named by NEO4J_URI when that is set. Every Neo4j
variant carries the `neo4j` marker: `pytest -m neo4j` runs exactly them, `-m "not neo4j"` none."""

from __future__ import annotations

import atexit
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.neo4j import launcher

# Starlette's TestClient sends "Host: testserver": a host name the tests' apps accept next to
# the loopback defaults (search_api.api.guards checks the Host header)
os.environ.setdefault("CHIDAO_ALLOWED_HOSTS", '["localhost", "127.0.0.1", "::1", "testserver"]')
# Each test's embedded engine stops with its test (the suite opens hundreds of data dirs); the
# linger of a warm engine is tested on its own (tests/integration/graph/test_embedded.py).
os.environ["CHIDAO_ENGINE_LINGER_S"] = "0"

NEO4J = pytest.param("neo4j", marks=pytest.mark.neo4j)
ENGINES: list[Any] = ["arcadedb", NEO4J]


def _config(kind: str, data_dir: Path) -> object:
    from graph.config import StoreConfig

    if kind == "neo4j":
        return StoreConfig(
            kind="neo4j",
            data_dir=data_dir,
            neo4j_uri=os.environ["NEO4J_URI"],
            neo4j_user=os.environ.get("NEO4J_USER", "neo4j"),
            neo4j_password=os.environ.get("NEO4J_PASSWORD", ""),
            neo4j_database=os.environ.get("NEO4J_DATABASE") or None,
        )
    return StoreConfig(kind="embedded", data_dir=data_dir)


def engine_config(request: pytest.FixtureRequest, kind: str, data_dir: Path) -> Any:
    """The StoreConfig for `kind`; for Neo4j, the session's server first (started on demand)."""
    if kind == "neo4j":
        request.getfixturevalue("neo4j_server")
    return _config(kind, data_dir)


Neo4jTarget = dict[str, str]  # the NEO4J_* settings of one server
Neo4jServers = Callable[[str], Neo4jTarget]


@pytest.fixture(scope="session")
def neo4j_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServers]:
    """`get(name)`: the NEO4J_* settings of the session's Neo4j server `name`, started on first
    use. Community has one database per server, so users that must not see each other's data
    (the graph tests empty it before each test, the API tests keep theirs) get one each. With
    NEO4J_URI set, that server only: other names skip. Killed at the end, and on their own
    (--watch-stdin) when pytest dies."""
    if os.environ.get("NEO4J_URI"):
        given = {k: os.environ.get(k, "") for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")}
        yield lambda name: given if name == "graph" else pytest.skip(
            f"neo4j engine: a second server ({name}) needs the tests/neo4j launcher")
        return
    missing = launcher.missing_tools()
    if missing:
        pytest.skip(f"neo4j engine: {missing}; to run the Neo4j variants, {launcher.ENABLE}")
    servers: dict[str, launcher.Neo4jServer] = {}

    def get(name: str) -> Neo4jTarget:
        if name not in servers:
            try:
                launcher.build()
                servers[name] = launcher.start(tmp_path_factory.mktemp(f"neo4j-{name}"))
            except launcher.LauncherError as exc:
                pytest.fail(f"neo4j engine: {exc}", pytrace=False)
            atexit.register(launcher.stop_process, servers[name].proc)
        srv = servers[name]
        return {"NEO4J_URI": srv.uri, "NEO4J_USER": srv.user, "NEO4J_PASSWORD": srv.password}

    yield get
    for srv in servers.values():
        launcher.stop_process(srv.proc)


@pytest.fixture(scope="session")
def neo4j_server(neo4j_servers: Neo4jServers) -> Iterator[str]:
    """The graph tests' Neo4j, its NEO4J_URI/USER/PASSWORD in the environment for the session."""
    target = neo4j_servers("graph")
    env = pytest.MonkeyPatch()
    for key, value in target.items():
        env.setenv(key, value)
    yield target["NEO4J_URI"]
    env.undo()


@pytest.fixture(scope="session", params=ENGINES)
def _engine_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[object]:
    from graph.connect import open_store

    data_dir = tmp_path_factory.mktemp(f"store-{request.param}")
    store = open_store(engine_config(request, request.param, data_dir))
    yield store
    store.close()


@pytest.fixture()
def store(_engine_store: object) -> Iterator[object]:
    """The session's store, emptied before each test."""
    _engine_store.execute("MATCH (n) DETACH DELETE n", {})  # type: ignore[attr-defined]
    yield _engine_store


@pytest.fixture()
def store_factory(_engine_store: object) -> Callable[[], object]:
    """Returns the session store, emptied: for tests that need a fresh database more than once."""

    def make() -> object:
        _engine_store.execute("MATCH (n) DETACH DELETE n", {})  # type: ignore[attr-defined]
        return _engine_store

    return make
