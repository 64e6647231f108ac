"""Rewording of repeated tasks: synonyms, abbreviations, clause order, prefixes, agency names."""

from __future__ import annotations

import random

from bench import rewording as R


def test_clauses_are_cut_before_a_clause_head_only() -> None:
    task = "theo dõi chặt chẽ tình hình thu NSNN, chống thất thu, giảm nợ đọng thuế"
    assert R.clauses(task) == ["theo dõi chặt chẽ tình hình thu NSNN", "chống thất thu",
                               "giảm nợ đọng thuế"]
    assert R.clauses("rà soát, đề xuất sửa đổi, bổ sung các quy định") == [
        "rà soát, đề xuất sửa đổi, bổ sung các quy định"]


def test_reorder_keeps_every_clause_in_another_order() -> None:
    task = "theo dõi sát thị trường, không để xảy ra sốt giá, bảo đảm nguồn cung"
    moved = R.reorder(random.Random(1), task)
    assert moved != task
    assert sorted(moved.split(", ")) == sorted(task.split(", "))
    assert R.reorder(random.Random(1), "một mệnh đề duy nhất") == "một mệnh đề duy nhất"


def test_substitute_swaps_synonyms_and_abbreviations() -> None:
    task = "tham mưu bảo đảm thu NSNN"
    assert R.substitute(random.Random(0), task, 0.0) == task
    seen = {R.substitute(random.Random(s), task, 1.0) for s in range(20)}
    assert any("đảm bảo" in t for t in seen)
    assert any("ngân sách nhà nước" in t for t in seen)
    assert any("đề xuất" in t for t in seen)


def test_restate_varies_the_wording_but_keeps_most_words() -> None:
    task = "đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân vốn đầu tư công"
    again = {R.restate(random.Random(s), task) for s in range(30)}
    assert len(again) > 10
    assert all("giải ngân vốn đầu tư công" in t for t in again)


def test_agency_names_are_sometimes_an_alias() -> None:
    names = {R.agency_name(random.Random(s), "Sở Giáo dục và Đào tạo") for s in range(40)}
    assert names == {"Sở Giáo dục và Đào tạo", "Sở GD&ĐT"}
    assert R.agency_name(random.Random(0), "Thanh tra tỉnh") == "Thanh tra tỉnh"


def test_one_off_names_an_action_an_object_and_maybe_a_commune() -> None:
    combo = R.one_off_combos("security")[0]
    assert R.one_off(combo, "Nậm Tăm", 2026) == f"{combo[0]} {combo[1]} tại xã Nậm Tăm"
    assert R.one_off(("kiểm tra công tác tuyển quân", "năm {year}"), None, 2026) == (
        "kiểm tra công tác tuyển quân năm 2026")
