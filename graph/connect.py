"""Open the configured store: connect (starting or reusing the embedded server), create the
schema, mark a new store's upgrades done (graph.migrate)."""

from __future__ import annotations

import atexit

from graph.config import StoreConfig
from graph.engines.arcadedb import ArcadeDBEngine
from graph.engines.embedded import DATABASE, ensure_server
from graph.engines.neo4j import Neo4jEngine
from graph.errors import StoreError
from graph.migrate import mark_new_store
from graph.schema import constraint_statements, index_statements
from graph.store import BoltStore, connect_driver


def init_schema(store: BoltStore) -> None:
    """Create constraints and indexes (idempotent)."""
    for stmt in constraint_statements() + index_statements():
        try:
            store.execute(stmt, {})
        except StoreError as exc:  # another process created it between IF NOT EXISTS and now
            if "already exists" not in str(exc).lower():
                raise
    store.engine.ensure_text_indexes(store.execute)
    mark_new_store(store)


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
