"""Engine fixtures: ONE embedded ArcadeDB for the whole session (+ Neo4j 5 if NEO4J_URI is set)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ENGINES = ["arcadedb", "neo4j"]


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


@pytest.fixture(scope="session", params=ENGINES)
def _engine_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[object]:
    from graph.store import open_store

    if request.param == "neo4j" and not os.environ.get("NEO4J_URI"):
        pytest.skip("neo4j engine: NEO4J_URI is not set")
    data_dir = tmp_path_factory.mktemp(f"store-{request.param}")
    store = open_store(_config(request.param, data_dir))  # type: ignore[arg-type]
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
