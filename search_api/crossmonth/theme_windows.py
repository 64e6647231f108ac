"""Discovered themes of the stored notices, bounded and computed off the request path.

A window is one jurisdiction (a stored province name; meetings without one are a jurisdiction of
their own) and a period range [since, until]; by default the WINDOW_MONTHS months up to that
jurisdiction's latest meeting. At most MAX_DIRECTIVES directives (the most recent) of a window are
clustered (`discover.discover`, O(n^2)). A request without a province answers the union of every
jurisdiction's window: themes never span two jurisdictions, so each window is clustered alone.

Each window's answer is kept with its fingerprint (the window and the ids and notice versions of its
meetings): a notice written elsewhere leaves it current. A write schedules its jurisdiction's
default window in a background thread (`changed`), and a server's start every jurisdiction's as
steps of its start-up queue (`warm_steps`, search_api/api/startup.py: a window's read, its
directives' phrases PHRASE_STEP at a time, its clustering), the queue's thread draining the
background queue meanwhile. A request for one window (one province, or a store of one jurisdiction)
clusters it itself when its answer is missing or out of date; a request for several never does: it
answers with what is known, an out-of-date answer (its jurisdiction in `params.stale`) or none
(`params.pending`), both then brought up to date in the background. Theme ids are a slug of the
label and a hash of the member ids: the same whichever thread or order computed them.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from graph.read import clusters
from graph.rows import MeetingVersion, WindowDirective
from graph.store import BoltStore
from ingest.periods import shift_month
from ingest.text import fold
from search_api.api import idle
from search_api.api.errors import NotFound
from search_api.api.startup import Step
from search_api.crossmonth import discover

Row = dict[str, Any]
log = logging.getLogger(__name__)
WINDOW_MONTHS = 24  # default window: the last two years of a jurisdiction's meetings
MAX_DIRECTIVES = 3000  # most recent directives of a window clustered at most
PHRASE_STEP = 50  # directives phrased per start-up step (~0.2 s at 24 months)
ANSWERS = 512  # window answers kept per store
QUEUED = 1024  # windows waiting for the background thread at most
QUIET_S = 2.0  # after a write the background thread waits until no write came for this long
BIG = 10**9  # complement for the descending parts of a theme's paging key


@dataclass(frozen=True)
class Key:
    """What one window's answer answers: a jurisdiction, the periods asked (None: the default
    window) and the cluster filters."""

    province: str | None
    since: str | None
    until: str | None
    min_directives: int = discover.MIN_DIRECTIVES
    min_meetings: int = discover.MIN_MEETINGS


@dataclass(frozen=True)
class Window:
    province: str | None
    since: str | None
    until: str | None
    meetings: tuple[str, ...]
    fingerprint: str


@dataclass
class Answer:
    fingerprint: str
    body: Row


@dataclass
class Versions:
    """The meetings as of one store generation, and the windows resolved from them."""

    generation: int | None = None
    rows: list[MeetingVersion] = field(default_factory=list)
    windows: dict[Key, Window] = field(default_factory=dict)


class StoreThemes:
    """One store's window answers, the windows being computed and the background queue."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.versions = Versions()
        self.answers: OrderedDict[Key, Answer] = OrderedDict()
        self.computing: dict[Key, threading.Lock] = {}
        self.queued: OrderedDict[Key, None] = OrderedDict()
        self.worker: threading.Thread | None = None
        self.quiet_at = 0.0  # monotonic time before which writes keep the thread waiting


_STATES: weakref.WeakKeyDictionary[Any, StoreThemes] = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def _state(store: BoltStore) -> StoreThemes:
    with _STATES_LOCK:
        if store not in _STATES:
            _STATES[store] = StoreThemes()
        return _STATES[store]


# ---- windows ---------------------------------------------------------------------------------
def _versions(store: BoltStore, state: StoreThemes) -> Versions:
    """The meetings' versions, read again only when the store's generation moved."""
    gen = store.generation()
    current = state.versions
    if current.generation == gen:
        return current
    fresh = Versions(gen, clusters.meeting_versions(store))
    state.versions = fresh
    return fresh


def resolve(versions: Versions, key: Key) -> Window:
    """The window `key` means on these meetings (cached per generation)."""
    found = versions.windows.get(key)
    if found is None:
        found = _window(versions.rows, key)
        versions.windows[key] = found
    return found


def _window(rows: Sequence[MeetingVersion], key: Key) -> Window:
    own = [r for r in rows if r["province"] == key.province]
    since, until = key.since, key.until
    if since is None and until is None:
        latest = max((str(r["period"]) for r in own if r["period"]), default=None)
        since = months_before(latest, WINDOW_MONTHS - 1) if latest else None
    inside = sorted((r["id"], r["sha"]) for r in own if _within(r["period"], since, until))
    digest = hashlib.sha256(repr((key, since, until, inside)).encode()).hexdigest()
    return Window(key.province, since, until, tuple(i for i, _ in inside), digest)


def _within(period: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    return period is not None and (since is None or period >= since) and (
        until is None or period <= until)


def months_before(period: str, months: int) -> str | None:
    if len(period) < 7 or not period[:4].isdigit() or not period[5:7].isdigit():
        return period[:4] + "-01" if period[:4].isdigit() else None
    return shift_month(period, -months)


def jurisdictions(versions: Versions, province: str | None) -> list[str | None]:
    """The stored jurisdiction `province` means (compared without diacritics or case), or every
    jurisdiction (those without a name last) when it is None."""
    names = {r["province"] or None for r in versions.rows}
    if province is None:
        return sorted(names, key=lambda p: (p is None, p or ""))
    wanted = fold(province).strip()
    found = sorted(p for p in names if p is not None and fold(p).strip() == wanted)
    if not found:
        raise NotFound(f"không có cuộc họp nào của {province[:80]!r}")
    return [found[0]]


# ---- computing one window ----------------------------------------------------------------------
Read = tuple[str, list[WindowDirective]]  # a window's fingerprint and its directives read


def read_window(store: BoltStore, window: Window) -> Read:
    """The window's most recent MAX_DIRECTIVES directives (and one more: truncated or not)."""
    rows = clusters.directives_of_meetings(store, list(window.meetings), MAX_DIRECTIVES + 1)
    return window.fingerprint, rows


def cluster(store: BoltStore, window: Window, key: Key, read: Read | None = None) -> Row:
    """The discovered themes of one window's most recent MAX_DIRECTIVES directives (`read`
    when it was read for this very window)."""
    if read is None or read[0] != window.fingerprint:
        read = read_window(store, window)
    rows = read[1]
    out = discover.discover(rows[:MAX_DIRECTIVES], key.min_directives, key.min_meetings)
    out["params"].update({"province": window.province, "since": window.since,
                          "until": window.until, "directives": min(len(rows), MAX_DIRECTIVES),
                          "truncated": len(rows) > MAX_DIRECTIVES})
    return out


def current(state: StoreThemes, key: Key, window: Window) -> Answer | None:
    """The kept answer of `key` if it answers this very window."""
    with state.lock:
        found = state.answers.get(key)
    return found if found is not None and found.fingerprint == window.fingerprint else None


def ensure(store: BoltStore, state: StoreThemes, key: Key, read: Read | None = None) -> Answer:
    """The answer of `key` on the store as it is now: kept, or computed by this thread (one
    thread per key at a time: the others wait for it and take its answer); `read`: the
    directives already read for a window."""
    window = resolve(_versions(store, state), key)
    with state.lock:
        gate = state.computing.setdefault(key, threading.Lock())
    with gate:
        found = current(state, key, window)
        if found is not None:
            return found
        answer = Answer(window.fingerprint, cluster(store, window, key, read))
        with state.lock:
            state.answers[key] = answer
            state.answers.move_to_end(key)
            while len(state.answers) > ANSWERS:
                old, _ = state.answers.popitem(last=False)
                if old in state.computing and not state.computing[old].locked():
                    del state.computing[old]
        return answer


# ---- the background thread ---------------------------------------------------------------------
def schedule(store: BoltStore, keys: Sequence[Key]) -> None:
    """Bring these windows up to date in the store's background thread (started if idle)."""
    state = _state(store)
    with state.lock:
        for key in keys:
            state.queued[key] = None
        while len(state.queued) > QUEUED:
            state.queued.popitem(last=False)
        if not state.queued or (state.worker is not None and state.worker.is_alive()):
            return
        state.worker = threading.Thread(target=_drain, args=(store, state), daemon=True,
                                        name="discovered-themes")
        state.worker.start()


def _drain(store: BoltStore, state: StoreThemes) -> None:
    """Compute the queued windows one after the other, once the writes have paused (a bulk
    ingest is not slowed by clusterings that its next notice would make stale again)."""
    while True:
        while (wait := state.quiet_at - time.monotonic()) > 0:
            time.sleep(wait)
        with state.lock:
            if not state.queued:
                state.worker = None
                return
            key, _ = state.queued.popitem(last=False)
        try:
            idle.wait()  # requests first
            ensure(store, state, key)
        except Exception as exc:  # a closed store or a lost connection: the next request retries
            log.warning("discovered themes of %s not computed: %s", key.province, exc)
            with state.lock:
                state.queued.clear()
                state.worker = None
            return


def settle(store: BoltStore) -> None:
    """Wait until the store's background thread has computed what it was given."""
    worker = _state(store).worker
    if worker is not None:
        worker.join()


def warm_steps(store: BoltStore) -> list[Step]:
    """A server's start: every jurisdiction's default window, computed by the start-up queue's
    thread as steps (it drains the background queue meanwhile: windows a request schedules join
    it, no other thread starts)."""
    return [partial(_warm_start, store)]


def _warm_start(store: BoltStore) -> list[Step]:
    state = _state(store)
    names = jurisdictions(_versions(store, state), None)
    with state.lock:
        for p in names:
            state.queued[Key(p, None, None)] = None
        if state.worker is not None and state.worker.is_alive():
            return []  # a request or a write started the background thread already
        state.worker = threading.current_thread()
    return [partial(_drain_step, store, state)]


def _drain_step(store: BoltStore, state: StoreThemes) -> list[Step]:
    """The next queued window as steps (read, phrases, clustering), then this step again."""
    while (wait := state.quiet_at - time.monotonic()) > 0:
        time.sleep(wait)
    with state.lock:
        if state.worker is not threading.current_thread():
            return []  # an error ended this drain; another thread may have begun one
        key = state.queued.popitem(last=False)[0] if state.queued else None
        if key is None:
            state.worker = None
            return []
    return [*_guard(store, state, key, _window_steps), partial(_drain_step, store, state)]


def _window_steps(store: BoltStore, state: StoreThemes, key: Key) -> list[Step]:
    """One window's steps: none when its answer is current; else its directives read now, then
    phrased PHRASE_STEP at a time, then clustered."""
    window = resolve(_versions(store, state), key)
    if current(state, key, window) is not None:
        return []
    read = read_window(store, window)
    kept = read[1][:MAX_DIRECTIVES]
    phrase = [partial(_phrase, kept[i:i + PHRASE_STEP]) for i in range(0, len(kept), PHRASE_STEP)]
    return [*phrase, partial(_guard, store, state, key, partial(_ensure_step, read=read))]


def _phrase(rows: list[WindowDirective]) -> list[Step]:
    discover.phrase(rows)
    return []


def _ensure_step(store: BoltStore, state: StoreThemes, key: Key, read: Read) -> list[Step]:
    ensure(store, state, key, read)
    return []


def _guard(store: BoltStore, state: StoreThemes, key: Key,
           step: Callable[[BoltStore, StoreThemes, Key], list[Step]]) -> list[Step]:
    """`step`; an error (a closed store, a lost connection) ends the drain as `_drain` does."""
    try:
        return step(store, state, key)
    except Exception as exc:  # the next request retries
        log.warning("discovered themes of %s not computed: %s", key.province, exc)
        with state.lock:
            state.queued.clear()
            state.worker = None
        return []


def changed(store: BoltStore, province: str | None) -> None:
    """A notice of `province` was written or deleted: its default window, in the background
    once the writes pause for QUIET_S."""
    state = _state(store)
    state.quiet_at = time.monotonic() + QUIET_S
    schedule(store, [Key(province or None, None, None)])


# ---- a request ---------------------------------------------------------------------------------
def discovered_themes(store: BoltStore, min_directives: int = discover.MIN_DIRECTIVES,
                      min_meetings: int = discover.MIN_MEETINGS, province: str | None = None,
                      since: str | None = None, until: str | None = None,
                      wait: bool = False) -> Row:
    """The themes of one jurisdiction's window, or of every jurisdiction's (`province` None),
    most recurring first. A window is clustered by this call when it is the only one asked for
    or with `wait`; the others are answered as known and brought up to date in the background."""
    state = _state(store)
    versions = _versions(store, state)
    keys = [Key(p, since, until, min_directives, min_meetings)
            for p in jurisdictions(versions, province)]
    bodies, stale, pending = [], [], []
    alone = wait or len(keys) == 1
    for key in keys:
        window = resolve(versions, key)
        found = current(state, key, window)
        if found is None:
            with state.lock:
                kept = state.answers.get(key)
            if alone:
                found = ensure(store, state, key)
            elif kept is not None:
                stale.append(key)
                found = kept
            else:
                pending.append(key)
        if found is not None:
            bodies.append(found.body)
    schedule(store, stale + pending)
    return merged(bodies, keys, province is not None, [k.province for k in stale],
                  [k.province for k in pending])


def merged(bodies: list[Row], keys: list[Key], one: bool, stale: list[str | None],
           pending: list[str | None]) -> Row:
    """The windows' themes as one answer (most meetings, then most directives, first)."""
    themes = copy.deepcopy(sorted((t for b in bodies for t in b["themes"]), key=order))
    params = discover.params_of(keys[0].min_directives if keys else discover.MIN_DIRECTIVES,
                                keys[0].min_meetings if keys else discover.MIN_MEETINGS)
    windows = [b["params"] for b in bodies]
    starts = [w["since"] for w in windows]
    params.update({
        "province": windows[0]["province"] if one and windows else None,
        "since": keys[0].since if keys and keys[0].since else (
            min(starts) if starts and None not in starts else None),
        "until": keys[0].until if keys else None,
        "directives": sum(w["directives"] for w in windows),
        "truncated": any(w["truncated"] for w in windows),
        "windows": len(keys), "stale": stale, "pending": pending})
    return {"themes": themes, "params": params}


def order(theme: Row) -> tuple[str, ...]:
    """A theme's place in the list, as paging's key (`search_api.api.paging`): most meetings,
    then most directives, then id."""
    return (f"{BIG - int(theme['meetings']):010d}", f"{BIG - int(theme['directives']):010d}",
            str(theme["id"]))


def page(themes: list[Row], after: tuple[str, ...] | None, limit: int | None
         ) -> tuple[list[Row], tuple[str, ...] | None]:
    """The themes after the key `after` (in `order`), `limit` of them (None: all), and the next
    page's key."""
    rest = [t for t in themes if after is None or order(t) > after]
    if limit is None or len(rest) <= limit:
        return rest, None
    return rest[:limit], order(rest[limit - 1])
