"""BoltStore: the driver wrapper over the official neo4j driver, one code path for ArcadeDB and
Neo4j 5 (retries, a time limit per call, healing a dead embedded server, the writer lock). The
contract it implements is graph.contract; opening one is graph.connect."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import neo4j
from neo4j.exceptions import DriverError, Neo4jError, TransientError

from graph import deadline, write
from graph.contract import Engine, Row, Tx, WriteResult
from graph.engines.arcadedb import ArcadeDBEngine
from graph.engines.embedded import DATABASE, ServerInfo, alive, revive, stop_server
from graph.engines.leases import write_lock
from graph.errors import StoreError, classify
from graph.read.stats import stats
from graph.records import record_data
from ingest.model import NoticeGraph

RETRY_WAITS_S = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2)  # then the error


def describe(exc: Exception) -> str:
    """One clear line for a driver error."""
    if isinstance(exc, Neo4jError):
        return f"{exc.code or 'Neo4jError'}: {exc.message or exc}"
    return f"{type(exc).__name__}: {exc}"


class _BoltTx:
    def __init__(self, tx: neo4j.Transaction) -> None:
        self._tx = tx

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        deadline.check()  # a call abandoned after its time limit goes no further
        try:
            return [record_data(rec) for rec in self._tx.run(query, dict(params or {}))]
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"query failed: {describe(exc)}", classify(exc)) from exc


def _commit(tx: neo4j.Transaction) -> None:
    """Commit, unless the call was abandoned (graph.deadline): then raise, and it rolls back."""
    guard = deadline.CURRENT.get()
    if guard is None:
        tx.commit()
        return
    with guard.lock:
        guard.check()
        tx.commit()


class BoltStore:
    """A Store over the official neo4j driver (ArcadeDB's Bolt plugin or Neo4j 5)."""

    def __init__(self, driver: neo4j.Driver, engine: Engine, server: ServerInfo | None = None):
        self.driver = driver
        self.engine = engine
        self.server = server
        self._closed = False
        self._healing = threading.Lock()

    def execute(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """One auto-commit query; when the embedded server had died, run once more on a fresh
        one (every write is idempotent)."""
        try:
            return self._execute(query, params)
        except StoreError as exc:
            if exc.kind != "unavailable" or not self.heal():
                raise
        return self._execute(query, params)

    def heal(self) -> bool:
        """Reconnect to a fresh embedded server when this one died (its JVM killed or crashed);
        True when reconnected. Neo4j (a server run by others): nothing to do here, the driver
        reconnects by itself."""
        with self._healing:
            if self.server is None or self._closed or alive(self.server):
                return False
            info = revive(self.server)
            driver = connect_driver(info.uri, (info.user, info.password), DATABASE)
            old, self.driver, self.server = self.driver, driver, info
            self.engine = ArcadeDBEngine(info.http_port, info.user, info.password, DATABASE)
            old.close()
            return True

    def _execute(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """One auto-commit query. A TransientError (Neo4j: a deadlock between two processes'
        MERGEs; ArcadeDB: a write conflict) rolled it back whole: run again, as the driver's
        managed transactions would."""
        for wait in (*RETRY_WAITS_S, None):
            try:
                with self.driver.session(database=self.engine.database) as session:
                    return [record_data(rec) for rec in session.run(query, dict(params or {}))]
            except TransientError as exc:
                if wait is None:
                    raise StoreError(f"query failed: {describe(exc)}", classify(exc)) from exc
                time.sleep(wait * (0.5 + random.random()))
            except (Neo4jError, DriverError) as exc:
                raise StoreError(f"query failed: {describe(exc)}", classify(exc)) from exc
        raise AssertionError("unreachable")

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """An explicit transaction: committed on success, rolled back on any error; within a
        call's time limit, ended by the engine past it too (graph.deadline.engine_timeout)."""
        try:
            with (
                self.driver.session(database=self.engine.database) as session,
                session.begin_transaction(timeout=deadline.engine_timeout()) as tx,
            ):
                yield _BoltTx(tx)
                _commit(tx)
        except (Neo4jError, DriverError) as exc:
            if classify(exc) == "unavailable":
                self.heal()  # this transaction failed; the next one finds a fresh server
            raise StoreError(f"transaction failed: {describe(exc)}", classify(exc)) from exc

    def writer(self) -> AbstractContextManager[None]:
        """Held around a notice's check-write-link sequence: one writer at a time across every
        process using the store (the embedded store: a file lock; Neo4j: `_locked_in_store`)."""
        return write_lock(self.server.root) if self.server is not None else self._locked_in_store()

    @contextmanager
    def _locked_in_store(self) -> Iterator[None]:
        """Neo4j's cross-process writer lock: a transaction that write-locks the
        `WriterLock` node(s) and stays open, so the next writer waits on it; rolled back at the
        end, and by the server when a dead process's connection drops. Without it two processes
        writing one notice both find it absent and the second fails on the unique id. A label of
        its own (no index, no id: in no export or count), so no other lock mixes with it; a
        first-use race may make two such nodes, locked in one order."""
        self.execute("MERGE (:WriterLock)", {})
        try:
            with (
                self.driver.session(database=self.engine.database) as session,
                session.begin_transaction() as tx,
            ):
                tx.run("MATCH (w:WriterLock) WITH w ORDER BY elementId(w) "
                       "SET w.held = true").consume()
                yield
                tx.rollback()
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"writer lock failed: {describe(exc)}", classify(exc)) from exc

    def write_notice(
        self, ng: NoticeGraph, embeddings: Mapping[str, Sequence[float]]
    ) -> WriteResult:
        return write.write_notice(self, ng, embeddings)

    def delete_notice(self, meeting_id: str) -> bool:
        return write.delete_notice(self, meeting_id)

    def notice_sha(self, meeting_id: str) -> str | None:
        rows = self.execute(
            "MATCH (m:Meeting {id: $id}) RETURN m.sha256 AS sha", {"id": meeting_id}
        )
        return str(rows[0]["sha"]) if rows and rows[0]["sha"] is not None else None

    def generation(self) -> int:
        rows = self.execute("MATCH (g:Meta {key: 'generation'}) RETURN g.value AS v", {})
        return int(rows[0]["v"]) if rows else 0

    def stats(self) -> dict[str, Any]:
        return stats(self)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.driver.close()
        if self.server is not None:
            stop_server(self.server)


def connect_driver(uri: str, auth: tuple[str, str], database: str | None, **options: Any
             ) -> neo4j.Driver:
    driver = neo4j.GraphDatabase.driver(uri, auth=auth, **options)
    try:
        driver.verify_connectivity()
    except (Neo4jError, DriverError, OSError) as exc:
        driver.close()
        raise StoreError(f"cannot connect to {uri}: {describe(exc)}", classify(exc)) from exc
    return driver
