"""The search cache's units as flat arrays for the snapshot, not one JSON object of lists: ids
and texts packed as UTF-8 (`Packed`), the few-valued fields (kind, section, headings, meeting,
period, deadline) as codes into small tables, the agency / project / theme id lists as one CSR
over a table of ids. A restart makes the `IndexUnit`s from them without parsing a JSON document
of every unit (at 10 k notices that document was 0.3 GB and ~45 % of the restart)."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from search_api.search.index import IndexUnit, interned

Row = dict[str, Any]
FIELDS = ("kind", "section", "headings", "meeting_id", "period", "deadline")  # coded per unit
LISTS = ("lead_ids", "support_ids", "project_ids", "theme_ids")  # one CSR, 4 lists per unit
ARRAYS = ("unit_ids", "unit_id_ptr", "unit_texts", "unit_text_ptr", "unit_fields",
          "unit_list_ptr", "unit_list_ids")


class Packed:
    """Texts held as one UTF-8 buffer and their offsets: no Python object per text (a str of
    Vietnamese text takes 2 bytes per character plus its header; UTF-8 ~1.2). The buffer may be
    a view of a mapped snapshot file."""

    def __init__(self, data: np.ndarray, offsets: np.ndarray) -> None:
        self.data, self.offsets = data, offsets

    @classmethod
    def of(cls, texts: Iterable[str]) -> Packed:
        raw = [t.encode("utf-8") for t in texts]
        offsets = np.cumsum([0] + [len(r) for r in raw], dtype=np.int64)
        return cls(np.frombuffer(b"".join(raw), dtype=np.uint8), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return bytes(self.data[self.offsets[i]:self.offsets[i + 1]]).decode("utf-8")

    def all(self) -> list[str]:
        """Every text, decoded in one pass over the buffer."""
        view = memoryview(np.ascontiguousarray(self.data).data)
        return [str(view[a:b], "utf-8") for a, b in itertools.pairwise(self.offsets.tolist())]


def encode(units: Sequence[IndexUnit]) -> tuple[dict[str, np.ndarray], Row]:
    """The units' arrays (ARRAYS) and the tables their codes index (JSON-able)."""
    tables: dict[str, dict[Any, int]] = {f: {} for f in FIELDS}
    codes = [[tables[f].setdefault(_key(getattr(u, f)), len(tables[f])) for f in FIELDS]
             for u in units]
    names: dict[str, int] = {}
    lists = [getattr(u, f) for u in units for f in LISTS]
    ids, texts = Packed.of(u.id for u in units), Packed.of(u.text for u in units)
    arrays = {"unit_ids": ids.data, "unit_id_ptr": ids.offsets,
              "unit_texts": texts.data, "unit_text_ptr": texts.offsets,
              "unit_fields": np.asarray(codes, dtype=np.int32).reshape(len(units), len(FIELDS)),
              "unit_list_ptr": np.cumsum([0] + [len(x) for x in lists], dtype=np.int64),
              "unit_list_ids": np.asarray([names.setdefault(x, len(names)) for xs in lists
                                           for x in xs], dtype=np.int32)}
    meta = {f: [list(k) if f == "headings" else k for k in t] for f, t in tables.items()}
    return arrays, {**meta, "ids": list(names)}


def _key(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def decode(arrays: Mapping[str, np.ndarray], tables: Row) -> list[IndexUnit]:
    """The units `encode` made, in order: the fields' values interned, one list per distinct
    headings and the one empty id list shared."""
    kind, section, _, meeting, period, deadline = (
        [sys.intern(x) for x in tables[f]] if f != "headings" else [] for f in FIELDS)
    headings: list[list[str]] = [list(h) for h in tables["headings"]]
    names, empty = [sys.intern(x) for x in tables["ids"]], interned([])
    named = [names[x] for x in arrays["unit_list_ids"].tolist()]
    lists = [named[a:b] if b > a else empty
             for a, b in itertools.pairwise(arrays["unit_list_ptr"].tolist())]
    uids = Packed(arrays["unit_ids"], arrays["unit_id_ptr"]).all()
    texts = Packed(arrays["unit_texts"], arrays["unit_text_ptr"]).all()
    fields = arrays["unit_fields"].tolist()
    if not len(uids) == len(texts) == len(fields) == len(lists) // len(LISTS):
        raise ValueError("snapshot unit columns disagree")
    return [IndexUnit(id=uids[i], kind=kind[k], text=texts[i], section=section[s],
                      headings=headings[h], meeting_id=meeting[m], period=period[p],
                      deadline=deadline[d], lead_ids=lists[4 * i],
                      support_ids=lists[4 * i + 1], project_ids=lists[4 * i + 2],
                      theme_ids=lists[4 * i + 3])
            for i, (k, s, h, m, p, d) in enumerate(fields)]
