"""The search index as a cache of the store, kept per meeting: when the store's generation
changes, only the meetings whose stored notice (sha256) changed are re-read, and the in-memory
index is reassembled from the cached blocks. Embedding happens here, for ingest (passages) and for
queries."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import itertools
import logging
import mmap
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import numpy as np

from graph import migrate
from graph.read import search as search_reads
from graph.read import units as units_reads
from graph.rows import UnitRow
from graph.store import BoltStore
from ingest.model import NoticeGraph
from search_api.api.errors import BadRequest
from search_api.search import (
    embed,
    fusion,
    grouping,
    increment,
    index,
    results,
    snapshot,
    store_search,
)
from search_api.search.ann import Trained
from search_api.search.blocks import Block, Rows
from search_api.search.expand import Restorer
from search_api.search.lexical import BM25, Terms, Vocabulary, merge_terms
from search_api.search.vectors import quantize, stack
from search_api.settings import Settings

Row = dict[str, Any]
READ_MEETINGS = 50  # meetings per store read (~2,500 units)
SNAPSHOT_AFTER = 200  # meetings re-read since the last snapshot before writing a new one
log = logging.getLogger("chidao.index")


def unit_order(units: list[index.IndexUnit]) -> np.ndarray:
    """The permutation putting the units in id order (the identity when they already are, as
    blocks sorted by their first unit come)."""
    ids = [u.id for u in units]
    if all(a < b for a, b in itertools.pairwise(ids)):
        return np.arange(len(ids), dtype=np.int64)
    return np.asarray(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)


def release_free_memory() -> None:
    """Give the allocator's free pages back to the system (glibc `malloc_trim`; elsewhere
    nothing): a build's temporaries (the snapshot's JSON, the merge's sparse matrices) are
    freed into the heap, which glibc keeps; at 1 k notices 470 -> 304 MiB after a restart."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class SearchCache:
    def __init__(self, store: BoltStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._lock = threading.Lock()  # one build at a time; searches do not take it
        # (generation, index, rows), swapped in whole once built: a search reads it once
        self._state: tuple[int, index.SearchIndex, Mapping[str, UnitRow]] | None = None
        self._blocks: dict[str, Block] = {}
        self._unsaved = 0  # meetings read or dropped since the last snapshot
        self._restorer: Restorer | None = None  # over the blocks' passages, kept block by block
        self._vocabulary = Vocabulary()  # lexical terms -> ids, for merging the blocks' counts
        self._term_ids: dict[str, np.ndarray] = {}  # meeting -> its block's terms' ids
        self._refolded = False  # graph.migrate.refold_units checked (store backend only)
        self._building = False  # _rebuild running (/health: index_building)
        self._trained: Trained | None = None  # IVF centroids from the snapshot, for the first build
        self._maps: list[mmap.mmap] = []  # the snapshot files the blocks' arrays are views of
        self._progress = (0, 0)  # meetings read, meetings to read, in the running build
        # the last full build: its index, rows and each meeting's rows in it; the meetings
        # re-read or dropped since (an increment is built over it: search/increment.py)
        self._main: tuple[index.SearchIndex, Rows, dict[str, np.ndarray]] | None = None
        self._changed: set[str] = set()
        self._compacting = False  # a full build running in a thread (`_compact_later`)
        self._since: set[str] = set()  # meetings re-read or dropped since that build began

    @property
    def embedder(self) -> embed.Embedder:
        return embed.get_embedder(self.settings.embed_model)

    def embed_notice(self, ng: NoticeGraph) -> dict[str, list[float]]:
        units = index.units_from_notice(ng)
        if not units:
            return {}
        vectors = self.embedder.embed_passages([index.unit_passage(u) for u in units])
        return {u.id: [float(x) for x in v] for u, v in zip(units, vectors, strict=True)}

    def building(self) -> bool:
        """The index is being built or brought up to date with the store now (for /health)."""
        return self._building

    def progress(self) -> tuple[int, int]:
        """(meetings read, meetings to read) of the running or the last build (for /health)."""
        return self._progress

    def current(self) -> index.SearchIndex:
        """The index of the store as it is now (built first when the store changed)."""
        return self._current(wait=True)[0]

    def _current(self, wait: bool) -> tuple[index.SearchIndex, Mapping[str, UnitRow]]:
        """The index and its result rows, as one consistent pair. An index of the present
        generation is returned at once; a stale one is rebuilt by one thread, off the searches'
        path: with `wait` (or setting search_refresh "wait") the caller waits for it, else it
        is answered from the last complete index while a background thread builds."""
        gen = self.store.generation()
        state = self._state
        if state is not None and state[0] == gen:
            return state[1], state[2]
        if state is not None and not wait and self.settings.search_refresh == "background":
            if self._lock.acquire(blocking=False):
                threading.Thread(target=self._build_released, args=(gen,), daemon=True,
                                 name="search-index-refresh").start()
            return state[1], state[2]
        with self._lock:
            state = self._state
            if state is None or state[0] != gen:
                self._build(gen)
            assert self._state is not None  # _build made it
            return self._state[1], self._state[2]

    def _build_released(self, gen: int) -> None:
        """_build in a background thread that holds the lock acquired for it."""
        try:
            self._build(gen)
        finally:
            self._lock.release()

    def _build(self, gen: int) -> None:
        """Bring the blocks up to date and swap the new index in (under the build lock)."""
        self._building = True
        try:
            state = self._state
            if state is None and not self._blocks:
                self._restore()
            if self._refresh() or state is None:
                built, rows = self._next(state[1] if state is not None else None)
                self._state = (gen, built, rows)
                gc.freeze()  # the index's millions of objects leave the collector's scans
                self._save(built)
                release_free_memory()
            else:
                self._state = (gen, state[1], state[2])
        finally:
            self._building = False

    def _next(self, previous: index.SearchIndex | None
              ) -> tuple[index.SearchIndex, Mapping[str, UnitRow]]:
        """An increment over the last full build (or the one restored from the snapshot) while
        the meetings changed since are few
        (`increment.COMPACT_AT`), else a full build (which becomes the next increments' main)."""
        step = self._extend()
        if step is None and previous is not None and self._main is not None \
                and len(self._main[0]) >= increment.INCREMENT_FROM:
            self._compact_later(previous)  # the share passed: compact in the background and
            step = self._extend(bounded=False)  # answer from an increment meanwhile
        if step is not None:
            return step
        built, rows, placed = self._assemble(previous)
        self._main, self._changed = (built, rows, placed), set()
        return built, rows

    def _compact_later(self, previous: index.SearchIndex) -> None:
        """A full build of the blocks as they are now, in a thread and off the build lock:
        refreshes and searches go on over the last main part meanwhile (increments), and it is
        swapped in once built (`_compacted`). One at a time."""
        if self._compacting:
            return
        self._compacting, self._since = True, set()
        blocks = self._sorted(self._blocks)
        threading.Thread(target=self._compact, args=(previous, blocks, self._counts(blocks)),
                         daemon=True, name="search-index-compaction").start()

    def _counts(self, blocks: list[tuple[str, Block]]) -> list[tuple[Terms, np.ndarray]]:
        """The blocks' term counts with their ids, as they are now (a later refresh drops a
        block's ids; a snapshot save points its counts at another vocabulary)."""
        return [(b.terms, self._term_ids[m]) for m, b in blocks]

    def _compact(self, previous: index.SearchIndex, blocks: list[tuple[str, Block]],
                 counts: list[tuple[Terms, np.ndarray]]) -> None:
        try:
            built, rows, placed = self._assemble(previous, blocks, counts)
            with self._lock:
                self._compacted(built, rows, placed)
        except Exception:  # a failed compaction leaves the increments serving; logged only
            log.exception("search index compaction failed")
        finally:
            self._compacting = False

    def _compacted(self, built: index.SearchIndex, rows: Rows,
                   placed: dict[str, np.ndarray]) -> None:
        """The compaction's build becomes the main part (under the build lock); the meetings
        re-read since it began are an increment over it, swapped in at the present generation."""
        self._main, self._changed = (built, rows, placed), set(self._since)
        step = self._extend(bounded=False)
        assert step is not None and self._state is not None  # a main part is there
        self._state = (self._state[0], *step)
        gc.freeze()
        self._save(built)
        release_free_memory()

    def _extend(self, bounded: bool = True
                ) -> tuple[index.SearchIndex, Mapping[str, UnitRow]] | None:
        """The last full build with the changed meetings' rows dead and their blocks as the
        delta; None when there is no full build to extend or (`bounded`) the change is too
        large or the store small."""
        if self._main is None:
            return None
        main, rows, placed = self._main
        if not self._changed:  # the build restored from the snapshot, nothing changed since
            return main, rows
        if bounded and len(main) < increment.INCREMENT_FROM:
            return None
        dead = np.zeros(len(main), dtype=bool)
        for m in self._changed & placed.keys():
            dead[placed[m]] = True
        blocks = self._sorted([m for m in self._changed if m in self._blocks])
        units = [u for _, b in blocks for u in b.units]
        if bounded and int(dead.sum()) + len(units) > increment.COMPACT_AT * len(main):
            return None
        built = increment.SegmentedIndex(
            main, dead, units, stack([b.vectors for _, b in blocks], self.embedder.dim),
            merge_terms([b.terms for _, b in blocks], np.arange(len(units)), self._vocabulary,
                        [self._term_ids[m] for m, _ in blocks]), self._restorer)
        if main.ann is not None:
            _keep_cells([b for _, b in blocks], built.delta_cells)
        gone = [main.units[i].id for i in np.flatnonzero(dead).tolist()]
        return built, rows.updated(gone, [b for _, b in blocks])

    def _sorted(self, meetings: Iterable[str]) -> list[tuple[str, Block]]:
        """The meetings' blocks by their first unit id, their terms looked up."""
        blocks = sorted(((m, self._blocks[m]) for m in meetings),
                        key=lambda mb: mb[1].units[0].id if mb[1].units else "")
        for m, b in blocks:
            if m not in self._term_ids:
                self._term_ids[m] = self._vocabulary.ids(b.terms.terms)
        return blocks

    def _restore(self) -> None:
        """The blocks, restorer and IVF centroids of the snapshot (embedded store), if any,
        and the full build saved with them: the main part the first build extends."""
        saved = snapshot.load(self.settings)
        self._blocks, self._restorer, self._trained = saved.blocks, saved.restorer, saved.ivf
        self._maps = saved.maps
        if saved.index is not None:
            self._main = (saved.index, Rows(self._blocks.values()), saved.placed)

    def _save(self, built: index.SearchIndex) -> None:
        """A new snapshot once SNAPSHOT_AFTER meetings, or half of the store's, were re-read or
        dropped since the last: writing one costs all the blocks, re-reading costs those
        meetings at every start (a CLI command is one start, so a small store gets one too)."""
        if self._unsaved >= min(SNAPSHOT_AFTER, max(1, len(self._blocks) // 2)):
            main = self._main if self._main is not None and self._main[0] is built \
                and not self._changed else None  # a full build over exactly these blocks
            maps = snapshot.save(self.settings, snapshot.Saved(
                dict(self._blocks), self._restorer,
                built.ann.state if built.ann is not None else None,
                index=None if main is None else built, placed={} if main is None else main[2]))
            if maps:  # the blocks are now views of the new files, with its vocabulary
                self._maps = maps
                self._term_ids.clear()
            self._unsaved = 0
        snapshot.evict(self._maps)  # the merge is done: the blocks' pages can leave the RSS

    def _refresh(self) -> bool:
        """Re-read the meetings whose stored notice is new or changed, drop the deleted ones;
        True when anything changed. (A write between the two reads leaves a block whose sha is
        older than its rows: the next generation re-reads it.)"""
        shas = units_reads.meeting_shas(self.store)
        gone = [m for m in self._blocks if m not in shas]
        todo = sorted(m for m, sha in shas.items()
                      if m not in self._blocks or self._blocks[m].sha != sha)
        for m in gone:
            self._drop(m)
        self._progress = (0, len(todo))
        for chunk, rows in self._read(todo):
            by_meeting: dict[str, list[UnitRow]] = {m: [] for m in chunk}
            for row in rows:
                if row["meeting"]["id"] in by_meeting:
                    by_meeting[row["meeting"]["id"]].append(row)
            for m, unit_rows in by_meeting.items():
                self._drop(m)
                self._blocks[m] = self._block(shas.get(m, ""), unit_rows)
                if self._restorer is not None:
                    self._restorer.add(self._blocks[m].passages())
            self._progress = (self._progress[0] + len(chunk), len(todo))
            log.info("index building %d/%d meetings", *self._progress)
        self._unsaved += len(gone) + len(todo)
        self._changed.update(gone + todo)
        self._since.update(gone + todo)
        return bool(gone or todo)

    def _drop(self, meeting: str) -> None:
        block = self._blocks.pop(meeting, None)
        self._term_ids.pop(meeting, None)
        if block is not None and self._restorer is not None:
            self._restorer.remove(block.passages())

    def _read(self, todo: list[str]) -> Iterator[tuple[list[str], list[UnitRow]]]:
        """(meetings, their unit rows), READ_MEETINGS meetings per query: each read starts from
        the meetings' id index, so a cold build costs the same per unit at any store size (a
        paged scan of all units re-scanned and re-sorted the store on every page)."""
        for i in range(0, len(todo), READ_MEETINGS):
            chunk = todo[i:i + READ_MEETINGS]
            yield chunk, units_reads.units_of_meetings(self.store, chunk)

    def _block(self, sha: str, rows: list[UnitRow]) -> Block:
        """Units and vectors of one meeting (units stored without a vector are embedded); the
        vectors live in the block's matrix only, not in the rows or the units."""
        units = [index.unit_from_row(r) for r in rows]
        shared: dict[tuple[str, ...], list[str]] = {}
        for u in units:  # one list per distinct headings in the meeting
            u.headings = shared.setdefault(tuple(u.headings), u.headings)
        dim = self.embedder.dim
        missing = [u for u in units if not u.embedding or len(u.embedding) != dim]
        for u, v in zip(missing, self.embedder.embed_passages(
                [index.unit_passage(u) for u in missing]), strict=True):
            u.embedding = [float(x) for x in v]
        vectors = np.asarray([u.embedding for u in units], dtype=np.float32).reshape(-1, dim)
        for u, r in zip(units, rows, strict=True):
            u.embedding = None
            r.pop("embedding", None)
        return Block(sha, units, rows, quantize(vectors), index.unit_terms(units))

    def _assemble(self, previous: index.SearchIndex | None = None,
                  blocks: list[tuple[str, Block]] | None = None,
                  counts: list[tuple[Terms, np.ndarray]] | None = None
                  ) -> tuple[index.SearchIndex, Rows, dict[str, np.ndarray]]:
        """The index over the blocks' units (`_sorted`), in unit-id order (as the store returns
        them): vectors stacked and lexical term counts merged, nothing re-tokenised; equal to a
        `SearchIndex` built from the units. Above EXACT_UP_TO units the IVF of `previous` is
        kept (or, at the first build, the snapshot's): its centroids, and the cells of the
        blocks it had (only new units assigned). With its rows and each meeting's rows in it.
        `blocks`, `counts`: these (from `_sorted`, `_counts`) rather than all."""
        blocks = self._sorted(self._blocks) if blocks is None else blocks
        counts = self._counts(blocks) if counts is None else counts
        units = [u for _, b in blocks for u in b.units]
        order = unit_order(units)
        inorder = bool(np.array_equal(order, np.arange(len(order))))
        if self._restorer is None:
            self._restorer = Restorer(p for _, b in blocks for p in b.passages())
        lexical = BM25(merge_terms([c[0] for c in counts], order, self._vocabulary,
                                   [c[1] for c in counts]))  # the merged counts freed here,
        vectors = stack([b.vectors for _, b in blocks], self.embedder.dim)  # before the codes
        ivf = previous.ann.state if previous is not None and previous.ann is not None \
            else self._trained
        cells = None if ivf is None else np.concatenate(
            [b.cells if b.cells is not None else np.full(len(b.units), -1, dtype=np.int32)
             for _, b in blocks] or [np.zeros(0, dtype=np.int32)])[order]
        built = index.SearchIndex(units if inorder else [units[i] for i in order],
                                  vectors if inorder else vectors.take(order), lexical,
                                  self._restorer, previous=ivf, cells=cells)
        del vectors
        self._trained = None  # used once: later builds keep their previous index's
        where = np.empty(len(order), dtype=np.int64)  # a unit's row in the built index
        where[order] = np.arange(len(order))
        starts = np.cumsum([0] + [len(b.units) for _, b in blocks])
        placed = {m: where[lo:hi] for (m, _), lo, hi in
                  zip(blocks, starts[:-1].tolist(), starts[1:].tolist(), strict=True)}
        if built.ann is not None:
            _keep_cells([b for _, b in blocks], built.ann.cells[where])
        return built, Rows([b for _, b in blocks]), placed

    def search(self, q: str, k: int, filters: Row, preset: str, offset: int = 0,
               group: str | None = None) -> Row:
        """Results offset..offset+k of the ranking (of its task groups with `group="task"`),
        and why there is none when there is none (`no_result`: the evidence floors of
        search_api/search/evidence.py; the store backend with its own floors,
        `fusion.STORE_PRESETS`)."""
        if preset not in fusion.PRESETS:
            raise BadRequest(f"unknown preset {preset!r}; one of {sorted(fusion.PRESETS)}")
        config, f = fusion.PRESETS[preset], results.make_filters(filters)
        want = (offset + k) * (grouping.OVERFETCH if group == "task" else 1)
        rows: Mapping[str, UnitRow]
        if self.settings.search_index == "store":
            self._refold_once()
            outcome, rows = store_search.run(self.store, self.embedder, q,
                                             fusion.STORE_PRESETS[preset], f, want)
        else:
            idx, rows = self._current(wait=False)
            outcome = fusion.run(idx, self.embedder, q, config, f, want)
        hits, reason, evidence = outcome.hits, outcome.no_result, outcome.evidence
        repeats = search_reads.repeats_of(self.store, [h.id for h in hits])
        found = [results.result_row(rows[h.id], h.score, repeats.get(h.id, [])) for h in hits]
        if group == "task":
            found = grouping.group_by_task(self.store, found)
        return results.answer(q, found[offset:offset + k], offset, reason, evidence)

    def _refold_once(self) -> None:
        """A store written before the full-text index held headings + paragraph is upgraded
        the first time this process searches it with the store backend."""
        with self._lock:
            if not self._refolded:
                migrate.refold_units(self.store)
                self._refolded = True


def _keep_cells(blocks: list[Block], cells: np.ndarray) -> None:
    """Each block's share of `cells` (the blocks' units one after the other): the IVF cells the
    next build keeps."""
    starts = np.cumsum([0] + [len(b.units) for b in blocks]).tolist()
    for b, lo, hi in zip(blocks, starts[:-1], starts[1:], strict=True):
        b.cells = cells[lo:hi]

