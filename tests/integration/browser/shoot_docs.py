"""Regenerate docs/screenshots/*.png: `.venv/bin/python -m tests.integration.browser.shoot_docs`."""

from __future__ import annotations

import time
from pathlib import Path

from selenium.webdriver.chrome.webdriver import WebDriver

from tests.integration.browser import conftest
from tests.integration.browser.fixture_api import serve

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
VIEWS = {
    "landing": "#/",
    "search": "#/search?q=giải ngân cao tốc",
    "notice": "#/meeting/m-2026-01#d3",
    "graph": "#/graph/m-2026-01",
    "agency": "#/agency/a-stc",
    "project": "#/project/p-cao-toc",
    "themes": "#/themes",
}


def shoot(driver: WebDriver, base: str) -> list[Path]:
    """Open every view and save one PNG per view under docs/screenshots/."""
    DOCS.mkdir(parents=True, exist_ok=True)
    saved = []
    for name, fragment in VIEWS.items():
        driver.get(f"{base}/{fragment}")
        time.sleep(1.5)  # let cytoscape lay out; a picture, not an assertion
        path = DOCS / f"{name}.png"
        driver.save_screenshot(str(path))
        saved.append(path)
    return saved


def main() -> None:
    server, base = serve()
    drivers = conftest.browser.__wrapped__()  # type: ignore[attr-defined]
    driver = next(drivers)
    try:
        for path in shoot(driver, base):
            print(path)
    finally:
        next(drivers, None)
        server.shutdown()


if __name__ == "__main__":
    main()
