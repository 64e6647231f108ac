"""What two directives share, as evidence that one continues the other's task: their content
bigrams (`evidence.content_grams`) in common, with two refinements from the genre.

- **One instruction at a time.** A paragraph that bundles several instructions separates them
  with ";" (or sentences): "rà soát, đề xuất sửa đổi … các quy định …; từng bước triển khai ứng
  dụng BIM …; … đặc biệt đối với các dự án trọng điểm; … thí nghiệm vật liệu …". Each is a task
  of its own, so what a single instruction shares with a bundle is what it shares with the
  bundle's closest instruction, not words gathered from all of them ("rà soát", "trọng điểm",
  "vật liệu", "quy hoạch" from four instructions made that paragraph continue "rà soát, quy
  hoạch các mỏ vật liệu xây dựng … các dự án trọng điểm").
- **Spelled alike, not only folded alike.** Bigrams are compared folded, so that words typed
  without diacritics ("kien toàn", "bo máy") still match; but two words both written with
  diacritics match only when they are the same word: "sự cố sạt lở" and "nguy cơ sạt lở" fold to
  the same "co sat lo" and are an incident and a risk."""

from __future__ import annotations

import re
from typing import Any

from ingest.text import WORD_RE
from search_api.crossmonth.tasks.evidence import Grams, content_grams, segment_grams, tokens

Row = dict[str, Any]
_SEGMENT_END = re.compile(r";|[.!?](?=\s)|\n")
# Two parts are one task and its elaboration ("giải quyết dứt điểm các vướng mắc …; hoàn thành bàn
# giao mặt bằng trước ngày …", "kiểm soát chặt chẽ … thi công …; báo cáo khối lượng hằng tháng":
# cut there, 3 of the hand-written series' right links were lost); three or more are a bundle.
MIN_BUNDLE = 3
# A part of fewer bigrams is a qualifier of the instruction before it, not one of its own: "rà
# soát VBQPPL; bảo đảm chất lượng, tiến độ; …" (read alone, the pinned June 2025 → January 2026
# link of Sở Tư pháp's review of draft legal documents was lost).
MIN_PART = 4


def segments(unit: Row) -> list[Grams]:
    """The unit's content bigrams per instruction (split at ";" and sentence ends, empty ones left
    out) when it bundles MIN_BUNDLE or more, else all of them as one; memoised (key
    "segment_grams")."""
    found: list[Grams] | None = unit.get("segment_grams")
    if found is None:
        text = unit["text"] or ""
        ends = [m.start() for m in _SEGMENT_END.finditer(text.rstrip(" .;\n"))]
        seg = [sum(1 for e in ends if e < m.start()) for m in WORD_RE.finditer(text)]
        parts = _qualified([g for g in segment_grams(unit, seg) if g]) if ends else []
        found = parts if len(parts) >= MIN_BUNDLE else [content_grams(unit)]
        unit["segment_grams"] = found
    return found


def _qualified(parts: list[Grams]) -> list[Grams]:
    """Parts of fewer than MIN_PART bigrams joined to the part before them (the first to the
    next)."""
    out: list[Grams] = []
    for g in parts:
        if out and (len(g) < MIN_PART or len(out[-1]) < MIN_PART):
            out[-1] = out[-1] | g
        else:
            out.append(set(g))
    return out


def _marked(unit: Row) -> dict[str, frozenset[str]]:
    """Folded word -> the unit's spellings of it (`canon`: tone-exact) when every one carries
    diacritics; a word also typed bare (or an abbreviation's long form) is absent: it matches
    whatever folds alike. Memoised (key "marked")."""
    found: dict[str, frozenset[str]] | None = unit.get("marked")
    if found is None:
        _, folded, exact = tokens(unit)
        forms: dict[str, set[str]] = {}
        for f, e in zip(folded, exact, strict=True):
            forms.setdefault(f, set()).add(e)
        found = unit["marked"] = {f: frozenset(es) for f, es in forms.items() if f not in es}
    return found


def shared(a: Row, b: Row) -> Grams:
    """The bigrams the two units share, spelled alike: a single instruction against a bundle, from
    the bundle's closest instruction; two bundles (the same section's standing instructions
    restated: "trực sẵn sàng chiến đấu; bảo đảm an ninh …; …") or two single instructions whole
    (comparing two bundles instruction by instruction lost 3 of the 7 links pinned on the two
    samples). Memoised in `a` by what `b` is (key "shared": the chain asks for one pair up to
    four times, and again at each link of the province). Not to be changed."""
    memo: dict[tuple[str, str, tuple[str, ...]], Grams] = a.setdefault("shared", {})
    key = (str(b.get("id")), str(b.get("text") or ""), tuple(b.get("projects", ())))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _shared(a, b)
    return found


def _shared(a: Row, b: Row) -> Grams:
    pa, pb = segments(a), segments(b)
    if len(pa) > 1 and len(pb) > 1:
        pa, pb = [content_grams(a)], [content_grams(b)]
    clash = _clashes(a, b)
    best: Grams = set()
    for sa in pa:
        for sb in pb:
            common = {g for g in sa & sb if g[0] not in clash and g[1] not in clash}
            if len(common) > len(best):
                best = common
    return best


def _clashes(a: Row, b: Row) -> set[str]:
    """Folded words both units write only with diacritics, and never the same way: a bigram with
    one of them is not shared ("sự cố" / "nguy cơ"); a word typed bare on either side matches."""
    ma, mb = _marked(a), _marked(b)
    return {w for w in ma.keys() & mb.keys() if not ma[w] & mb[w]}

def scattered(common: Grams) -> bool:
    """Two words shared, not a phrase: exactly two bigrams, and they do not overlap ("quản lý" and
    "đường bộ" in "thẩm định dự thảo quyết định về phân cấp quản lý đường bộ" / "thanh tra đột
    xuất việc quản lý quỹ bảo trì đường bộ"; "giải phóng mặt bằng" is two bigrams of one
    phrase). One shared word is coincidence (`chain.MIN_SHARED`); two separate ones say nothing of
    what the work is either, unless both name the same project (then the object is named)."""
    if len(common) != 2:
        return False
    (a1, a2), (b1, b2) = sorted(common)
    return a2 != b1 and b2 != a1


def one_phrase(common: Grams) -> bool:
    """The shared bigrams are one run of words, each starting where the one before ends ("vốn
    đầu tư công": "von dau", "dau tu", "tu cong"): one shared noun phrase, however long."""
    after, seconds = dict(common), {b for _, b in common}
    starts = [g for g in common if g[0] not in seconds]
    if len(after) != len(common) or len(starts) != 1:
        return False
    word, seen = starts[0][0], 0
    while word in after and seen <= len(common):
        word, seen = after[word], seen + 1
    return seen == len(common)
