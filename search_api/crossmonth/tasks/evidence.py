"""What two directives share as evidence that one continues the other's task.

The wording evidence is the containment of folded content bigrams (`linking.containment`), but
formed after cutting, besides the procedural stop wording, the names that say WHO and WHICH
PROJECT: every agency name of the gazetteer (its canonical name and aliases) and the names of
the unit's projects. Those are counted once each as their own evidence (shared lead, shared
project); left in the wording, a long name ("Ban Quản lý dự án đầu tư xây dựng các công trình
giao thông tỉnh", a project's name) makes every task of that agency on that project look alike.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ingest.gazetteer import agency_entries
from ingest.periods import QUARTERS
from ingest.text import canon, fold, words
from search_api.crossmonth import stoplists

Row = dict[str, Any]
Grams = set[tuple[str, str]]
# How a deadline or a project is announced, not what the task is (the deadline is compared as a
# date, the project as an id): "hoàn thành trước ngày 30/6", "chậm nhất ngày", "Dự án ..."; and
# the intensifiers of an instruction, like "tăng cường", "đẩy mạnh" among the stop phrases:
# "đẩy nhanh", "khẩn trương", "tập trung", "quyết liệt". "báo cáo kết quả" (trước ngày 25 hằng
# tháng) is how any task is followed up: two tasks of one project shared "kết quả" + "tiến độ".
_TASK_STOP_TEXT = ("hoàn thành, trước ngày, chậm nhất, trong tháng, hằng tháng, hằng tuần, "
                   "dự án, báo cáo kết quả, báo cáo, đẩy nhanh, khẩn trương, tập trung, "
                   "quyết liệt")
_LOCAL_HEADS = {("ubnd",), ("ủy", "ban", "nhân", "dân"), ("uỷ", "ban", "nhân", "dân")}
_LOCAL_FIRST = frozenset(h[0] for h in _LOCAL_HEADS)
_LOCAL_KINDS = {"huyện", "xã", "phường", "thị", "thành", "trấn", "phố"}


@cache
def name_phrases() -> frozenset[tuple[str, ...]]:
    """Tone-exact token sequences of the gazetteer's agency names (multi-word ones)."""
    names = (n for e in agency_entries() for n in (e.name, *e.aliases) if "{" not in n)
    phrases = (tuple(canon(t) for t in words(n)) for n in names)
    extra = (tuple(canon(t) for t in words(p)) for p in _TASK_STOP_TEXT.split(", "))
    named = frozenset(p for p in phrases if len(p) > 1)
    return stoplists.LINK_STOP_PHRASES | named | frozenset(extra)


@cache
def _lengths(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """The lengths of the phrases by their first token, longest first."""
    out: dict[str, set[int]] = {}
    for p in phrases:
        out.setdefault(p[0], set()).add(len(p))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in out.items()}


def phrase_positions(exact: list[str], phrases: frozenset[tuple[str, ...]]) -> set[int]:
    """Positions inside the longest phrase starting at each token (as `stoplists.stop_positions`
    does for its phrases): per token, only the lengths of the phrases that start with it are
    tried, each by one set lookup (300 agency names, 60 of them starting with "sở", made a
    phrase-by-phrase comparison most of a cold link)."""
    lengths, out = _lengths(phrases), set[int]()
    for i, w in enumerate(exact):
        for n in lengths.get(w, ()):
            if i + n <= len(exact) and tuple(exact[i:i + n]) in phrases:
                out.update(range(i, i + n))
                break
    return out


def local_positions(toks: list[str], exact: list[str]) -> set[int]:
    """A local administration named as an agency ("UBND huyện Tam Đường", "UBND thành phố Lai
    Châu"): its head, kind words and the capitalised name after them."""
    out: set[int] = set()
    for i in range(len(exact)):
        if exact[i] not in _LOCAL_FIRST:
            continue
        head = next((h for h in _LOCAL_HEADS if tuple(exact[i:i + len(h)]) == h), None)
        if head is None:
            continue
        j = i + len(head)
        while j < len(exact) and exact[j] in _LOCAL_KINDS | {"các"}:
            j += 1
        out.update(range(i, _name_end(toks, j)))
    return out


def _name_end(toks: list[str], at: int) -> int:
    """Where the run of capitalised words from `at` ends (`at` itself when there is none)."""
    while at < len(toks) and toks[at][:1].isupper():
        at += 1
    return at


# A quarter or a half named as a period, the grammar of ingest/periods.py on tokens: "quý II
# năm 2027", "quý 3/2026", "6 tháng đầu năm", "nửa cuối năm 2026": when a task is due, compared as
# a date, not what it is (two unrelated tasks due in one quarter shared "quý ii" + "ii năm"). A
# month or a year alone stays wording: "Kế hoạch năm 2025" is not the report of year 2024.
_QUARTER, _MONTH, _YEAR, _HALF = (canon(w) for w in ("quý", "tháng", "năm", "nửa"))
_HALF_SIDES = frozenset(canon(w) for w in ("đầu", "cuối"))


def period_positions(exact: list[str]) -> set[int]:
    """Positions of the words of each quarter or half named (tone-exact tokens), with the
    "năm" of its year."""
    out: set[int] = set()
    for i, w in enumerate(exact):
        nxt = exact[i + 1] if i + 1 < len(exact) else ""
        if w == _QUARTER and nxt in QUARTERS:
            end = i + 2
        elif w in (_MONTH, _HALF) and nxt in _HALF_SIDES and exact[i + 2:i + 3] == [_YEAR]:
            end = i + 3
        else:
            continue
        out.update(range(i, end + (exact[end:end + 1] == [_YEAR])))
    return out


_PROVINCE = canon("tỉnh")


def province_positions(toks: list[str], exact: list[str]) -> set[int]:
    """A province named ("tỉnh Lai Châu", "trên địa bàn tỉnh Cao Bằng"): the notice's own
    province, or a neighbour, says where, not what the work is; two events "… tỉnh Lai Châu lần
    thứ V" shared "lai chau" + "chau lan"."""
    out: set[int] = set()
    for i, w in enumerate(exact):
        if w == _PROVINCE and (end := _name_end(toks, i + 1)) > i + 1:
            out.update(range(i, end))
    return out


@cache
def _names_only() -> frozenset[tuple[str, ...]]:
    return name_phrases() - stoplists.LINK_STOP_PHRASES


@cache
def agency_phrases() -> frozenset[tuple[str, ...]]:
    """The gazetteer's agency names only (no stop or deadline wording)."""
    extra = frozenset(tuple(canon(t) for t in words(p)) for p in _TASK_STOP_TEXT.split(", "))
    return _names_only() - extra


def project_positions(folded: list[str], project_ids: list[str]) -> set[int]:
    """Positions of the folded words of a project's name (its id is the slug of the name)."""
    out: set[int] = set()
    for pid in project_ids:
        seq = pid.split("-")
        n = len(seq)
        for i in range(len(folded) - n + 1):
            if folded[i:i + n] == seq:
                out.update(range(i, i + n))
    return out


Tokens = tuple[list[str], list[str], list[str]]


def tokens(unit: Row) -> Tokens:
    """The unit's words as written, folded and tone-exact (`canon`); memoised (key "tokens")."""
    found: Tokens | None = unit.get("tokens")
    if found is None:
        toks = words(unit["text"] or "")
        forms = [_forms(t) for t in toks]
        found = unit["tokens"] = (toks, [f for f, _ in forms], [e for _, e in forms])
    return found


@lru_cache(maxsize=1 << 16)
def _forms(word: str) -> tuple[str, str]:
    """A word folded and tone-exact (a province's directives repeat a few thousand words)."""
    return fold(word), canon(word)


def positions(unit: Row, phrases: frozenset[tuple[str, ...]]) -> set[int]:
    """`phrase_positions` over the unit's tone-exact words, memoised per phrase set (key
    "positions"; the bigrams and the clauses both look for the same names). Not to be changed."""
    memo: dict[frozenset[tuple[str, ...]], set[int]] = unit.setdefault("positions", {})
    found = memo.get(phrases)
    if found is None:
        found = memo[phrases] = phrase_positions(tokens(unit)[2], phrases)
    return found


def named_positions(unit: Row) -> set[int]:
    """Positions of the unit's project names and of local administrations named as agencies;
    memoised (key "named"). Not to be changed."""
    found: set[int] | None = unit.get("named")
    if found is None:
        toks, folded, exact = tokens(unit)
        found = unit["named"] = (project_positions(folded, list(unit["projects"]))
                                 | local_positions(toks, exact) | province_positions(toks, exact))
    return found


def content_grams(unit: Row) -> Grams:
    """Folded bigrams of the unit's wording without stop wording, agency or project names (a
    bigram may span stop wording, not a name); memoised in the unit (key "task_grams")."""
    grams: Grams | None = unit.get("task_grams")
    if grams is None:
        grams = unit["task_grams"] = set().union(*segment_grams(unit, [0] * len(tokens(unit)[0])))
    return grams


def segment_grams(unit: Row, seg: list[int]) -> list[Grams]:
    """The content bigrams per segment, `seg` giving each token's segment (numbered from 0): a
    bigram never spans two segments. An administrative abbreviation counts as its long form
    (`_long_forms`)."""
    _, folded, exact = tokens(unit)
    names = named_positions(unit) | positions(unit, _names_only())
    drop = names | positions(unit, name_phrases())
    drop |= {i for i, w in enumerate(exact) if w in stoplists.LINK_STOP_WORDS or w.isdigit()}
    drop |= period_positions(exact)
    out: list[Grams] = [set() for _ in range(max(seg, default=0) + 1)]
    prev: tuple[int, str] | None = None
    for i, f in enumerate(folded):
        if i in names:
            prev = None
        elif i not in drop:
            for word in _long_forms().get(f, (f,)):
                if prev is not None and prev[0] == seg[i]:
                    out[seg[i]].add((prev[1], word))
                prev = (seg[i], word)
    return out


@cache
def _long_forms() -> dict[str, tuple[str, ...]]:
    """Folded abbreviation -> the folded content words of its long form: "VBQPPL" is "văn bản quy
    phạm pháp luật", "GPMB" "giải phóng mặt bằng" (`search.expand.GENERAL`, the general list of
    the administration's abbreviations), so that a task written once with the abbreviation and
    once in full shares its wording."""
    from search_api.search.expand import GENERAL

    out = {}
    for short, long in GENERAL.items():
        kept = tuple(fold(w) for w in words(long) if canon(w) not in stoplists.LINK_STOP_WORDS)
        if len(words(short)) == 1 and kept:
            out[fold(short)] = kept
    return out


# A named place a task is at: "tại xã Nậm Tăm", "thị trấn Tam Đường", "bản Lang": a kind word,
# then the capitalised words after it with nothing but a space between them.
_PLACE_KIND = re.compile(r"(?<![^\W\d_])(?i:xã|phường|thị trấn|huyện|thôn|bản) ")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _place_at(text: str, at: int) -> tuple[str, int]:
    """The capitalised words from `at` (joined) and where they end."""
    found: list[str] = []
    while (m := _NAME_WORD.match(text, at)) and m.group()[:1].isupper():
        found.append(m.group())
        at = m.end()
        if text[at:at + 1] != " ":
            break
        at += 1
    return " ".join(found), at


# A local administration as an agency ("UBND huyện Tam Đường", "Ủy ban nhân dân xã X"): who
# does the work, not where it is.
_ADMIN_BEFORE = re.compile(r"(?i:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+$")


def place_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each place the text names, from its kind word to the end of its
    name, local administrations named as agencies left out."""
    out: list[tuple[int, int, str]] = []
    end = 0
    for m in _PLACE_KIND.finditer(text):
        if m.start() >= end:
            name, end = _place_at(text, m.end())
            admin = _ADMIN_BEFORE.search(text, max(0, m.start() - 20), m.start())
            out += [(m.start(), end, name)] if name and not admin else []
    return out


def places(unit: Row) -> frozenset[str]:
    """The folded names of the places the unit names (not local administrations named as
    agencies); memoised in the unit (key "places")."""
    found: frozenset[str] | None = unit.get("places")
    if found is None:
        found = unit["places"] = frozenset(fold(n) for _, _, n in place_spans(unit["text"] or ""))
    return found

