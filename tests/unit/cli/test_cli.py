"""The `chidao` command line, run as a user would (subprocess, real engine, real model)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[3]
CHIDAO = [sys.executable, "-m", "search_api.cli"]
FIXTURE = ROOT / "tests" / "fixtures" / "notices" / "lang-son-2024-09-chuyen-de.txt"


def run(*args: str, data_dir: Path | None = None,
        **env_vars: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHIDAO_DATA_DIR": str(data_dir or ROOT / ".chidao-test-unused"),
           **env_vars}
    return subprocess.run(
        [*CHIDAO, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_parse_json_contract() -> None:
    out = run(
        "parse",
        str(ROOT / "data" / "samples" / "cao-bang-2025-06-phien-hop-thuong-ky.txt"),
        "--json",
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"meeting", "directives", "findings", "indicators", "documents"} <= set(data)
    assert {"id", "title", "period", "date", "issued", "kind", "chair"} <= set(data["meeting"])
    d = data["directives"][0]
    assert {
        "id",
        "text",
        "section",
        "lead",
        "support",
        "deadline",
        "projects",
        "themes",
        "span",
    } <= set(d)


def test_parse_bad_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "photo.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    out = run("parse", str(bad), "--json")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "photo.pdf" in out.stderr
    assert "Traceback" not in out.stderr


def test_parse_keeps_the_bounds_of_an_upload() -> None:
    out = run("parse", str(FIXTURE), "--json", CHIDAO_MAX_PARAGRAPHS="3")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "CHIDAO_MAX_PARAGRAPHS" in out.stderr


def test_ingest_folder_with_one_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / FIXTURE.name)
    (folder / "empty.txt").write_text("")
    data = tmp_path / "data"
    out = run("ingest", str(folder), data_dir=data)
    assert out.returncode == 1
    assert "lang-son-2024-09-chuyen-de-20240916" in out.stdout
    assert "empty.txt" in out.stderr and "1 ingested, 1 failed" in out.stderr
    again = run("ingest", str(folder / FIXTURE.name), data_dir=data)
    assert again.returncode == 0 and "unchanged" in again.stdout
    stats = json.loads(run("stats", "--json", data_dir=data).stdout)
    assert stats["meetings"] == 1 and stats["directives"] == 4
    found = json.loads(run("search", "thu hoi dat", "--json", "--k", "1", data_dir=data).stdout)
    assert "thu hồi đất" in found["results"][0]["text"]


def test_discovered_themes_after_ingesting_three_months(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("ingest", str(ROOT / "tests" / "fixtures" / "notices" / "bac-kan"),
               data_dir=data).returncode == 0
    found = json.loads(run("themes", "--discovered", "--json", data_dir=data).stdout)
    assert [t["meetings"] for t in found["themes"]] == [3]
    text = run("themes", "--discovered", data_dir=data)
    assert text.returncode == 0 and "điện lưới quốc gia" in text.stdout
    trends = run("themes", data_dir=data).stdout
    assert "dau-tu-cong: 6 paragraphs in 3 meetings" in trends  # 3 directives, 3 findings
