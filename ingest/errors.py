"""One error type for everything that can be wrong with an input file."""

from __future__ import annotations


class IngestError(Exception):
    """A file could not be read as a notice. `str()` is one line naming the file and the reason."""

    def __init__(self, source: str, reason: str, *, where: str | None = None) -> None:
        self.source = source
        self.reason = reason
        self.where = where
        place = f" ({where})" if where else ""
        super().__init__(f"{source}{place}: {reason}")
