"""The synthetic corpus generator: deterministic from its seed, realistic enough to parse."""

from __future__ import annotations

import importlib
import json
import unicodedata
from pathlib import Path

import pytest

from bench.corpus import generate_notice, period_of, write_corpus
from bench.vocab import PROVINCES


def test_same_seed_same_text_other_seed_other_text() -> None:
    assert generate_notice(7, 3) == generate_notice(7, 3)
    assert generate_notice(7, 3)[0] != generate_notice(8, 3)[0]


def test_monthly_series_per_province() -> None:
    first = period_of(0)
    again = period_of(len(PROVINCES))
    assert first[0] == again[0]
    assert (again[1], again[2]) == (2025, 7)
    assert period_of(len(PROVINCES) * 7)[1:] == (2026, 1)


def test_notice_has_the_real_structure() -> None:
    text, meta = generate_notice(1, 30)
    assert unicodedata.is_normalized("NFC", text)
    assert text.startswith(f"{meta.province}, ngày ")
    for marker in ("THÔNG BÁO", "\nI. ", "\nII. ", "\n2.1. ", "\nIII. ", "Nơi nhận:", "\n- "):
        assert marker in text
    assert f"tháng {meta.month} năm {meta.year}" in text
    assert text.count("Giao ") >= meta.directives // 2
    assert 35 <= meta.directives <= 70


def test_recurring_tasks_come_back_reworded() -> None:
    later = generate_notice(2, len(PROVINCES))
    assert later[1].recurring > 5
    assert any(w in later[0] for w in ("tiếp tục", "đẩy mạnh việc", "khẩn trương", "tập trung"))


def test_one_off_tasks_are_new_each_month() -> None:
    first, later = generate_notice(2, 0), generate_notice(2, len(PROVINCES))
    once = [at for key, at in later[1].occurrences if key.startswith("once/")]
    lines = [next(x for x in later[0].splitlines() if at in x) for at in once]
    assert len(lines) >= 8
    assert not any(line in first[0].splitlines() for line in lines)


def test_old_tone_style_appears_in_the_corpus() -> None:
    metas = [generate_notice(3, i)[1] for i in range(20)]
    assert any(m.old_tones for m in metas) and not all(m.old_tones for m in metas)
    old = next(generate_notice(3, i)[0] for i, m in enumerate(metas) if m.old_tones)
    assert "uỷ" in old and "ủy" not in old


def test_write_corpus_writes_files_and_manifest(tmp_path: Path) -> None:
    planted = write_corpus(5, 4, tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text("utf-8"))
    assert [n["file"] for n in manifest["notices"]] == [p.file for p in planted]
    assert len({p.file for p in planted}) == 5
    assert all((tmp_path / p.file).read_text("utf-8") == generate_notice(4, i)[0]
               for i, p in enumerate(planted))


def test_generated_notices_parse_to_roughly_the_planted_directives(tmp_path: Path) -> None:
    pytest.importorskip("ingest.pipeline", reason="ingest.pipeline not landed yet")
    parse_file = importlib.import_module("ingest.pipeline").parse_file
    for p in write_corpus(3, 5, tmp_path):
        graph = parse_file(tmp_path / p.file)
        assert 0.7 * p.directives <= len(graph.directives) <= 1.4 * p.directives + 5
        assert graph.meeting.period == f"{p.year}-{p.month:02d}"
        assert graph.meeting.province == p.province


def test_same_month_notices_of_two_provinces_have_distinct_node_ids(tmp_path: Path) -> None:
    pytest.importorskip("ingest.pipeline", reason="ingest.pipeline not landed yet")
    parse_file = importlib.import_module("ingest.pipeline").parse_file
    planted = write_corpus(len(PROVINCES), 6, tmp_path)
    seen: dict[str, str] = {}
    for p in planted:
        graph = parse_file(tmp_path / p.file)
        for unit in [*graph.directives, *graph.findings, *graph.indicators]:
            assert seen.setdefault(unit.id, p.file) == p.file, unit.id
