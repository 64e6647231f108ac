"""The README's screenshots (docs/screenshots/*.png), from the real app (uvicorn, embedded store,
real embedder) on the 24-month fixture, one per job of the explorer: the landing page, an
agency's overdue tasks filtered (export links in view), a renamed agency's lineage, a project's
tasks with one history opened, the graph with its meeting collapsed, a filtered search and one
with no result, a notice opened from a search with the query's words marked, an upload asking
before it replaces a version (declined: the store is left as it was), the themes chart.
Run by hand (minutes; the first ingest ~15 min on the loaded 2-core machine):
    python -m bench.screenshots [--notices DIR] [--data-dir DIR] [--out DIR] [--only NAME ...]
Without --notices the fixture is generated: `bench.corpus --notices 672`, its 24 an-giang-*
files (24 months x 1 province). --data-dir keeps the store for the next run."""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from bench import corpus
from bench.explorer import DRAWN
from tests.integration.browser import conftest, live
from tests.integration.browser.test_explorer import wait_css
from tests.integration.browser.test_office import PREDECESSOR

DOCS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
QUERY = "giải phóng mặt bằng các dự án"  # stop words in it: marked only beside the others
ADDED = "\nGiao Sở Tài chính chủ trì rà soát, báo cáo kết quả trước ngày 30 của tháng.\n"
Shot = Callable[[WebDriver, str], Callable[[], None] | None]  # returns what undoes it, if any
TALL = {"landing": 1500, "themes": 1300, "project": 1300, "agency": 1100, "renamed": 1100}


def fixture(folder: Path) -> list[Path]:
    """The 24 months of one province (an-giang-*) of the generated corpus."""
    corpus.main(["--notices", "672", "--out", str(folder)])
    return sorted(folder.glob("an-giang-*.txt"))


def _get(base: str, path: str) -> Any:
    r = httpx.get(base + path, timeout=300)
    r.raise_for_status()
    return r.json()


def _open(driver: WebDriver, url: str, css: str = "#view h1") -> None:
    """Navigate and wait until the view is drawn: `css` there, no fetch in flight."""
    driver.get("about:blank")
    driver.get(url)
    wait_css(driver, css)
    WebDriverWait(driver, 120).until(lambda d: d.execute_script(DRAWN) is not None)


def _tap(driver: WebDriver, node: str) -> None:
    driver.execute_script("window.chidaoCy.getElementById(arguments[0]).emit('tap')", node)


def landing(driver: WebDriver, base: str) -> None:
    driver.set_window_size(1280, 1500)
    _open(driver, f"{base}/#/", "#overview #latest")


def agency(driver: WebDriver, base: str) -> None:
    """The agency with most overdue tasks, filtered to them by its count (no reload)."""
    name = _get(base, "/overview")["overdue_by_agency"][0]["name"]
    _open(driver, f"{base}/#/agency/{quote(name)}", "#tasks tbody tr")
    driver.find_element(By.CSS_SELECTOR, "#counts button[data-state='overdue']").click()
    script = "return [...document.querySelectorAll('#tasks tbody tr')].map((r) => r.dataset.state)"
    WebDriverWait(driver, 30).until(lambda d: set(d.execute_script(script)) == {"overdue"})


def renamed(driver: WebDriver, base: str) -> Callable[[], None]:
    """Sở Tài chính with the banner of the Sở Kế hoạch và Đầu tư merged into it and a task
    inherited: the fixture starts after the merger (06/2025), so the browser tests' January 2025
    notice, moved to the fixture's province, is added for the picture and deleted after it."""
    report = live.upload(base, "so-khdt-2025-01.txt",
                         PREDECESSOR.replace("Cao Bằng", "An Giang").encode())
    _open(driver, f"{base}/#/agency/{quote('Sở Tài chính')}", "#tasks .badge.inherited")
    return lambda: live.delete(base, str(report["meeting_id"]))


def project(driver: WebDriver, base: str) -> None:
    """The project with most units, its first repeated task's history opened."""
    busiest = max(_get(base, "/projects")["projects"], key=lambda p: p.get("units") or 0)
    _open(driver, f"{base}/#/project/{quote(busiest['id'])}", "#project-tasks article.task")
    summaries = driver.find_elements(By.CSS_SELECTOR, "#project-tasks details.history summary")
    if summaries:
        summaries[0].click()
        wait_css(driver, "#project-tasks .occurrence")


def graph(driver: WebDriver, base: str) -> None:
    """The latest meeting: its paragraphs collapsed into one node, that node selected."""
    latest = _get(base, "/overview")["latest_meeting"]["id"]
    _open(driver, f"{base}/#/graph/{quote(latest)}")
    group = f"group:{latest}"
    script = "return Boolean(window.chidaoCy && chidaoCy.getElementById(arguments[0]).length)"
    WebDriverWait(driver, 60).until(lambda d: d.execute_script(script, group))
    driver.execute_script("window.chidaoCy.getElementById(arguments[0]).select()", group)
    time.sleep(2)  # the layout's animation


def search(driver: WebDriver, base: str) -> None:
    """The search filtered to the lead agency of its first result, as lead."""
    first = _get(base, f"/search?{httpx.QueryParams({'q': QUERY})}")["results"][0]
    params = httpx.QueryParams({"q": QUERY, "agency": first["lead"][0], "role": "lead"})
    _open(driver, f"{base}/#/search?{params}", "#results .result")


def no_result(driver: WebDriver, base: str) -> None:
    """The same search over months the store does not hold."""
    params = httpx.QueryParams({"q": QUERY, "since": "2030-01"})
    _open(driver, f"{base}/#/search?{params}", "#no-results")


def notice(driver: WebDriver, base: str) -> None:
    """The first result of the search opened: its paragraph shown, the query's words marked."""
    _open(driver, f"{base}/#/search?{httpx.QueryParams({'q': QUERY})}", "#results .result")
    driver.find_element(By.CSS_SELECTOR, "#results a.open-notice").click()
    wait_css(driver, "article.directive.highlight")
    WebDriverWait(driver, 120).until(lambda d: d.execute_script(DRAWN) is not None)
    time.sleep(1)  # scrolled to the paragraph


def upload(driver: WebDriver, base: str, first: Path) -> None:
    """Another version of the fixture's first notice (one more paragraph) uploaded in the page:
    the confirmation (a native dialog, not in a screenshot) declined, the page saying the stored
    notice was kept."""
    changed = Path(tempfile.mkdtemp(prefix="chidao-shot-")) / f"{first.stem}-ban-sua.txt"
    changed.write_text(first.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    _open(driver, f"{base}/#/upload", "#upload-form")
    form = driver.find_element(By.ID, "upload-form")
    form.find_element(By.NAME, "key").clear()
    form.find_element(By.NAME, "key").send_keys(live.KEY)
    form.find_element(By.NAME, "file").send_keys(str(changed))
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    WebDriverWait(driver, 300).until(lambda d: _dialog(d))
    driver.switch_to.alert.dismiss()
    wait_css(driver, "#view p.empty[role='alert']")
    shutil.rmtree(changed.parent)


def _dialog(driver: WebDriver) -> bool:
    try:
        return bool(driver.switch_to.alert.text)
    except NoAlertPresentException:
        return False


def themes(driver: WebDriver, base: str) -> None:
    _open(driver, f"{base}/#/themes")


def shots(files: list[Path]) -> dict[str, Shot]:
    """docs/screenshots/NAME.png: how each view is reached."""
    return {"landing": landing, "agency": agency, "renamed": renamed, "project": project,
            "graph": graph, "search": search, "no-result": no_result, "notice": notice,
            "upload": lambda d, b: upload(d, b, files[0]), "themes": themes}


def shoot(base: str, files: list[Path], out: Path, only: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for driver in conftest.chromium():
        for name, shot in shots(files).items():
            if only and name not in only:
                continue
            driver.set_window_size(1280, TALL.get(name, 900))
            undo = shot(driver, base)
            driver.save_screenshot(str(out / f"{name}.png"))
            if undo:
                undo()
            print(out / f"{name}.png", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notices", type=Path, default=None, help="default: the generated fixture")
    parser.add_argument("--data-dir", type=Path, default=None, help="a store kept between runs")
    parser.add_argument("--out", type=Path, default=DOCS)
    parser.add_argument("--only", nargs="*", default=[], help="some of the pictures (names)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="chidao-shots-") as tmp:
        files = (sorted(args.notices.glob("*.txt")) if args.notices
                 else fixture(Path(tmp) / "notices"))
        with live.serve(args.data_dir or Path(tmp) / "store", files) as base:
            shoot(base, files, args.out, args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
