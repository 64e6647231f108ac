"""Errors raised by the graph store: one type, one clear line."""

from __future__ import annotations


class StoreError(RuntimeError):
    """A store operation failed (start-up, constraint violation, driver error)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
