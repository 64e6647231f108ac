"""Answers that are a function of the stored notices only, cached by their versions (meeting id
-> sha256): computed again only after a notice is added, replaced or deleted. For the whole-store
aggregates (theme trends, discovered themes) that take seconds to minutes at 10 k notices. And
answers that are a function of the whole store (task links and states too), cached by the store's
generation (`by_generation`: every write bumps it, in this process or another)."""

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
_BY_GENERATION: weakref.WeakKeyDictionary[BoltStore, OrderedDict[Hashable, tuple[int, object]]] = (
    weakref.WeakKeyDictionary())


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


def by_generation(store: BoltStore, key: Hashable, compute: Callable[[], T]) -> T:
    """compute(), or a copy of its answer for the same key on the store's same generation (SIZE
    answers per store kept), kept under the generation read before computing it (a write during
    the computation makes it the old generation's)."""
    generation = store.generation()
    with _LOCK:
        kept = _BY_GENERATION.setdefault(store, OrderedDict())
        found = kept.get(key)
        if found is not None and found[0] == generation:
            kept.move_to_end(key)
            return copy.deepcopy(found[1])  # type: ignore[return-value]
    out = compute()
    with _LOCK:
        kept[key] = (generation, copy.deepcopy(out))
        while len(kept) > SIZE:
            kept.popitem(last=False)
    return out
