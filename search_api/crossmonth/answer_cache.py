"""Answers that are a function of the stored notices only, cached by their versions (meeting id
-> sha256): computed again only after a notice is added, replaced or deleted. For the whole-store
aggregates (theme trends, discovered themes) that take seconds to minutes at 10 k notices."""

from __future__ import annotations

import copy
import hashlib
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from graph.read import units
from graph.store import BoltStore

T = TypeVar("T")
SIZE = 16
_CACHE: OrderedDict[tuple[str, Hashable], object] = OrderedDict()
_LOCK = threading.Lock()


_DIGESTS: weakref.WeakKeyDictionary[BoltStore, tuple[int, str]] = weakref.WeakKeyDictionary()


def notices_digest(store: BoltStore) -> str:
    """A digest of the stored notices' versions; read again only when the store's generation
    (bumped by every write) has moved: reading every meeting's sha took ~0.3 s at 10 k notices,
    on every request of a cached answer."""
    generation = store.generation()
    with _LOCK:
        known = _DIGESTS.get(store)
    if known is not None and known[0] == generation:
        return known[1]
    shas = sorted(units.meeting_shas(store).items())
    digest = hashlib.sha256(repr(shas).encode()).hexdigest()
    if store.generation() == generation:  # no write in between: the digest is that generation's
        with _LOCK:
            _DIGESTS[store] = (generation, digest)
    return digest


def by_notices(store: BoltStore, key: Hashable, compute: Callable[[], T]) -> T:
    """compute(), or a copy of its answer for the same key and the same stored notices (callers
    may mutate what they get)."""
    full = (notices_digest(store), key)
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
