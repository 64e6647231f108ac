"""Several tasks in one paragraph, split at ";" (each with its exact sub-span).

In the genre a paragraph often packs several tasks of one assignee, each opened by its own task
verb after a ";" ("Sở X chủ trì tổ chức ...; hướng dẫn doanh nghiệp ..."): one directive each,
sharing the paragraph's lead (and "Sở X: task; task" is a bullet list written inline). A clause
after ";" stays with the one before it when it opens no task of its own:
- a constraint ("không để ...", "tuyệt đối ..."), a completion ("hoàn thành trước ..."), an
  elaboration ("trong đó ...", "nhất là ...", "đồng thời, làm cơ sở ...");
- a one-off report or submission on that task ("...; báo cáo UBND tỉnh trước ngày 15/10",
  "...; trình phương án trước ngày ..."): the result of the task before it, with its deadline.
  A *recurring* report ("...; báo cáo kết quả trước ngày 20 hằng tháng") is a standing duty of
  its own;
- too short to be a task.
A later clause may name its own assignee ("Đề nghị X ...; Sở Y theo dõi, báo cáo ..."): two leads.
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
from ingest.extract.recurrence import find_recurrence
from ingest.structure import MARKER, clean
from ingest.text import fold, fold_keep

_MIN_WORDS = 4
# "không để ...", "tuyệt đối không ...": a constraint on the task before it, not a new task.
_CONSTRAINT = re.compile(r"(?:không để|không được|tuyệt đối|nghiêm cấm|tránh)\b", re.IGNORECASE)
# "hoàn thành trong quý I/2026.": the deadline of the clause before it (and of every clause of
# the paragraph before it that has none, when it closes the paragraph).
_COMPLETION = re.compile(
    r"(?:hoàn thành|xong|kết thúc)\s+(?:trước|trong|chậm nhất|ngay)\b[^;]{0,80}$", re.IGNORECASE)
# Folded openings of a clause that completes, aims or targets the task before it: "hoàn thành
# gieo sạ trước ...", "bảo đảm 100% học sinh có đủ ...", "phấn đấu bàn giao ... trước ...".
_OUTCOME = re.compile(r"(?:hoan thanh|xong|bao dam|dam bao|phan dau)\b")
# "...; báo cáo UBND tỉnh trước ngày ...": the report on the task before it (folded).
_REPORT = re.compile(r"(?:tong hop[^,;]{0,30},\s*)?(?:bao cao|trinh|gui)\b")
# "theo dõi, đôn đốc (việc thực hiện ...)": the follow-up duty; its reports belong to it.
_FOLLOW_UP = re.compile(r"(?:\S+\s+){0,8}?theo doi,? don doc\b")
# "đồng thời rà soát ...": a connective before the task verb of a new task (folded).
_CONNECTIVE = re.compile(r"^(?:dong thoi|sau do|ngoai ra|truoc mat)\s*,?\s+(?!lam co so)")


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


def _opens_task(text: str, before: str, listed: bool, named: Callable[[str], bool]) -> bool:
    """A clause that opens a task of its own after the clause `before` (see the module's doc);
    in the colon form every clause with a task verb is a duty of its own."""
    f = fold_keep(text)
    verb = text[m.end():] if (m := _CONNECTIVE.match(f)) else text
    ends = _CONSTRAINT.match(text) or _COMPLETION.match(text) or \
        (not listed and (_OUTCOME.match(f) or _report_on(text, f, before)))
    if len(text.split()) < _MIN_WORDS or ends:
        return named(text)
    return starts_imperative(verb) or named(text)


def _report_on(text: str, folded: str, before: str) -> bool:
    """A one-off report or submission on the task before it, or the reports of a follow-up
    duty ("theo dõi, đôn đốc; tổng hợp, báo cáo ... hằng quý")."""
    return bool(_REPORT.match(folded)) and (
        find_recurrence(text) is None or bool(_FOLLOW_UP.match(fold_keep(before))))


def _joined(clauses: list[Clause], listed: bool, named: Callable[[str], bool]) -> list[Clause]:
    """Clauses that do not open a new task stay with the one before them."""
    out: list[Clause] = []
    for c in clauses:
        if out and not _opens_task(c.text, out[-1].text, listed, named):
            prev = out[-1]
            out[-1] = Clause(f"{prev.text}; {c.text}", prev.start, c.end)
        else:
            out.append(c)
    return out


def closing_completion(clauses: list[Clause]) -> str:
    """The completion that closes a paragraph of several tasks ("...; hoàn thành trong quý
    IV/2025."): its deadline is that of each task before it that names none; else ""."""
    tail = clauses[-1].text.rsplit("; ", 1)[-1] if len(clauses) > 1 else ""
    return tail if _COMPLETION.match(tail) else ""


def split_tasks(raw: str, base: int, offset: int, listed: bool, ref: date,
                named: Callable[[str], bool]) -> list[Clause]:
    """The tasks of one paragraph. `raw` is its text as in the notice, starting at `base`;
    `offset` skips the marker and agency heading; `listed` says it is the colon form; `named`
    says a clause names its own assignee in subject position ("...; Sở X theo dõi ...")."""
    clauses = _joined(_names_joined(_pieces(raw, offset, base)), listed, named)
    if len(clauses) < 2:
        return clauses
    dated = sum(find_deadline(c.text, ref) is not None for c in clauses)
    own = any(named(c.text) for c in clauses[1:])
    return clauses if listed or dated >= 2 or own else _joined_all(clauses)


def _joined_all(clauses: list[Clause]) -> list[Clause]:
    first, last = clauses[0], clauses[-1]
    return [Clause("; ".join(c.text for c in clauses), first.start, last.end)]


# Sentence ends: ". " before a capital, not after an abbreviation ("TP. Hồ Chí Minh").
_SENTENCE_END = re.compile(r"(?<=[^\W_A-ZĐ]|[\d)”\"%])[.!?]\s+(?=[A-ZĐÀ-Ỹ])")
_MIN_SENTENCE_WORDS = 4
# A field title sentence before a single task ("về phòng bệnh.", "Thứ ba, về đầu tư công.").
_FIELD_TITLE = re.compile(
    r"^(?:thu \w+,?\s+|\w+ la,?\s+)?(?:ve|doi voi|linh vuc)\s+(?:\S+\s*){1,12}$")


def split_sentences(raw: str, base: int,
                    assigns: Callable[[str], bool]) -> tuple[str, list[Clause]]:
    """Sentences of one paragraph that each assign a task ("Thứ nhất, về X. Giao Sở A ... .
    Sở B ... ."): (the title sentence before the first task, if any; one clause per task, each
    with the sentences after it that assign nothing). No task, or a single one that opens the
    paragraph: ("", []); a single one after a title ("Ba là, về phòng bệnh. Cục X ...") is
    given with that title."""
    spans = _sentences(raw)
    tasks = _assigning(raw, spans, assigns)
    if not any(tasks) or (sum(tasks) == 1 and tasks[0]):
        return "", []  # no task, or one task with nothing before it: the paragraph as a whole
    first = tasks.index(True)
    title = clean(raw[: spans[first][0]]).rstrip(". ")
    if sum(tasks) == 1 and not _FIELD_TITLE.match(fold(MARKER.sub("", title))):
        return "", []
    groups: list[tuple[int, int]] = []
    for (s, e), task in zip(spans[first:], tasks[first:], strict=True):
        if task or not groups:
            groups.append((s, e))
        else:
            groups[-1] = (groups[-1][0], e)
    return title, [_clause(raw, base, s, e) for s, e in groups]


def _sentences(raw: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(raw)), len(raw)]
    return [(s, e) for s, e in itertools.pairwise(cuts) if raw[s:e].strip()]


def _assigning(raw: str, spans: list[tuple[int, int]], assigns: Callable[[str], bool]
               ) -> list[bool]:
    return [len(raw[s:e].split()) >= _MIN_SENTENCE_WORDS and
            assigns(clean(MARKER.sub("", clean(raw[s:e])))) for s, e in spans]


def first_assigning(raw: str, assigns: Callable[[str], bool]) -> int | None:
    """Where the first sentence that assigns a task starts, when sentences that assign nothing
    come before it ("Công tác chuẩn bị Tết đã được triển khai sớm. Giao các sở ..."); else None."""
    spans = _sentences(raw)
    tasks = _assigning(raw, spans, assigns)
    return spans[tasks.index(True)][0] if any(tasks) and not tasks[0] else None


def _clause(raw: str, base: int, s: int, e: int) -> Clause:
    seg = raw[s:e]
    lead = len(seg) - len(seg.lstrip())
    body = seg.strip()
    return Clause(clean(body), base + s + lead, base + s + lead + len(body))
