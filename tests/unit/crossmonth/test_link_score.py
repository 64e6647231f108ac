"""Scoring links against a gold (search_api.crossmonth.tasks.score): a link is right when
both ends are
the same gold task; a thread is pure when all its directives are one task."""

from search_api.crossmonth.tasks.gold import Gold
from search_api.crossmonth.tasks.score import score, score_reports


def _gold() -> Gold:
    return Gold(task_of={"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B"},
                links={("a2", "a1"), ("a3", "a2"), ("b2", "b1")}, done={"f": "a3"})


def test_precision_recall_and_purity() -> None:
    s = score(_gold(), [("a2", "a1"), ("a3", "a1"), ("b2", "a2")],
              [["a1", "a2", "a3", "b2"], ["b1"]])
    assert (s.predicted, s.correct, s.recalled) == (3, 2, 1)
    assert s.wrong == [("b2", "a2")] and s.missed == [("a3", "a2"), ("b2", "b1")]
    assert s.threads == 1 and s.mixed == 1 and s.purity == 0.75


def test_pairs_outside_the_gold_are_left_out() -> None:
    s = score(_gold(), [("x", "a1")], [["x", "a1"]])
    assert s.predicted == 0 and s.threads == 0 and s.purity == 1.0


def test_a_done_report_is_right_for_any_occurrence_of_the_task() -> None:
    r = score_reports(_gold(), [("f", "a2")])
    assert (r.correct, r.precision, r.recall) == (1, 1.0, 1.0)
    assert score_reports(_gold(), [("f", "b1")]).correct == 0
