"""The suite's `neo4j` marker: `pytest -m neo4j` selects exactly the Neo4j variants (every test
that runs on the Neo4j engine parameter or a Neo4j server fixture), and each carries the marker.
Collection only (no server starts), in a child pytest over the whole suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def collected(tmp_path: Path) -> list[dict[str, object]]:
    out = tmp_path / "variants.json"
    cmd = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "tests.neo4j.variants",
           "-p", "no:cacheprovider", "-m", "neo4j", "tests"]
    done = subprocess.run(cmd, cwd=ROOT, env={**os.environ, "CHIDAO_VARIANTS_OUT": str(out)},
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    rows: list[dict[str, object]] = json.loads(out.read_text("utf-8"))
    return rows


def test_marker_neo4j_selects_exactly_the_neo4j_variants(tmp_path: Path) -> None:
    rows = collected(tmp_path)
    variants = {r["id"] for r in rows if r["variant"]}
    assert {r["id"] for r in rows if r["selected"]} == variants
    assert [r["id"] for r in rows if r["variant"] and not r["marked"]] == []
    # each kind of Neo4j variant is there: engine-parametrised, API, reliability, browser
    for part in ("integration/graph/", "integration/api/", "integration/reliability/",
                 "integration/browser/"):
        assert any(part in str(v) for v in variants), part
    assert len(rows) > len(variants)  # and the rest of the suite was seen, not selected
