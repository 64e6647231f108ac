"""The parts of an assessment paragraph: its background, its results, its turn to what is wrong.

Every gold set (eval/notices, eval/holdout, corpus-dev) gives each part of an assessment
paragraph its own kind, and so does this module, one finding per run of sentences of one kind,
each with its exact span:

- a **turn**: a sentence or ';'-clause that opens with a contrast cue ("... tăng 12,4%. Tuy
  nhiên, giải ngân ... mới đạt 46,3%", "...; tuy vậy, ...") starts the `limitation`s; what
  stands before it is what the turn answers, results (`achievement`), also where the paragraph
  stands outside any assessment section;
- a **background** sentence situates the period and is `context`: the 2025 mergers ("Sau hợp
  nhất với tỉnh X, ...", "Năm 2025 là năm đầu tiên ... vận hành", "là tháng thứ hai ..."), a
  hazard the area suffered ("Trong tháng 10, tỉnh chịu ảnh hưởng của hai cơn bão ...", "đã xảy
  ra 41 trận mưa lớn", "độ mặn ... xâm nhập"), a forecast ("Tuy nhiên, theo dự báo, ... có thể
  ..."). The cue must stand in the sentence's opening (its first clause, after a short time
  phrase): "... nỗ lực trong bối cảnh vừa sắp xếp sau hợp nhất" is a result, not background.
  After a turn cue the background is the clause up to the first ';' (the rest is the list of
  limitations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.blocks import turns_to_limitations
from ingest.model import FindingKind
from ingest.structure import MARKER, clean
from ingest.text import fold

_SENTENCE = re.compile(r"[.!?]\s+")
_CLAUSE = re.compile(r";\s+")
_BACKGROUND = re.compile(
    r"^(?:\S+ (?:thang|nam|quy) )?sau (?:hon |gan |khoang )?(?:\S+ (?:thang|nam|quy) )?"
    r"hop nhat\b|"
    r"\bhop nhat voi\b|\bthanh lap tren co so\b|\bla (?:nam|thang|quy) (?:dau tien|thu \w+)\b|"
    r"\bchiu anh huong\b|\bxay ra \d[\d.,]* (?:tran|dot|con)\b|\bdo man\b|\bxam nhap man\b|"
    r"\bdu bao\b|\bdo bo\b"
)
_LETTER = re.compile(r"[^\W\d_]")
_OPENING_WORDS = 6  # a first clause this short is a time phrase ("Trong tháng 10,")


@dataclass(frozen=True)
class Part:
    text: str
    span: tuple[int, int]
    kind: FindingKind


def _segments(piece: str) -> list[str]:
    return re.split(r"(?<=[,;:])\s", piece)  # "1,80 m" is one number, not two segments


def _opening(piece: str) -> str:
    """The piece's first clause, with the next one when the first is a short time phrase or a
    contrast cue ("Tháng 10 năm 2025, dù chịu ảnh hưởng ...", "Tuy nhiên, theo dự báo ...")."""
    segs = _segments(piece)
    if len(segs) > 1 and len(segs[0].split()) <= _OPENING_WORDS:
        return f"{segs[0]} {segs[1]}"
    return segs[0]


def is_background(piece: str) -> bool:
    """The piece situates the period (a merger, a hazard suffered, a forecast) in its opening."""
    return bool(_BACKGROUND.search(fold(_opening(piece))))


def _concession_end(clause: str) -> int | None:
    """Where a concessive opening ends ("Năm 2025, dù là năm đầu tiên ... hai cấp, | tỉnh đã
    hoàn thành ..."): the background is the concession, the main clause keeps its own kind."""
    opening = _opening(clause)
    if not re.search(r"(?:^|\s)(?:mặc )?dù\s", opening.lower()) or len(opening) >= len(clause):
        return None
    return len(opening) + 1


def _pieces(raw: str) -> list[tuple[int, int]]:
    """Sentences of `raw`, cut before a ';'-clause that turns to limitations and after a first
    clause (or a concessive opening) that is background."""
    out: list[tuple[int, int]] = []
    for s, e in _cuts(raw, _SENTENCE, 0, len(raw)):
        clauses = _cuts(raw, _CLAUSE, s, e)
        starts = {s, *(cs for cs, _ in clauses[1:] if turns_to_limitations(raw[cs:]))}
        fs, fe = clauses[0]
        if is_background(raw[fs:fe]):
            starts |= {clauses[1][0]} if len(clauses) > 1 else set()
            end = _concession_end(raw[fs:fe])
            starts |= {fs + end} if end is not None else set()
        bounds = sorted(starts)
        out += list(zip(bounds, [*bounds[1:], e], strict=True))
    return _joined(raw, out)


def _joined(raw: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece without a letter (the paragraph's marker "1. ") belongs to the next one."""
    out: list[tuple[int, int]] = []
    for s, e in reversed(pieces):
        if out and not _LETTER.search(raw[s:e]):
            out[-1] = (s, out[-1][1])
        else:
            out.append((s, e))
    return out[::-1]


def _cuts(raw: str, sep: re.Pattern[str], s: int, e: int) -> list[tuple[int, int]]:
    ends = [m.end() for m in sep.finditer(raw, s, e)]
    return [(a, b) for a, b in zip([s, *ends], [*ends, e], strict=True) if raw[a:b].strip()]


def finding_parts(raw: str, base: int, kind: FindingKind) -> list[Part]:
    """The parts of a paragraph (`raw`, at offset `base` in the notice) whose running kind is
    `kind`: one per run of pieces of one kind (a single part when nothing changes)."""
    kinds: list[FindingKind] = []
    pieces = _pieces(raw)
    running, turned_at = kind, None
    for k, (s, e) in enumerate(pieces):
        if turns_to_limitations(raw[s:e]):
            running, turned_at = "limitation", k if turned_at is None else turned_at
        kinds.append("context" if is_background(raw[s:e]) else running)
    if turned_at and kind == "context":  # what the turn answers: results
        kinds[:turned_at] = [k if is_background(raw[s:e]) else "achievement"
                             for k, (s, e) in zip(kinds[:turned_at], pieces, strict=False)]
    return _runs(raw, base, pieces, kinds)


def _runs(raw: str, base: int, pieces: list[tuple[int, int]], kinds: list[FindingKind]
          ) -> list[Part]:
    runs: list[tuple[int, int, FindingKind]] = []
    for (s, e), k in zip(pieces, kinds, strict=True):
        if runs and runs[-1][2] == k:
            runs[-1] = (runs[-1][0], e, k)
        else:
            runs.append((s, e, k))
    return [_part(raw, base, s, e, k) for s, e, k in runs]


def _part(raw: str, base: int, s: int, e: int, kind: FindingKind) -> Part:
    """The text and span of raw[s:e], without the paragraph's marker ("1. ")."""
    seg = raw[s:e]
    lead = len(seg) - len(seg.lstrip())
    body = seg.strip()
    marker = MARKER.match(body) if s == 0 else None
    if marker:
        lead, body = lead + marker.end(), body[marker.end():]
    return Part(clean(body), (base + s + lead, base + s + lead + len(body)), kind)
