"""Themes found from the data: clusters of directives that recur across meetings and that the
theme taxonomy (ingest/gazetteer/themes.json) does not name, each labelled by its typical phrases.

1. Average-linkage agglomerative clustering of the stored e5 directive vectors over cosine, merging
   while the mean similarity of two clusters is >= CLUSTER_COSINE (numpy only). A directive whose
   nearest neighbour is below the threshold can never join a cluster (the mean of the similarities
   is at most their maximum), so only directives with such a neighbour enter the O(n^2) matrix.
2. Keep clusters of >= MIN_DIRECTIVES directives from >= MIN_MEETINGS meetings; drop those where
   one taxonomy theme tags more than MAX_TAXONOMY_SHARE of the members (the taxonomy names them).
3. Label by c-TF-IDF over folded syllable bigrams/trigrams (stop syllables excluded), each phrase
   shown in its most frequent original surface form (with diacritics). A cluster whose best phrase
   occurs in fewer than two members shares no wording and is dropped.

Deterministic: directives are sorted by id before clustering (ties merge the lowest ids first),
and a theme's id is a slug of its label plus a hash of its member ids, so it is the same whatever
order the notices were ingested in. Which directives are clustered, and when, is
`search_api/crossmonth/theme_windows.py`'s (bounded windows, computed off the request path).
"""

from __future__ import annotations

import hashlib
import math
import sys
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

from graph.read import units as units_reads
from graph.rows import WindowDirective
from ingest.resolve import get_resolver
from ingest.text import canon, fold, slug, words
from search_api.crossmonth.stoplists import LABEL_STOP_PHRASES, LABEL_STOP_WORDS, stop_positions

Row = dict[str, Any]
Node = int | tuple["Node", "Node"]
CLUSTER_COSINE = 0.88
MIN_DIRECTIVES = 3
MIN_MEETINGS = 2
MAX_TAXONOMY_SHARE = 0.5
MIN_PHRASE_SHARE = 0.5  # the best label phrase must occur in at least this share of the members
LABEL_PHRASES = 3
MAX_PHRASE = 5  # syllables of a grown label phrase
BLOCK = 1024  # rows of the similarity matrix computed at a time by the neighbour filter
DOC_CACHE = 50_000  # directives whose label phrases are kept between clusterings
_DOCS: OrderedDict[tuple[str, str | None, int], tuple[tuple[str, ...], tuple[str, ...]]] = (
    OrderedDict())
_DOCS_LOCK = threading.Lock()


# ---- clustering ------------------------------------------------------------------------------
def _linked(vecs: np.ndarray, threshold: float) -> np.ndarray:
    """Indices of the vectors with at least one other vector at cosine >= threshold."""
    keep = np.zeros(len(vecs), dtype=bool)
    for start in range(0, len(vecs), BLOCK):
        sims = vecs[start:start + BLOCK] @ vecs.T
        rows = np.arange(sims.shape[0])
        sims[rows, rows + start] = -np.inf
        keep[start:start + BLOCK] = sims.max(axis=1) >= threshold
    return np.flatnonzero(keep)


def average_linkage(vecs: np.ndarray, threshold: float = CLUSTER_COSINE) -> list[Node]:
    """The merge trees (average linkage, cosine >= threshold) of L2-normalised rows; a leaf is a
    row index, a node the pair of its children. Rows that never merge are left out. Each step
    merges the first (row-major) most similar pair, as an argmax over the whole matrix would;
    each row's best column is kept up to date, so a step costs O(n), not O(n^2)."""
    idx = _linked(vecs, threshold) if len(vecs) > 1 else np.zeros(0, dtype=int)
    sub = vecs[idx].astype(np.float64)
    sims = sub @ sub.T
    sims = (sims + sims.T) / 2  # exactly symmetric, whatever the BLAS rounding
    np.fill_diagonal(sims, -np.inf)
    size = np.ones(len(idx))
    best = sims.argmax(axis=1) if len(idx) else np.zeros(0, dtype=int)
    trees: list[Node | None] = [int(i) for i in idx]
    rows = np.arange(len(idx))
    while len(idx):
        top = sims[rows, best]
        i = int(np.argmax(top))
        j = int(best[i])
        if top[i] < threshold:
            break
        merged = (size[i] * sims[i] + size[j] * sims[j]) / (size[i] + size[j])
        sims[i, :], sims[:, i] = merged, merged
        sims[j, :], sims[:, j] = -np.inf, -np.inf
        sims[i, i] = -np.inf
        size[i] += size[j]
        best = _best_after_merge(sims, best, i, j)
        left, right = trees[i], trees[j]
        assert left is not None and right is not None  # both rows are live clusters
        trees[i], trees[j] = (left, right), None
    return [t for t in trees if isinstance(t, tuple)]


def _best_after_merge(sims: np.ndarray, best: np.ndarray, i: int, j: int) -> np.ndarray:
    """Each row's first most similar column after row/column i changed and j was removed: only
    column i can overtake a row's best; rows whose best was i or j (and row i) are recomputed."""
    rows = np.arange(len(best))
    col, cur = sims[:, i], sims[rows, best]
    out = np.where((col > cur) | ((col == cur) & (i < best)), i, best)
    stale = (best == i) | (best == j)
    stale[i] = True
    out[stale] = sims[stale].argmax(axis=1)
    return out


def leaves(node: Node) -> list[int]:
    """The row indices under a node, ascending (iterative: merge trees can be thousands deep)."""
    out, stack = [], [node]
    while stack:
        top = stack.pop()
        if isinstance(top, int):
            out.append(top)
        else:
            stack.extend(top)
    return sorted(out)


def shared_clusters(trees: list[Node], docs: list[dict[str, str]],
                    min_size: int) -> list[list[int]]:
    """The largest subtrees of >= min_size leaves where one phrase occurs in at least
    MIN_PHRASE_SHARE of the leaves: a cluster without shared wording is split into its children."""
    out, stack = [], list(trees)
    while stack:
        node = stack.pop()
        members = leaves(node)
        if len(members) < min_size:
            continue
        counts = Counter(t for i in members for t in docs[i])
        if counts and max(counts.values()) >= MIN_PHRASE_SHARE * len(members):
            out.append(members)
        elif isinstance(node, tuple):
            stack.extend(node)
    return sorted(out)


# ---- labels ----------------------------------------------------------------------------------
def topic_phrases(text: str, province: str | None) -> dict[str, str]:
    """`phrases` of a directive with its agency mentions and the province name cut out: the
    label says what the task is about, not who was given it."""
    mentions = get_resolver(province).find_mentions(text) if province else []
    cuts = [(m.start, m.end) for m in mentions]
    out: dict[str, str] = {}
    start = 0
    for a, b in [*sorted(cuts), (len(text), len(text))]:
        segment = text[start:a]
        if province:
            segment = segment.replace(province, " 0 ")  # a number: no phrase spans it
        out = {**phrases(segment), **out}
        start = max(start, b)
    return out


def phrases(text: str) -> dict[str, str]:
    """Folded syllable bigrams/trigrams of `text` without a stop word -> their surface form."""
    toks = words(text)
    folded = [fold(t) for t in toks]
    stop = stop_positions([canon(t) for t in toks], LABEL_STOP_PHRASES, LABEL_STOP_WORDS)
    out: dict[str, str] = {}
    for n in (2, 3):
        for i in range(len(toks) - n + 1):
            if not stop.intersection(range(i, i + n)):
                out.setdefault(" ".join(folded[i:i + n]), " ".join(toks[i:i + n]).lower())
    return out


def ctfidf(classes: list[list[dict[str, str]]]) -> list[dict[str, float]]:
    """Class-based TF-IDF: w(t, c) = df(t, c)/|c| * log(1 + A / f(t)), where df counts the class's
    documents containing t, f(t) the documents containing t over all classes, A the mean number of
    phrase occurrences per class. Only phrases in two or more documents of the class score."""
    dfs = [Counter(t for doc in docs for t in doc) for docs in classes]
    total: Counter[str] = Counter()
    for df in dfs:
        total.update(df)
    mean = sum(total.values()) / max(len(classes), 1)
    return [{t: n / len(docs) * math.log(1 + mean / total[t]) for t, n in df.items() if n >= 2}
            for docs, df in zip(classes, dfs, strict=True)]


def label(weights: dict[str, float], docs: list[dict[str, str]]) -> list[Row]:
    """The top phrases grown to their full wording (the longer first on equal weight), shown in
    their commonest surface form; a phrase sharing a syllable with a better one is skipped."""
    chosen: list[tuple[str, str, str]] = []  # (n-gram, grown folded, grown surface)
    grown = {t: grow(t, docs) for t in weights}
    for term in sorted(weights, key=lambda t: (-weights[t], -len(grown[t][0].split()), t)):
        folded, surface = grown[term]
        if any(set(folded.split()) & set(c[1].split()) for c in chosen):
            continue
        chosen.append((term, folded, surface))
        if len(chosen) == LABEL_PHRASES:
            break
    return [{"text": surface, "folded": folded, "score": round(weights[term], 4),
             "share": round(sum(term in d for d in docs) / len(docs), 3)}
            for term, folded, surface in chosen]


def grow(term: str, docs: list[dict[str, str]]) -> tuple[str, str]:
    """Extend an n-gram through trigrams overlapping it by two syllables that occur in every
    directive holding it ("điện lưới quốc" + "lưới quốc gia" -> "điện lưới quốc gia"), up to
    MAX_PHRASE syllables; returns the folded phrase and its surface form."""
    holders = [d for d in docs if term in d]
    common = sorted(t for t in set.intersection(*(set(d) for d in holders))
                    if len(t.split()) == 3)
    folded, surface = term.split(), _surface(term, holders).split()
    grown = True
    while grown and len(folded) < MAX_PHRASE:
        grown = False
        for tri in common:
            parts, word = tri.split(), _surface(tri, holders).split()
            if parts[:2] == folded[-2:] and parts[2] not in folded:
                folded, surface, grown = [*folded, parts[2]], [*surface, word[2]], True
            elif parts[1:] == folded[:2] and parts[0] not in folded:
                folded, surface, grown = [parts[0], *folded], [word[0], *surface], True
            if grown:
                break
    return " ".join(folded), " ".join(surface)


def _surface(term: str, docs: list[dict[str, str]]) -> str:
    forms = Counter(doc[term] for doc in docs if term in doc)
    return min(forms, key=lambda f: (-forms[f], f))


# ---- themes ----------------------------------------------------------------------------------
def cached_phrases(ident: str, text: str, province: str | None) -> dict[str, str]:
    """`topic_phrases` of a directive, kept (DOC_CACHE directives, least recently used out) so
    that clustering a window again after one notice changed phrases only that notice's
    directives (the labels' phrases are most of a clustering's time)."""
    key = (ident, province, hash(text))
    with _DOCS_LOCK:
        kept = _DOCS.get(key)
        if kept is not None:
            _DOCS.move_to_end(key)
            return dict(zip(*kept, strict=True))
    doc = topic_phrases(text, province)
    packed = (tuple(sys.intern(t) for t in doc), tuple(sys.intern(f) for f in doc.values()))
    with _DOCS_LOCK:
        _DOCS[key] = packed
        while len(_DOCS) > DOC_CACHE:
            _DOCS.popitem(last=False)
    return doc


def phrase(rows: Sequence[WindowDirective]) -> None:
    """The label phrases of these directives, kept for the next `discover` of them (a window's
    clustering cut into steps: its phrases are most of its time)."""
    for u in (_unit(r) for r in rows if r["embedding"]):
        cached_phrases(u["id"], u["text"] or "", u["province"])


def params_of(min_directives: int, min_meetings: int) -> Row:
    return {"cluster_cosine": CLUSTER_COSINE, "min_directives": min_directives,
            "min_meetings": min_meetings, "max_taxonomy_share": MAX_TAXONOMY_SHARE}


def _unit(row: WindowDirective) -> Row:
    """A row as plain values; its vector as read (plain() would walk every float of it)."""
    out: Row = units_reads.plain({k: v for k, v in row.items() if k != "embedding"})
    out["embedding"] = row["embedding"]
    return out


def discover(rows: Sequence[WindowDirective], min_directives: int = MIN_DIRECTIVES,
             min_meetings: int = MIN_MEETINGS) -> Row:
    """The discovered themes of a set of directive rows (id, text, embedding, meeting, period,
    themes), most recurring first."""
    units = sorted((_unit(u) for u in rows if u["embedding"]), key=lambda u: u["id"])
    params = params_of(min_directives, min_meetings)
    if not units:
        return {"themes": [], "params": params}
    vecs = np.asarray([u["embedding"] for u in units], dtype=np.float32)
    docs = [cached_phrases(u["id"], u["text"] or "", u["province"]) for u in units]
    clusters = shared_clusters(average_linkage(vecs, CLUSTER_COSINE), docs, max(min_directives, 2))
    clustered = {i for c in clusters for i in c}
    background = [d for i, d in enumerate(docs) if i not in clustered]
    weights = ctfidf([[docs[i] for i in c] for c in clusters] + [background])
    out = []
    for c, w in zip(clusters, weights, strict=False):
        members = [units[i] for i in c]
        if len(members) >= min_directives and len({u["meeting"] for u in members}) >= min_meetings:
            theme = _theme(members, w, [docs[i] for i in c])
            if theme is not None:
                out.append(theme)
    out.sort(key=lambda t: (-t["meetings"], -t["directives"], t["id"]))
    return {"themes": out, "params": params}


def taxonomy_cover(members: list[Row]) -> tuple[str | None, float]:
    """The taxonomy theme tagging most members, and the share of members it tags."""
    counts = Counter(t for u in members for t in set(u["themes"] or []))
    if not counts:
        return None, 0.0
    top = min(counts, key=lambda t: (-counts[t], t))
    return top, round(counts[top] / len(members), 3)


def _theme(members: list[Row], weights: dict[str, float], docs: list[dict[str, str]]) -> Row | None:
    top, share = taxonomy_cover(members)
    labels = label(weights, docs)
    if share > MAX_TAXONOMY_SHARE or not labels:
        return None
    ids = sorted(u["id"] for u in members)
    digest = hashlib.sha1("\n".join(ids).encode()).hexdigest()[:8]
    periods = Counter(u["period"] for u in members)
    return {"id": f"{slug(labels[0]['folded'])}-{digest}",
            "label": ", ".join(p["text"] for p in labels), "phrases": labels,
            "directives": len(members), "meetings": len({u["meeting"] for u in members}),
            "first_seen": min(periods), "last_seen": max(periods),
            "by_period": dict(sorted(periods.items())),
            "taxonomy": {"theme": top, "share": share},
            "members": [{"id": u["id"], "meeting": u["meeting"], "period": u["period"],
                         "text": u["text"]} for u in members]}
