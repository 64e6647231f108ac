"""Regenerate docs/screenshots/*.png from the real app with the sample notices (and the follow-up
notice the browser tests use): `.venv/bin/python -m tests.integration.browser.shoot_docs`."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import httpx
from selenium.webdriver.chrome.webdriver import WebDriver

from tests.integration.browser import conftest, live

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
VIEWS = {
    "landing": "#/",
    "search": "#/search?q=xóa nhà tạm, nhà dột nát",
    "notice": "#/meeting/cao-bang-2026-01-thuong-ky"
              "#cao-bang-2026-01-thuong-ky:II.2.2.2.a.p4:78123552",
    "graph": "#/graph/cao-bang-2026-01-thuong-ky",
    "agency": "#/agency/Sở Nông nghiệp và Môi trường?as_of=2025-08-01",
    "project": "#/project/Cao tốc Đồng Đăng - Trà Lĩnh",
    "themes": "#/themes",
}


TALL = {"landing": 1500, "themes": 1300}  # window heights for the views worth seeing whole
TAP = "const n = window.chidaoCy.getElementById(arguments[0]); n.select(); n.emit('tap');"


def expand_one(driver: WebDriver, base: str) -> None:
    """In the graph view, click a directive that has a lead agency and a project."""
    meeting = httpx.get(f"{base}/meetings/cao-bang-2026-01-thuong-ky", timeout=60).json()
    node = next(d["id"] for d in meeting["meeting"]["directives"] if d["lead"] and d["projects"])
    driver.execute_script(TAP, "group:cao-bang-2026-01-thuong-ky")  # the collapsed paragraphs
    time.sleep(2.5)
    driver.execute_script(TAP, node)
    time.sleep(2.5)


def shoot(driver: WebDriver, base: str) -> list[Path]:
    """Open every view and save one PNG per view under docs/screenshots/."""
    DOCS.mkdir(parents=True, exist_ok=True)
    saved = []
    for name, fragment in VIEWS.items():
        driver.set_window_size(1280, TALL.get(name, 900))
        driver.get(f"{base}/{fragment}")
        time.sleep(2.5)  # let cytoscape lay out; a picture, not an assertion
        if name == "graph":
            expand_one(driver, base)
        path = DOCS / f"{name}.png"
        driver.save_screenshot(str(path))
        saved.append(path)
    return saved


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="chidao-shots-") as tmp, live.serve(Path(tmp)) as base:
        for driver in conftest.chromium():
            for path in shoot(driver, base):
                print(path)


if __name__ == "__main__":
    main()
