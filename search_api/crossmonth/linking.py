"""REPEATS links: when a later directive continues an earlier one's task. The pairwise rule
(`pair_score`: cosine(e5 passages) + 0.5 * containment(content bigrams) >= LINK_THRESHOLD,
cosine >= MIN_COSINE, shared lead/project BONUS, different leads PENALTY) is the score a chain
link must pass (crossmonth/tasks/chain.py, documented in docs/cross-month.md); `candidate_links`
applies it to every pair alone, the rule before tasks, kept as the baseline `chidao eval-links`
measures. Linking a meeting's province: crossmonth/tasks/relink.py."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import numpy as np

from ingest.text import canon, fold, words
from search_api.crossmonth.stoplists import LINK_STOP_PHRASES, LINK_STOP_WORDS, stop_positions

Row = dict[str, Any]
LINK_THRESHOLD = 1.02
MIN_COSINE = 0.86
BONUS = 0.02
PENALTY = 0.05  # both sides name lead agencies and none is shared
MIN_GRAMS = 8  # a very short bullet cannot "contain" a long paragraph on generic words
CONTAINMENT = 0.5  # the weight of the bigram containment beside the cosine in a pair's score


def bigrams(text: str) -> set[tuple[str, str]]:
    """Folded bigrams of the content words (stop wording removed first, so a bigram may span it)."""
    toks = words(text)
    drop = stop_positions([canon(t) for t in toks], LINK_STOP_PHRASES, LINK_STOP_WORDS)
    return set(pairwise(fold(t) for i, t in enumerate(toks) if i not in drop))


def containment(a: set[tuple[str, str]], b: set[tuple[str, str]],
                common: set[tuple[str, str]] | None = None) -> float:
    """|common| / max(min(|a|, |b|), MIN_GRAMS); `common` defaults to a & b."""
    if not a or not b:
        return 0.0
    return len(a & b if common is None else common) / max(min(len(a), len(b)), MIN_GRAMS)


def pair_score(cos: float, cont: float, shared_lead: bool | None,
               shared_project: bool) -> float | None:
    """The linking decision for one pair: a score, or None when they are different tasks.
    `shared_lead` is None when one side names no lead agency."""
    if cos < MIN_COSINE or cont == 0.0:
        return None
    lead = BONUS if shared_lead else -PENALTY if shared_lead is False else 0.0
    score = cos + CONTAINMENT * cont + lead + BONUS * shared_project
    return score if score >= LINK_THRESHOLD else None


def candidate_links(units: list[Row], meeting_id: str,
                    vecs: np.ndarray | None = None) -> list[tuple[str, str, float]]:
    """(later, earlier, similarity) for pairs touching `meeting_id`, earlier = older period.
    Only the meeting's rows of the similarity matrix are computed, and only pairs that reach
    MIN_COSINE are scored (pair_score refuses the others anyway). `vecs`: the units' vectors as
    a matrix, when the caller keeps them so (then `units` need no "embedding"). Each unit's
    bigrams are memoised in it (key "grams")."""
    if vecs is None:
        units = [u for u in units if u["embedding"]]
        vecs = np.asarray([u["embedding"] for u in units], dtype=np.float32)
    mine = [i for i, u in enumerate(units) if u["meeting"] == meeting_id]
    if not mine:
        return []
    sims = vecs[mine] @ vecs.T
    out = []
    for later, earlier, cos in _close_pairs(units, mine, sims):
        a, b = units[later], units[earlier]
        if pair_score(cos, containment(_grams(a), _grams(b)), _shared(a["lead"], b["lead"]),
                      bool(set(a["projects"]) & set(b["projects"]))) is not None:
            out.append((a["id"], b["id"], round(cos, 4)))
    return out


def _grams(unit: Row) -> set[tuple[str, str]]:
    grams: set[tuple[str, str]] | None = unit.get("grams")
    if grams is None:
        grams = unit["grams"] = bigrams(unit["text"] or "")
    return grams


def _close_pairs(units: list[Row], mine: list[int],
                 sims: np.ndarray) -> list[tuple[int, int, float]]:
    """(later, earlier, cosine) unit indices of the pairs at MIN_COSINE or above, in unit order."""
    found = []
    for r, j in zip(*np.nonzero(sims >= MIN_COSINE), strict=True):
        i, k = mine[int(r)], int(j)
        if units[i]["period"] != units[k]["period"]:
            later, earlier = (i, k) if units[i]["period"] > units[k]["period"] else (k, i)
            found.append((later, earlier, float(sims[r, j])))
    return sorted(found)


def _shared(a: list[str], b: list[str]) -> bool | None:
    return bool(set(a) & set(b)) if a and b else None


def shared_lead(a: Row, b: Row) -> bool | None:
    """Whether two units share a lead agency; None when one of them names none."""
    return _shared(a["lead"], b["lead"])


unit_grams = _grams  # a unit's content bigrams, memoised in it


