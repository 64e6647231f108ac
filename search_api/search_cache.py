"""The search index as a cache of the store: rebuilt from graph.read.iter_units when the store's
generation changes. Embedding happens here, for ingest (passages) and for queries."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from graph import read
from graph.store import BoltStore
from ingest.model import NoticeGraph
from search_api import embed, index, retrieve
from search_api.errors import BadRequest
from search_api.settings import Settings

Row = dict[str, Any]
T = TypeVar("T")
RESULT_KEYS = ("id", "kind", "text", "meeting", "section", "span", "deadline")


def with_progress(items: list[T], enabled: bool) -> Iterator[T]:
    """A tqdm progress bar on stderr when enabled and there is more than one item."""
    if not enabled or len(items) < 2:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, file=sys.stderr, unit="file")


class SearchCache:
    def __init__(self, store: BoltStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._lock = threading.Lock()
        self._generation = -1
        self._index: index.SearchIndex | None = None
        self._rows: dict[str, Row] = {}

    @property
    def embedder(self) -> embed.Embedder:
        return embed.get_embedder(self.settings.embed_model)

    def embed_notice(self, ng: NoticeGraph) -> dict[str, list[float]]:
        units = index.units_from_notice(ng)
        if not units:
            return {}
        vectors = self.embedder.embed_passages([index.unit_passage(u) for u in units])
        return {u.id: [float(x) for x in v] for u, v in zip(units, vectors, strict=True)}

    def current(self) -> index.SearchIndex:
        gen = self.store.generation()
        with self._lock:
            if self._index is None or gen != self._generation:
                rows = list(read.iter_units(self.store))
                self._rows = {r["id"]: r for r in rows}
                units = [index.unit_from_row(r) for r in rows]
                self._index = index.SearchIndex.build(units, self.embedder)
                self._generation = gen
            return self._index

    def search(self, q: str, k: int, filters: Row, preset: str) -> Row:
        if preset not in retrieve.PRESETS:
            raise BadRequest(f"unknown preset {preset!r}; one of {sorted(retrieve.PRESETS)}")
        idx = self.current()
        hits = retrieve.search(idx, self.embedder, q, retrieve.PRESETS[preset],
                               make_filters(filters), k)
        repeats = self._repeats([h.id for h in hits])
        return {"query": q, "results": [self._result(h, repeats) for h in hits]}

    def _repeats(self, ids: Iterable[str]) -> dict[str, list[str]]:
        rows = self.store.execute(
            "MATCH (a:Directive)-[:REPEATS]->(b:Directive) WHERE a.id IN $ids "
            "RETURN a.id AS a, collect(b.id) AS b", {"ids": list(ids)})
        return {r["a"]: sorted(r["b"]) for r in rows}

    def _result(self, hit: Any, repeats: dict[str, list[str]]) -> Row:
        row = self._rows[hit.id]
        out = {key: row.get(key) for key in RESULT_KEYS}
        out["score"] = round(float(hit.score), 6)
        for key in ("lead", "support", "projects", "themes"):
            out[key] = [x["name"] for x in row.get(key) or []]
        out["repeats"] = repeats.get(hit.id, [])
        return out


def make_filters(f: Row) -> retrieve.Filters:
    return retrieve.Filters(
        agency_ids=[f["agency"]] if f.get("agency") else [],
        role=f.get("role"),
        project_ids=[f["project"]] if f.get("project") else [],
        theme_ids=[f["theme"]] if f.get("theme") else [],
        since=f.get("since"),
        until=f.get("until"),
        kind=f.get("kind"),
    )
