"""Answers that are a function of the stored notices only, cached by their versions (meeting id
-> sha256): computed again only after a notice is added, replaced or deleted. For the whole-store
aggregates (theme trends, discovered themes) that take seconds to minutes at 10 k notices."""

from __future__ import annotations

import copy
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from graph.read import units
from graph.store import BoltStore

T = TypeVar("T")
SIZE = 16
_CACHE: OrderedDict[tuple[str, Hashable], object] = OrderedDict()
_LOCK = threading.Lock()


def by_notices(store: BoltStore, key: Hashable, compute: Callable[[], T]) -> T:
    """compute(), or a copy of its answer for the same key and the same stored notices (callers
    may mutate what they get)."""
    shas = sorted(units.meeting_shas(store).items())
    full = (hashlib.sha256(repr(shas).encode()).hexdigest(), key)
    with _LOCK:
        if full in _CACHE:
            _CACHE.move_to_end(full)
            return copy.deepcopy(_CACHE[full])  # type: ignore[return-value]
    out = compute()
    with _LOCK:
        _CACHE[full] = copy.deepcopy(out)
        while len(_CACHE) > SIZE:
            _CACHE.popitem(last=False)
    return out
