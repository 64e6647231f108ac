from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from search_api.api.app import create_app
from search_api.settings import Settings
from tests.conftest import ENGINES

SAMPLES = sorted((Path(__file__).parents[3] / "data" / "samples").glob("*.txt"))
KEY = "test-key-123"


@contextmanager
def uploaded(paths: list[Path], **settings: Any) -> Iterator[TestClient]:
    """The app over the store `settings` name, with `paths` ingested through POST /documents."""
    with TestClient(create_app(Settings(api_key=SecretStr(KEY), **settings))) as c:
        for path in paths:
            r = c.post("/documents", files={"file": (path.name, path.read_bytes())},
                       headers={"X-API-Key": KEY})
            assert r.status_code == 201, r.text
        yield c


def get_json(client: TestClient, url: str, **params: Any) -> Any:
    """GET that must answer 200; its JSON."""
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.fixture(scope="session", params=ENGINES)
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[TestClient]:
    """The app over the two samples, on each engine (Neo4j: a server of its own)."""
    store: dict[str, Any] = {}
    if request.param == "neo4j":
        store = {"store": "neo4j", **request.getfixturevalue("neo4j_servers")("api")}
    with uploaded(SAMPLES, data_dir=tmp_path_factory.mktemp("api"),
                  max_upload_bytes=200_000, **store) as c:
        yield c


@pytest.fixture(scope="module", params=ENGINES)
def module_store(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The store settings of a module's own app, on each engine: {} (the embedded engine in the
    app's data dir) or a Neo4j server that the module-scoped apps share, emptied first (modules
    run one after the other)."""
    if request.param != "neo4j":
        return {}
    from graph.config import StoreConfig
    from graph.connect import open_store

    target = request.getfixturevalue("neo4j_servers")("api-modules")
    store = open_store(StoreConfig(kind="neo4j", data_dir=Path("."), neo4j_uri=target["NEO4J_URI"],
                                   neo4j_user=target["NEO4J_USER"],
                                   neo4j_password=target["NEO4J_PASSWORD"]))
    try:
        store.execute("MATCH (n) DETACH DELETE n", {})
    finally:
        store.close()
    return {"store": "neo4j", **target}


ORIGIN = "http://explorer.example"


@pytest.fixture(scope="session")
def bare_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An empty store, no API key (writes disabled), CORS open to one origin."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("bare"), api_key=None,
                        cors_origins=[ORIGIN])
    with TestClient(create_app(settings)) as c:
        yield c
