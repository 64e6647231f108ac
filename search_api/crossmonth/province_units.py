"""The directives that REPEATS linking compares, kept in process per province.

Linking a meeting compares its directives with every directive of its province. Reading them all
over Bolt for every notice (text, lead, projects and a 384-float vector each) was most of the
ingest's non-model CPU, and their bigrams were recomputed for every notice. Here each meeting's
directives are read once and kept with their vectors as one float32 matrix; a meeting is re-read
only when its stored sha256 changed (another process may write between two notices: the store
stays the truth, checked with one small query per link), and dropped when it is gone.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from graph.read import crossmonth
from graph.rows import ProvinceMeeting
from graph.store import BoltStore
from ingest.model import NoticeGraph

Row = dict[str, Any]
KEEP_PROVINCES = 4  # ingest goes folder by folder: a few provinces cover the working set


@dataclass
class Block:
    """One stored meeting version's directives that have a vector."""

    sha: str
    rows: list[Row]  # id, text, meeting, period, lead, projects (+ "grams" once computed)
    vectors: np.ndarray


class ProvinceUnits:
    """Per province, per meeting: the directives linking needs. Not thread-safe: the caller holds
    the ingest lock."""

    def __init__(self, keep: int = KEEP_PROVINCES) -> None:
        self.keep = keep
        self._provinces: OrderedDict[str, dict[str, Block]] = OrderedDict()
        # per province, the chains as the last link left them (tasks.append.Snapshot)
        self.chains: dict[str, Any] = {}

    def add(self, ng: NoticeGraph, vectors: Mapping[str, Sequence[float]]) -> None:
        """Keep a notice just written with these vectors, as the store now holds it (rows as
        graph.read.crossmonth.province_directives returns them), so linking it does not read
        its vectors back. Chains kept for the province that hold this meeting are dropped:
        written again, so the store changed under them (emptied, or the notice deleted by another
        process), and the next link recomputes the province."""
        m = ng.meeting
        if m.id in getattr(self.chains.get(m.province), "meetings", {}):
            del self.chains[m.province]
        kept = [d for d in ng.directives if vectors.get(d.id)]
        rows = [{"id": d.id, "text": d.text, "meeting": m.id, "period": m.period,
                 "lead": sorted({a.id for a in d.lead}),
                 "projects": sorted({p.id for p in d.projects})}
                for d in sorted(kept, key=lambda d: d.id)]
        vecs = np.asarray([vectors[str(r["id"])] for r in rows], dtype=np.float32)
        self._provinces.setdefault(m.province, {})[m.id] = Block(m.sha256, rows, vecs)

    def meetings(self, store: BoltStore, province: str) -> list[ProvinceMeeting]:
        """The province's meetings (id, province, period, date, sha)."""
        return crossmonth.province_meetings(store, province)

    def units(self, store: BoltStore, province: str,
              meetings: Sequence[ProvinceMeeting]) -> tuple[list[Row], np.ndarray]:
        """The directives of these meetings (the province's, as `meetings` returned them) and
        their vectors, rows in one order with the matrix."""
        blocks = self._provinces.pop(province, {})
        self._provinces[province] = blocks
        while len(self._provinces) > self.keep:
            self.chains.pop(self._provinces.popitem(last=False)[0], None)
        shas = {str(m["id"]): str(m["sha"]) for m in meetings}
        for gone in [mid for mid, b in blocks.items() if shas.get(mid) != b.sha]:
            del blocks[gone]
        stale = sorted(mid for mid in shas if mid not in blocks)
        if stale:
            blocks.update(_read_blocks(store, stale, shas))
        ordered = [blocks[mid] for mid in sorted(shas)]
        rows = [r for b in ordered for r in b.rows]
        vecs = [b.vectors for b in ordered if len(b.rows)]
        return rows, (np.vstack(vecs) if vecs else np.zeros((0, 0), dtype=np.float32))


    def block(self, store: BoltStore, province: str, meeting_id: str, sha: str) -> Block:
        """One meeting's directives (read when not kept at this sha), the others left as kept."""
        blocks = self._provinces.setdefault(province, {})
        self._provinces.move_to_end(province)
        kept = blocks.get(meeting_id)
        if kept is None or kept.sha != sha:
            kept = blocks[meeting_id] = _read_blocks(store, [meeting_id], {meeting_id: sha})[
                meeting_id]
        return kept


def _read_blocks(store: BoltStore, meeting_ids: list[str], shas: dict[str, str]
                 ) -> dict[str, Block]:
    found: dict[str, list[Row]] = {mid: [] for mid in meeting_ids}
    for r in crossmonth.province_directives(store, meeting_ids):
        if r["embedding"]:
            found[r["meeting"]].append(dict(r))  # the cache's own row: "grams" is added
    out = {}
    for mid, rows in found.items():
        rows.sort(key=lambda r: str(r["id"]))
        for row in rows:
            row["lead"], row["projects"] = sorted(set(row["lead"])), sorted(set(row["projects"]))
        vectors = np.asarray([row.pop("embedding") for row in rows], dtype=np.float32)
        out[mid] = Block(shas[mid], rows, vectors)
    return out
