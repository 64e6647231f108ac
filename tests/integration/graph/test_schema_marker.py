"""Opening a store whose schema this version already made costs one query (the `Meta` schema
marker), not the ~25 DDL round trips every CLI command used to pay; a store without the marker,
or with another version's, gets the whole schema again. Both engines."""

from collections.abc import Callable
from typing import Any

import pytest

from graph.connect import SCHEMA_KEY, init_schema, schema_digest
from graph.read import crossmonth
from graph.schema import index_statements

MARKER = "MATCH (g:Meta {key: $key}) RETURN g.value AS v"


def _counting(store: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The Cypher of every query the store runs from now on."""
    seen: list[str] = []
    run: Callable[..., Any] = store.execute

    def execute(cypher: str, params: dict[str, Any]) -> Any:
        seen.append(cypher)
        return run(cypher, params)

    monkeypatch.setattr(store, "execute", execute)
    return seen


def test_a_marked_store_is_opened_with_one_query(store: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    init_schema(store)
    assert store.execute(MARKER, {"key": SCHEMA_KEY})[0]["v"] == schema_digest(store)
    seen = _counting(store, monkeypatch)
    init_schema(store)
    assert seen == [MARKER]


@pytest.mark.parametrize("marker", [None, "an-older-schema"])
def test_an_unmarked_or_older_store_gets_the_schema_again(
        store: Any, monkeypatch: pytest.MonkeyPatch, marker: str | None) -> None:
    store.execute("MATCH (g:Meta {key: $key}) DELETE g", {"key": SCHEMA_KEY})
    if marker is not None:
        store.execute("CREATE (g:Meta {key: $key, value: $v})", {"key": SCHEMA_KEY, "v": marker})
    seen = _counting(store, monkeypatch)
    init_schema(store)
    assert sum(c.startswith("CREATE CONSTRAINT") for c in seen) > 1
    assert store.execute(MARKER, {"key": SCHEMA_KEY})[0]["v"] == schema_digest(store)


def test_a_provinces_meetings_are_read_through_an_index() -> None:
    """Linking reads the notice's province's meetings for every ingest: by an index on
    Meeting.province, not a scan of every meeting (~0.1-0.8 s at 10 k notices)."""
    assert "WHERE m.province = $province" in crossmonth.PROVINCE_MEETINGS
    assert any("FOR (n:Meeting) ON (n.province)" in s for s in index_statements())
