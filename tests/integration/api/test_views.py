"""The explorer's own views over the API: the agency task list and its export, the overview,
the graph's total; errors in the one shape with a Vietnamese message."""

import csv
import io
import logging
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient

from graph.schema import REL_TYPES
from search_api.api.export import as_text, to_csv, to_xlsx
from search_api.api.schemas.core import RelType
from search_api.crossmonth import overview as summary
from tests.integration.api.conftest import KEY, SAMPLES, uploaded

AGENCY = "cao-bang:so-nong-nghiep-va-moi-truong"


def test_task_list_rows_are_the_obligation_tasks(client: TestClient) -> None:
    rows = client.get(f"/agencies/{AGENCY}/tasklist", params={"as_of": "2025-08-01"}).json()
    tasks = client.get(f"/agencies/{AGENCY}/obligations", params={"as_of": "2025-08-01"}).json()
    assert [r["id"] for r in rows["tasks"]] == [t["id"] for t in tasks["tasks"]]
    assert rows["counts"] == tasks["counts"] and rows["lineage"] == []
    assert {r["role"] for r in rows["tasks"]} <= {"lead", "support"}


def test_export_keeps_the_filter(client: TestClient) -> None:
    r = client.get(f"/agencies/{AGENCY}/tasklist/export",
                   params={"format": "csv", "as_of": "2025-08-01", "state": "overdue"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="nhiem-vu-so-nong-nghiep-va-moi-truong-2025-08-01.csv"' in \
        r.headers["content-disposition"]
    lines = r.content.decode("utf-8-sig").strip().splitlines()
    counts: dict[str, Any] = client.get(f"/agencies/{AGENCY}/tasklist",
                                        params={"as_of": "2025-08-01"}).json()["counts"]
    assert len(lines) == 1 + counts["overdue"] and all(x.startswith("Quá hạn,") for x in lines[1:])


def test_export_errors_are_vietnamese(client: TestClient) -> None:
    r = client.get("/agencies/khong-co-qqq/tasklist/export")
    assert r.status_code == 404
    assert r.json()["error"] == {"code": "not_found",
                                 "message": "Không có cơ quan nào khớp với 'khong-co-qqq'"}
    bad = client.get(f"/agencies/{AGENCY}/tasklist/export", params={"format": "pdf"}).json()
    assert bad["error"]["code"] == "invalid_parameter"
    assert bad["error"]["message"].startswith("Tham số query.format không hợp lệ: phải là")


def test_overview_shape_and_graph_total(client: TestClient) -> None:
    body = client.get("/overview", params={"as_of": "2026-03-01"}).json()
    assert body["latest_meeting"]["directives"] >= 1 and body["tasks"] >= 1
    assert all(t["state"] == "open" for t in body["due_this_month"])
    assert all(b["repeated"] >= a["repeated"] for a, b in
               zip(body["most_repeated"][1:], body["most_repeated"], strict=False))
    view = client.get("/graph", params={"node": AGENCY, "limit": 2}).json()
    assert len(view["edges"]) == 2 < view["total"]
    whole = client.get("/graph", params={"node": "cao-bang-2026-01-thuong-ky", "limit": 2000})
    assert whole.json()["total"] == len(whole.json()["edges"])  # passages are not counted


def _overdue_on_agency_pages(client: TestClient, as_of: str, since: str) -> dict[str, int]:
    """Agency id -> the rows its page lists as overdue and last seen from `since`."""
    out = {}
    for agency in client.get("/agencies").json()["agencies"]:
        rows = client.get(f"/agencies/{agency['id']}/tasklist", params={"as_of": as_of}).json()
        n = sum(1 for r in rows["tasks"] if r["state"] == "overdue" and r["last_seen"] >= since)
        if n:
            out[agency["id"]] = n
    return out


def test_landing_overdue_counts_are_the_agency_pages(client: TestClient) -> None:
    """One rule for both: the landing's count per agency is what the agency page lists as
    overdue among the tasks last seen in the landing's months, for a wide and a narrow window."""
    service = client.app.state.service  # type: ignore[attr-defined]
    wide = summary.overview(service, date(2026, 3, 1))
    narrow = summary.overview(service, date(2026, 3, 1), recent_meetings=1)
    assert wide["since"] == "2025-06" and narrow["since"] == "2026-01"
    for body in (wide, narrow):
        landing = {r["id"]: r["overdue"] for r in body["overdue_by_agency"]}
        assert landing == _overdue_on_agency_pages(client, "2026-03-01", body["since"])
    assert sum(r["overdue"] for r in wide["overdue_by_agency"]) > sum(
        r["overdue"] for r in narrow["overdue_by_agency"]) > 0
    http = client.get("/overview", params={"as_of": "2026-03-01"}).json()
    assert http["overdue_by_agency"] == wide["overdue_by_agency"]
    assert [m["id"] for m in http["recent_meetings"]] == [
        "cao-bang-2026-01-thuong-ky", "cao-bang-2025-06-thuong-ky"]


def test_the_landing_sees_no_meeting_held_after_its_date(client: TestClient) -> None:
    body = client.get("/overview", params={"as_of": "2025-12-31"}).json()
    assert body["latest_meeting"]["id"] == "cao-bang-2025-06-thuong-ky"
    assert [m["id"] for m in body["recent_meetings"]] == ["cao-bang-2025-06-thuong-ky"]
    assert body["meetings"] == 2 and body["provinces"] == ["Cao Bằng"]


def test_graph_counts_relationship_types_and_expands_one(client: TestClient) -> None:
    meeting = client.get("/meetings/cao-bang-2026-01-thuong-ky").json()["meeting"]
    node = next(d["id"] for d in meeting["directives"] if d["lead"] and d["projects"])
    whole = client.get("/graph", params={"node": node, "limit": 2000}).json()
    kinds: dict[str, int] = {}
    for e in whole["edges"]:
        kinds[e["type"]] = kinds.get(e["type"], 0) + 1
    assert whole["centre"] == node and len(kinds) >= 3
    assert {r["type"]: r["count"] for r in whole["relations"]} == kinds
    assert [r["count"] for r in whole["relations"]] == sorted(kinds.values(), reverse=True)
    rel = min(kinds, key=kinds.__getitem__)  # the rarest type: a cut at 60 would miss it
    one = client.get("/graph", params={"node": node, "rel": rel}).json()
    assert {e["type"] for e in one["edges"]} == {rel} and one["total"] == kinds[rel]
    assert len(one["edges"]) == kinds[rel] and one["relations"] == whole["relations"]
    wider = client.get("/graph", params={"node": node, "rel": "ISSUED", "depth": 2}).json()
    assert {e["type"] for e in wider["edges"]} == {"ISSUED"} and len(wider["edges"]) > 1
    assert "relations" not in wider  # counted at depth 1 only


def test_graph_by_name_is_centred_on_the_node_it_found(client: TestClient) -> None:
    view = client.get("/graph", params={"node": "Sở Nông nghiệp và Môi trường"}).json()
    assert view["centre"] == AGENCY and view["total"] == sum(r["count"] for r in view["relations"])


def test_graph_rejects_an_unknown_relationship_type(client: TestClient) -> None:
    r = client.get("/graph", params={"node": AGENCY, "rel": "LIKES"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_parameter"
    assert r.json()["error"]["message"].startswith("Tham số query.rel không hợp lệ")
    assert get_args(RelType) == REL_TYPES  # the filter offers exactly the stored types


class _Probe(logging.Handler):
    """At each "index building N/M" line, what /health says at that moment."""

    def __init__(self, client: TestClient) -> None:
        super().__init__(logging.INFO)
        self.client = client
        self.seen: list[tuple[str, dict[str, Any]]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append((record.getMessage(), self.client.app.state.service.health()))


def test_the_first_index_build_says_how_far_it_is(tmp_path: Path) -> None:
    logger = logging.getLogger("chidao.index")
    with uploaded(SAMPLES, data_dir=tmp_path) as c:
        probe, level = _Probe(c), logger.level
        logger.addHandler(probe)
        logger.setLevel(logging.INFO)
        try:
            assert c.get("/search", params={"q": "tiến độ"}).status_code == 200
        finally:
            logger.removeHandler(probe)
            logger.setLevel(level)
        after = c.get("/health").json()
    message, health = probe.seen[-1]
    assert message == f"index building {len(SAMPLES)}/{len(SAMPLES)} meetings"
    assert health["problems"] == ["index_building"] and health["status"] == "degraded"
    assert health["index_progress"] == {"done": len(SAMPLES), "total": len(SAMPLES)}
    assert "index_progress" not in after and after["problems"] == []


LANG_SON = Path(__file__).parents[2] / "fixtures" / "notices" / "lang-son-2024-09-chuyen-de.txt"


def test_overview_of_one_province(client: TestClient) -> None:
    r = client.post("/documents", files={"file": (LANG_SON.name, LANG_SON.read_bytes())},
                    headers={"X-API-Key": KEY})
    assert r.status_code == 201, r.text
    other = r.json()["meeting_id"]
    try:
        every = client.get("/overview").json()
        lang_son = client.get("/overview", params={"province": "lang son"}).json()
        cao_bang = client.get("/overview", params={"province": "Cao Bằng"}).json()
    finally:
        client.delete(f"/documents/{other}", headers={"X-API-Key": KEY})
    assert (lang_son["province"], lang_son["meetings"]) == ("Lạng Sơn", 1)
    assert lang_son["latest_meeting"]["id"] == other
    assert cao_bang["province"] == "Cao Bằng" and cao_bang["meetings"] == every["meetings"] - 1
    assert cao_bang["latest_meeting"]["id"] != other and every["province"] is None
    missing = client.get("/overview", params={"province": "Hà Giang"})
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "Không có phiên họp nào khớp với 'Hà Giang'"


SOFFICE = shutil.which("soffice")
TRICKY = [["Trạng thái", "Nội dung", "Mã"],
          ["Quá hạn", 'Giao Sở "Tài chính" chủ trì, phối hợp; =1+1', "0012"],
          ["Đang thực hiện", "hai dòng:\nxong trước 31/8/2025", "2025-08-31"],
          ["Quá hạn", "+ Sở Y tế chủ trì", "=1+1"]]


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice absent (apt-get install -y "
                    "libreoffice-calc-nogui)")
def test_xlsx_export_opens_in_libreoffice_as_the_csv_reads(client: TestClient,
                                                           tmp_path: Path) -> None:
    url, params = f"/agencies/{AGENCY}/tasklist/export", {"as_of": "2025-08-01"}
    expected = {"tasks": _csv_rows(client.get(url, params={**params, "format": "csv"}).content),
                "tricky": _csv_rows(to_csv(TRICKY))}
    xlsx = client.get(url, params={**params, "format": "xlsx"}).content
    (tmp_path / "tasks.xlsx").write_bytes(xlsx)
    (tmp_path / "tricky.xlsx").write_bytes(to_xlsx(TRICKY))
    subprocess.run([str(SOFFICE), "--headless", "--norestore",
                    f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",  # UTF-8
                    "--outdir", str(tmp_path / "out"),
                    str(tmp_path / "tasks.xlsx"), str(tmp_path / "tricky.xlsx")],
                   check=True, capture_output=True, timeout=300)
    for name, rows in expected.items():
        # the CSV's leading apostrophe (export.as_text) is the one difference
        opened = [[as_text(c) for c in r]
                  for r in _csv_rows((tmp_path / "out" / f"{name}.csv").read_bytes())]
        assert opened == rows and len(rows) > 2, name
