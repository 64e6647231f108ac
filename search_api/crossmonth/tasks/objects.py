"""Stock wording with different objects: "Thu hồi tạm ứng quá hạn của dự án kè chống sạt lở"
and "Thu hồi tạm ứng quá hạn của gói thầu nâng cấp đường liên xã" share five content bigrams and
are two tasks. What a directive asks is an action and its object; Vietnamese puts the head first
and the specifics after it, so a stock action phrase is followed by what it is about. When the
shared wording of two directives runs up to a point where BOTH go on, in the same clause, with
words of their own (at least MIN_TAIL content words each before the next shared word), the
shared run is the action and the two tails are two objects: that run is no evidence of the same
task. The rest of the shared wording (`object_shared`) is.

A clause ends at punctuation or at a cut name (an agency, a project, a local administration:
who, not what). Content words here are the words left after the procedural stop phrases and the
function words; unlike `evidence.content_grams`, the words of "trụ sở xã", "liên tỉnh" stay
(they are part of an object), so the tail of "… của dự án trụ sở xã" is not empty."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise
from typing import Any

from ingest.text import WORD_RE, canon, fold
from search_api.crossmonth import stoplists
from search_api.crossmonth.tasks.evidence import (
    agency_phrases,
    content_grams,
    name_phrases,
    named_positions,
    place_spans,
    positions,
    tokens,
)
from search_api.crossmonth.tasks.shared import segments

Row = dict[str, Any]
Gram = tuple[str, str]
Clause = list[str]  # folded content words of one clause, in order
NAME = "@"  # marks a word of a name in a clause
MIN_TAIL = 2  # one word of difference ("thủy điện nhỏ") is a modifier, two are another object
MIN_RUN = 2  # bigrams: one shared two-word phrase ("vướng mắc") is no stock action phrase
# Words: a clause of two ("đôn đốc", "rà soát" in a comma list) is a word, not boilerplate
# wording; on the samples such one-word clauses recur in many directives of one notice.
MIN_BOILER = 3
# A clause of one word (two syllables) before a comma is an item of a list of verbs, when both
# directives go on with the same word after it ("đo đạc, chỉnh lý"); a longer clause that ends
# at a comma is an instruction of its own (joining those cost 7 right links on the generated
# Cao Bằng series: "hoàn thiện công tác tự đánh giá, xác định Chỉ số …" + a reworded tail).
MAX_LISTED = 2
# A spaced hyphen joins the two halves of one name ("vắc xin sởi - rubella", "kinh tế - xã hội");
# a dash ("–") may end a clause.
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\n]|\s–\s")
# Function words kept out of the tails; the agency-ish words of stoplists.LINK_STOP_WORDS (sở,
# ban, ngành, tỉnh, xã, phường) are left in: names are already cut as whole names.
_KEEP = frozenset(canon(w) for w in ("sở", "ban", "ngành", "tỉnh", "xã", "phường"))
# When and where in general, not what: "đến hết mùa khô", "năm 2024", "trên địa bàn tỉnh".
_QUALIFIERS = frozenset(tuple(canon(p).split()) for p in (
    "năm", "tháng", "quý", "tuần", "ngày", "mùa", "đợt", "hằng", "địa bàn"))
# A locative preposition before a plural ("tại các", "ở những") says over which area the work
# is done, not what it is: "tiêm chủng mở rộng cho trẻ em dưới 1 tuổi | tại các xã vùng sâu" and
# "| ở những thôn, bản chưa đạt tỷ lệ" are one task. It ends the clause, as a named place does.
# Before one site ("diễn tập phương án chữa cháy tại chợ trung tâm") the site is the object.
_LOCATIVE = frozenset(canon(w) for w in ("tại", "ở", "trên"))
_PLURAL = frozenset(canon(w) for w in ("các", "những", "mọi"))
# A comma between two kinds of administrative unit lists them, it ends no instruction: "hướng
# dẫn các xã, phường kiện toàn …", "sắp xếp thôn, tổ dân phố" (the object is "thôn, tổ dân phố";
# cut at the comma it was one word, and "hoàn thiện đề án sắp xếp" read as the object itself).
_UNIT_BEFORE = frozenset(canon(w) for w in (
    "tỉnh", "huyện", "xã", "phường", "trấn", "phố", "thôn", "bản", "làng", "xóm", "ấp"))
_UNIT_AFTER = frozenset(canon(w) for w in (
    "tỉnh", "huyện", "xã", "phường", "thị", "thành", "thôn", "bản", "làng", "xóm", "ấp", "tổ",
    "khu"))


@cache
def _function_words() -> frozenset[str]:
    """stoplists.LINK_STOP_WORDS less _KEEP, and "về" (about: "vướng mắc về" + what)."""
    return frozenset(stoplists.LINK_STOP_WORDS - _KEEP | {canon("về")})


def _place_positions(text: str, matches: list[re.Match[str]]) -> set[int]:
    """Token positions of the places named ("tại xã Nậm Tăm", "huyện Phong Thổ"): where a task
    is, compared by `evidence.places`, not what it is."""
    spans = place_spans(text)
    return {i for i, t in enumerate(matches) if any(a <= t.start() < b for a, b, _ in spans)}


def clauses(unit: Row) -> list[Clause]:
    """The unit's clauses as folded content words; memoised in the unit (key "clauses")."""
    found: list[Clause] | None = unit.get("clauses")
    if found is None:
        found = unit["clauses"] = _clauses(unit)
    return found


def _clauses(unit: Row) -> list[Clause]:
    """Names (agencies, projects, local administrations) stay in their clause as NAME-marked
    words: part of an object after an action ("quy chế làm việc của Trung tâm Phục vụ hành
    chính công"; the same name on both sides is the same object, not a tail of its own), but
    never counted as shared evidence (a shared lead or project counts on its own). Places end
    a clause."""
    text = unit["text"] or ""
    matches = list(WORD_RE.finditer(text))
    _, folded, exact = tokens(unit)
    names = named_positions(unit) | positions(unit, agency_phrases())
    where = _place_positions(text, matches) - names
    stop = positions(unit, name_phrases()) - names
    stop |= {i for i, w in enumerate(exact) if w in _function_words() or w.isdigit()}
    stop |= positions(unit, _QUALIFIERS)
    where |= {i for i, w in enumerate(exact[:-1]) if w in _LOCATIVE and exact[i + 1] in _PLURAL}
    out: list[Clause] = [[]]
    for i, m in enumerate(matches):
        gap = text[matches[i - 1].end():m.start()] if i else ""
        if i in where or (_CLAUSE_END.search(gap) and not _unit_list(gap, exact, i)):
            out.append([])
        if i in names:
            out[-1].append(NAME + folded[i])
        elif i not in stop and i not in where:
            out[-1].append(folded[i])
    return [c for c in out if c]


def _unit_list(gap: str, exact: list[str], i: int) -> bool:
    """The gap before word i is a comma between two administrative unit words."""
    return (gap.strip() == "," and _is_unit(exact[i - 1], _UNIT_BEFORE)
            and _is_unit(exact[i], _UNIT_AFTER))


def _is_unit(word: str, units: frozenset[str]) -> bool:
    """A unit word, tone-exact or typed bare ("sắp xếp thon, tổ dân phố": a word without any
    diacritic matches what the unit words fold to, as `shared` matches a bare word; a word
    with marks must be the unit word itself, so "phương án" is no "phường")."""
    return word in units or (fold(word) == word and word in _folded(units))


@cache
def _folded(units: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in units)


def _grams(cs: list[Clause]) -> set[Gram]:
    return {g for c in cs for g in pairwise(c)}


def _named(g: Gram) -> bool:
    return NAME in g[0] + g[1]


def _stock_runs(cs: list[Clause], shared: set[Gram]) -> dict[Gram, set[Gram]]:
    """Per shared run that ends, wherever it ends, before MIN_TAIL words of its own in its
    clause: the run's last content bigram (names skipped: "quyết định của UBND tỉnh" ends at
    "quyết định") -> the run's bigrams. A run that ends its clause (or is followed by one word)
    somewhere is the object itself there, not an action before one."""
    out: dict[Gram, set[Gram]] = {}
    bare: set[Gram] = set()
    for c in cs:
        flags = [g in shared for g in pairwise(c)]
        for k in range(len(flags)):
            if not flags[k] or (k + 1 < len(flags) and flags[k + 1]):
                continue
            run = _run(c, flags, k)
            key = next((g for g in reversed(run) if not _named(g)), None)
            if key is None:
                continue
            if _tail(c, flags, k) >= MIN_TAIL and len(run) >= MIN_RUN:
                out.setdefault(key, set()).update(run)
            else:
                bare.add(key)
    return {g: set(run) for g, run in out.items() if g not in bare}


def _tail(c: Clause, flags: list[bool], k: int) -> int:
    """How many words of the clause after the shared bigram k are in no shared bigram."""
    covered = {j for i, f in enumerate(flags) if f for j in (i, i + 1)}
    return sum(1 for j in range(k + 2, len(c)) if j not in covered)


def _run(c: Clause, flags: list[bool], k: int) -> list[Gram]:
    """The shared run ending at bigram k, in order."""
    start = k
    while start > 0 and flags[start - 1]:
        start -= 1
    return list(pairwise(c[start:k + 2]))


def boilerplate(units: list[Row]) -> frozenset[tuple[str, ...]]:
    """Clauses (MIN_BOILER content words or more, no name) that two directives of one meeting both
    have: "không để chậm trễ như tháng trước", "gắn với trách nhiệm người đứng đầu", the same
    sentence under two projects. Two directives of one meeting are two tasks, so such wording
    says nothing about which task a directive continues."""
    counts = Counter((u["meeting"], c) for u in units for c in boiler_clauses(u))
    return frozenset(c for (_, c), n in counts.items() if n >= 2)


def boiler_clauses(unit: Row) -> set[tuple[str, ...]]:
    """The unit's clauses that may be boilerplate: MIN_BOILER content words or more, no name."""
    return {tuple(c) for c in clauses(unit)
            if len(c) >= MIN_BOILER and not any(NAME in w for w in c)}


def object_shared(a: Row, b: Row, boiler: frozenset[tuple[str, ...]] = frozenset()
                  ) -> set[Gram]:
    """The shared bigrams of the two units less the stock runs (those that both units follow
    with objects of their own) and less the `boiler` clauses; a one-word clause both continue
    the same way is read with the next one (`_joined`)."""
    ca = [c for c in clauses(a) if tuple(c) not in boiler]
    cb = [c for c in clauses(b) if tuple(c) not in boiler]
    both = _joins(ca) & _joins(cb)
    ca, cb = _joined(ca, both), _joined(cb, both)
    shared = _grams(ca) & _grams(cb)
    ra, rb = _stock_runs(ca, shared), _stock_runs(cb, shared)
    stock = {g for end in ra.keys() & rb.keys() for g in ra[end] | rb[end]}
    return {g for g in shared - stock if not _named(g)}


def _joins(cs: list[Clause]) -> set[Gram]:
    """(last word, next clause's first word) after each clause of one word (MAX_LISTED)."""
    return {(x[-1], y[0]) for x, y in pairwise(cs)
            if len(x) <= MAX_LISTED and NAME not in x[-1] + y[0]}


def _joined(cs: list[Clause], both: set[Gram]) -> list[Clause]:
    """A one-word clause joined to the next one where both directives have that join: a list of
    verbs before one object ("Đo đạc, chỉnh lý | bản đồ địa chính" / "Đo đạc, chỉnh lý | ranh
    giới đất rừng"), the comma lists the actions, it ends no instruction. Cut there, "đo đạc" and
    "chỉnh lý" were two shared words, neither a run of its own before two objects."""
    out: list[Clause] = []
    for c in cs:
        if out and len(out[-1]) <= MAX_LISTED and (out[-1][-1], c[0]) in both:
            out[-1] = out[-1] + c
        else:
            out.append(list(c))
    return out


def after_actions(a: Row, b: Row, common: set[Gram]) -> bool:
    """The shared words come, in both units, after an action of the unit's own: the clause that
    holds the first of them has MIN_TAIL content words or more before it that the two do not
    share ("thẩm định dự thảo quyết định về phân cấp | quản lý đường bộ" / "thanh tra đột xuất
    việc | quản lý quỹ bảo trì đường bộ": two actions, each on its own object, that happen to
    share words of the objects). The mirror of the stock rule, where the shared action comes
    first and the objects differ after it."""
    words = {w for g in common for w in g}
    return all(_own_before(clauses(u), words) >= MIN_TAIL for u in (a, b))


def _own_before(cs: list[Clause], words: set[str]) -> int:
    """Content words before the first shared word, in the first clause that has one (names not
    counted); 0 when no clause has one."""
    for c in cs:
        at = next((j for j, w in enumerate(c) if w in words), None)
        if at is not None:
            return sum(1 for w in c[:at] if NAME not in w)
    return 0


def narrows(one: Row, other: Row, common: set[Gram]) -> bool:
    """`one` takes up one instruction of `other` and narrows it: in `one` the shared wording
    lies in a single clause and is followed there by MIN_TAIL content words or more of its own
    (what it is for, where: "bố trí trụ sở làm việc | cho đơn vị sự nghiệp mới thành lập"),
    while in `other` it ends its clauses (at most one word after it) and another clause of
    MIN_BOILER content words shares nothing ("hướng dẫn các xã, phường kiện toàn tổ chức bộ
    máy, bố trí trụ sở làm việc": two actions, the shared one the whole of one). Not when
    `other` bundles instructions (`shared.segments`: each is a task of its own, and what it
    shares is its closest one's; the pinned sample link of Sở Tư pháp's "xây dựng, thẩm định,
    kiểm tra, rà soát VBQPPL; bảo đảm chất lượng, tiến độ; …" to "kiểm tra, rà soát chất lượng
    dự thảo văn bản quy phạm pháp luật trước khi trình HĐND tỉnh" is one task). Words are
    compared in the bigrams' terms (`evidence.content_grams`)."""
    if len(segments(other)) > 1:
        return False
    tails, _ = _shared_tails(one, common)
    rest, free = _shared_tails(other, common)
    return (len(tails) == 1 and tails[0] >= MIN_TAIL and bool(rest) and max(rest) < MIN_TAIL
            and free > 0)


def _shared_tails(unit: Row, common: set[Gram]) -> tuple[list[int], int]:
    """Per clause holding a shared bigram, the content words after its last one, a name's
    words among them (a name after the action is its object: "bố trí trụ sở làm việc | cho
    Công an xã"); and how many clauses of MIN_BOILER content words or more (names not
    counted) hold none."""
    vocab = {w for g in content_grams(unit) for w in g}
    tails, free = [], 0
    for c in clauses(unit):
        ws = [w for w in c if w in vocab or NAME in w]
        hits = [k for k, g in enumerate(pairwise(ws)) if g in common]
        if hits:
            tails.append(len(ws) - max(hits) - 2)
        elif sum(1 for w in ws if NAME not in w) >= MIN_BOILER:
            free += 1
    return tails, free
