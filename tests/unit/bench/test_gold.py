"""The links gold the generator writes: which earlier directive each directive continues."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from pathlib import Path

import pytest

from bench.corpus import NEVER, generate_notice, province_plan
from bench.gold import gold_entries, series_indices, write_series
from bench.vocab import PROVINCES


def test_series_indices_are_one_province_month_after_month() -> None:
    metas = [generate_notice(0, i)[1] for i in series_indices("Cao Bằng", 3)]
    assert {m.province for m in metas} == {"Cao Bằng"}
    assert [(m.year, m.month) for m in metas] == [(2025, 6), (2025, 7), (2025, 8)]


def test_every_occurrence_is_named_by_a_substring_found_once() -> None:
    for index in (0, len(PROVINCES) + 3, 5 * len(PROVINCES) + 8):
        text, meta = generate_notice(2, index)
        assert len(meta.occurrences) >= 0.9 * meta.directives
        assert all(text.count(at) == 1 for _, at in meta.occurrences)


def test_plan_has_long_runs_late_starts_dropped_tasks_and_reassignments() -> None:
    plan = province_plan(0, "Lai Châu")
    assert any(p.end == NEVER for p in plan)
    assert any(p.start > 0 and p.end < NEVER for p in plan)
    assert any(p.moved_at < NEVER and p.moved_to != p.lead for p in plan)


def test_gold_links_continue_the_previous_occurrence_of_the_same_task() -> None:
    metas = [generate_notice(1, i)[1] for i in series_indices("Lai Châu", 6)]
    entries = gold_entries(metas)
    by_ref = {(e["month"], e["contains"]): e for e in entries}
    linked = [e for e in entries if e["continues"]]
    assert len(linked) > 100
    for e in linked:
        earlier = by_ref[(e["continues"]["month"], e["continues"]["contains"])]
        assert earlier["task"] == e["task"] and earlier["month"] < e["month"]
    assert not any(e["continues"] for e in entries if e["task"].startswith("once/"))
    once = Counter(e["task"] for e in entries if e["task"].startswith("once/"))
    assert once and max(once.values()) == 1


def test_write_series_writes_the_notices_and_the_gold(tmp_path: Path) -> None:
    gold = write_series(0, "Sơn La", 2, tmp_path)
    assert json.loads((tmp_path / "links.gold.json").read_text("utf-8")) == gold
    assert all((tmp_path / name).exists() for name in gold["notices"])


def test_the_parser_resolves_nearly_every_gold_directive(tmp_path: Path) -> None:
    pytest.importorskip("ingest.pipeline", reason="ingest.pipeline not landed yet")
    parse_file = importlib.import_module("ingest.pipeline").parse_file
    resolve = importlib.import_module("search_api.crossmonth.tasks.gold").resolve
    data = write_series(0, "Cao Bằng", 2, tmp_path)
    notices = {ng.meeting.period: ng for ng in (parse_file(tmp_path / n) for n in data["notices"])}
    gold = resolve(data, notices)
    assert len(gold.unresolved) <= 0.1 * len(data["directives"])
    assert len(gold.links) >= 0.8 * sum(1 for d in data["directives"] if d["continues"])
