"""Errors raised by the graph store: one type, one clear line, and what kind of failure it is
(so that the API can answer with its status: graph code never speaks HTTP)."""

from __future__ import annotations

from typing import Literal

from neo4j.exceptions import (
    ClientError,
    ConstraintError,
    DatabaseUnavailable,
    DriverError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

Kind = Literal["failed", "conflict", "invalid", "unavailable", "disk_full", "timeout"]
DISK_FULL_TEXT = ("no space left", "disk full", "not enough space", "enospc", "diskfull")


class StoreError(RuntimeError):
    """A store operation failed (start-up, constraint violation, driver error). `kind`:
    conflict (a unique constraint), invalid (a value the store refused), unavailable (the
    engine cannot be reached), disk_full, timeout (a call past its time limit), failed."""

    def __init__(self, message: str, kind: Kind = "failed") -> None:
        super().__init__(" ".join(message.split()))
        self.kind: Kind = kind


def classify(exc: BaseException) -> Kind:
    """The kind of a driver (or OS) error."""
    text = str(exc).lower()
    if any(t in text for t in DISK_FULL_TEXT):
        return "disk_full"
    if isinstance(exc, ConstraintError) or "duplicated key" in text:
        return "conflict"
    if isinstance(exc, (ServiceUnavailable, SessionExpired, DatabaseUnavailable,
                        ConnectionError)):
        return "unavailable"
    if isinstance(exc, ClientError) and (exc.code or "").startswith("Neo.ClientError.Statement"):
        return "invalid"
    if isinstance(exc, (TransientError, DriverError, OSError)):
        return "unavailable"
    return "failed"
