"""The graph store's contract: what every module of graph/ and its callers rely on — a Store
(queries, transactions, the writer lock, notice versions), its Engine's differences, a Tx, the
result of a notice's write. `graph.store.BoltStore` is the one implementation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from ingest.model import NoticeGraph

Row = dict[str, Any]


@dataclass(frozen=True)
class WriteResult:
    meeting_id: str
    status: str  # "created" | "unchanged" | "replaced"
    directives: int
    findings: int


class Tx(Protocol):
    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]: ...


class Engine(Protocol):
    name: str
    database: str | None

    def vector_index(self, label: str) -> str: ...
    def fulltext_index(self, label: str) -> str: ...
    def ensure_text_indexes(self, execute: Any) -> None: ...
    def ensure_vector_indexes(self, execute: Any, dims: int) -> None: ...
    def cosine(self, score: float) -> float: ...


class Store(Protocol):
    engine: Engine

    def execute(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]: ...
    def transaction(self) -> Any: ...
    def writer(self) -> AbstractContextManager[None]: ...
    def write_notice(
        self, ng: NoticeGraph, embeddings: Mapping[str, Sequence[float]]
    ) -> WriteResult: ...
    def delete_notice(self, meeting_id: str) -> bool: ...
    def notice_sha(self, meeting_id: str) -> str | None: ...
    def generation(self) -> int: ...
    def stats(self) -> dict[str, Any]: ...
    def close(self) -> None: ...
