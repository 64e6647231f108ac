"""Neo4j 5: native Cypher DDL for vector and full-text indexes; scores are (1 + cos) / 2."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.schema import EMBEDDING_PROPERTY, TEXT_PROPERTY, UNIT_LABELS

Execute = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


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
            execute(
                f"CREATE FULLTEXT INDEX {self.fulltext_index(lab)} IF NOT EXISTS "
                f"FOR (n:{lab}) ON EACH [n.{TEXT_PROPERTY}]",
                {},
            )

    def ensure_vector_indexes(self, execute: Execute, dims: int) -> None:
        for lab in UNIT_LABELS:
            execute(
                f"CREATE VECTOR INDEX {self.vector_index(lab)} IF NOT EXISTS "
                f"FOR (n:{lab}) ON (n.{EMBEDDING_PROPERTY}) OPTIONS {{indexConfig: "
                f"{{`vector.dimensions`: {int(dims)}, `vector.similarity_function`: 'cosine'}}}}",
                {},
            )

    def cosine(self, score: float) -> float:
        """Neo4j returns (1 + cos) / 2; give back cos."""
        return 2.0 * score - 1.0
