"""One app (own data dir, own embedded server) for the reliability tests, and store checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from search_api.app import create_app
from search_api.service import Chidao
from search_api.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
KEY = "reliability-key-0123456789"


@pytest.fixture(scope="session")
def rclient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A served app over its own store: these tests empty and break it freely."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("reliability"),
                        api_key=SecretStr(KEY), max_upload_bytes=300_000)
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture()
def svc(rclient: TestClient) -> Chidao:
    """The app's service over an emptied store."""
    service: Chidao = rclient.app.state.service  # type: ignore[attr-defined]
    service.store.execute("MATCH (n) DETACH DELETE n", {})
    return service


