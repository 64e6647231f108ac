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


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """NEO4J_URI/USER/PASSWORD pointing at a real Neo4j 5 for the session: the given server, or
    the launcher's (built if needed, killed at the end, and on its own when pytest dies)."""
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    missing = launcher.missing_tools()
    if missing:
        pytest.skip(f"neo4j engine: {missing}; to run the Neo4j variants, {launcher.ENABLE}")
    try:
        launcher.build()
        server = launcher.start(tmp_path_factory.mktemp("neo4j"))
    except launcher.LauncherError as exc:
        pytest.fail(f"neo4j engine: {exc}", pytrace=False)
    atexit.register(launcher.stop_process, server.proc)
    env = pytest.MonkeyPatch()
    env.setenv("NEO4J_URI", server.uri)
    env.setenv("NEO4J_USER", server.user)
    env.setenv("NEO4J_PASSWORD", server.password)
    env.delenv("NEO4J_DATABASE", raising=False)
    yield server.uri
    env.undo()
    launcher.stop_process(server.proc)


@pytest.fixture(scope="session", params=ENGINES)
def _engine_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[object]:
    from graph.store import open_store

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
