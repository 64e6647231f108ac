""""No result" from the judge (search_api/search/judge.py): a logistic model over coverage,
cosine and the cosine's spread above the store's median, with its coefficients as data."""

import dataclasses

import numpy as np

from search_api.search import judge
from search_api.search.evidence import Evidence, measure
from search_api.search.fusion import HYBRID, decided
from search_api.search.index import IndexUnit, SearchIndex

# middling on every count: over every floor of the hybrid preset, as one-word-off questions are
MIDDLING = Evidence(coverage=0.42, cosine=0.855, spread=0.02)
STRONG = Evidence(coverage=0.9, cosine=0.89, spread=0.07)


def test_the_model_is_data_over_evidence_fields() -> None:
    m = judge.model()
    fields = {f.name for f in dataclasses.fields(Evidence)}
    assert set(m.features) <= fields and 0 < m.threshold < 1
    assert len(m.features) == len(m.mean) == len(m.scale) == len(m.coef)


def test_evidence_middling_on_every_count_is_refused_by_the_judge_alone() -> None:
    assert not decided(MIDDLING, HYBRID)
    assert decided(MIDDLING, dataclasses.replace(HYBRID, judge=False))  # the floors let it by
    assert judge.refuses(MIDDLING)


def test_strong_evidence_is_answered() -> None:
    assert decided(STRONG, HYBRID) and not judge.refuses(STRONG)
    p_strong, p_mid = judge.unanswered(STRONG), judge.unanswered(MIDDLING)
    assert p_strong is not None and p_mid is not None and p_strong < p_mid


def test_a_cosine_far_above_the_median_outweighs_a_middling_coverage() -> None:
    """The spread is relative to the store: the same best cosine answers when it stands out
    of the query's cosines to the other units, not when every unit is about as near."""
    assert not judge.refuses(dataclasses.replace(MIDDLING, spread=0.09))


def test_without_a_cosine_the_judge_abstains() -> None:
    ev = Evidence(coverage=0.55, cosine=None)
    assert judge.unanswered(ev) is None and not judge.refuses(ev)


def test_measure_reads_the_spread_from_the_dense_scores() -> None:
    units = [IndexUnit(id=f"u{i}", kind="directive", text=t, meeting_id="m", period="2025-06")
             for i, t in enumerate(["tiêm vắc xin sởi", "giải ngân vốn", "chống buôn lậu"])]
    index = SearchIndex(units, np.eye(3, 8, dtype=np.float32))
    dense = np.array([0.9, 0.8, -np.inf])  # -inf: a unit the filters drop
    ev = measure(index, "tiêm vắc xin", units[:1], dense, median=0.7)
    assert ev.cosine == 0.9 and ev.spread is not None and abs(ev.spread - 0.2) < 1e-9
    assert measure(index, "tiêm vắc xin", units[:1], dense).spread is None


def test_a_query_without_a_content_phrase_is_left_to_the_floors() -> None:
    """A one-word lookup ("kiểm tra" filtered to one agency's tasks) is not the kind of question
    the model was fitted on: it abstains, whatever the evidence."""
    assert judge.unanswered(dataclasses.replace(MIDDLING, phrased=False)) is None
    assert decided(dataclasses.replace(MIDDLING, phrased=False), HYBRID)
