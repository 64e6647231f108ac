"""Link precision, recall and thread purity of predicted links against a gold (`gold.Gold`).

precision: predicted links whose two directives belong to the same gold task;
recall:    gold links (a continues b) predicted exactly;
purity:    over predicted threads of two or more directives, the share of their directives that
           belong to the thread's majority gold task (1.0 = no thread mixes tasks)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from search_api.crossmonth.tasks.gold import Gold


def _ratio(num: int, den: int) -> float:
    """num / den; an empty denominator (nothing predicted, nothing in the gold) scores 1."""
    return num / den if den else 1.0


@dataclass
class LinkScore:
    predicted: int
    correct: int
    gold: int
    recalled: int
    threads: int
    mixed: int
    purity: float
    wrong: list[tuple[str, str]]
    missed: list[tuple[str, str]]

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.recalled, self.gold)


def score(gold: Gold, links: Iterable[tuple[str, str]], threads: Iterable[list[str]]) -> LinkScore:
    """`links` (later, earlier) and `threads` (directive ids) over directives the gold names;
    pairs or members the gold does not name are left out."""
    known = [(a, b) for a, b in links if a in gold.task_of and b in gold.task_of]
    good = [p for p in known if gold.task_of[p[0]] == gold.task_of[p[1]]]
    predicted = set(known)
    groups = [[gold.task_of[x] for x in t if x in gold.task_of] for t in threads]
    groups = [g for g in groups if len(g) > 1]
    majority = sum(Counter(g).most_common(1)[0][1] for g in groups)
    size = sum(len(g) for g in groups)
    return LinkScore(
        predicted=len(known), correct=len(good), gold=len(gold.links),
        recalled=len(gold.links & predicted), threads=len(groups),
        mixed=sum(1 for g in groups if len(set(g)) > 1),
        purity=majority / size if size else 1.0,
        wrong=sorted(set(known) - set(good)), missed=sorted(gold.links - predicted))


def table(name: str, s: LinkScore) -> str:
    return (f"{name:<10} links {s.predicted:>3}  precision {s.precision:.3f}  recall "
            f"{s.recall:.3f} ({s.recalled}/{s.gold})  threads {s.threads:>3}  mixed {s.mixed:>2}  "
            f"purity {s.purity:.3f}")


@dataclass
class ReportScore:
    predicted: int
    correct: int
    gold: int
    wrong: list[tuple[str, str]]
    missed: list[tuple[str, str]]

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.correct, self.gold)


def score_reports(gold: Gold, found: list[tuple[str, str]]) -> ReportScore:
    """Done reports (finding, directive): right when the gold has that finding report the
    directive's task."""
    def task(d: str) -> str | None:
        return gold.task_of.get(d)

    good = [(f, d) for f, d in found if f in gold.done and task(gold.done[f]) == task(d)]
    hit = {f for f, _ in good}
    return ReportScore(predicted=len(found), correct=len(good), gold=len(gold.done),
                       wrong=sorted(set(found) - set(good)),
                       missed=sorted((f, d) for f, d in gold.done.items() if f not in hit))


def report_table(s: ReportScore) -> str:
    return (f"done reports {s.predicted:>3}  precision {s.precision:.3f}  recall "
            f"{s.recall:.3f} ({s.correct}/{s.gold})")


def report(results: dict[str, LinkScore], task_of: dict[str, str], misses: bool) -> str:
    """The table, and with `misses` every wrong and missed link with the gold tasks."""
    lines = [table(name, s) for name, s in results.items()]
    for name, s in results.items() if misses else ():
        lines += [f"  {name} wrong  {a} ({task_of[a]}) -> {b} ({task_of[b]})" for a, b in s.wrong]
        lines += [f"  {name} missed {a} ({task_of[a]}) -> {b}" for a, b in s.missed]
    return "\n".join(lines)


def as_json(s: LinkScore) -> dict[str, object]:
    return {"links": s.predicted, "correct": s.correct, "precision": round(s.precision, 4),
            "gold": s.gold, "recalled": s.recalled, "recall": round(s.recall, 4),
            "threads": s.threads, "mixed": s.mixed, "purity": round(s.purity, 4),
            "wrong": s.wrong, "missed": s.missed}
