"""The background passes wait for a pause in the requests (search_api/api/idle.py): the
middleware counts the requests in flight; `wait` returns once none has been for GAP_S, or after
its limit."""

from __future__ import annotations

import threading

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from search_api.api import idle


def _app(inside: threading.Event, release: threading.Event) -> FastAPI:
    app = FastAPI()
    app.add_middleware(idle.Requests)

    @app.get("/slow")
    def slow() -> dict[str, int]:
        inside.set()
        release.wait(30)
        return {"in_flight": idle.in_flight()}
    return app


def test_a_request_is_counted_until_it_is_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(idle, "GAP_S", 0.0)
    inside, release, waited = threading.Event(), threading.Event(), threading.Event()
    client, answers = TestClient(_app(inside, release)), []
    request = threading.Thread(target=lambda: answers.append(client.get("/slow").json()))
    request.start()
    assert inside.wait(30)
    passing = threading.Thread(target=lambda: (idle.wait(limit_s=60), waited.set()))
    passing.start()
    assert not waited.wait(0.2) and idle.in_flight() == 1  # a request in flight: the pass waits
    release.set()
    request.join(30)
    passing.join(30)
    assert waited.is_set() and answers == [{"in_flight": 1}] and idle.in_flight() == 0


def test_a_pass_waits_no_longer_than_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    count = idle._Count()
    count.begin()  # a request that never ends
    monkeypatch.setattr(idle, "_COUNT", count)
    idle.wait(limit_s=0.05)  # returns: the server never idle still gets its passes
    assert idle.in_flight() == 1
