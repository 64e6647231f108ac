"""Several tasks in one paragraph, split at ";" (each with its exact sub-span).

In the genre a semicolon mostly joins the parts of one assignment ("Giao Sở X chủ trì rà soát ...;
tham mưu ..., hoàn thành trước ngày ..."): one task, one deadline. A paragraph holds several tasks
when
- it is an agency's list of duties, "Sở X: task; task; task" (the colon form is a bullet list
  written inline), or
- two or more of its clauses carry their own deadline (each deadline is a separate commitment).
Only clauses that open with a task verb ("tổng hợp", "hướng dẫn", "chỉ đạo", ...) are split off;
"trong đó ...", "đồng thời, làm cơ sở ...", "nhất là ..." elaborate the clause before them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from ingest.extract.blocks import starts_imperative
from ingest.extract.deadlines import find_deadline
from ingest.structure import clean

_MIN_WORDS = 4


@dataclass(frozen=True)
class Clause:
    text: str
    start: int
    end: int


def _semicolons(raw: str) -> list[int]:
    """Positions of ";" outside brackets and quotes."""
    out: list[int] = []
    depth, quoted = 0, False
    for i, ch in enumerate(raw):
        if ch in "(“[":
            depth += 1
        elif ch in ")”]" and depth:
            depth -= 1
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not depth and not quoted:
            out.append(i)
    return out


def _pieces(raw: str, offset: int, base: int) -> list[Clause]:
    cuts = [offset, *(p + 1 for p in _semicolons(raw) if p >= offset), len(raw)]
    out: list[Clause] = []
    for s, e in itertools.pairwise(cuts):
        seg = raw[s:e].rstrip(";")
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg:
            out.append(Clause(clean(seg), base + s + lead, base + s + lead + len(seg)))
    return out


def _joined(clauses: list[Clause]) -> list[Clause]:
    """Clauses that do not open a new task stay with the one before them."""
    out: list[Clause] = []
    for c in clauses:
        own = starts_imperative(c.text) and len(c.text.split()) >= _MIN_WORDS
        if out and not own:
            prev = out[-1]
            out[-1] = Clause(f"{prev.text}; {c.text}", prev.start, c.end)
        else:
            out.append(c)
    return out


def split_tasks(raw: str, base: int, offset: int, listed: bool, ref: date) -> list[Clause]:
    """The tasks of one paragraph. `raw` is its text as in the notice, starting at `base`;
    `offset` skips the marker and agency heading; `listed` says it is the colon form."""
    clauses = _joined(_pieces(raw, offset, base))
    if len(clauses) < 2:
        return clauses
    dated = sum(find_deadline(c.text, ref) is not None for c in clauses)
    return clauses if listed or dated >= 2 else _joined_all(clauses)


def _joined_all(clauses: list[Clause]) -> list[Clause]:
    first, last = clauses[0], clauses[-1]
    return [Clause("; ".join(c.text for c in clauses), first.start, last.end)]
