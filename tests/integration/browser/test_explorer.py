"""The explorer page of the real app (samples + a follow-up notice ingested) in headless Chromium.
Each test keeps a screenshot under tests/artifacts/."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx
import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.integration.browser import live
from tests.integration.browser.conftest import screenshot

pytestmark = pytest.mark.browser
JAN, FEB = "cao-bang-2026-01-thuong-ky", "cao-bang-2026-02-thuong-ky"
HOSTILE = ('Giao Sở Tư pháp chủ trì rà soát hồ sơ <script>window.pwned = 1</script> và báo cáo '
           '<img src=x onerror="window.pwned=2"> trước ngày 15/4/2026.')


def wait_css(driver: WebDriver, css: str) -> list[WebElement]:
    try:
        WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, css))
    except TimeoutException:
        screenshot(driver, "timeout")
        page = driver.execute_script("return document.body.innerText.slice(0, 400)")
        pytest.fail(f"no {css!r} on {driver.current_url}: {page!r}")
    return driver.find_elements(By.CSS_SELECTOR, css)


def text_of(driver: WebDriver, css: str) -> str | None:
    """The element's text read in the page, so a view re-rendered meanwhile cannot leave a stale
    element reference behind (what a WebElement's .text raises)."""
    script = "const e = document.querySelector(arguments[0]); return e ? e.innerText : null"
    return cast("str | None", driver.execute_script(script, css))


def get(base_url: str, path: str) -> Any:
    r = httpx.get(base_url + path, timeout=120)
    r.raise_for_status()
    return r.json()


def node_count(driver: WebDriver) -> int:
    script = "return window.chidaoCy ? window.chidaoCy.nodes().length : 0"
    return cast(int, driver.execute_script(script))


def hidden(driver: WebDriver, node_id: str) -> bool:
    script = "return window.chidaoCy.getElementById(arguments[0]).hasClass('hidden')"
    return cast(bool, driver.execute_script(script, node_id))


def test_search_shows_paragraph_month_agencies_deadline(browser: WebDriver,
                                                        engine_base_url: str) -> None:
    """On both engines: the one browser test that also runs over Neo4j."""
    browser.get(engine_base_url + "/")
    wait_css(browser, "#view h1")
    wait_css(browser, "#q")[0].send_keys("xóa nhà tạm, nhà dột nát")
    browser.find_element(By.CSS_SELECTOR, "#search-form button").click()
    cards = wait_css(browser, "#results .result")
    screenshot(browser, "search")
    assert browser.current_url.endswith("#/search?q=" + quote("xóa nhà tạm, nhà dột nát"))
    marks = {m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, "#results mark")}
    assert {"xóa", "nhà", "tạm"} <= marks <= {"xóa", "xoá", "nhà", "tạm", "dột", "nát"}
    texts = [c.text for c in cards]
    assert any("Tháng 6/2025" in t for t in texts) and any("Tháng 1/2026" in t for t in texts)
    top = next(c for c in cards if "trước ngày 31/8/2025" in c.text)  # the deadline as written
    leads = [a.text for a in top.find_elements(By.CSS_SELECTOR, "a.chip.lead")]
    assert leads == ["Sở Nông nghiệp và Môi trường"] and "Chủ trì:" in top.text
    supports = [a.text for c in cards for a in c.find_elements(By.CSS_SELECTOR, "a.chip.support")]
    assert "UBND cấp xã" in supports


def test_open_result_shows_notice_with_paragraph_highlighted(browser: WebDriver,
                                                             base_url: str) -> None:
    browser.get(base_url + "/#/search?q=" + quote("cây cổ thụ quỹ cây xanh"))
    card = wait_css(browser, "#results .result")[0]
    result_id = str(card.get_attribute("data-id"))
    text = card.find_element(By.CSS_SELECTOR, "p").text
    card.find_element(By.CSS_SELECTOR, "a.open-notice").click()
    target = wait_css(browser, "article.directive.highlight")
    screenshot(browser, "notice")
    assert [t.get_attribute("id") for t in target] == [result_id]
    assert target[0].find_element(By.TAG_NAME, "p").text == text
    notice = get(base_url, f"/meetings/{quote(result_id.split(':')[0])}")["meeting"]
    assert browser.find_element(By.TAG_NAME, "h1").text == notice["title"]
    shown = browser.find_elements(By.CSS_SELECTOR, "#view article.directive")
    units = ("directives", "findings", "passages")  # every search unit of the notice is shown
    assert len(shown) == sum(len(notice[kind]) for kind in units)
    assert "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh" in target[0].text


def test_graph_node_expands_neighbours(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}/#/graph/{quote(JAN)}")
    WebDriverWait(browser, 30).until(lambda d: node_count(d) > 1)
    tap = "window.chidaoCy.getElementById(arguments[0]).emit('tap')"
    browser.execute_script(tap, f"group:{JAN}")  # the meeting's paragraphs, collapsed: open them
    WebDriverWait(browser, 30).until(lambda d: node_count(d) > 10)
    before = node_count(browser)
    directive = next(d["id"] for d in get(base_url, f"/meetings/{JAN}")["meeting"]["directives"]
                     if d["lead"] and d["projects"])
    browser.execute_script("window.chidaoCy.getElementById(arguments[0]).emit('tap')", directive)
    WebDriverWait(browser, 30).until(lambda d: node_count(d) > before)
    screenshot(browser, "graph")
    types = set(browser.execute_script(
        "return window.chidaoCy.nodes().map((n) => n.data('type'))"))
    assert {"Meeting", "Directive", "Agency", "Project"} <= types
    assert "Chỉ đạo" in browser.find_element(By.ID, "side").text
    assert browser.find_element(By.ID, "node-count").text == f"{node_count(browser)} nút"


def test_graph_filters_by_period_and_type(browser: WebDriver, base_url: str) -> None:
    view = get(base_url, "/graph?node=" + quote("Cao tốc Đồng Đăng - Trà Lĩnh"))
    project = next(n["id"] for n in view["nodes"] if n["label"] == "Project")
    by_period = {n.get("period"): n["id"] for n in view["nodes"] if n["label"] == "Directive"}
    browser.get(f"{base_url}/#/graph/{quote(project)}")
    WebDriverWait(browser, 30).until(lambda d: node_count(d) == len(view["nodes"]))
    Select(browser.find_element(By.ID, "since")).select_by_value("2026-02")
    WebDriverWait(browser, 10).until(lambda d: hidden(d, by_period["2026-01"]))
    assert not hidden(browser, by_period["2026-02"]) and not hidden(browser, project)
    browser.find_element(By.CSS_SELECTOR, "input[data-type='Project']").click()
    assert hidden(browser, project)
    screenshot(browser, "graph-filter")


def test_themes_chart_counts_per_month(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/themes")
    charts = wait_css(browser, "#themes svg.chart")
    screenshot(browser, "themes")
    themes = [t for t in get(base_url, "/themes")["themes"] if t["by_period"]]
    assert len(charts) == len(themes)
    heights = [int(r.get_attribute("height") or 0)
               for r in browser.find_elements(By.CSS_SELECTOR, "#themes rect")]
    assert max(heights) == 60 and all(0 <= h <= 60 for h in heights)
    labels = {t.text for t in browser.find_elements(By.CSS_SELECTOR, "#themes svg text")}
    assert {"6/25", "1/26"} <= labels
    discovered = get(base_url, "/themes/discovered")["themes"]
    cards = browser.find_elements(By.CSS_SELECTOR, "#discovered article.discovered")
    assert [c.find_element(By.TAG_NAME, "h3").text for c in cards] == [
        t["label"] for t in discovered]


def test_landing_folds_agencies_projects_and_draws_latest_meeting_graph(browser: WebDriver,
                                                                   base_url: str) -> None:
    browser.get(base_url + "/")
    WebDriverWait(browser, 30).until(lambda d: node_count(d) > 1)
    screenshot(browser, "landing")
    assert browser.find_elements(By.CSS_SELECTOR, "#agency-list ul.plain a") == []  # folded
    for fold in ("#agency-list", "#project-list"):
        browser.find_element(By.CSS_SELECTOR, f"{fold} summary").click()
        wait_css(browser, f"{fold} ul.plain a")
    links = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "#view ul.plain a")}
    agencies = {a["name"] for a in get(base_url, "/agencies")["agencies"]}
    projects = {p["name"] for p in get(base_url, "/projects")["projects"]}
    assert agencies <= links and projects <= links
    latest = get(base_url, f"/meetings/{FEB}")["meeting"]
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#view section.card h2")]
    assert f"Đồ thị phiên họp gần nhất: {latest['title']}" in headings
    graph_ids = set(browser.execute_script("return window.chidaoCy.nodes().map((n) => n.id())"))
    assert {FEB} | {d["id"] for d in latest["directives"]} <= graph_ids


def test_script_in_document_text_renders_as_text(browser: WebDriver, base_url: str) -> None:
    notice = live.FOLLOW_UP.read_text(encoding="utf-8").split("I. Nhiệm vụ")[0]
    notice = notice.replace("tháng 02 năm 2026", "tháng 03 năm 2026")
    notice = notice.replace("04/3/2026", "02/4/2026")
    notice += f"I. Nhiệm vụ trọng tâm tháng 4/2026\n\n1. Về công tác tư pháp\n\n{HOSTILE}\n"
    report = live.upload(base_url, "hostile.txt", notice.encode())
    try:
        meeting = get(base_url, f"/meetings/{report['meeting_id']}")["meeting"]
        directive = meeting["directives"][0]["id"]
        browser.get(f"{base_url}/#/meeting/{quote(meeting['id'])}")
        paragraph = wait_css(browser, f"article[id='{directive}'] p")[0]
        screenshot(browser, "escaping")
        assert paragraph.text == HOSTILE
        assert browser.execute_script("return window.pwned === undefined") is True
        assert browser.find_elements(By.CSS_SELECTOR, "#view script, #view img") == []
    finally:
        live.delete(base_url, str(report["meeting_id"]))


def test_graph_menu_opens_the_latest_meeting(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/")
    wait_css(browser, "#view h1")
    browser.find_element(By.CSS_SELECTOR, "nav a[href='#/graph']").click()
    WebDriverWait(browser, 30).until(lambda d: text_of(d, "#view h1") == "Đồ thị quan hệ")
    WebDriverWait(browser, 30).until(lambda d: node_count(d) > 1)  # this view's graph from here on
    ids = set(browser.execute_script("return window.chidaoCy.nodes().map((n) => n.id())"))
    assert FEB in ids
    assert len(browser.find_elements(By.ID, "cy")) == 1
