"""Totals, the printed table, the JSON form and the thresholds of an extraction evaluation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ingest.yardstick.score import FIELDS, NoticeScore


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def rates(s: NoticeScore) -> dict[str, float | None]:
    """Directive recall, assertion accuracy (of all gold directives, the issue's measure),
    the strict variant, per-field accuracy of the directives found, meeting fields, findings."""
    out = {
        "recall": _rate(s.found, s.directives),
        "assertions": _rate(s.correct, s.directives),
        "strict": _rate(s.strict, s.directives),
        "meeting": _rate(s.meeting, s.meeting_total),
        "findings": _rate(s.findings_found, s.findings),
        "finding_kind": _rate(s.findings_kind, s.findings_found),
    }
    out.update({f: _rate(s.fields[f], s.found) for f in FIELDS})
    return out


def total(scores: list[NoticeScore]) -> NoticeScore:
    t = NoticeScore("TOTAL")
    for s in scores:
        for name in ("directives", "found", "correct", "strict", "meeting", "meeting_total",
                     "extracted", "findings", "findings_found", "findings_kind"):
            setattr(t, name, getattr(t, name) + getattr(s, name))
        for f in FIELDS:
            t.fields[f] += s.fields[f]
    t.count_ok = all(s.count_ok for s in scores)
    return t


def as_json(scores: list[NoticeScore]) -> dict[str, Any]:
    t = total(scores)
    return {
        "notices": [{**asdict(s), "rates": rates(s)} for s in scores],
        "total": {**{k: v for k, v in asdict(t).items() if k not in ("misses", "error")},
                  "rates": rates(t), "counts_in_range": sum(s.count_ok for s in scores),
                  "refused": sum(bool(s.error) for s in scores)},
    }


_COLUMNS = ("recall", "assertions", "strict", *FIELDS, "meeting", "findings")


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:5.3f}"


def _row(s: NoticeScore) -> str:
    r = rates(s)
    cells = " ".join(f"{_fmt(r[c]):>10}" for c in _COLUMNS)
    count = f"{s.extracted:>4}{'' if s.count_ok else '!'}"
    return f"{s.file[:44]:<44} {cells} {count:>6}  {s.correct}/{s.directives}"


def table(scores: list[NoticeScore], misses: bool = True) -> str:
    head = f"{'notice':<44} " + " ".join(f"{c:>10}" for c in _COLUMNS) + f" {'count':>6}  right"
    lines = [head, *(_row(s) for s in scores), _row(total(scores))]
    lines.append("(lead..project: of the directives found; count '!': outside the gold range)")
    for s in scores:
        if s.error:
            lines.append(f"\n{s.file}: REFUSED: {s.error}")
        if misses and s.misses:
            lines.append(f"\n{s.file}: {len(s.misses)} misses")
            lines.extend(f"  {m.what}: gold {m.gold}\n      got  {m.got}" for m in s.misses)
    return "\n".join(lines)


@dataclass(frozen=True)
class Thresholds:
    recall: float = 0.0
    assertions: float = 0.0
    meeting: float = 0.0
    notice_assertions: float = 0.0  # the floor for every single notice (layout)


def failures(scores: list[NoticeScore], th: Thresholds) -> list[str]:
    """What falls below the thresholds, one line each (empty: all met)."""
    r = rates(total(scores))
    out = [f"total {name} {r[name]} < {floor}" for name, floor in
           (("recall", th.recall), ("assertions", th.assertions), ("meeting", th.meeting))
           if (r[name] or 0.0) < floor]
    out.extend(f"{s.file}: assertions {rates(s)['assertions']} < {th.notice_assertions}"
               for s in scores if (rates(s)["assertions"] or 0.0) < th.notice_assertions)
    return out
