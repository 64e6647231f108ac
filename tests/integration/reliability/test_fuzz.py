"""schemathesis against the app's own OpenAPI schema: no 500s, and every error in the one shape.
Writes carry the test key; the app fuzzes its own copy of the reliability store."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from search_api.api.app import create_app
from search_api.service import Chidao
from tests.integration.reliability.conftest import KEY, SAMPLES

MAX_EXAMPLES = 12  # per operation: about 20 operations, ~1 min
SPENT: list[int] = []


@pytest.fixture(scope="module")
def fuzz_app(rclient: TestClient) -> FastAPI:
    """A second app over the reliability store (its lifespan is run by schemathesis)."""
    service: Chidao = rclient.app.state.service  # type: ignore[attr-defined]
    service.store.execute("MATCH (n) DETACH DELETE n", {})
    service.ingest_many(SAMPLES)
    return create_app(service.settings)


@pytest.fixture(scope="module")
def api_schema(fuzz_app: FastAPI) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)


def _check(case: Any) -> None:
    if case.method.upper() != "GET":
        case.headers = {**(case.headers or {}), "X-API-Key": KEY}
    response = case.call()
    SPENT.append(response.status_code)
    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body


def test_no_server_error_and_one_error_shape(api_schema: Any) -> None:
    """Each operation gets MAX_EXAMPLES generated cases (hypothesis, derandomized)."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    for op in operations:
        run = given(case=op.as_strategy())(_check)
        settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                 suppress_health_check=list(HealthCheck))(run)()
    print(f"fuzzed {len(operations)} operations with {len(SPENT)} requests")
    assert len(operations) >= 10 and len(SPENT) >= len(operations)
