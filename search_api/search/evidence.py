""""No result": whether the best hits carry enough lexical or semantic evidence to be shown.

RRF always ranks something first, so gibberish and questions the corpus cannot answer used to get
ten confident hits. Three pieces of evidence are measured on each query:

- **lexical coverage**: of the query's topic's syllables (`topic`: the query less the assignee
  agencies it names, search/topic.py), weighted by idf (a syllable the index never saw
  weighs as much as the rarest one), the share found in the passage of the best of the top
  `evidence_depth` hits (the query with its abbreviations expanded counts too, whichever covers
  more). A query typed with diacritics is matched **tone-exact** (`canon`: "sân bay" is not "sản
  bảy", "cao" is not "cáo"); a query typed without any is matched folded. "sân golf" against
  notices without golf covers nothing.
- **semantic similarity**: the best e5 cosine of the query to any unit the filters keep.
- **names**: a name the query requires (`required_names`: a run of capitalised words such as
  "Nghệ An" or "Bộ Ngoại giao", an acronym such as "APEC", a document code such as
  "4567/QĐ-UBND") that occurs nowhere in the index is evidence against an answer.

A search has no result when both coverage and cosine are under their floors
(`SearchConfig.min_coverage`, `min_cosine`; either kind of evidence alone is enough to answer),
raised to `SearchConfig.named_floors` when a required name is absent, to
`SearchConfig.genre_floors` when the query names a domain phrase of the genre (search/genre.py)
that no unit holds (`foreign`), and to `SearchConfig.topic_floors` when none of the top hits
holds a topic phrase of the query's own (`off_topic`: a semantic-only answer then needs a
strong cosine). The floors were chosen on the project's own sets
(docs/search.md).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

import numpy as np

from ingest.text import canon, fold_text
from search_api.crossmonth.stoplists import LINK_STOP_PHRASES, LINK_STOP_WORDS
from search_api.search import genre, synonyms, topic
from search_api.search.expand import expand, is_bare
from search_api.search.index import IndexUnit, SearchIndex, unit_passage
from search_api.search.lexical import BM25


@dataclass(frozen=True)
class Evidence:
    coverage: float  # idf-weighted share of the query's topic's syllables in the best top hit
    cosine: float | None  # best e5 cosine (None: the dense channel did not run)
    pairs: float = 0.0  # the same for the query's adjacent syllable pairs (BM25's bigrams)
    absent: tuple[str, ...] = field(default=())  # names the query requires that no unit holds
    agree: bool = True  # the best hit is in the top AGREE of both the lexical and dense channels
    unwritten: bool = False  # no unit holds any two-word content phrase of the query (`unwritten`)
    # the best cosine minus the query's median cosine to every unit of the store (None: no dense
    # channel, or the store's, which returns its top hits only): search_api/search/judge.py
    spread: float | None = None
    phrased: bool = True  # the query has a content phrase (`content_pairs`); the judge needs one
    foreign: tuple[str, ...] = field(default=())  # the genre's phrases no unit holds (`foreign`)
    # the query's own topic phrases (not the genre's) are in none of the top hits (`off_topic`)
    topicless: bool = False


_SYLLABLE = re.compile(r"[^\W_]+")  # as BM25 reads words: punctuation never sticks to one
# a word, or a code whose parts are joined by / & - . ("4567/QĐ-UBND", "NN&MT")
_NAME_WORD = re.compile(r"[^\W_]+(?:[/&\-.][^\W_]+)*")
_ROMAN = re.compile(r"[IVXLC]+")
_CODE_LETTER = re.compile(r"[^\W\dIVXLC_]")  # a letter that is not a Roman numeral's


def words(text: str, exact: bool) -> list[str]:
    """The syllables of `text` as the evidence reads them: tone-exact (`canon`) or folded."""
    return _SYLLABLE.findall(canon(text) if exact else fold_text(text)) if text else []


def _syllables(text: str, pairs: bool = False, exact: bool = False) -> set[str]:
    found = words(text, exact)
    return {f"{a}_{b}" for a, b in itertools.pairwise(found)} if pairs else set(found)


@lru_cache(maxsize=1 << 14)
def _unit_syllables(passage: str, pairs: bool = False, exact: bool = False) -> frozenset[str]:
    return frozenset(_syllables(expand(passage), pairs, exact))


class Terms(Protocol):
    """What the evidence reads of a lexical index: the number of units and a term's idf (None:
    no unit holds it). Keys as BM25's vocabulary: a folded syllable, "~" + a tone-exact one, a
    pair "a_b" of folded syllables, a code token ("4567/qd-ubnd")."""

    @property
    def n(self) -> int: ...

    def idf(self, key: str) -> float | None: ...


@dataclass(frozen=True)
class IndexTerms:
    """`Terms` of the in-memory BM25."""

    lexical: BM25

    @property
    def n(self) -> int:
        return int(self.lexical.matrix.shape[0])

    def idf(self, key: str) -> float | None:
        j = self.lexical.vocab.get(key)
        return float(self.lexical.idf[j]) if j is not None else None


def _terms(lexical: BM25 | Terms) -> Terms:
    return IndexTerms(lexical) if isinstance(lexical, BM25) else lexical


def _key(syllable: str) -> str:
    bare = fold_text(syllable)
    return bare if bare == syllable or "_" in syllable else "~" + syllable


def _idf(terms: Terms, syllable: str, ceiling: float) -> float:
    """The idf of a syllable or pair; tone-exact syllables by the index's "~" field."""
    got = terms.idf(_key(syllable))
    return got if got is not None else ceiling


def coverage(lexical: BM25 | Terms, query: str, units: list[IndexUnit],
             pairs: bool = False) -> float:
    """The idf-weighted share of the query's syllables (or adjacent pairs) in the best of
    `units` (0 when none); tone-exact unless the query was typed without diacritics."""
    terms = _terms(lexical)
    ceiling = math.log(1 + (terms.n + 0.5) / 0.5)
    exact = not pairs and not is_bare(query)
    best = 0.0
    rewritten = [] if pairs else synonyms.rewrites(query)
    for q in {query, expand(query), *rewritten}:
        asked = _syllables(q, pairs, exact)
        weights = {w: _idf(terms, w, ceiling) for w in asked}
        total = sum(weights.values())
        if total <= 0:
            continue
        for u in units:
            have = _unit_syllables(unit_passage(u), pairs, exact)
            best = max(best, sum(weights[w] for w in asked & have) / total)
    return best


def _is_code(word: str) -> bool:
    """A document code: digits and letters joined by "/" ("4567/QĐ-UBND"; not "27/7", "III/2")."""
    return "/" in word and any(c.isdigit() for c in word) and bool(_CODE_LETTER.search(word))


def _name_word(word: str) -> bool:
    if any(c.isdigit() for c in word):
        return _is_code(word)
    return word[0].isupper() and len(word) > 1 and not _ROMAN.fullmatch(word)


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


def required_names(query: str) -> list[tuple[str, ...]]:
    """The names a query requires: runs of capitalised words, acronyms and document codes. The
    query's first word counts only when it is an acronym or the next word is capitalised too
    (sentence case); known abbreviations ("UBND", "Sở NN&MT") are left to their long forms, and
    a query with every word capitalised (title case, capitals) names nothing in particular."""
    found = _NAME_WORD.findall(query)
    flags = [_name_word(w) for w in found]
    if len(found) > 1 and all(flags):
        return []
    if flags and not _acronym(found[0]) and not (len(flags) > 1 and flags[1]):
        flags[0] = False
    runs = [tuple(w for w, _ in grp) for on, grp in
            itertools.groupby(zip(found, flags, strict=True), key=lambda x: x[1]) if on]
    return [r for r in runs if not any(_acronym(w) and expand(w) != w for w in r)]


def _held(terms: Terms, name: tuple[str, ...]) -> bool:
    """Whether some unit holds the name: a code as BM25's code token; otherwise each marked
    syllable tone-exact, and the syllables side by side (`_joined`)."""
    def has(key: str) -> bool:
        return terms.idf(key) is not None

    if len(name) == 1 and _is_code(name[0]):
        return has(fold_text(name[0]))
    exact = words(" ".join(name), exact=True)
    if any(fold_text(w) != w and not has("~" + w) for w in exact):
        return False
    folded = words(" ".join(name), exact=False)
    return has(folded[0]) if len(folded) == 1 else _joined(has, tuple(folded))


def _joined(has: Callable[[str], bool], syllables: tuple[str, ...]) -> bool:
    """The syllables as one or more names side by side ("Đông Xuân Bắc Bộ"), each of two or more
    syllables whose adjacent pairs are BM25 bigrams of the index."""
    n = len(syllables)
    ok = [True] + [False] * n  # ok[i]: syllables[:i] splits into held names
    for end in range(2, n + 1):
        ok[end] = any(ok[start] and all(has(f"{a}_{b}") for a, b in
                                        itertools.pairwise(syllables[start:end]))
                      for start in range(0, end - 1))
    return ok[n]


def absent_names(lexical: BM25 | Terms, query: str) -> tuple[str, ...]:
    """The query's required names that no unit of the index holds."""
    terms = _terms(lexical)
    return tuple(" ".join(n) for n in required_names(query) if not _held(terms, n))


# question words: with the link stop lists, what a two-word phrase must not hold to say what
# the query is about
_QUESTION_TEXT = ("gì nào ai bao nhiêu khi sao thế mấy đâu không chưa hay hôm nay ra làm cách "
                  "gồm những")
QUESTION_WORDS = frozenset(canon(w) for w in _QUESTION_TEXT.split())


@lru_cache(maxsize=2)
def _stops(exact: bool) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    stop = LINK_STOP_WORDS | QUESTION_WORDS
    pairs = {(a, b) for a, b in LINK_STOP_PHRASES}
    if exact:
        return frozenset(stop), frozenset(pairs)
    return (frozenset(fold_text(w) for w in stop),
            frozenset((fold_text(a), fold_text(b)) for a, b in pairs))


def content_pairs(text: str, exact: bool) -> list[tuple[str, str]]:
    """Adjacent syllables of `text` neither of which is a stop or question word or a number,
    nor a stop phrase ("triển khai"): the two-word phrases that say what it is about."""
    stop, pairs = _stops(exact)
    return [(a, b) for a, b in itertools.pairwise(words(text, exact))
            if a not in stop and b not in stop and (a, b) not in pairs
            and not a.isdigit() and not b.isdigit()]


def unwritten(lexical: BM25 | Terms, query: str) -> bool:
    """Whether no unit holds any content phrase (`content_pairs`; held as a name is, `_held`:
    the folded bigram, each marked syllable tone-exact) of the query, as typed, with
    its abbreviations expanded, or rewritten through the thesaurus: a question about what the
    notices never write of ("sân bay", "học bổng", "lồng bè"), whatever common words it shares
    with them. A query without a content phrase ("kiểm tra", one word) is not judged here: False,
    its coverage and cosine decide as for any query."""
    return _unwritten(_terms(lexical), phrases(query))


def _unwritten(terms: Terms, pairs: set[tuple[str, str]]) -> bool:
    """`unwritten` for the query's phrases already found (`phrases`)."""
    return bool(pairs) and not any(_held(terms, pair) for pair in pairs)


def phrases(query: str) -> set[tuple[str, str]]:
    """The query's content phrases as typed, expanded, or rewritten through the thesaurus."""
    exact = not is_bare(query)
    return {p for q in {query, expand(query), *synonyms.rewrites(query)}
            for p in content_pairs(q, exact)}


def foreign(lexical: BM25 | Terms, query: str, top: IndexUnit | None = None,
            vocab: genre.Vocabulary | None = None) -> tuple[str, ...]:
    """The query's content phrases, as typed or with its abbreviations expanded, that are domain
    phrases of the genre (`genre.vocabulary`) and that no unit holds (`_held`), nor the best hit
    `top`, nor through the thesaurus (`_synonym_held`): "nhà máy" asked of notices that never
    write it. The thesaurus's rewrites are not the query's own phrases: one the store lacks
    says nothing."""
    terms, vocab = _terms(lexical), vocab or genre.vocabulary()
    exact = not is_bare(query)
    have = _unit_syllables(unit_passage(top), True, False) if top is not None else frozenset()
    found = {p for q in {query, expand(query)} for p in content_pairs(q, exact)
             if vocab.holds(p, exact)}
    return tuple(sorted(" ".join(p) for p in found
                        if not _held(terms, p) and fold_text("_".join(p)) not in have
                        and not _synonym_held(terms, p, exact)))


def _synonym_held(terms: Terms, pair: tuple[str, str], exact: bool) -> bool:
    """Whether another phrase of a thesaurus group the pair is in ("cảng hàng không" for "sân
    bay") is held: each of its adjacent pairs (`_held`), or its one syllable."""
    for alt in synonyms.alternatives(" ".join(pair)):
        syllables = words(alt, exact)
        if len(syllables) == 1 and terms.idf(_key(syllables[0])) is not None:
            return True
        if len(syllables) > 1 and all(_held(terms, p) for p in itertools.pairwise(syllables)):
            return True
    return False


AGREE = 3  # ranks within which the two channels agree on the best hit


def agree(ranks: dict[str, int]) -> bool:
    """Whether the lexical and dense channels both rank a hit in their top AGREE. A channel
    missing from `ranks` counts as not ranking the hit there, whether it did not rank it or did
    not run: a query only one channel ran on (the store backend's bare queries, no dense
    channel) is never corroborated, so it is "apart" and gets the apart floors (chosen so on the
    store, docs/search.md, Session 15). True only when neither ranked the hit (a hit of the
    graph or deadline channel alone: nothing to disagree)."""
    if "lexical" not in ranks and "dense" not in ranks:
        return True
    return ranks.get("lexical", AGREE + 1) <= AGREE and ranks.get("dense", AGREE + 1) <= AGREE


def measure(index: SearchIndex, query: str, top_units: list[IndexUnit],
            dense: np.ndarray | None, agreed: bool = True,
            median: float | None = None, dated: bool = False) -> Evidence:
    """The evidence of a query's top units; `dense`: the dense channel's masked scores;
    `agreed`: `agree` of the best hit's channel ranks; `median`: the query's median cosine over
    every unit of the store, filters or not (the spread is relative to the store, not to the few
    units a filter keeps); `dated`: a top unit is due on the deadline the query names."""
    cosine = spread = None
    if dense is not None and len(dense) and np.isfinite(dense).any():
        cosine = float(np.max(dense[np.isfinite(dense)]))
        spread = None if median is None else cosine - median
    return replace(of_terms(IndexTerms(index.lexical), query, top_units, cosine, agreed,
                            dated=dated), spread=spread)


def off_topic(query: str, top_units: list[IndexUnit],
              vocab: genre.Vocabulary | None = None) -> bool:
    """Whether the query's topic (`topical`) has content phrases of its own, as typed or with
    its abbreviations expanded, that are not domain phrases of the genre (`genre.vocabulary`:
    "tay chân", "xe buýt", "liên hoan"; not "phòng chống", "kinh tế", "dịp tết"), and none of
    the top units holds one of them (folded, as BM25's bigrams): whatever the notices share
    with the question is then the genre's wording, not its topic. A query with no such phrase
    is not judged here: False."""
    vocab, exact = vocab or genre.vocabulary(), not is_bare(query)
    asked = topical(query)
    own = {p for q in {asked, expand(asked), *synonyms.rewrites(asked)}
           for p in content_pairs(q, exact) if not vocab.holds(p, exact)}
    have: set[str] = set()
    for u in top_units:
        have |= _unit_syllables(unit_passage(u), True, False)
    return bool(own) and not any(fold_text("_".join(p)) in have for p in own)


def topical(query: str) -> str:
    """What the coverage is measured on: the query less the assignee agencies it names
    (`topic.without_agencies`), or the query itself when that leaves nothing but stop and
    question words ("Sở Y tế làm những gì": the agency is then all it asks about)."""
    rest = topic.without_agencies(query)
    stop = _stops(False)[0]
    return rest if any(w not in stop for w in words(rest, exact=False)) else query


def of_terms(terms: Terms, query: str, top_units: list[IndexUnit], cosine: float | None,
             agreed: bool = True, vocab: genre.Vocabulary | None = None,
             dated: bool = False) -> Evidence:
    """The evidence of a query's top units read through any `Terms` (the store's too), with
    the best cosine already known; `vocab`: the genre's phrases (default `genre.json`);
    `dated`: a top unit is due on the deadline the query names, which is then its topic's
    evidence (`topicless` stays False)."""
    pairs = phrases(query)  # the query's expansions and rewrites, found once
    asked = topical(query)
    return Evidence(coverage(terms, asked, top_units), cosine,
                    coverage(terms, asked, top_units, pairs=True),
                    absent_names(terms, query), agreed, _unwritten(terms, pairs),
                    phrased=bool(pairs),
                    foreign=foreign(terms, query, top_units[0] if top_units else None, vocab),
                    topicless=not dated and off_topic(query, top_units, vocab))


def answered(evidence: Evidence, min_coverage: float, min_cosine: float,
             named: tuple[float, float] = (0.0, 0.0),
             apart: tuple[float, float] = (0.0, 0.0),
             unwritten: tuple[float, float] = (0.0, 0.0),
             domain: tuple[float, float] = (0.0, 0.0),
             topic: tuple[float, float] = (0.0, 0.0)) -> bool:
    """Enough lexical or semantic evidence (floors of 0 turn every check off, one floor of 0
    that kind of evidence). A required name no unit holds raises the floors to `named`
    (coverage, cosine): the query may still be answered in other words ("EVN" for "Tập đoàn
    Điện lực"), but then the rest of it must match well. Channels that disagree on the best hit
    raise them to `apart` the same way, and a query none of whose content phrases any unit
    holds (`Evidence.unwritten`) to `unwritten`, and one naming a domain phrase of the genre no
    unit holds (`Evidence.foreign`) to `domain`, and one whose own topic phrases no top hit
    holds (`Evidence.topicless`) to `topic`."""
    if min_coverage <= 0 and min_cosine <= 0:
        return True
    for on, (cov, cos) in ((bool(evidence.absent), named), (not evidence.agree, apart),
                           (evidence.unwritten, unwritten), (bool(evidence.foreign), domain),
                           (evidence.topicless, topic)):
        if on:
            min_coverage, min_cosine = max(min_coverage, cov), max(min_cosine, cos)
    lexical = evidence.coverage >= min_coverage if min_coverage > 0 else False
    semantic = evidence.cosine is not None and min_cosine > 0 and evidence.cosine >= min_cosine
    return lexical or semantic
