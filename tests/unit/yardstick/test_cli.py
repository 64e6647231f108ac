"""`chidao eval-extraction DIR`: the table, --json, and the exit code gated by thresholds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from search_api.cli import main

SAMPLE = Path(__file__).parents[3] / "data" / "samples" / "cao-bang-2025-06-phien-hop-thuong-ky.txt"
GOLD = {
    "file": SAMPLE.name, "layout": "the June 2025 sample", "n_directives": [60, 80],
    "meeting": {"period": "2025-06", "date": "2025-07-03", "issued": "2025-07-14",
                "province": "Cao Bằng", "chair": "Lê Hải Hòa"},
    "directives": [
        {"contains": "rà soát, tổng hợp các công trình, dự án đang vướng mắc",
         "lead": ["Sở Nông nghiệp và Môi trường"], "support": [], "deadline": ["2025-07-22"]},
        {"contains": "tiêm vắc xin phòng bệnh sởi", "lead": ["Sở Y tế"], "support": [],
         "deadline": ["2025-07-31"]},
        {"contains": "một việc không có trong thông báo này", "lead": ["Sở Y tế"]},
    ],
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
    (tmp_path / "june.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    return tmp_path


def test_json_totals(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval-extraction", str(folder), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)["total"]
    assert (out["directives"], out["found"], out["correct"]) == (3, 2, 2)
    assert out["meeting"] == out["meeting_total"] == 5  # Hoà = Hòa after folding
    assert out["refused"] == 0


def test_exit_code_follows_the_thresholds(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval-extraction", str(folder), "--min-recall", "0.66"]) == 0
    assert main(["eval-extraction", str(folder), "--min-recall", "0.9"]) == 1
    captured = capsys.readouterr()
    assert "below threshold: total recall 0.667 < 0.9" in captured.err
    assert "directive: gold" in captured.out  # the misses are listed


def test_a_folder_without_gold_is_an_error(tmp_path: Path) -> None:
    assert main(["eval-extraction", str(tmp_path)]) == 2
