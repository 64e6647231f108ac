"""Bounded work per input: the project scanner reads a few tokens after each "dự án", not the rest
of the paragraph (it re-tokenised the remainder for every head: a 1 MiB paragraph took ~1 min)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from ingest.extract import projects
from ingest.pipeline import parse_bytes

CLAUSE = "đẩy nhanh dự án Cầu Bản Giốc và dự án đường cao tốc Đồng Đăng - Trà Lĩnh; "


def _tokens_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    seen = [0]
    original = projects._tokens

    def counting(t: str, pos: int) -> Iterator[re.Match[str]]:
        for tok in original(t, pos):
            seen[0] += 1
            yield tok

    monkeypatch.setattr(projects, "_tokens", counting)
    projects.find_projects(text)
    return seen[0]


def test_tokens_read_grow_linearly_with_the_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _tokens_read(monkeypatch, CLAUSE * 200)
    large = _tokens_read(monkeypatch, CLAUSE * 400)
    assert large <= 2.1 * small


def test_a_one_mebibyte_paragraph_parses() -> None:
    head = ("THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh Cao Bằng tại phiên họp thường kỳ "
            "tháng 6 năm 2025\n\nII. NHIỆM VỤ\n\n1. Về đầu tư công\n\n- Giao Sở Tài chính ")
    text = head + CLAUSE * (1_048_576 // len(CLAUSE.encode()))
    ng = parse_bytes("long.txt", text.encode())
    assert ng.directives and {p.name for p in ng.directives[0].projects} >= {"Cầu Bản Giốc"}
