"""Neo4j 5: native Cypher DDL for vector and full-text indexes; scores are (1 + cos) / 2.

Differences from ArcadeDB handled here (docs/graph.md lists them all):
- indexes are populated in the background: queries right after CREATE fail until they are
  online, so every creation is followed by `db.awaitIndexes`;
- 5.26's vector index quantizes vectors by default (its ranking then differs from exact cosine):
  created with quantization off where the server knows the option;
- a vector of another dimension than the index's is silently left out of it: refused instead;
- `CREATE ... IF NOT EXISTS` racing the same statement in another process can still fail
  ("An equivalent index already exists"): losing that race is success.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.errors import StoreError
from graph.schema import EMBEDDING_PROPERTY, TEXT_PROPERTY, UNIT_LABELS

Execute = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
AWAIT = "CALL db.awaitIndexes(300)"
SHOW_VECTOR = "SHOW VECTOR INDEXES YIELD name, options RETURN name, options"


class Neo4jEngine:
    name = "neo4j"

    def __init__(self, database: str | None) -> None:
        self.database = database

    def vector_index(self, label: str) -> str:
        return f"{label.lower()}_embedding"

    def fulltext_index(self, label: str) -> str:
        return f"{label.lower()}_{TEXT_PROPERTY}_text"

    def ensure_text_indexes(self, execute: Execute) -> None:
        for lab in UNIT_LABELS:
            _ddl(execute, f"CREATE FULLTEXT INDEX {self.fulltext_index(lab)} IF NOT EXISTS "
                          f"FOR (n:{lab}) ON EACH [n.{TEXT_PROPERTY}]")
        execute(AWAIT, {})

    def ensure_vector_indexes(self, execute: Execute, dims: int) -> None:
        """Create the missing vector indexes (cosine, `dims`); an existing one of another size
        is a StoreError (Neo4j would skip every vector written)."""
        have = {r["name"]: _dimensions(r["options"]) for r in execute(SHOW_VECTOR, {})}
        missing = [lab for lab in UNIT_LABELS if self.vector_index(lab) not in have]
        for lab in UNIT_LABELS:
            size = have.get(self.vector_index(lab))
            if size is not None and size != int(dims):
                raise StoreError(f"vector index {self.vector_index(lab)} has {size} dimensions, "
                                 f"the embeddings {int(dims)}: drop it or use the same model")
        for lab in missing:
            self._create_vector_index(execute, lab, int(dims))
        if missing:
            execute(AWAIT, {})

    def _create_vector_index(self, execute: Execute, label: str, dims: int) -> None:
        try:
            _ddl(execute, self._vector_ddl(label, dims, exact=True))
        except StoreError as exc:  # Neo4j before 5.23 has no quantization option
            if "quantization" not in str(exc):
                raise
            _ddl(execute, self._vector_ddl(label, dims, exact=False))

    def _vector_ddl(self, label: str, dims: int, exact: bool) -> str:
        config = f"`vector.dimensions`: {dims}, `vector.similarity_function`: 'cosine'"
        config += ", `vector.quantization.enabled`: false" if exact else ""
        return (f"CREATE VECTOR INDEX {self.vector_index(label)} IF NOT EXISTS FOR (n:{label}) "
                f"ON (n.{EMBEDDING_PROPERTY}) OPTIONS {{indexConfig: {{{config}}}}}")

    def cosine(self, score: float) -> float:
        """Neo4j returns (1 + cos) / 2; give back cos."""
        return 2.0 * score - 1.0


def _dimensions(options: Any) -> int | None:
    config = (options or {}).get("indexConfig") or {}
    size = config.get("vector.dimensions")
    return int(size) if size is not None else None


def _ddl(execute: Execute, stmt: str) -> None:
    try:
        execute(stmt, {})
    except StoreError as exc:
        if "already exists" not in str(exc):
            raise
