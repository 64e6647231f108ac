"""Several tasks in one paragraph, split at ";" (each with its exact sub-span).

In the genre a semicolon mostly joins the parts of one assignment ("Giao Sở X chủ trì rà soát ...;
tham mưu ..., hoàn thành trước ngày ..."): one task, one deadline. A paragraph holds several tasks
when
- it is an agency's list of duties, "Sở X: task; task; task" (the colon form is a bullet list
  written inline), or
- two or more of its clauses carry their own deadline (each deadline is a separate commitment),
  or a later clause names its own assignee ("Đề nghị X ...; Sở Y theo dõi, báo cáo ...").
Only clauses that open with a task verb ("tổng hợp", "hướng dẫn", "chỉ đạo", ...) are split off;
"trong đó ...", "đồng thời, làm cơ sở ...", "nhất là ..." elaborate the clause before them.
Likewise a paragraph whose sentences each open with "Giao" / "Yêu cầu" / "Đề nghị" holds one task
per such sentence (a sentence before the first one is the paragraph's title).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ingest.extract.blocks import opens_with_body, starts_imperative, subject_end
from ingest.extract.deadlines import find_deadline
from ingest.structure import MARKER, clean

_MIN_WORDS = 4
# "không để ...", "tuyệt đối không ...": a constraint on the task before it, not a new task.
_CONSTRAINT = re.compile(r"(?:không để|không được|tuyệt đối|nghiêm cấm|tránh)\b", re.IGNORECASE)
# "hoàn thành trong quý I/2026.": the deadline of the clause before it.
_COMPLETION = re.compile(
    r"(?:hoàn thành|xong|kết thúc)\s+(?:trước|trong|chậm nhất|ngay)\b[^;]{0,40}$", re.IGNORECASE)


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


def _names_joined(clauses: list[Clause]) -> list[Clause]:
    """A clause that is only a body's name ("Người đứng đầu các sở, ngành; Chủ tịch UBND cấp xã
    chịu trách nhiệm ...") lists a co-subject of the clause after it."""
    out: list[Clause] = []
    pending: Clause | None = None
    for c in clauses:
        if pending is not None:
            c = Clause(f"{pending.text}; {c.text}", pending.start, c.end)
            pending = None
        bare = opens_with_body(c.text) and subject_end(c.text) is None and \
            not starts_imperative(c.text)
        if bare and c is not clauses[-1]:
            pending = c
        else:
            out.append(c)
    return out


def _joined(clauses: list[Clause], named: Callable[[str], bool]) -> list[Clause]:
    """Clauses that do not open a new task stay with the one before them."""
    out: list[Clause] = []
    for c in clauses:
        own = (starts_imperative(c.text) or named(c.text)) and \
            len(c.text.split()) >= _MIN_WORDS and \
            not _CONSTRAINT.match(c.text) and not _COMPLETION.match(c.text)
        if out and not own:
            prev = out[-1]
            out[-1] = Clause(f"{prev.text}; {c.text}", prev.start, c.end)
        else:
            out.append(c)
    return out


def split_tasks(raw: str, base: int, offset: int, listed: bool, ref: date,
                named: Callable[[str], bool]) -> list[Clause]:
    """The tasks of one paragraph. `raw` is its text as in the notice, starting at `base`;
    `offset` skips the marker and agency heading; `listed` says it is the colon form; `named`
    says a clause names its own assignee in subject position ("...; Sở X theo dõi ...")."""
    clauses = _joined(_names_joined(_pieces(raw, offset, base)), named)
    if len(clauses) < 2:
        return clauses
    dated = sum(find_deadline(c.text, ref) is not None for c in clauses)
    own = any(named(c.text) for c in clauses[1:])
    return clauses if listed or dated >= 2 or own else _joined_all(clauses)


def _joined_all(clauses: list[Clause]) -> list[Clause]:
    first, last = clauses[0], clauses[-1]
    return [Clause("; ".join(c.text for c in clauses), first.start, last.end)]


# Sentence ends: ". " before a capital, not after an abbreviation ("TP. Hồ Chí Minh").
_SENTENCE_END = re.compile(r"(?<=[^\W_A-ZĐ]|[\d)”\"])[.!?]\s+(?=[A-ZĐÀ-Ỹ])")
_MIN_SENTENCE_WORDS = 4


def split_sentences(raw: str, base: int,
                    assigns: Callable[[str], bool]) -> tuple[str, list[Clause]]:
    """Sentences of one paragraph that each assign a task ("Thứ nhất, về X. Giao Sở A ... .
    Sở B ... ."): (the title sentence before the first task, if any; one clause per task, each
    with the sentences after it that assign nothing). Fewer than two tasks: ("", [])."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(raw)), len(raw)]
    spans = [(s, e) for s, e in itertools.pairwise(cuts) if raw[s:e].strip()]
    tasks = [len(raw[s:e].split()) >= _MIN_SENTENCE_WORDS and
             assigns(clean(MARKER.sub("", clean(raw[s:e])))) for s, e in spans]
    if sum(tasks) < 2:
        return "", []
    first = tasks.index(True)
    title = clean(raw[: spans[first][0]]).rstrip(". ")
    groups: list[tuple[int, int]] = []
    for (s, e), task in zip(spans[first:], tasks[first:], strict=True):
        if task or not groups:
            groups.append((s, e))
        else:
            groups[-1] = (groups[-1][0], e)
    return title, [_clause(raw, base, s, e) for s, e in groups]


def _clause(raw: str, base: int, s: int, e: int) -> Clause:
    seg = raw[s:e]
    lead = len(seg) - len(seg.lstrip())
    body = seg.strip()
    return Clause(clean(body), base + s + lead, base + s + lead + len(body))
