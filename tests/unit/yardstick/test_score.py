"""The yardstick's scoring: a gold file and a parse with known misses give the known numbers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.errors import IngestError
from ingest.resolve import get_resolver
from ingest.yardstick.compare import agency_matches, deadline_ok, meeting_field_ok, project_ok
from ingest.yardstick.gold import GoldNotice, load_gold
from ingest.yardstick.report import Thresholds, failures, rates, table, total
from ingest.yardstick.score import Extracted, score_parse


def _d(text: str, lead: list[tuple[str, str]], support: list[tuple[str, str]] | None = None,
       deadline: str | None = None, projects: list[str] | None = None) -> dict[str, Any]:
    return {"text": text, "lead": [n for n, _ in lead], "lead_ids": [i for _, i in lead],
            "support": [n for n, _ in support or []], "support_ids": [i for _, i in support or []],
            "deadline": {"date": deadline} if deadline else None, "projects": projects or []}


TC = ("Sở Tài chính", "lao-cai:so-tai-chinh")
XD = ("Sở Xây dựng", "lao-cai:so-xay-dung")
GOLD = GoldNotice.model_validate({
    "file": "x.txt", "n_directives": [3, 4],
    "meeting": {"period": "2025-08", "date": "2025-09-02", "number": "12/TB-UBND",
                "issuer": "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "province": "Lào Cai"},
    "directives": [
        {"contains": "rà soát quy hoạch", "lead": ["Sở Tài chính"], "support": ["Sở Xây dựng"],
         "deadline": ["2025-09-30"]},
        {"contains": "giải ngân vốn", "lead": ["Sở Tài chính"], "support": []},
        {"contains": "cấp phép mỏ", "lead": ["Sở Xây dựng"], "support": [],
         "project": "cao tốc Lào Cai - Hà Giang"},
        {"contains": "không có trong bản trích", "lead": ["Sở Xây dựng"]},
    ],
    "findings": [{"contains": "tăng trưởng khá", "kind": "achievement"},
                 {"contains": "còn chậm", "kind": "limitation"}],
})
PARSED = {
    "meeting": {"period": "2025-08", "date": "2025-09-04", "number": "Số: 12/TB-UBND",
                "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "province": "tỉnh Lào Cai"},
    "directives": [
        _d("Giao Sở Tài chính rà soát quy hoạch ...", [TC], [XD], "2025-09-30"),
        _d("Sở Tài chính đẩy nhanh giải ngân vốn.", [TC], [XD], "2025-12-31"),  # extra support,
        # and a deadline where the gold has none
        _d("Sở Xây dựng cấp phép mỏ đất đắp.", [XD], [], None, ["Cao tốc Lào Cai – Hà Giang"]),
    ],
    "findings": [{"text": "Kinh tế tăng trưởng khá.", "kind": "achievement"},
                 {"text": "Giải ngân còn chậm.", "kind": "achievement"}],
}


def test_known_misses_give_known_numbers() -> None:
    s = score_parse(GOLD, PARSED)
    assert (s.directives, s.found, s.correct, s.strict) == (4, 3, 2, 2)
    assert s.fields == {"lead": 3, "support": 3, "deadline": 2, "project": 3}
    assert (s.meeting, s.meeting_total) == (4, 5)  # the held date is wrong
    assert s.count_ok and s.extracted == 3
    assert (s.findings_found, s.findings_kind) == (2, 1)
    assert sorted(m.what for m in s.misses) == ["deadline", "directive", "finding",
                                                "meeting.date"]
    r = rates(s)
    assert r["recall"] == 0.75 and r["assertions"] == 0.5 and r["meeting"] == 0.8


def test_strict_counts_an_extra_agency_as_wrong() -> None:
    gold = GOLD.model_copy(update={"directives": GOLD.directives[:1]})
    parsed = {**PARSED, "directives": [_d("Giao Sở Tài chính rà soát quy hoạch", [TC, XD], [XD],
                                          "2025-09-30")]}
    s = score_parse(gold, parsed)
    assert (s.correct, s.strict) == (1, 0)


def test_a_gold_text_in_two_directives_is_not_found() -> None:
    """Found means exactly one extracted directive: a heading repeated in its bullet is a miss."""
    gold = GOLD.model_copy(update={"directives": GOLD.directives[1:2]})
    dup = _d("Sở Tài chính đẩy nhanh giải ngân vốn:", [TC])
    s = score_parse(gold, {**PARSED, "directives": [dup, dup]})
    assert s.found == 0 and "2 extracted" in s.misses[0].got


def test_contains_is_whole_words_without_diacritics() -> None:
    gold = GOLD.model_copy(update={"directives": GOLD.directives[1:2]})
    bare = _d("SO TAI CHINH day nhanh giai ngan von", [TC])
    s = score_parse(gold, {**PARSED, "directives": [bare]})
    assert s.found == 1
    s = score_parse(gold, {**PARSED, "directives": [_d("xgiải ngân vốn", [TC])]})
    assert s.found == 0


def test_agencies_compare_through_folding_aliases_and_the_resolver() -> None:
    r = get_resolver("Lào Cai")
    ubnd = r.resolve("UBND huyện Bát Xát")
    assert agency_matches(r, "Ủy ban nhân dân huyện Bát Xát", Extracted(ubnd.name, ubnd.id))
    kh = r.resolve("Sở KH&ĐT")
    assert agency_matches(r, "Sở Kế hoạch và Đầu tư", Extracted(kh.name, kh.id))
    assert not agency_matches(r, "Sở Y tế", Extracted(*TC))


def test_deadline_project_and_meeting_rules() -> None:
    assert deadline_ok(["2025-09-30", "2025-10-01"], "2025-10-01")
    assert not deadline_ok(None, "2025-10-01") and deadline_ok(None, None)
    assert project_ok("cao tốc Đồng Đăng - Trà Lĩnh", ["Dự án cao tốc Đồng Đăng – Trà Lĩnh"])
    assert not project_ok("cao tốc Đồng Đăng - Trà Lĩnh", ["Cầu Bản Giốc"])
    assert project_ok(None, [])
    assert meeting_field_ok("issuer", "UBND TỈNH CAO BẰNG", "Ủy ban nhân dân tỉnh Cao Bằng")
    assert meeting_field_ok("province", "Đà Nẵng", "thành phố Đà Nẵng")
    assert not meeting_field_ok("date", "2025-09-02", "2025-09-04")
    assert not meeting_field_ok("chair", "Lê Văn A", None)


def test_thresholds_fail_below_and_pass_at() -> None:
    s = score_parse(GOLD, PARSED)
    assert failures([s], Thresholds(recall=0.75, assertions=0.5)) == []
    assert failures([s], Thresholds(recall=0.8)) == ["total recall 0.75 < 0.8"]
    assert failures([s], Thresholds(notice_assertions=0.6)) == ["x.txt: assertions 0.5 < 0.6"]
    assert total([s, s]).correct == 4
    assert "2/4" in table([s])


def test_a_malformed_gold_file_names_the_file_and_place(tmp_path: Path) -> None:
    p = tmp_path / "bad.gold.json"
    p.write_text(json.dumps({"file": "x.txt", "directives": []}), encoding="utf-8")
    with pytest.raises(IngestError, match=r"bad.gold.json \(n_directives\)"):
        load_gold(p)
    p.write_text("{", encoding="utf-8")
    with pytest.raises(IngestError, match="not JSON"):
        load_gold(p)
