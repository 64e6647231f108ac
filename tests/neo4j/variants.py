"""A pytest plugin for the suite's check of its own `neo4j` marker: `pytest --collect-only
-p tests.neo4j.variants -m neo4j` writes one JSON row per collected test (selected or
deselected) to the file named by CHIDAO_VARIANTS_OUT: its id, whether `-m neo4j` selected it,
whether it carries the marker, and whether it is a Neo4j variant (an engine parameter "neo4j",
or a Neo4j server fixture among the fixtures it uses)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

SERVER_FIXTURES = frozenset({"neo4j_servers", "neo4j_server"})
_deselected: list[pytest.Item] = []


def is_variant(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    params = callspec.params.values() if callspec is not None else ()
    uses_server = bool(SERVER_FIXTURES & set(getattr(item, "fixturenames", ())))
    return uses_server or any(value == "neo4j" for value in params)


def row(item: pytest.Item, selected: bool) -> dict[str, Any]:
    return {"id": item.nodeid, "selected": selected, "variant": is_variant(item),
            "marked": item.get_closest_marker("neo4j") is not None}


def pytest_deselected(items: list[pytest.Item]) -> None:
    _deselected.extend(items)


def pytest_collection_finish(session: pytest.Session) -> None:
    rows = [row(i, True) for i in session.items] + [row(i, False) for i in _deselected]
    Path(os.environ["CHIDAO_VARIANTS_OUT"]).write_text(json.dumps(rows), encoding="utf-8")
