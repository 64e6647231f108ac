"""Score one parse (the `chidao parse --json` object) against its gold, and a folder of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.contract import parse_json
from ingest.errors import IngestError
from ingest.pipeline import parse_file
from ingest.resolve import AgencyResolver, get_resolver
from ingest.text import WORD_RE, fold
from ingest.yardstick.compare import (
    Extracted,
    agencies_cover,
    agencies_equal,
    deadline_ok,
    meeting_field_ok,
    project_ok,
)
from ingest.yardstick.gold import MEETING_FIELDS, GoldDirective, GoldNotice, gold_files, load_gold

FIELDS = ("lead", "support", "deadline", "project")


def text_key(text: str) -> str:
    """Folded words with a space on each side: "contains" is a whole-word substring test."""
    return f" {' '.join(WORD_RE.findall(fold(text)))} "


@dataclass
class Miss:
    what: str  # directive, lead, support, deadline, project, finding or meeting.<field>
    gold: str
    got: str


@dataclass
class NoticeScore:
    file: str
    error: str = ""
    directives: int = 0  # gold directives
    found: int = 0  # found as exactly one extracted directive
    correct: int = 0  # found, and lead ⊆, support ⊆, deadline ∈, project ∈ all right
    strict: int = 0  # found, and lead / support sets equal, deadline and project right
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    meeting: int = 0
    meeting_total: int = 0
    extracted: int = 0
    count_ok: bool = False
    findings: int = 0
    findings_found: int = 0
    findings_kind: int = 0
    misses: list[Miss] = field(default_factory=list)


def _agencies(d: dict[str, Any], role: str) -> list[Extracted]:
    ids = d.get(f"{role}_ids") or [""] * len(d[role])
    return [Extracted(n, i) for n, i in zip(d[role], ids, strict=True)]


def _describe(d: dict[str, Any]) -> str:
    deadline = (d.get("deadline") or {}).get("date")
    return (f"lead={d['lead']} support={d['support']} deadline={deadline} "
            f"projects={d.get('projects', [])} [{d.get('section', '')}] {d['text'][:90]}")


def _gold_text(g: GoldDirective) -> str:
    return (f"lead={g.lead} support={g.support} deadline={g.deadline} project={g.project} "
            f"«{g.contains}»")


def _field_checks(r: AgencyResolver, g: GoldDirective, d: dict[str, Any]) -> dict[str, bool]:
    return {
        "lead": agencies_cover(r, g.lead, _agencies(d, "lead")),
        "support": agencies_cover(r, g.support, _agencies(d, "support")),
        "deadline": deadline_ok(g.deadline, (d.get("deadline") or {}).get("date")),
        "project": project_ok(g.project, d.get("projects", [])),
    }


def _score_directive(s: NoticeScore, r: AgencyResolver, g: GoldDirective,
                     ds: list[dict[str, Any]]) -> None:
    hits = [d for d in ds if text_key(g.contains) in text_key(d["text"])]
    if len(hits) != 1:
        s.misses.append(Miss("directive", _gold_text(g),
                             f"{len(hits)} extracted directives contain it"))
        return
    d = hits[0]
    s.found += 1
    checks = _field_checks(r, g, d)
    for name, ok in checks.items():
        s.fields[name] += ok
        if not ok:
            s.misses.append(Miss(name, _gold_text(g), _describe(d)))
    if all(checks.values()):
        s.correct += 1
        equal = agencies_equal(r, g.lead, _agencies(d, "lead")) and agencies_equal(
            r, g.support, _agencies(d, "support"))
        s.strict += equal


def _score_meeting(s: NoticeScore, gold: GoldNotice, got: dict[str, Any]) -> None:
    for name in MEETING_FIELDS:
        if name not in gold.meeting:
            continue
        s.meeting_total += 1
        if meeting_field_ok(name, gold.meeting[name], got.get(name)):
            s.meeting += 1
        else:
            s.misses.append(Miss(f"meeting.{name}", str(gold.meeting[name]), str(got.get(name))))


def _score_findings(s: NoticeScore, gold: GoldNotice, fs: list[dict[str, Any]]) -> None:
    for g in gold.findings:
        hits = [f for f in fs if text_key(g.contains) in text_key(f["text"])]
        if hits:
            s.findings_found += 1
            s.findings_kind += hits[0]["kind"] == g.kind
        if not hits or hits[0]["kind"] != g.kind:
            got = hits[0]["kind"] if hits else "not found as a finding"
            s.misses.append(Miss("finding", f"{g.kind} «{g.contains}»", got))


def score_parse(gold: GoldNotice, parsed: dict[str, Any]) -> NoticeScore:
    """The score of one parse against its gold."""
    m = parsed["meeting"]
    s = NoticeScore(gold.file, directives=len(gold.directives), findings=len(gold.findings))
    resolver = get_resolver(m.get("province") or gold.meeting.get("province") or "unknown",
                            m.get("issuer") or "")
    for g in gold.directives:
        _score_directive(s, resolver, g, parsed["directives"])
    _score_meeting(s, gold, m)
    _score_findings(s, gold, parsed.get("findings", []))
    s.extracted = len(parsed["directives"])
    s.count_ok = gold.n_directives[0] <= s.extracted <= gold.n_directives[1]
    return s


def score_file(gold_path: Path) -> NoticeScore:
    """Parse the notice a gold file names (beside it) and score it; a refusal scores zero."""
    gold = load_gold(gold_path)
    try:
        parsed = parse_json(parse_file(gold_path.parent / gold.file))
    except IngestError as exc:
        meeting_total = sum(1 for f in MEETING_FIELDS if f in gold.meeting)
        return NoticeScore(gold.file, error=exc.reason, directives=len(gold.directives),
                           findings=len(gold.findings), meeting_total=meeting_total)
    return score_parse(gold, parsed)


def score_folder(folder: Path) -> list[NoticeScore]:
    paths = gold_files(folder)
    if not paths:
        raise IngestError(str(folder), "no *.gold.json files in this folder")
    return [score_file(p) for p in paths]
