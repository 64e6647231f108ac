"""Progress of a multi-file ingest on the terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")


def with_progress(items: list[T], enabled: bool) -> Iterator[T]:
    """A tqdm progress bar on stderr when enabled and there is more than one item."""
    if not enabled or len(items) < 2:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, file=sys.stderr, unit="file")
