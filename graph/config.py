"""How to reach the store. Built from the application settings; graph/ never reads env vars."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class StoreConfig:
    kind: Literal["embedded", "neo4j"]
    data_dir: Path
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    engine_linger_s: float = 0.0  # the embedded server outlives its last user by this long
    arcadedb_heap: str = "1g"  # the embedded server's JVM heap
