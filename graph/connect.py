"""Open the configured store: connect (starting or reusing the embedded server), create the
schema, mark a new store's upgrades done (graph.migrate).

A store whose schema this version already made carries a `Meta {key: "schema"}` marker with the
statements' digest: opening it again costs one query instead of ~25 DDL round trips (seconds on a
JVM that has just started, for every CLI command)."""

from __future__ import annotations

import atexit
import hashlib

from graph.config import StoreConfig
from graph.engines.arcadedb import ArcadeDBEngine
from graph.engines.embedded import DATABASE, ensure_server
from graph.engines.neo4j import Neo4jEngine
from graph.errors import StoreError
from graph.migrate import mark_new_store
from graph.schema import constraint_statements, index_statements
from graph.store import BoltStore, connect_driver

SCHEMA_KEY = "schema"


def schema_digest(store: BoltStore) -> str:
    """What the schema of this version is on this engine: its statements and the engine's kind."""
    text = "\n".join([type(store.engine).__name__, *constraint_statements(), *index_statements()])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def schema_current(store: BoltStore, digest: str) -> bool:
    """The store carries the marker of `digest` (a new store has no Meta type yet: not current)."""
    try:
        rows = store.execute("MATCH (g:Meta {key: $key}) RETURN g.value AS v", {"key": SCHEMA_KEY})
    except StoreError:
        return False
    return bool(rows) and rows[0]["v"] == digest


def init_schema(store: BoltStore) -> None:
    """Create constraints and indexes (idempotent), unless this version's marker says they are."""
    digest = schema_digest(store)
    if schema_current(store, digest):
        return
    for stmt in constraint_statements() + index_statements():
        try:
            store.execute(stmt, {})
        except StoreError as exc:  # another process created it between IF NOT EXISTS and now
            if "already exists" not in str(exc).lower():
                raise
    store.engine.ensure_text_indexes(store.execute)
    mark_new_store(store)
    store.execute("MERGE (g:Meta {key: $key}) SET g.value = $v", {"key": SCHEMA_KEY, "v": digest})


def open_store(cfg: StoreConfig) -> BoltStore:
    """Open the configured store (starting or reusing the embedded server) with its schema."""
    if cfg.kind == "neo4j":
        if not cfg.neo4j_uri or cfg.neo4j_password is None:
            raise StoreError("neo4j store needs NEO4J_URI and NEO4J_PASSWORD")
        auth = (cfg.neo4j_user, cfg.neo4j_password)
        # Neo4j notifies (the driver logs a warning) on every query naming a label, type or
        # property not in the store yet, e.g. REPEATS before the first link: expected here
        driver = connect_driver(cfg.neo4j_uri, auth, cfg.neo4j_database,
                          notifications_min_severity="OFF")
        store = BoltStore(driver, Neo4jEngine(cfg.neo4j_database))
    else:
        info = ensure_server(cfg.data_dir, cfg.engine_linger_s, cfg.arcadedb_heap)
        driver = connect_driver(info.uri, (info.user, info.password), DATABASE)
        engine = ArcadeDBEngine(info.http_port, info.user, info.password, DATABASE)
        store = BoltStore(driver, engine, info)
    atexit.register(store.close)
    init_schema(store)
    return store
