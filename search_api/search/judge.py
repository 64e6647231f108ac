""""No result" from several pieces of evidence together: a logistic model whose coefficients are
data (`judge.json`), fitted on the dev sets only (docs/search.md, Session 11).

The floors (`evidence.answered`) refuse a query when each kind of evidence is weak on its own;
this refuses one whose evidence is middling on every count at once — coverage a little under
the answerable questions', the best cosine too, and that best cosine hardly above the query's
cosine to a typical unit of the store (`Evidence.spread`: best minus median). The spread is
relative to the store: a larger store lifts every cosine of a query, the median with the best,
so the spread holds where a fixed cosine floor does not.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search_api.search.evidence import Evidence

_FILE = Path(__file__).with_name("judge.json")


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float  # above this probability of "no answer", the search has no result


def parse(text: str) -> Model:
    raw = json.loads(text)
    return Model(tuple(raw["features"]), tuple(raw["mean"]), tuple(raw["scale"]),
                 tuple(raw["coef"]), float(raw["intercept"]), float(raw["threshold"]))


@lru_cache(maxsize=1)
def model() -> Model:
    return parse(_FILE.read_text(encoding="utf-8"))


def _value(evidence: Evidence, name: str) -> float | None:
    got = getattr(evidence, name)
    return None if got is None else float(got)


def unanswered(evidence: Evidence, m: Model | None = None) -> float | None:
    """The model's probability that the corpus has no answer (None: a feature is missing, e.g.
    no dense channel for the cosine, or the query has no content phrase — "kiểm tra" filtered to
    one agency, a lookup unlike the questions it was fitted on; the floors alone decide then)."""
    m = m or model()
    if not evidence.phrased:
        return None
    values = [_value(evidence, f) for f in m.features]
    if any(v is None for v in values):
        return None
    z = m.intercept + sum(c * ((v or 0.0) - mu) / s
                          for c, v, mu, s in zip(m.coef, values, m.mean, m.scale, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def refuses(evidence: Evidence, m: Model | None = None) -> bool:
    """Whether the model says no result for this evidence."""
    p = unanswered(evidence, m)
    return p is not None and p > (m or model()).threshold
