"""Bad files through the real CLI: one line each (file + reason) on stderr, a non-zero exit, the
store unchanged; good files in the same folder are still ingested and the summary counts both."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.config import StoreConfig
from graph.connect import open_store
from search_api.service import Chidao
from tests.integration.reliability.badfiles import FONT, bad_files, good_files
from tests.integration.reliability.checks import assert_consistent, parsed_counts, snapshot
from tests.integration.reliability.conftest import chidao


def _run(data: Path, *paths: Path) -> tuple[int, str, str]:
    proc = chidao(data, "ingest", *(str(p) for p in paths))
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_bad_files_refused_store_unchanged_good_files_ingested(
    tmp_path: Path, data: Path, svc: Chidao
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    reasons, good = bad_files(folder), good_files(folder)
    store = open_store(StoreConfig(kind="embedded", data_dir=data))  # the CLI runs reuse it
    try:
        rc, _, err = _run(data, good[-1])
        assert rc == 0, err
        before = snapshot(store)
        rc, out, err = _run(data, *(folder / name for name in reasons))
        assert (rc, out) == (1, ""), err
        lines = err.strip().splitlines()
        assert lines[-1] == f"0 ingested, {len(reasons)} failed"
        for name, reason in reasons.items():
            mine = [ln for ln in lines if ln.startswith(str(folder / name) + ": ")]
            assert len(mine) == 1 and reason in mine[0], (name, lines)
        assert "Traceback" not in err and len(lines) == len(reasons) + 1
        assert snapshot(store) == before
        rc, out, err = _run(data, folder)
        summary = f"{len(good)} ingested, {len(reasons)} failed"
        assert rc == 1 and err.strip().splitlines()[-1] == summary
        assert sorted(ln.split(":")[0] for ln in out.splitlines()) == sorted(g.name for g in good)
        assert_consistent(store, parsed_counts(good), svc.settings)
        svc.ingest_many(good)
        assert snapshot(store) == snapshot(svc.store)
    finally:
        store.close()
